"""What the numbers say: themes ranked by evidence, and findings by group, computed.

Plain functions over a survey's aggregate (and, where they are imported, statistics
series and the themes of dialogue notes and comments), so that a lägesbild's ranking
and its sentences ("Kvinnor känner sig otrygga ute sent oftare än andra") come from the
figures and never from typing. Only groups the
aggregate shows are used: a suppressed group never becomes a finding.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from loften.promises.models import Theme
from loften.surveys.aggregate import Aggregate, Group
from loften.surveys.questions import PROBLEM_NAMES
from loften.surveys.results import figure

# Which theme each survey figure speaks for; a share of residents, 0-1, high = worse.
SURVEY_THEMES: dict[str, Theme] = {
    "problem_nedskrapning_share": Theme.PUBLIC_ORDER,
    "problem_skadegorelse_share": Theme.VANDALISM,
    "problem_klotter_share": Theme.VANDALISM,
    "problem_trafik_share": Theme.TRAFFIC,
    "problem_berusade_share": Theme.ALCOHOL_TOBACCO,
    "problem_narkotika_share": Theme.DRUGS,
    "problem_ungdomsgang_share": Theme.YOUTH,
    "problem_brak_share": Theme.PUBLIC_SPACE_SAFETY,
    "problem_belysning_share": Theme.PUBLIC_SPACE_SAFETY,
    "unsafe_share": Theme.PUBLIC_SPACE_SAFETY,
}
# Said of a group with a high value of each figure.
PREDICATES = {
    "unsafe_share": "känner sig otrygga ute sent på kvällen",
    "worry_share": "låter oro för brott påverka livet",
    "victim_share": "har utsatts för brott det senaste året",
    **{
        f"{code}_share": f"ser {what} som ett stort problem" for code, what in PROBLEM_NAMES.items()
    },
}
# A finding is a group this many percentage points from everyone's share.
FINDING_POINTS = 0.10


@dataclass(frozen=True)
class Figure:
    """One number behind a theme, as the lägesbild shows it and links to it."""

    label: str
    value: float
    shown: str
    source: str
    link: str = ""
    key: str = ""  # the series it comes from, for a target measured by it


@dataclass
class ThemeEvidence:
    theme: Theme
    score: float  # the highest share of residents any of its figures reaches
    figures: list[Figure] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"theme": self.theme.value, "score": self.score,
                "figures": [asdict(f) for f in self.figures]}  # fmt: skip


# How `ranked_themes` orders the themes, as every form of the lägesbild tells its readers.
RANKING_METHOD = (
    "Så rangordnas teman: varje tema får det högsta av sina värden, räknat som en andel "
    "mellan 0 och 100 %. Trygghetsmätningen ger andelen svarande som ser problemen som stora "
    "eller känner sig otrygga. Statistiken ger ökningen av anmälda brott per 1 000 invånare "
    "de senaste tre åren (en ökning med 30 % väger som 30 % av de svarande). Dialogerna ger "
    "andelen anteckningar och synpunkter som nämner temat, och EST ger ökningen av händelser "
    "i ett område. Trygghetsvandringarna ger andelen av temats iakttagelser det senaste året "
    "som ännu inte åtgärdats (minst tre iakttagelser). Rangordningen är ett stöd för "
    "samtalet; analysen under varje tema skriver kommunen och polisen."
)


def ranked_themes(
    aggregate: Aggregate, *, source: str, link: str = "", extra: Iterable[tuple[Theme, Figure]] = ()
) -> list[ThemeEvidence]:
    """Themes with evidence, the most pressing first: the survey's shares of residents who
    call a theme's problems big (or feel unsafe), and any other figures given (statistics)
    with their own score."""
    everyone = _everyone(aggregate)
    themes: dict[Theme, ThemeEvidence] = {}
    if everyone is not None:
        for index, theme in SURVEY_THEMES.items():
            value = everyone.indices.get(index)
            if value is None:
                continue
            evidence = themes.setdefault(theme, ThemeEvidence(theme, 0.0))
            evidence.figures.append(
                Figure(
                    _label(index), value, figure(index, value), source, link, f"trygghet:{index}"
                )
            )
            evidence.score = max(evidence.score, value)
    for theme, extra_figure in extra:
        evidence = themes.setdefault(theme, ThemeEvidence(theme, 0.0))
        evidence.figures.append(extra_figure)
        evidence.score = max(evidence.score, extra_figure.value)
    for evidence in themes.values():
        evidence.figures.sort(key=lambda f: -f.value)
    return sorted(themes.values(), key=lambda e: (-e.score, e.theme.label))


def findings(aggregate: Aggregate) -> list[str]:
    """Sentences on the groups (by gender, age band, area) that differ clearly from
    everyone, largest difference first; only groups the aggregate shows."""
    everyone = _everyone(aggregate)
    if everyone is None:
        return []
    found: list[tuple[float, str]] = []
    for group in aggregate.groups:
        dimensions = [key for key in group.key if key is not None]
        if len(dimensions) != 1 or group.suppressed or "uppgift saknas" in dimensions:
            continue
        for index, predicate in PREDICATES.items():
            value, overall = group.indices.get(index), everyone.indices.get(index)
            if value is None or overall is None or abs(value - overall) < FINDING_POINTS:
                continue
            more = "oftare" if value > overall else "mer sällan"
            found.append(
                (
                    abs(value - overall),
                    f"{_subject(group)} {predicate} {more} än andra: "
                    f"{figure(index, value)} mot {figure(index, overall)} bland alla svarande.",
                )
            )
    return [sentence for _, sentence in sorted(found, key=lambda item: -item[0])]


def _everyone(aggregate: Aggregate) -> Group | None:
    group = next((g for g in aggregate.groups if g.key == (None, None, None)), None)
    return None if group is None or group.suppressed else group


def _label(index: str) -> str:
    if index == "unsafe_share":
        return "Känner sig otrygga ute sent på kvällen"
    return f"Ser {PROBLEM_NAMES[index.removesuffix('_share')]} som ett stort problem"


def _subject(group: Group) -> str:
    if group.gender is not None:
        return {"kvinna": "Kvinnor", "man": "Män"}.get(
            group.gender, "De som svarat annat kön eller inte velat svara"
        )
    if group.age_band is not None:
        return f"De som är {group.age_band.replace('-', '–')} år"
    return f"De som bor i {group.area}"


def baseline(evidence: ThemeEvidence) -> Figure | None:
    """The figure a promise on this theme starts from: its strongest."""
    return evidence.figures[0] if evidence.figures else None


def top(themes: Sequence[ThemeEvidence], count: int = 3) -> list[ThemeEvidence]:
    return list(themes[:count])


# Crime categories by the words in their names, the first that matches deciding.
CRIME_THEMES: tuple[tuple[str, Theme], ...] = (
    ("nara-relation", Theme.DOMESTIC_VIOLENCE),
    ("bedrageri", Theme.FRAUD),
    ("skadegorelse", Theme.VANDALISM),
    ("klotter", Theme.VANDALISM),
    ("narkotika", Theme.DRUGS),
    ("rattfylleri", Theme.TRAFFIC),
    ("trafik", Theme.TRAFFIC),
    ("inbrott", Theme.BURGLARY_THEFT),
    ("stold", Theme.BURGLARY_THEFT),
    ("ran", Theme.PUBLIC_SPACE_SAFETY),
    ("misshandel", Theme.PUBLIC_SPACE_SAFETY),
    ("hot", Theme.PUBLIC_SPACE_SAFETY),
    ("ofredande", Theme.PUBLIC_SPACE_SAFETY),
)
TREND_YEARS = 3


def crime_theme(key: str) -> Theme | None:
    words = key.removeprefix("brott:").split("-")
    for word, theme in CRIME_THEMES:
        if word in words or (len(word) > 4 and word in key):
            return theme
    return None


def crime_figures(
    series: Sequence[tuple[str, str, Sequence[tuple[int, float]]]], *, source: str, link: str = ""
) -> list[tuple[Theme, Figure]]:
    """A figure per crime category that grew: its latest rate per 1 000 inhabitants and
    the growth over the last three years, which is its weight (0-1) in the ranking."""
    found = []
    for key, name, points in series:
        theme = crime_theme(key)
        by_year = dict(points)
        if theme is None or not by_year:
            continue
        latest = max(by_year)
        earlier = by_year.get(latest - TREND_YEARS)
        if not earlier or by_year[latest] <= earlier:
            continue
        growth = by_year[latest] / earlier - 1
        shown = (
            f"{by_year[latest]:.1f} per 1 000 invånare {latest}".replace(".", ",")
            + f" (+{round(growth * 100)} % sedan {latest - TREND_YEARS})"
        )
        label = f"{name.removeprefix('Anmälda brott: ')}: anmälda brott ökar"
        found.append((theme, Figure(label, min(1.0, growth), shown, source, link, key)))
    return found


# A period with fewer dialogue notes and comments than this says too little to rank by.
DIALOGUE_MIN_ITEMS = 5


def dialogue_figures(
    mentions: Mapping[str, int],
    total: int,
    *,
    source: str,
    link: Callable[[str], str] = lambda theme: "",
) -> list[tuple[Theme, Figure]]:
    """A figure per theme the period's dialogue notes and comments mention: the share of
    them that mention it, which is its weight (0-1) in the ranking, as a share of
    residents is; none when the period has fewer than DIALOGUE_MIN_ITEMS of them."""
    if total < DIALOGUE_MIN_ITEMS:
        return []
    found: list[tuple[Theme, Figure]] = []
    for theme in Theme:
        count = mentions.get(theme.value, 0)
        if not count or theme is Theme.OTHER:
            continue
        share = count / total
        shown = f"{count} av {total} anteckningar och synpunkter ({round(share * 100)} %)"
        label = "Nämns i dialoger och synpunkter"
        found.append(
            (theme, Figure(label, share, shown, source, link(theme.value), f"dialog:{theme.value}"))
        )
    return found


# EST incidents: a theme's incidents in an area count when at least this many happened in
# the last four weeks and more than in the four-week average of the twelve before.
MIN_INCIDENTS = 3


def incident_figures(
    trends: Sequence[tuple[Theme, str, int, float, str]], *, source: str
) -> list[tuple[Theme, Figure]]:
    """A figure per theme and area whose EST incidents grew: (theme, area, incidents in the
    last four weeks, four-week average before, link to the weekly view). The growth is its
    weight (0-1) in the ranking, as a crime trend's is."""
    found = []
    for theme, area, recent, earlier, link in trends:
        if recent < MIN_INCIDENTS or recent <= earlier:
            continue
        growth = recent / earlier - 1 if earlier else 1.0
        before = f"{earlier:.1f}".replace(".", ",").removesuffix(",0")
        shown = f"{recent} händelser senaste 4 veckorna, mot {before} i snitt 4 veckor före"
        label = f"{area}: EST-händelser ({theme.label.lower()}) ökar"
        found.append(
            (theme, Figure(label, min(1.0, growth), shown, source, link, f"est:{theme.value}"))
        )
    return found


# Safety walks: a theme counts when its walks found at least this many things in the year.
MIN_WALK_FINDINGS = 3


def walk_figures(
    counts: Sequence[tuple[Theme, int, int]], *, source: str, link: str = ""
) -> list[tuple[Theme, Figure]]:
    """A figure per theme the kommun's safety walks found things about: (theme, findings,
    of them fixed). The share still not fixed is its weight (0-1) in the ranking: many
    findings nobody fixed press more than those that were."""
    found: list[tuple[Theme, Figure]] = []
    for theme, total, fixed in counts:
        if total < MIN_WALK_FINDINGS or theme is Theme.OTHER:
            continue
        unfixed = (total - fixed) / total
        shown = f"{total} iakttagelser, {fixed} åtgärdade ({round(fixed / total * 100)} %)"
        label = "Iakttagelser från trygghetsvandringar"
        found.append(
            (theme, Figure(label, unfixed, shown, source, link, f"vandring:{theme.value}"))
        )
    return found

"""Themes ranked and findings written from the figures, never from a suppressed group."""

import pytest

from loften.assessments.evidence import (
    crime_figures,
    dialogue_figures,
    findings,
    ranked_themes,
)
from loften.promises.models import Theme
from loften.surveys.aggregate import INDICES, Aggregate, Group


def group(
    area: str | None = None, gender: str | None = None, age: str | None = None, *,
    n: int = 100, suppressed: bool = False, **values: float,
) -> Group:  # fmt: skip
    indices: dict[str, float | None] = dict.fromkeys(INDICES, None)
    indices.update(values)
    return Group(area, gender, age, n=n, indices=indices, suppressed=suppressed)


def test_themes_are_ranked_by_the_share_of_residents_their_strongest_figure_reaches() -> None:
    result = Aggregate(
        respondents=200,
        groups=[
            group(
                n=200,
                unsafe_share=0.22,
                problem_narkotika_share=0.41,
                problem_klotter_share=0.12,
                problem_skadegorelse_share=0.30,
            )
        ],
    )

    themes = ranked_themes(result, source="Trygghetsmätning 2026")

    assert [t.theme for t in themes] == [Theme.DRUGS, Theme.VANDALISM, Theme.PUBLIC_SPACE_SAFETY]
    vandalism = themes[1]
    assert vandalism.score == 0.30
    assert [f.shown for f in vandalism.figures] == ["30 %", "12 %"]
    assert vandalism.figures[0].label == "Ser skadegörelse som ett stort problem"


def test_a_group_that_differs_clearly_becomes_a_sentence_and_a_small_one_does_not() -> None:
    result = Aggregate(
        respondents=300,
        groups=[
            group(n=300, unsafe_share=0.20, victim_share=0.10),
            group(gender="kvinna", n=150, unsafe_share=0.34, victim_share=0.12),
            group(gender="man", n=140, unsafe_share=0.07, victim_share=0.08),
            group(age="16-24", n=60, unsafe_share=0.21, victim_share=0.31),
            group(area="Hamnen", n=9, suppressed=True, unsafe_share=0.9),
            group(area="Hamnen", gender="kvinna", n=20, unsafe_share=0.9),
        ],
    )

    assert findings(result) == [
        "De som är 16–24 år har utsatts för brott det senaste året oftare än andra: "
        "31 % mot 10 % bland alla svarande.",
        "Kvinnor känner sig otrygga ute sent på kvällen oftare än andra: 34 % mot 20 % bland "
        "alla svarande.",
        "Män känner sig otrygga ute sent på kvällen mer sällan än andra: 7 % mot 20 % bland "
        "alla svarande.",
    ]


def test_no_evidence_when_everyone_is_too_few_to_show() -> None:
    result = Aggregate(respondents=9, groups=[group(n=9, suppressed=True, unsafe_share=0.5)])
    assert ranked_themes(result, source="x") == [] and findings(result) == []


def test_crime_categories_that_grew_join_their_themes_weighted_by_the_growth() -> None:
    series = [
        ("brott:bedrageri", "Anmälda brott: Bedrägeri", [(2022, 10.0), (2025, 13.0)]),
        ("brott:skadegorelse", "Anmälda brott: Skadegörelse", [(2022, 5.0), (2025, 4.0)]),
        ("brott:olaga-hot", "Anmälda brott: Olaga hot", [(2024, 2.0), (2025, 9.0)]),
        ("brott:ovriga-brott", "Anmälda brott: Övriga brott", [(2022, 1.0), (2025, 9.0)]),
    ]
    (found,) = crime_figures(series, source="Brå")
    theme, figure = found
    assert theme == Theme.FRAUD and figure.value == pytest.approx(0.3)
    assert figure.shown == "13,0 per 1 000 invånare 2025 (+30 % sedan 2022)"
    assert figure.label == "Bedrägeri: anmälda brott ökar"

    result = Aggregate(respondents=100, groups=[group(n=100, problem_klotter_share=0.2)])
    ranked = ranked_themes(result, source="enkät", extra=[found])
    assert [t.theme for t in ranked] == [Theme.FRAUD, Theme.VANDALISM]


def test_dialogue_mentions_move_a_theme_up_the_ranking() -> None:
    result = Aggregate(
        respondents=200,
        groups=[group(n=200, problem_narkotika_share=0.30, problem_trafik_share=0.20)],
    )
    before = ranked_themes(result, source="enkät")
    assert [t.theme for t in before] == [Theme.DRUGS, Theme.TRAFFIC]

    mentions = dialogue_figures(
        {"traffic": 8, "drugs": 2, "other": 3}, 20, source="Dialoger 2026",
        link=lambda theme: f"/arbetsyta/dialog/2560/?tema={theme}",
    )  # fmt: skip
    after = ranked_themes(result, source="enkät", extra=mentions)

    assert [t.theme for t in after] == [Theme.TRAFFIC, Theme.DRUGS]
    traffic = after[0]
    assert traffic.score == 0.4
    assert traffic.figures[0].label == "Nämns i dialoger och synpunkter"
    assert traffic.figures[0].shown == "8 av 20 anteckningar och synpunkter (40 %)"
    assert traffic.figures[0].link == "/arbetsyta/dialog/2560/?tema=traffic"
    assert after[1].score == 0.30  # 2 of 20 mentions weigh less than its survey share


def test_a_theme_only_dialogue_speaks_for_joins_the_ranking() -> None:
    result = Aggregate(respondents=100, groups=[group(n=100, problem_klotter_share=0.2)])
    mentions = dialogue_figures({"fraud": 6}, 10, source="Dialoger 2026")
    assert [t.theme for t in ranked_themes(result, source="enkät", extra=mentions)] == [
        Theme.FRAUD,
        Theme.VANDALISM,
    ]


def test_too_few_notes_and_comments_say_nothing() -> None:
    assert dialogue_figures({"fraud": 4}, 4, source="Dialoger 2026") == []

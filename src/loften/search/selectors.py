"""Search across every kommun's published promises: one interface, whatever the database."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Exists, F, Max, Min, OuterRef, Prefetch, Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from loften.followup.progress import PromiseProgress, promise_progress
from loften.promises.models import Commitment, Party, Promise, PromiseSet, PromiseTheme, Theme
from loften.registry.models import County, Municipality
from loften.search.backends import search_backend
from loften.search.models import SearchEntry
from loften.search.text import highlight, parse_query

PAGE_SIZE = 20
THEME_LABELS = dict(Theme.choices)
MAX_QUERY_LENGTH = 200
# Who makes a promise, as the filter offers it: the party and the promise's flag.
PARTY_FLAGS = {
    Party.POLICE: "by_police",
    Party.MUNICIPALITY: "by_municipality",
    Party.OTHERS: "with_others",
}


class Status:
    """Whether a promise's set is in force on the day of the search."""

    CURRENT = "i-kraft"
    EARLIER = "tidigare"
    UPCOMING = "kommande"
    LABELS = {CURRENT: "I kraft nu", EARLIER: "Tidigare", UPCOMING: "Kommande"}


@dataclass(frozen=True)
class SearchFilters:
    """What to narrow the search to; empty means no limit."""

    county: str = ""  # länskod, "25"
    municipality: str = ""  # the kommun's slug, "alvsbyn"
    theme: str = ""  # a promises.models.Theme value
    party: str = ""  # a key of PARTY_FLAGS
    year: int | None = None  # in force at some time that year
    status: str = ""  # Status.CURRENT or Status.EARLIER


@dataclass(frozen=True)
class SearchHit:
    promise: Promise
    promise_set: PromiseSet
    municipalities: list[Municipality]
    text: SafeString
    commitments: list[SafeString]
    status: str
    progress: PromiseProgress  # the promise's roll-up, as the theme and kommun pages show it

    @property
    def counties(self) -> list[County]:
        return list(dict.fromkeys(m.county for m in self.municipalities))

    @property
    def themes(self) -> list[str]:
        return [str(THEME_LABELS[theme.theme]) for theme in self.promise.themes.all()]

    @property
    def status_label(self) -> str:
        return Status.LABELS[self.status]

    @property
    def url(self) -> str:
        return reverse(
            "promise-set",
            kwargs={
                "slug": self.municipalities[0].slug,
                "promise_set_id": self.promise_set.pk,
            },
        )


@dataclass(frozen=True)
class CountyCount:
    county: County
    promises: int


@dataclass(frozen=True)
class SearchResults:
    hits: list[SearchHit]
    total: int
    municipality_count: int
    page: int
    page_count: int
    by_county: list[CountyCount]
    searched: bool  # False when browsing: no words to search for
    ignored_words: bool  # the query had words, but only ones too common to search for


def search(
    query: str, filters: SearchFilters, page: int = 1, *, today: date | None = None
) -> SearchResults:
    """The promises of published and superseded sets matching the query and filters.

    An empty query (or one without words) browses: every promise the filters
    let through, the newest sets first. Otherwise the best matches come first.
    A page beyond the last gives the last.
    """
    today = today or timezone.localdate()
    parsed = parse_query(query[:MAX_QUERY_LENGTH])
    entries = SearchEntry.objects.all()
    rank = None
    if parsed.has_words and parsed.matches_nothing:
        entries = entries.none()
    elif parsed.has_words:
        entries, rank = search_backend().match(entries, parsed)
    unfiltered_by_county = _filtered(entries, filters, today, by_county=False)
    entries = _filtered(entries, filters, today)
    counts = entries.aggregate(
        total=Count("pk", distinct=True),
        municipalities=Count("promise_set__municipalities", distinct=True),
    )
    page_count = max(1, math.ceil(counts["total"] / PAGE_SIZE))
    page = min(max(page, 1), page_count)
    ordered = entries.annotate(rank=rank) if rank is not None else entries
    order = ["-rank"] if rank is not None else []
    rows = ordered.order_by(
        *order,
        F("in_force_from").desc(nulls_last=True),
        "promise_set_id",
        "promise__position",
        "pk",
    ).select_related("promise", "promise_set")[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    found = rows.prefetch_related(
        Prefetch("promise__themes", queryset=PromiseTheme.objects.order_by("position")),
        Prefetch("promise__commitments", queryset=Commitment.objects.order_by("position", "pk")),
        Prefetch(
            "promise_set__municipalities",
            queryset=Municipality.objects.select_related("county").order_by("name"),
        ),
    )
    lexemes = parsed.lexemes
    hits = list(found)
    _, progress, _ = promise_progress(
        {entry.promise_set_id: entry.promise_set.validity for entry in hits},
        [entry.promise_id for entry in hits],
        today,
    )
    return SearchResults(
        hits=[_hit(entry, lexemes, today, progress[entry.promise_id]) for entry in hits],
        total=counts["total"],
        municipality_count=counts["municipalities"],
        page=page,
        page_count=page_count,
        by_county=[] if filters.municipality else _by_county(unfiltered_by_county),
        searched=parsed.has_words,
        ignored_words=parsed.has_words and parsed.matches_nothing,
    )


def _filtered(
    entries: QuerySet[SearchEntry], filters: SearchFilters, today: date, *, by_county: bool = True
) -> QuerySet[SearchEntry]:
    municipalities = PromiseSet.municipalities.through.objects.filter(
        promiseset_id=OuterRef("promise_set_id")
    )
    if filters.county and by_county:
        entries = entries.filter(
            Exists(municipalities.filter(municipality__county__code=filters.county))
        )
    if filters.municipality:
        entries = entries.filter(
            Exists(municipalities.filter(municipality__slug=filters.municipality))
        )
    if filters.theme:
        themes = PromiseTheme.objects.filter(promise_id=OuterRef("promise_id"))
        entries = entries.filter(Exists(themes.filter(theme=filters.theme)))
    if filters.party:
        entries = entries.filter(**{f"promise__{PARTY_FLAGS[Party(filters.party)]}": True})
    if filters.year is not None:
        entries = entries.filter(
            Q(in_force_until__isnull=True) | Q(in_force_until__gte=date(filters.year, 1, 1)),
            in_force_from__lte=date(filters.year, 12, 31),
        )
    if filters.status == Status.CURRENT:
        entries = entries.filter(_current(today))
    elif filters.status == Status.EARLIER:
        entries = entries.filter(_earlier(today))
    return entries


def _current(today: date) -> Q:
    return Q(in_force_from__lte=today) & (
        Q(in_force_until__isnull=True) | Q(in_force_until__gte=today)
    )


def _earlier(today: date) -> Q:
    return Q(in_force_from__isnull=True) | Q(in_force_until__lt=today)


def _status(entry: SearchEntry, today: date) -> str:
    start, end = entry.in_force_from, entry.in_force_until
    if start is not None and start > today:
        return Status.UPCOMING
    if start is None or (end is not None and end < today):
        return Status.EARLIER
    return Status.CURRENT


def _hit(
    entry: SearchEntry,
    lexemes: frozenset[str],
    today: date,
    progress: PromiseProgress,
) -> SearchHit:
    promise = entry.promise
    commitments = [c.what for c in promise.commitments.all()]
    return SearchHit(
        promise=promise,
        promise_set=entry.promise_set,
        municipalities=list(entry.promise_set.municipalities.all()),
        text=_highlighted(promise.text, lexemes, entry.compounds),
        commitments=[
            _highlighted(what, lexemes, entry.compounds)
            for what in commitments
            if any(segment.matched for segment in highlight(what, lexemes, entry.compounds))
        ],
        status=_status(entry, today),
        progress=progress,
    )


def _highlighted(text: str, lexemes: frozenset[str], compounds: dict[str, list[str]]) -> SafeString:
    """The text, HTML-escaped, with the sought words in <mark>."""
    return mark_safe(  # noqa: S308 - every piece of text is escaped here
        "".join(
            f"<mark>{escape(segment.text)}</mark>" if segment.matched else escape(segment.text)
            for segment in highlight(text, lexemes, compounds)
        )
    )


def _by_county(entries: QuerySet[SearchEntry]) -> list[CountyCount]:
    rows = (
        entries.values("promise_set__municipalities__county")
        .annotate(promises=Count("pk", distinct=True))
        .order_by()
    )
    counts = {row["promise_set__municipalities__county"]: row["promises"] for row in rows}
    counties = County.objects.filter(pk__in=counts).order_by("code")
    return [CountyCount(county, counts[county.pk]) for county in counties]


@dataclass(frozen=True)
class SearchChoices:
    """What the filters offer: only what the index holds."""

    counties: list[County]
    municipalities: list[tuple[str, str, str]]  # slug, name and län, by län and name
    themes: list[tuple[str, str]]  # the theme's Swedish slug and name
    parties: list[tuple[str, str]]
    years: list[int]
    statuses: list[tuple[str, str]]


def search_choices(*, today: date | None = None) -> SearchChoices:
    today = today or timezone.localdate()
    with_promises = PromiseSet.municipalities.through.objects.filter(
        promiseset__status__in=PromiseSet.DECIDED
    )
    indexed = Municipality.objects.filter(pk__in=with_promises.values("municipality_id"))
    span = SearchEntry.objects.aggregate(
        first=Min("in_force_from"), last_start=Max("in_force_from"), last_end=Max("in_force_until")
    )
    years: list[int] = []
    if span["first"] is not None:
        open_ended = SearchEntry.objects.filter(
            in_force_from__isnull=False, in_force_until__isnull=True
        ).exists()
        ends = [span["last_start"], span["last_end"], today if open_ended else None]
        last = max(end.year for end in ends if end is not None)
        years = list(range(last, span["first"].year - 1, -1))
    return SearchChoices(
        counties=list(County.objects.order_by("code")),
        municipalities=list(
            indexed.order_by("county__code", "name").values_list("slug", "name", "county__name")
        ),
        themes=[(theme.slug, str(theme.label)) for theme in Theme],
        parties=[(str(party.value), str(party.label)) for party in PARTY_FLAGS],
        years=years,
        statuses=[(Status.CURRENT, "I kraft nu"), (Status.EARLIER, "Tidigare")],
    )

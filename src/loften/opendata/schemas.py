"""What the open data API answers and which filters it takes.

Field names are English (as in the code); every coded value has a `_label`
beside it with the Swedish words the public pages use.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from typing import Any

from django.db.models import Model
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import get_language
from ninja import Field, Schema

from loften.followup.models import Activity, FollowUpRound
from loften.promises.models import (
    Commitment,
    Contact,
    Party,
    Promise,
    PromiseSet,
    PromiseTheme,
    Theme,
)
from loften.registry.models import Municipality, PoliceAreaCoverage


class PublicStatus(enum.StrEnum):
    PUBLISHED = "published"
    SUPERSEDED = "superseded"


class PromiseParty(enum.StrEnum):
    POLICE = "police"
    MUNICIPALITY = "municipality"
    OTHERS = "others"


MUNICIPALITY_CODE = r"^[0-9]{4}$"
COUNTY_CODE = r"^[0-9]{2}$"
MAX_ID = 2**63 - 1  # the largest id either database stores


def _field(description: str, **kwargs: Any) -> Any:
    """An optional filter: None when not given. Its type leaves null out, so that the
    OpenAPI document offers no null value for a query parameter."""
    return Field(None, description=description, **kwargs)


def _id_field(description: str) -> Any:
    return _field(description, ge=1, le=MAX_ID)


class CountyFilter(Schema):
    county: str = _field("Länskod, t.ex. 25 för Norrbottens län.", pattern=COUNTY_CODE)


class MunicipalityFilters(CountyFilter):
    has_promises: bool = _field("Bara kommuner som har (true) eller saknar (false) löften.")


class PlaceFilters(CountyFilter):
    municipality: str = _field("Kommunkod, t.ex. 2560 för Älvsbyn.", pattern=MUNICIPALITY_CODE)


class PromiseSetFilters(PlaceFilters):
    status: PublicStatus = _field("published (gäller eller kommer) eller superseded (ersatt).")
    in_force: bool = _field("Bara löften som gäller i dag (true) eller inte (false).")
    year: int = _field("Bara löften vars period omfattar året.", ge=1900, le=2999)
    theme: Theme = _field("Bara löften med något löfte på temat.")


class PromiseFilters(PromiseSetFilters):
    promise_set: int = _id_field("Id för ett medborgarlöfte.")
    party: PromiseParty = _field("Vem som lovar: police, municipality eller others.")


class CommitmentFilters(PromiseSetFilters):
    promise_set: int = _id_field("Id för ett medborgarlöfte.")
    promise: int = _id_field("Id för ett enskilt löfte.")
    party: Party = _field("Part som åtar sig: police, municipality, others eller joint.")


class ActivityFilters(PlaceFilters):
    promise_set: int = _id_field("Id för ett medborgarlöfte.")
    commitment: int = _id_field("Id för ett åtagande som aktiviteten uppfyller.")
    party: Party = _field("Part som gjorde aktiviteten.")
    theme: Theme = _field("Bara aktiviteter för löften på temat.")
    year: int = _field("Bara aktiviteter det året.", ge=1900, le=2999)


class FollowUpRoundFilters(PlaceFilters):
    promise_set: int = _id_field("Id för ett medborgarlöfte.")
    year: int = _field("Bara uppföljningar som avser året.", ge=1900, le=2999)


def _label(field: str) -> Any:
    """A resolver: the Swedish words for the code in `field`, as the model's choices name it.

    What `get_<field>_display()` says, but Django's builds a dict of every choice
    and translates each label on every call; a list of 100 promises made 3 000
    such translations. Here each choice is translated once per language.
    """

    def resolve(obj: Model) -> str:
        value = getattr(obj, field)
        return _choice_labels(type(obj), field, get_language()).get(value, str(value))

    return staticmethod(resolve)


@functools.cache
def _choice_labels(model: type[Model], field: str, language: str | None) -> dict[Any, str]:
    choices = model._meta.get_field(field).flatchoices  # type: ignore[union-attr]
    return {value: str(label) for value, label in choices}


def _absolute(context: Any, path: str) -> str:
    request: HttpRequest = context["request"]
    return request.build_absolute_uri(path)


def _set_page(context: Any, promise_set: PromiseSet, *promise_id: int) -> str | None:
    """The public page of a set or one of its promises, under its first kommun by code."""
    municipalities = promise_set.municipalities.all()
    if not municipalities:
        return None
    name = "promise" if promise_id else "promise-set"
    path = reverse(name, args=[municipalities[0].slug, promise_set.pk, *promise_id])
    return _absolute(context, path)


class County(Schema):
    code: str
    name: str


class MunicipalityRef(Schema):
    code: str
    name: str


class MunicipalityItem(Schema):
    code: str
    name: str
    official_name: str
    slug: str
    county: County
    promise_set_count: int = Field(description="Antal publicerade medborgarlöften, även ersatta.")
    page_url: str

    @staticmethod
    def resolve_page_url(obj: Municipality, context: Any) -> str:
        return _absolute(context, obj.get_absolute_url())


class PoliceAreaRef(Schema):
    name: str
    verified: bool = Field(description="Falskt när uppgiften är härledd och inte bekräftad.")

    @staticmethod
    def resolve_name(obj: PoliceAreaCoverage) -> str:
        return str(obj.police_area)


class PromiseSetRef(Schema):
    id: int
    title: str
    status: str
    status_label: str
    resolve_status_label = _label("status")
    period_label: str


class MunicipalityDetail(MunicipalityItem):
    police_areas: list[PoliceAreaRef]
    promise_sets: list[PromiseSetRef] = Field(
        description="Publicerade medborgarlöften, även ersatta."
    )

    @staticmethod
    def resolve_police_areas(obj: Municipality) -> list[PoliceAreaCoverage]:
        return list(obj.policeareacoverage_set.all())

    @staticmethod
    def resolve_promise_sets(obj: Municipality) -> list[PromiseSet]:
        # Only decided sets are prefetched; checked again because this list is public.
        return [s for s in obj.promise_sets.all() if s.status in PromiseSet.DECIDED]


class PromiseSetItem(PromiseSetRef):
    municipalities: list[MunicipalityRef]
    police_areas: list[str]
    period_start: dt.date | None
    period_end: dt.date | None
    until_replaced: bool
    extends_indefinitely: bool
    valid_from: dt.date | None = Field(description="Första dag löftet gäller.")
    in_force: bool = Field(description="Om löftet gäller i dag.")
    signed_on: dt.date | None
    signed_place: str
    follow_up_cadence: str
    follow_up_cadence_label: str
    resolve_follow_up_cadence_label = _label("follow_up_cadence")
    published_at: dt.datetime | None
    based_on: int | None = Field(description="Id för det publicerade löfte som detta bygger på.")
    promise_count: int
    page_url: str | None

    @staticmethod
    def resolve_police_areas(obj: PromiseSet) -> list[str]:
        return [str(area) for area in obj.police_areas.all()]

    @staticmethod
    def resolve_valid_from(obj: PromiseSet) -> dt.date | None:
        return obj.validity.start

    @staticmethod
    def resolve_based_on(obj: PromiseSet) -> int | None:
        earlier = obj.based_on
        return earlier.pk if earlier and earlier.status in PromiseSet.DECIDED else None

    @staticmethod
    def resolve_page_url(obj: PromiseSet, context: Any) -> str | None:
        return _set_page(context, obj)


class FocusAreaOut(Schema):
    id: int
    title: str
    description: str


class MeasurementOut(Schema):
    value: float
    measured_on: dt.date
    source: str


class TargetOut(Schema):
    id: int
    promise_id: int | None
    indicator: str
    direction: str
    direction_label: str
    resolve_direction_label = _label("direction")
    baseline_value: float | None
    baseline_year: int | None
    baseline_text: str
    change_percent: float | None
    target_value: float | None
    deadline: dt.date | None
    data_source: str
    measurements: list[MeasurementOut]


class SignatoryOut(Schema):
    name: str
    title: str
    organisation: str = Field(alias="organisation_name")


class ContactOut(Schema):
    organisation: str = Field(alias="organisation_name")
    name: str = Field(description="En person, bara tillsammans med sin roll; annars tomt.")
    title: str = Field(description="Roll eller funktion, till exempel kommunpolis eller växel.")
    phone: str = Field(description="Som det skrivs, till exempel 0670-161 00 (växel).")
    email: str
    website: str
    address: str = Field(description="Besöks- eller postadress, en uppgift per rad.")

    @staticmethod
    def resolve_name(obj: Contact) -> str:
        return obj.name if obj.title else ""


class PromiseSetDetail(PromiseSetItem):
    focus_areas: list[FocusAreaOut]
    targets: list[TargetOut] = Field(description="Mål för hela löftet; mål för ett löfte står där.")
    signatories: list[SignatoryOut]
    contacts: list[ContactOut] = Field(
        description="Hur allmänheten når parterna, som löftet anger."
    )


class PromiseItem(Schema):
    id: int
    promise_set_id: int
    municipalities: list[MunicipalityRef]
    focus_area: str | None
    text: str
    parties: list[str]
    party_labels: list[str]
    themes: list[str]
    theme_labels: list[str]
    position: int
    page_url: str | None

    @staticmethod
    def resolve_municipalities(obj: Promise) -> list[Municipality]:
        return list(obj.promise_set.municipalities.all())

    @staticmethod
    def resolve_focus_area(obj: Promise) -> str | None:
        return obj.focus_area.title if obj.focus_area else None

    @staticmethod
    def resolve_parties(obj: Promise) -> list[str]:
        return [party.value for party in obj.parties]

    @staticmethod
    def resolve_party_labels(obj: Promise) -> list[str]:
        return [str(party.label) for party in obj.parties]

    @staticmethod
    def resolve_themes(obj: Promise) -> list[str]:
        return [t.theme for t in obj.themes.all()]

    @staticmethod
    def resolve_theme_labels(obj: Promise) -> list[str]:
        return [
            _choice_labels(PromiseTheme, "theme", get_language())[t.theme] for t in obj.themes.all()
        ]

    @staticmethod
    def resolve_page_url(obj: Promise, context: Any) -> str | None:
        return _set_page(context, obj.promise_set, obj.pk)


class CommitmentItem(Schema):
    id: int
    promise_id: int
    promise_set_id: int
    municipalities: list[MunicipalityRef]
    party: str
    party_label: str
    resolve_party_label = _label("party")
    what: str
    count: int | None
    at_least: bool
    per: str
    per_label: str
    resolve_per_label = _label("per")
    seasons: list[str]
    season_labels: list[str]
    season_topics: dict[str, str]
    schedule_label: str = Field(description="Tidsplanen i ord, t.ex. ”minst 2 gånger per år”.")
    target_group: str
    due_date: dt.date | None
    position: int

    @staticmethod
    def resolve_promise_set_id(obj: Commitment) -> int:
        return obj.promise.promise_set_id

    @staticmethod
    def resolve_municipalities(obj: Commitment) -> list[Municipality]:
        return list(obj.promise.promise_set.municipalities.all())

    @staticmethod
    def resolve_season_labels(obj: Commitment) -> list[str]:
        labels = dict(Commitment.Season.choices)
        return [str(labels.get(season, season)) for season in obj.seasons]

    @staticmethod
    def resolve_season_topics(obj: Commitment) -> dict[str, str]:
        return {str(season): str(topic) for season, topic in obj.season_topics.items()}


class PromiseDetail(PromiseItem):
    commitments: list[CommitmentItem]
    targets: list[TargetOut]


class ActivityItem(Schema):
    id: int
    promise_set_id: int
    municipalities: list[MunicipalityRef]
    commitment_ids: list[int]
    party: str
    party_label: str
    resolve_party_label = _label("party")
    organisation: str | None
    date: dt.date
    description: str
    quantity: int | None

    @staticmethod
    def resolve_municipalities(obj: Activity) -> list[Municipality]:
        return list(obj.promise_set.municipalities.all())

    @staticmethod
    def resolve_commitment_ids(obj: Activity) -> list[int]:
        return [commitment.pk for commitment in obj.commitments.all()]

    @staticmethod
    def resolve_organisation(obj: Activity) -> str | None:
        return obj.organisation.name if obj.organisation else None


class OutcomeOut(Schema):
    promise_id: int
    commitment_id: int | None
    kind: str
    kind_label: str
    resolve_kind_label = _label("kind")
    text: str
    reason: str


class FollowUpRoundItem(Schema):
    id: int
    promise_set_id: int
    municipalities: list[MunicipalityRef]
    number: int
    covers_from: dt.date
    covers_until: dt.date
    due_date: dt.date
    summary: str
    published_at: dt.datetime

    @staticmethod
    def resolve_municipalities(obj: FollowUpRound) -> list[Municipality]:
        return list(obj.promise_set.municipalities.all())


class FollowUpRoundDetail(FollowUpRoundItem):
    outcomes: list[OutcomeOut]


class AssessmentFilters(PlaceFilters):
    year: int = _field("Bara lägesbilder per en dag det året.", ge=1900, le=2999)


class AssessmentItem(Schema):
    id: int
    municipality: MunicipalityRef
    version: int
    as_of: dt.date
    title: str
    summary: str
    respondents: int = Field(description="Svarande i trygghetsmätningen som ingår.")
    published_at: dt.datetime


class EvidenceOut(Schema):
    label: str
    value: float = Field(description="Andel av invånarna (0–1) eller ökning (0–1).")
    shown: str
    source: str


class ThemeAssessmentOut(Schema):
    rank: int
    theme: Theme
    theme_label: str
    resolve_theme_label = _label("theme")
    score: float
    evidence: list[EvidenceOut]
    analysis: str


class AssessmentDetail(AssessmentItem):
    findings: list[str] = Field(
        description="Iakttagelser per grupp; grupper för små för att redovisas finns aldrig med."
    )
    participants: str
    themes: list[ThemeAssessmentOut]


class Problem(Schema):
    detail: str


class InvalidParameter(Schema):
    parameter: str
    message: str


class InvalidRequest(Schema):
    detail: str
    errors: list[InvalidParameter]

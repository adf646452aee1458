"""The extract's shape, as `shared/contract/extract.md` names it, for the code that shares it.

`extract.extract` returns an `Extract`, `pipeline.extract_document` a `Document`
(the extract with what describes the file), and `services` stores one as a
draft; mypy holds every reader and writer of a key to the same name and type.
"""

from __future__ import annotations

from typing import NotRequired, Required, TypedDict


class Span(TypedDict):
    start: int
    end: int


class MunicipalityNamed(TypedDict):
    name: str
    code: str


class Period(TypedDict):
    start: str | None
    end: str | None
    until_replaced: bool
    extends_indefinitely: bool


class Signed(TypedDict):
    date: str | None
    place: str | None


class Signatory(TypedDict):
    name: str
    title: str
    organisation: str


class Commitment(TypedDict):
    party: str
    what: str
    count: int | None
    at_least: bool
    per: str | None
    seasons: list[str]
    target_group: str | None


class Target(TypedDict, total=False):
    """A measurable goal: a change ("minska med tio procent till 2022") or a level."""

    what: Required[str]
    direction: str
    change_percent: float | None
    target_value: float | None
    by: str | None
    baseline_value: float | None
    baseline_year: str | None
    baseline_text: str | None
    data_source: str | None


class Promise(TypedDict):
    text: str
    focus_area: str | None
    parties: list[str]
    themes: list[str]
    commitments: list[Commitment]
    targets: list[Target]
    source: Span
    confidence: float
    reason: str


class Candidate(TypedDict):
    """A passage that looks like a promise but was not taken, and why."""

    text: str
    source: Span
    confidence: float
    reason: str


class Uncertainty(TypedDict):
    field: str
    reason: str


class FollowUp(TypedDict):
    cadence: str | None
    report_to: list[str]
    published_on: list[str]


class NotDone(TypedDict):
    what: str
    reason: str | None


class Outcome(TypedDict):
    promise: str
    focus_area: str | None
    parties: list[str]
    themes: list[str]
    done: list[str]
    not_done: list[NotDone]


class Contact(TypedDict):
    organisation: str | None
    name: str | None
    title: str | None
    phone: str | None
    email: str | None
    website: str | None
    address: str
    source: Span


class OutcomesPeriod(TypedDict):
    start: str | None
    end: str | None


class Extract(TypedDict):
    kind: str
    title: str | None
    municipalities: list[MunicipalityNamed]
    police_areas: list[str]
    period: Period
    uncertain: list[Uncertainty]
    candidates: list[Candidate]
    signed: Signed
    signatories: list[Signatory]
    promises: list[Promise]
    targets: list[Target]
    follow_up: FollowUp
    outcomes: list[Outcome]
    outcomes_title: str | None
    outcomes_period: OutcomesPeriod
    contacts: list[Contact]
    text: str
    sources: NotRequired[dict[str, Span]]


class Document(Extract):
    """An extract with what describes the file it was read from."""

    file: str
    sha256: str
    format: str

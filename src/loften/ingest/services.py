"""Store an extracted document (the `loften extract` contract) as registry and promise rows."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from loften.followup.models import Outcome
from loften.ingest import contract
from loften.ingest.contract import Extract, OutcomesPeriod, Period, Span
from loften.ingest.models import SourceDocument
from loften.promises.models import (
    Commitment,
    Contact,
    FocusArea,
    Promise,
    PromiseSet,
    PromiseTheme,
    Signatory,
    Target,
)
from loften.promises.publishing import promise_set_publish
from loften.promises.selectors import agreement_in_force
from loften.registry.models import Agreement, Municipality, Organisation, PoliceArea

_AREA_PREFIX = re.compile(r"^(lokalpolisområde|polisområde|lpo)\s+", re.IGNORECASE)


class ExtractError(ValueError):
    """The extracted data cannot be stored; the message is for the person importing."""


def source_document_store(
    *, content: bytes, filename: str, format: str, text: str
) -> tuple[SourceDocument, bool]:
    """The stored document for these bytes and whether it is new; bytes are stored once."""
    sha256 = hashlib.sha256(content).hexdigest()
    return SourceDocument.objects.get_or_create(
        sha256=sha256,
        defaults={"filename": filename, "format": format, "content": content, "text": text},
    )


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _decimal(value: float | int | None) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _year_end(value: str | None) -> date | None:
    return date(int(value), 12, 31) if value else None


def _municipalities(extract: Extract) -> list[Municipality]:
    codes = [m["code"] for m in extract.get("municipalities", []) if m.get("code")]
    found = list(Municipality.objects.filter(code__in=codes))
    if not found or len(found) != len(set(codes)):
        names = ", ".join(m.get("name", "?") for m in extract.get("municipalities", []))
        raise ExtractError(
            f"Kommunen i dokumentet kunde inte hittas i registret: {names or 'ingen'}."
        )
    return found


def _police_areas(extract: Extract, municipalities: list[Municipality]) -> list[PoliceArea]:
    """The police areas the document names; the ones covering its kommuner when it names none."""
    local = PoliceArea.objects.filter(level=PoliceArea.Level.LOCAL)
    by_name = {area.name.casefold(): area for area in local}
    named = [
        by_name[key]
        for text in extract.get("police_areas", [])
        if (key := _AREA_PREFIX.sub("", text.strip()).casefold()) in by_name
    ]
    return named or list(local.filter(municipalities__in=municipalities).distinct())


def _organisations_named(names: list[str]) -> dict[str, Organisation]:
    """Organisations by case-folded name, matched the same way on SQLite and PostgreSQL."""
    wanted = {name.strip().casefold() for name in names if name}
    if not wanted:
        return {}
    return {
        organisation.name.casefold(): organisation
        for organisation in Organisation.objects.all()
        if organisation.name.casefold() in wanted
    }


def _signatories(extract: Extract, **owner: Any) -> None:
    signatories = extract.get("signatories", [])
    organisations = _organisations_named([s.get("organisation") or "" for s in signatories])
    Signatory.objects.bulk_create(
        Signatory(
            name=s["name"],
            title=s.get("title") or "",
            organisation_name=s.get("organisation") or "",
            organisation=organisations.get((s.get("organisation") or "").strip().casefold()),
            position=position,
            **owner,
        )
        for position, s in enumerate(signatories)
    )


def _contacts(extract: Extract, promise_set: PromiseSet, fallback: str) -> None:
    """The document's contacts; one whose organisation is not written is the kommun's."""
    bulk_create_with_history(
        [
            Contact(
                promise_set=promise_set,
                organisation_name=c.get("organisation") or fallback,
                name=c.get("name") or "",
                title=c.get("title") or "",
                phone=c.get("phone") or "",
                email=c.get("email") or "",
                website=c.get("website") or "",
                address=c.get("address") or "",
                position=position,
            )
            for position, c in enumerate(extract.get("contacts") or [])
        ],
        Contact,
    )


def _promises(
    promise_set: PromiseSet,
    promises: Sequence[Mapping[str, Any]],
    *,
    sources: Mapping[str, Span],
    key: str = "promises",
) -> None:
    """Store the promises read under `key` of the extract ("promises" or "outcomes")."""
    focus_areas: dict[str, FocusArea] = {}
    for position, item in enumerate(promises):
        path = f"{key}.{position}"
        heading = item.get("focus_area")
        if heading and heading not in focus_areas:
            focus_areas[heading] = FocusArea.objects.create(
                promise_set=promise_set, title=heading, position=len(focus_areas)
            )
        parties = set(item.get("parties", []))
        source = item.get("source") or {}
        promise = Promise.objects.create(
            promise_set=promise_set,
            focus_area=focus_areas.get(heading) if heading else None,
            text=item["text"],
            by_police="police" in parties,
            by_municipality="municipality" in parties,
            with_others="others" in parties,
            position=position,
            source_start=source.get("start"),
            source_end=source.get("end"),
        )
        PromiseTheme.objects.bulk_create(
            PromiseTheme(promise=promise, theme=theme, position=index)
            for index, theme in enumerate(dict.fromkeys(item.get("themes", [])))
        )
        bulk_create_with_history(
            [
                Commitment(
                    promise=promise,
                    party=c["party"],
                    what=c["what"],
                    count=c.get("count"),
                    at_least=bool(c.get("at_least")),
                    per=c.get("per") or "",
                    seasons=c.get("seasons") or [],
                    season_topics=c.get("season_topics") or {},
                    target_group=c.get("target_group") or "",
                    position=index,
                    source_start=_span(sources, f"{path}.commitments.{index}", "start"),
                    source_end=_span(sources, f"{path}.commitments.{index}", "end"),
                )
                for index, c in enumerate(item.get("commitments", []))
            ],
            Commitment,
        )
        _targets(promise_set, item.get("targets", []), promise=promise, sources=sources, path=path)
        _outcomes(promise, item)


def _outcomes(promise: Promise, item: Mapping[str, Any]) -> None:
    """What a follow-up says was done, and what was not and why."""
    done = [
        Outcome(promise=promise, kind=Outcome.Kind.DONE, text=text) for text in item.get("done", [])
    ]
    not_done = [
        Outcome(
            promise=promise,
            kind=Outcome.Kind.NOT_DONE,
            text=entry.get("what") or "",
            reason=entry.get("reason") or "",
        )
        for entry in item.get("not_done", [])
    ]
    for position, outcome in enumerate(done + not_done):
        outcome.position = position
    bulk_create_with_history(done + not_done, Outcome)


def _span(sources: Mapping[str, Span], path: str, end: str) -> int | None:
    span = sources.get(path)
    return span[end] if span else None  # type: ignore[literal-required]


def _targets(
    promise_set: PromiseSet,
    targets: Sequence[contract.Target],
    *,
    promise: Promise | None,
    sources: Mapping[str, Span],
    path: str,
) -> None:
    """Targets of a promise (`path` "promises.2") or of the whole set (`path` "")."""
    prefix = f"{path}.targets" if path else "targets"
    bulk_create_with_history(
        [
            Target(
                promise_set=promise_set,
                promise=promise,
                indicator=t["what"],
                direction=t.get("direction") or _direction(t.get("change_percent")),
                change_percent=_decimal(t.get("change_percent")),
                target_value=_decimal(t.get("target_value")),
                deadline=_year_end(t.get("by")),
                baseline_value=_decimal(t.get("baseline_value")),
                baseline_year=int(year) if (year := t.get("baseline_year")) else None,
                baseline_text=t.get("baseline_text") or "",
                data_source=t.get("data_source") or "",
                source_start=_span(sources, f"{prefix}.{index}", "start"),
                source_end=_span(sources, f"{prefix}.{index}", "end"),
            )
            for index, t in enumerate(targets)
        ],
        Target,
    )


def _direction(change_percent: float | None) -> str:
    if change_percent is None or change_percent == 0:
        return ""
    return Target.Direction.DECREASE if change_percent < 0 else Target.Direction.INCREASE


def _new_promise_set(
    *,
    title: str,
    period: Period | OutcomesPeriod,
    municipalities: list[Municipality],
    police_areas: list[PoliceArea],
    document: SourceDocument,
    extract: Extract | None,
) -> PromiseSet:
    """A draft with the extract's signing, follow-up and provenance (None: an earlier set)."""
    period_dates = (_date(period["start"]), _date(period["end"]))
    promise_set = PromiseSet(
        title=title,
        period_start=period_dates[0],
        period_end=period_dates[1],
        until_replaced=bool(period.get("until_replaced")),
        extends_indefinitely=bool(period.get("extends_indefinitely")),
    )
    if extract is not None:
        follow_up, signed = extract["follow_up"], extract["signed"]
        promise_set.signed_on = _date(signed["date"])
        promise_set.signed_place = signed["place"] or ""
        promise_set.follow_up_cadence = follow_up["cadence"] or ""
        promise_set.report_to = follow_up["report_to"]
        promise_set.published_on = follow_up["published_on"]
        promise_set.provenance = {
            path: span
            for path, span in (extract.get("sources") or {}).items()
            if not path.startswith(("promises.", "outcomes."))
        }
    promise_set.source_document = document
    promise_set.save()
    start = promise_set.validity.start
    if start is not None:
        promise_set.agreement = agreement_in_force(municipalities[0], start)
        promise_set.save(update_fields=["agreement"])
    promise_set.municipalities.set(municipalities)
    promise_set.police_areas.set(police_areas)
    return promise_set


@transaction.atomic
def promise_sets_create_from_extract(
    extract: Extract, *, document: SourceDocument, publish: bool
) -> list[PromiseSet]:
    """Store a promise-set extract; older promises it follows up become their own set.

    A follow-up such as "Så gick det med medborgarlöftena 2019–2021" next to
    new promises describes an earlier period: that period is stored as a set
    of its own, decided before the new one. Returns the sets oldest first.
    """
    municipalities = _municipalities(extract)
    police_areas = _police_areas(extract, municipalities)
    names = " och ".join(m.name for m in municipalities)
    created: list[PromiseSet] = []
    outcomes = extract.get("outcomes") or []
    sources = extract.get("sources") or {}
    if outcomes:
        outcomes_period = extract.get("outcomes_period") or {}
        start, end = outcomes_period.get("start"), outcomes_period.get("end")
        earlier = _new_promise_set(
            title=f"Medborgarlöften {start[:4]}–{end[:4]}"
            if start and end
            else extract.get("outcomes_title") or f"Tidigare medborgarlöften {names}",
            period=outcomes_period,
            municipalities=municipalities,
            police_areas=police_areas,
            document=document,
            extract=None,
        )
        _promises(
            earlier,
            [{**o, "text": o["promise"]} for o in outcomes],
            sources=sources,
            key="outcomes",
        )
        created.append(earlier)
    current = _new_promise_set(
        title=extract.get("title") or f"Medborgarlöften {names}",
        period=extract["period"],
        municipalities=municipalities,
        police_areas=police_areas,
        document=document,
        extract=extract,
    )
    _promises(current, extract.get("promises", []), sources=sources)
    _targets(current, extract.get("targets", []), promise=None, sources=sources, path="")
    _signatories(extract, promise_set=current)
    _contacts(extract, current, fallback=municipalities[0].official_name)
    created.append(current)
    if publish:
        now = timezone.now()
        for promise_set in created:
            promise_set_publish(promise_set=promise_set, acting_user=None, at=now)
    return created


@transaction.atomic
def agreement_create_from_extract(extract: Extract, *, document: SourceDocument) -> Agreement:
    municipality = _municipalities(extract)[0]
    period = extract.get("period") or {}
    signed = extract.get("signed") or {}
    follow_up = extract.get("follow_up") or {}
    agreement = Agreement.objects.create(
        title=extract.get("title") or f"Samverkansöverenskommelse {municipality.name}",
        municipality=municipality,
        follow_up_cadence=follow_up.get("cadence") or "",
        report_to=follow_up.get("report_to") or [],
        valid_from=_date(period.get("start")),
        valid_until=_date(period.get("end")),
        extends_indefinitely=bool(period.get("extends_indefinitely")),
        signed_on=_date(signed.get("date")),
        signed_place=signed.get("place") or "",
        source_document=document,
        # What the parties undertake ("Kommunen åtar sig att anställa ...") is how they work.
        working_methods=[promise["text"] for promise in extract["promises"]],
    )
    _signatories(extract, agreement=agreement)
    return agreement

"""Historical rows told in Swedish: when, who, what kind of object, each field before and after."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from django.db import models
from django.utils import formats, timezone
from django.utils.text import Truncator
from simple_history.utils import get_m2m_reverse_field_name

from loften.promises.models import Commitment

SYSTEM = "systemet"

ACTIONS = {"+": "Skapat", "~": "Ändrat", "-": "Borttaget"}

# Bookkeeping a reader of the history does not need: where in the source text
# something was read. A new object's place in its list is told only when it moves.
HIDDEN_FIELDS = frozenset({"id", "source_start", "source_end", "provenance"})
HIDDEN_WHEN_NEW = frozenset({"position"})

# Lists of choice values stored as JSON, told by their Swedish names.
SEASONS = dict(Commitment.Season.choices)
NAMED_KEYS: dict[tuple[type[models.Model], str], dict[str, Any]] = {
    (Commitment, "seasons"): SEASONS,
    (Commitment, "season_topics"): SEASONS,
}


@dataclass(frozen=True)
class FieldChange:
    """One field: its Swedish name, the value before (None for a new object) and after."""

    field: str
    before: str | None
    after: str


@dataclass(frozen=True)
class HistoryEntry:
    when: datetime
    who: str
    action: str
    kind: str
    label: str
    changes: list[FieldChange]
    removed: bool


def history_entry(record: Any) -> HistoryEntry:
    """What one historical row says, compared with the row before it of the same object."""
    model: type[models.Model] = record.instance_type
    previous = record.prev_record if record.history_type == "~" else None
    if record.history_type == "-":
        changes: list[FieldChange] = []
    elif previous is None:
        changes = _values(record, model)
    else:
        changes = _differences(record, previous, model)
    return HistoryEntry(
        when=record.history_date,
        who=_who(record),
        action=ACTIONS[record.history_type],
        kind=str(model._meta.verbose_name).capitalize(),
        label=Truncator(str(record.instance)).chars(120),
        changes=changes,
        removed=record.history_type == "-",
    )


def _who(record: Any) -> str:
    """The person, or the system and what made the change: "systemet (loften import)"."""
    if record.history_username:
        return str(record.history_username)
    if record.history_user is not None:
        return str(record.history_user.get_username())
    reason = getattr(record, "history_change_reason", None)
    return f"{SYSTEM} ({reason})" if reason else SYSTEM


def _shown(record: Any) -> dict[str, models.Field[Any, Any]]:
    """The recorded fields a reader is told about, in the order the model declares them."""
    recorded = {field.name for field in record.tracked_fields}
    recorded |= {field.name for field in record._history_m2m_fields}
    return {
        field.name: field
        for field in record.instance_type._meta.get_fields()
        if isinstance(field, models.Field)
        and field.editable
        and field.name in recorded
        and field.name not in HIDDEN_FIELDS
    }


def _values(record: Any, model: type[models.Model]) -> list[FieldChange]:
    """A new object: every field that holds something."""
    changes = []
    for field in _shown(record).values():
        if field.name in HIDDEN_WHEN_NEW:
            continue
        value = _m2m_ids(record, field) if field.many_to_many else getattr(record, field.attname)
        if value in (None, "", [], {}, False):
            continue
        changes.append(FieldChange(_name(field), None, display(model, field, value)))
    return changes


def _differences(record: Any, previous: Any, model: type[models.Model]) -> list[FieldChange]:
    shown = _shown(record)
    delta = record.diff_against(previous, included_fields=list(shown))
    by_field = {change.field: change for change in delta.changes}
    changes = []
    for name, field in shown.items():
        if name not in by_field:
            continue
        old, new = by_field[name].old, by_field[name].new
        if field.many_to_many:
            reverse = get_m2m_reverse_field_name(field)
            old, new = [row[reverse] for row in old], [row[reverse] for row in new]
        changes.append(
            FieldChange(_name(field), display(model, field, old), display(model, field, new))
        )
    return changes


def _m2m_ids(record: Any, field: models.Field[Any, Any]) -> list[Any]:
    reverse = get_m2m_reverse_field_name(field)
    return [row[reverse] for row in getattr(record, field.name).values(reverse)]


def _name(field: models.Field[Any, Any]) -> str:
    return str(field.verbose_name).capitalize()


def display(model: type[models.Model], field: models.Field[Any, Any], value: Any) -> str:
    """A stored value as a Swedish reader would write it; "–" for nothing."""
    if value in (None, "", [], {}):
        return "–"
    if field.is_relation:
        ids = value if isinstance(value, list) else [value]
        return ", ".join(_related(field, pk) for pk in ids)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return "ja" if value else "nej"
    names = NAMED_KEYS.get((model, field.name), {})
    if isinstance(value, dict):
        return "; ".join(f"{names.get(key, key)}: {item}" for key, item in value.items())
    if isinstance(value, list):
        return ", ".join(str(names.get(item, item)) for item in value)
    if isinstance(value, datetime):
        return formats.date_format(timezone.localtime(value), "j F Y H:i")
    if isinstance(value, date):
        return formats.date_format(value, "j F Y")
    if isinstance(value, Decimal | float):
        return formats.number_format(value)
    return str(value)


def _related(field: models.Field[Any, Any], pk: Any) -> str:
    related = cast(type[models.Model], field.related_model)
    found = related._default_manager.filter(pk=pk).first()
    if found is None:
        return f"borttaget ({pk})"
    return Truncator(str(found)).chars(80)

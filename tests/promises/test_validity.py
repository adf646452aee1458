"""Which promise set is in force on a day: the rules written in the documents."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loften.promises.validity import (
    Validity,
    in_force,
    period_label,
    spans_in_force,
    validity_sentence,
)

D = date
DATED_2023_2025 = Validity(D(2023, 1, 1), D(2025, 12, 31))
UNTIL_REPLACED = Validity(D(2023, 1, 1), D(2025, 12, 31), until_replaced=True)
EXTENDS = Validity(D(2021, 1, 1), D(2024, 12, 31), extends_indefinitely=True)
NO_END = Validity(D(2023, 3, 3))
SUCCESSOR_2026 = Validity(D(2026, 3, 1), D(2027, 12, 31))
EARLY_SUCCESSOR = Validity(D(2024, 6, 1), D(2026, 12, 31))
SHORT_SUCCESSOR = Validity(D(2024, 1, 1), D(2024, 12, 31))
LEAP = Validity(D(2020, 2, 29), D(2024, 2, 29))
MID_YEAR = Validity(D(2021, 7, 1), D(2022, 6, 30))


@pytest.mark.parametrize(
    "candidates, on, expected",
    [
        # A dated end.
        ([("a", DATED_2023_2025)], D(2022, 12, 31), None),
        ([("a", DATED_2023_2025)], D(2023, 1, 1), "a"),
        ([("a", DATED_2023_2025)], D(2025, 12, 31), "a"),
        ([("a", DATED_2023_2025)], D(2026, 1, 1), None),
        # "gäller till 2025-12-31 eller tills nytt löfte ges", without a successor...
        ([("a", UNTIL_REPLACED)], D(2026, 3, 1), "a"),
        ([("a", UNTIL_REPLACED)], D(2030, 1, 1), "a"),
        # ...and with one: in force until the successor starts, then never again.
        ([("a", UNTIL_REPLACED), ("b", SUCCESSOR_2026)], D(2026, 2, 28), "a"),
        ([("a", UNTIL_REPLACED), ("b", SUCCESSOR_2026)], D(2026, 3, 1), "b"),
        ([("a", UNTIL_REPLACED), ("b", SUCCESSOR_2026)], D(2028, 1, 1), None),
        # "förlängs tillsvidare om ny överenskommelse inte tecknas".
        ([("a", EXTENDS)], D(2024, 12, 31), "a"),
        ([("a", EXTENDS)], D(2026, 11, 23), "a"),
        ([("a", EXTENDS), ("b", SUCCESSOR_2026)], D(2026, 3, 1), "b"),
        # No stated end: in force until replaced.
        ([("a", NO_END)], D(2023, 3, 2), None),
        ([("a", NO_END)], D(2029, 1, 1), "a"),
        # Overlapping periods: the newer set replaces the older from its start.
        ([("a", DATED_2023_2025), ("b", EARLY_SUCCESSOR)], D(2024, 5, 31), "a"),
        ([("a", DATED_2023_2025), ("b", EARLY_SUCCESSOR)], D(2024, 6, 1), "b"),
        ([("a", DATED_2023_2025), ("b", EARLY_SUCCESSOR)], D(2026, 6, 1), "b"),
        # A replaced set does not come back when its short successor ends.
        ([("a", DATED_2023_2025), ("b", SHORT_SUCCESSOR)], D(2025, 6, 1), None),
        # The order given does not matter for different starts...
        ([("b", EARLY_SUCCESSOR), ("a", DATED_2023_2025)], D(2024, 6, 1), "b"),
        # ...and for equal starts the later decision wins.
        ([("a", DATED_2023_2025), ("b", DATED_2023_2025)], D(2024, 1, 1), "b"),
        # Nothing to choose from, or only sets without a start.
        ([], D(2024, 1, 1), None),
        ([("a", Validity(None, D(2025, 12, 31)))], D(2024, 1, 1), None),
    ],
)
def test_in_force(candidates: list[tuple[str, Validity]], on: date, expected: str | None) -> None:
    assert in_force(candidates, on) == expected


@pytest.mark.parametrize(
    "validity, before, first, last, after",
    [
        # Leap days at both ends.
        (LEAP, D(2020, 2, 28), D(2020, 2, 29), D(2024, 2, 29), D(2024, 3, 1)),
        # A period that starts mid-year.
        (MID_YEAR, D(2021, 6, 30), D(2021, 7, 1), D(2022, 6, 30), D(2022, 7, 1)),
    ],
)
def test_a_period_covers_exactly_its_first_to_last_day(
    validity: Validity, before: date, first: date, last: date, after: date
) -> None:
    assert [validity.covers(d) for d in (before, first, last, after)] == [False, True, True, False]


FIRST_DAY = date(2020, 1, 1)
days = st.integers(min_value=0, max_value=60).map(lambda n: FIRST_DAY + timedelta(days=n))


@st.composite
def validities(draw: st.DrawFn) -> Validity:
    start = draw(st.none() | days)
    end = draw(st.none() | days)
    if start is not None and end is not None and end < start:
        start, end = end, start
    flags = draw(st.sampled_from([(False, False), (True, False), (False, True)]))
    return Validity(start, end, until_replaced=flags[0], extends_indefinitely=flags[1])


@given(st.lists(validities(), max_size=6))
def test_the_stretches_give_the_rules_answer_on_every_day(candidates: list[Validity]) -> None:
    keyed = list(enumerate(candidates))
    spans = spans_in_force(keyed)
    for offset in range(-2, 70):
        day = FIRST_DAY + timedelta(days=offset)
        holding = [
            key for key, first, last in spans if first <= day and (last is None or day <= last)
        ]
        assert len(holding) <= 1
        assert (holding[0] if holding else None) == in_force(keyed, day)


TODAY = D(2026, 3, 12)


@pytest.mark.parametrize(
    "validity, label, replaced, expected",
    [
        (
            UNTIL_REPLACED,
            "2023–2025",
            False,
            "Perioden 2023–2025 är slut; löftet gäller tills ett nytt ges.",
        ),
        (DATED_2023_2025, "2023–2025", False, "Perioden 2023–2025 tog slut 31 december 2025."),
        (
            Validity(D(2025, 1, 1), D(2027, 12, 31), until_replaced=True),
            "2025–2027",
            False,
            "Perioden 2025–2027 pågår till 31 december 2027; "
            "därefter gäller löftet tills ett nytt ges.",
        ),
        (
            NO_END,
            "sedan 3 mars 2023, utan angiven period",
            False,
            "Gäller sedan 3 mars 2023, utan angiven period.",
        ),
        (NO_END, "från 3 mars 2023", False, "Gäller sedan 3 mars 2023, utan slutdatum."),
        (
            Validity(D(2027, 1, 1), D(2029, 12, 31)),
            "2027–2029",
            False,
            "Börjar gälla 1 januari 2027 (perioden 2027–2029).",
        ),
        (
            DATED_2023_2025,
            "2023–2025",
            True,
            "Perioden 2023–2025 är slut; löftet har ersatts av ett nytt.",
        ),
        (Validity(None), "ingen period angiven", False, "Ingen period angiven."),
    ],
)
def test_when_a_set_applies_is_said_in_one_sentence(
    validity: Validity, label: str, replaced: bool, expected: str
) -> None:
    assert validity_sentence(validity, label, replaced=replaced, today=TODAY) == expected


@pytest.mark.parametrize(
    "period_start, period_end, start, expected",
    [
        (D(2023, 1, 1), D(2025, 12, 31), D(2023, 1, 1), "2023–2025"),
        (D(2024, 1, 1), D(2024, 12, 31), D(2024, 1, 1), "2024"),
        (D(2023, 3, 3), None, D(2023, 3, 3), "från 3 mars 2023"),
        (None, D(2025, 12, 31), None, "till 31 december 2025"),
        (None, None, D(2026, 12, 2), "sedan 2 december 2026, utan angiven period"),
        (None, None, None, "ingen period angiven"),
    ],
)
def test_a_period_is_named_in_words(
    period_start: date | None, period_end: date | None, start: date | None, expected: str
) -> None:
    assert period_label(period_start, period_end, start) == expected

"""How Swedish promise documents write sizes, schedules, periods, dates and targets."""

import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loften.ingest.periods import parse_period
from loften.ingest.phrases import (
    Schedule,
    parse_date,
    parse_goals,
    parse_number,
    parse_schedule,
    parse_signed,
    parse_target_group,
    parse_targets,
    with_baselines,
    without_schedule,
    without_signed_at,
)

CYCLISTS = "cyklister och gångtrafikanter"
SEEDS = Path(__file__).resolve().parents[2] / "src" / "loften" / "ops" / "seeds"


def seed(name: str) -> str:
    return unicodedata.normalize("NFC", (SEEDS / f"{name}.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "word, number",
    [("två", 2), ("Tio", 10), ("ett", 1), ("15", 15), ("femton", 15), ("många", None), ("", None)],
)
def test_number_words(word: str, number: int | None) -> None:
    assert parse_number(word) == number


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "lovar att vid minst två tillfällen under året, vår och höst, genomföra insatser",
            Schedule(2, "year", at_least=True, seasons=("spring", "autumn")),
        ),
        ("Polis: Hundsök i skolan två gånger per år.", Schedule(2, "year")),
        ("Polis: Kontroll minst en gång per år.", Schedule(1, "year", at_least=True)),
        ("utbildning till ett utlämningsställe per år.", Schedule(1, "year")),
        ("följs upp kontinuerligt två gånger per år", Schedule(2, "year")),
        ("tre gånger per termin", Schedule(3, "half_year")),
        ("minst 4 gånger per månad", Schedule(4, "month", at_least=True)),
        ("vid fem tillfällen under perioden", Schedule(5, "period")),
        ("ska redovisas årligen", Schedule(1, "year")),
        ("en kampanj varje höst", Schedule(1, "year", seasons=("autumn",))),
        ("under våren och hösten", Schedule(2, "year", seasons=("spring", "autumn"))),
        ("ta fram en aktuell lägesbild av segregationen", Schedule(1, "period")),
        ("Starta upp arbetet med EST", Schedule(1, "period")),
        ("Kommun: Drogvaneundersökning genomförs och följs upp.", Schedule(1, "period")),
        ("Polisen lovar att verka för fler grannsamverkansområden.", None),
        ("", None),
    ],
)
def test_schedules(text: str, expected: Schedule | None) -> None:
    assert parse_schedule(text) == expected


@pytest.mark.parametrize(
    "text, group",
    [
        ("erbjuda varje elev i årskurs 4 trafikutbildning", "varje elev i årskurs 4"),
        ("insatser riktade till cyklister och gångtrafikanter. Inriktning", CYCLISTS),
        ("information till alla vårdnadshavare i åk 7-9", "alla vårdnadshavare i åk 7-9"),
        ("arbeta för en säker trafikmiljö", None),
    ],
)  # fmt: skip
def test_target_groups(text: str, group: str | None) -> None:
    assert parse_target_group(text) == group


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Datum: 2023-06-14", date(2023, 6, 14)),
        ("Umeå 3 mars 2023", date(2023, 3, 3)),
        ("från den 1 januari 2021 till den 31", date(2021, 1, 1)),
        ("2023-02-30 är inget datum", None),
        ("31 februari 2023", None),
        ("inget datum här", None),
    ],
)
def test_dates(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def period(start: str | None, end: str | None, replaced: bool, extends: bool) -> dict[str, object]:
    return {"start": start, "end": end, "until_replaced": replaced, "extends_indefinitely": extends}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Medborgarlöfte 2023-2025\nLöftet gäller till 2025-12-31 eller tills nytt löfte ges.",
            period("2023-01-01", "2025-12-31", True, False),
        ),
        (
            "Överenskommelsen gäller från den 1 januari 2021 till den 31 december 2024. Om ny "
            "överenskommelse inte tecknas efter utgånget datum förlängs denna överenskommelse "
            "tillsvidare.",
            period("2021-01-01", "2024-12-31", False, True),
        ),
        ("Medborgarlöften 2021–2022", period("2021-01-01", "2022-12-31", False, False)),
        ("Medborgarlöften 2025–2021", period(None, None, False, False)),
        ("Ingen period här.", period(None, None, False, False)),
    ],
)
def test_periods(text: str, expected: dict[str, object]) -> None:
    assert parse_period(text) == expected


@pytest.mark.parametrize(
    "name, expected",
    [
        ("000_2d4a401379370ee3", {"date": "2023-03-03", "place": "Umeå"}),
        ("001_fdd24d6d2ed0ef15", {"date": "2021-02-09", "place": "Umeå"}),
        ("002_307e26fc5e31ffd9", {"date": "2023-06-14", "place": None}),
        ("004_a34657226f142e30", {"date": None, "place": None}),
    ],
)
def test_signing_place_and_date_in_the_seeds(name: str, expected: dict[str, object]) -> None:
    assert parse_signed(seed(name)) == expected


def test_the_periods_of_the_seeds() -> None:
    assert parse_period(seed("002_307e26fc5e31ffd9")) == period(
        "2023-01-01", "2025-12-31", True, False
    )
    assert parse_period(seed("003_55caf2bb7bed1e8d")) == period(
        "2021-01-01", "2022-12-31", False, False
    )


@pytest.mark.parametrize(
    "text, what",
    [
        (
            "vid minst två tillfällen under året, vår och höst, genomföra trafikinsatser",
            "genomföra trafikinsatser",
        ),
        ("Hundsök i skolan två gånger per år", "Hundsök i skolan"),
        ("Utbildning till ett utlämningsställe per år", "Utbildning till ett utlämningsställe"),
        ("ta fram en lägesbild samt delta i aktiviteter", "ta fram en lägesbild"),
        ("arbeta för ökad trafiksäkerhet", "arbeta för ökad trafiksäkerhet"),
    ],
)  # fmt: skip
def test_what_a_commitment_does_without_its_schedule(text: str, what: str) -> None:
    assert without_schedule(text, parse_schedule(text)) == what


def test_a_place_and_date_glued_to_a_sentence_are_cut_off() -> None:
    assert without_signed_at("andra negativa beteenden.Umeå 3 mars 2023") == (
        "andra negativa beteenden."
    )
    assert without_signed_at("möte den 3 mars 2023 i Umeå.") == "möte den 3 mars 2023 i Umeå."


def test_goals_without_a_size_with_the_baseline_they_are_measured_against() -> None:
    [goal] = parse_goals(
        "Målet är att tryggheten ska öka i Östersunds kommun i jämförelse med "
        "den statistik som presenterats i lägesbilden 2020."
    )
    assert (goal["what"], goal["direction"], goal["baseline_year"], goal["data_source"]) == (
        "tryggheten i Östersunds kommun",
        "increase",
        "2020",
        "lägesbild 2020",
    )
    [fewer] = parse_goals("Målet är att otryggheten ska minska.")
    assert (fewer["what"], fewer["direction"], fewer["baseline_text"]) == (
        "otryggheten",
        "decrease",
        None,
    )
    assert parse_goals("Vi vill att tryggheten ökar.") == []


def test_percent_targets_with_their_year() -> None:
    sentence = (
        "Målet är att totala andelen bedrägeribrott ska minska med tio procent och "
        "kortbedrägeri ska minska med 15 procent fram till år 2022."
    )
    assert parse_targets(sentence) == [
        {"what": "bedrägeribrott", "direction": "decrease", "change_percent": -10.0, "by": "2022"},
        {"what": "kortbedrägeri", "direction": "decrease", "change_percent": -15.0, "by": "2022"},
    ]
    assert parse_targets("Tryggheten ska öka med 2,5 procent.") == [
        {"what": "Tryggheten", "direction": "increase", "change_percent": 2.5, "by": None}
    ]
    assert parse_targets("Vi ska minska brottsligheten.") == []


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_no_parser_raises_on_any_text_and_each_answers_in_its_shape(text: str) -> None:
    schedule = parse_schedule(text)
    assert schedule is None or isinstance(schedule, Schedule)
    group = parse_target_group(text)
    assert group is None or (group and group.lower() in text.lower())
    day = parse_date(text)
    assert day is None or 1900 <= day.year <= 2200
    period = parse_period(text)
    assert set(period) >= {"start", "end", "until_replaced", "extends_indefinitely"}
    if period["start"] and period["end"]:
        assert str(period["start"]) <= str(period["end"])
    signed = parse_signed(text)
    assert signed["place"] is None or signed["place"] in text
    assert all(isinstance(target, dict) for target in parse_targets(text))
    assert all(isinstance(goal, dict) for goal in parse_goals(text))
    assert len(with_baselines([{"what": text[:5]}], text)) == 1
    what = without_schedule(text, schedule)
    assert len(what) <= len(text)
    assert len(without_signed_at(text)) <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        "Uppföljning medborgarlöfte 2023\nTrygghetsrådet 14 februari 2024\n",
        "Beslutsunderlag\nTjänsteskrivelse 2025-10-06\nProtokollsutdrag 2025-09-23\n",
    ],
)
def test_a_meeting_or_a_paper_and_its_date_is_no_place_of_signing(text: str) -> None:
    assert parse_signed(text) == {"date": None, "place": None}

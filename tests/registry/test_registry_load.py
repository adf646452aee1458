from pathlib import Path

import pytest

from loften.registry.models import County, Municipality, Organisation, PoliceArea
from loften.registry.reference import (
    MunicipalityRow,
    ReferenceDataError,
    municipality_organisation_name,
    municipality_slugs,
    read_municipalities,
)
from loften.registry.services import registry_load

pytestmark = pytest.mark.django_db


def test_a_new_database_holds_all_290_kommuner_in_21_lan() -> None:
    assert Municipality.objects.count() == 290
    assert County.objects.count() == 21


@pytest.mark.parametrize(
    "code, name, county",
    [
        ("2480", "Umeå", "Västerbottens län"),
        ("2560", "Älvsbyn", "Norrbottens län"),
        ("2313", "Strömsund", "Jämtlands län"),
        ("2380", "Östersund", "Jämtlands län"),
        ("0114", "Upplands Väsby", "Stockholms län"),
        ("0980", "Gotland", "Gotlands län"),
    ],
)
def test_known_kommunkoder(code: str, name: str, county: str) -> None:
    municipality = Municipality.objects.select_related("county").get(code=code)
    assert (municipality.name, municipality.county.name) == (name, county)


def test_every_kommun_is_covered_by_a_lokalpolisomrade() -> None:
    uncovered = Municipality.objects.filter(police_areas__isnull=True)
    assert list(uncovered) == []
    alvsbyn = Municipality.objects.get(code="2560")
    local = alvsbyn.police_areas.get()
    assert (local.name, local.parent.name, local.parent.parent.name) == (
        "Piteå älvdal",
        "Norrbotten",
        "Nord",
    )


def test_split_kommuner_keep_all_their_lokalpolisomraden() -> None:
    assert Municipality.objects.get(code="0180").police_areas.count() == 8
    assert Municipality.objects.get(code="1480").police_areas.count() == 4


def test_police_geography_has_seven_regions() -> None:
    assert PoliceArea.objects.filter(level=PoliceArea.Level.REGION).count() == 7
    assert PoliceArea.objects.filter(level=PoliceArea.Level.DISTRICT).count() == 27
    assert PoliceArea.objects.filter(level=PoliceArea.Level.LOCAL).count() == 95


def test_inferred_rows_stay_marked_as_uncertain() -> None:
    ostersund = Municipality.objects.get(code="2380")
    coverage = ostersund.policeareacoverage_set.get()
    assert coverage.verified is False
    assert coverage.note.startswith("inferred")


def test_every_kommun_and_lokalpolisomrade_is_an_organisation() -> None:
    assert Organisation.objects.filter(kind=Organisation.Kind.MUNICIPALITY).count() == 290
    assert Organisation.objects.filter(kind=Organisation.Kind.POLICE_AREA).count() == 95
    assert Organisation.objects.get(municipality__code="2560").name == "Älvsbyns kommun"


def test_loading_again_changes_nothing() -> None:
    report = registry_load()
    assert report.created == 0
    assert Municipality.objects.count() == 290
    assert PoliceArea.objects.count() == 129


def test_a_corrected_file_updates_names_in_place() -> None:
    rows = read_municipalities()
    renamed = [
        MunicipalityRow(r.code, "Älvsbyn Nya", r.county_code, r.county_name)
        if r.code == "2560"
        else r
        for r in rows
    ]
    registry_load(municipalities=renamed)
    municipality = Municipality.objects.get(code="2560")
    assert (municipality.name, municipality.slug) == ("Älvsbyn Nya", "alvsbyn-nya")


def test_kommuner_that_differ_only_by_diacritics_get_distinct_addresses() -> None:
    slugs = municipality_slugs(read_municipalities())
    assert slugs["2560"] == "alvsbyn"
    assert slugs["0305"] != slugs["0643"]
    assert {slugs["0305"], slugs["0643"]} == {"habo-uppsala-lan", "habo-jonkopings-lan"}
    assert len(set(slugs.values())) == 290


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Älvsbyn", "Älvsbyns kommun"),
        ("Umeå", "Umeå kommun"),
        ("Strömsund", "Strömsunds kommun"),
        ("Vännäs", "Vännäs kommun"),
        ("Kalix", "Kalix kommun"),
        ("Falun", "Falu kommun"),
    ],
)
def test_organisation_names_use_the_genitive(name: str, expected: str) -> None:
    assert municipality_organisation_name(name) == expected


@pytest.mark.parametrize(
    "content, message",
    [
        ("kommunkod,kommun\n0114,Upplands Väsby\n", "expected columns"),
        ("kommunkod,kommun,lanskod,lan\n114,Upplands Väsby,01,Stockholms län\n", "line 2"),
        ("kommunkod,kommun,lanskod,lan\n0214,Upplands Väsby,01,Stockholms län\n", "not in län"),
        (
            "kommunkod,kommun,lanskod,lan\n0114,A,01,S\n0114,B,01,S\n",
            "line 3: kommunkod 0114 repeated",
        ),
    ],
)
def test_a_malformed_reference_file_is_refused_with_its_line(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "kommuner.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=message):
        read_municipalities(path)

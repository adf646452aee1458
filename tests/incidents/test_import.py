"""Incident files: read in either encoding and delimiter, refused whole with row and column."""

import pytest

from loften.incidents.incidentfile import MAX_ROWS, IncidentFileError, read_incident_file
from loften.incidents.models import Incident
from loften.incidents.services import IncidentError, incidents_import
from loften.registry.models import Municipality, Organisation

pytestmark = pytest.mark.django_db

HEADING = "id;kategori;tidpunkt;adress;område;beskrivning"
GOOD = (
    HEADING + "\n"
    "A-1;Klotter;2025-04-02 22:15;Storgatan 3;Centrum;Tags på väggen\n"
    "A-2;skadegörelse;2025-04-03 01:00;;Vidsel;Krossad ruta\n"
)


def problems(text: str | bytes) -> list[str]:
    data = text.encode() if isinstance(text, str) else text
    with pytest.raises(IncidentFileError) as raised:
        read_incident_file(data, area_names=["Centrum", "Vidsel"])
    return raised.value.problems


def test_a_good_file_in_windows_1252_with_commas() -> None:
    data = GOOD.replace(";", ",").encode("cp1252")
    first, second = read_incident_file(data, area_names=["Centrum", "Vidsel"])
    assert (first.category, first.area, first.source_key) == ("klotter", "Centrum", "id:A-1")
    assert second.description == "Krossad ruta" and second.occurred_at.hour == 1


def test_excel_unicode_text_with_tabs_is_read() -> None:
    data = GOOD.replace(";", "\t").encode("utf-16")
    first, second = read_incident_file(data, area_names=["Centrum", "Vidsel"])
    assert (first.category, first.area, first.address) == ("klotter", "Centrum", "Storgatan 3")
    assert second.description == "Krossad ruta"


def test_a_file_without_a_delimiter_is_refused_naming_the_delimiters() -> None:
    (problem,) = problems("kategori\nklotter\n")
    assert "semikolon (;), komma (,) eller tabb" in problem


def test_a_binary_file_is_refused() -> None:
    assert "kunde inte läsas som text" in problems(GOOD.encode("utf-16-le"))[0]


def test_a_missing_column_is_named() -> None:
    (problem,) = problems("kategori;adress\nklotter;Storgatan 3\n")
    assert problem.startswith("Rad 1: kolumnen tidpunkt (eller datum) saknas")


def test_a_bad_date_and_an_unknown_category_are_named_by_row_and_column() -> None:
    found = problems(
        HEADING + "\n"
        "1;klotter;2025-13-40 10:00;Storgatan;;\n"
        "2;inbrott;2025-04-03 10:00;Storgatan;;\n"
        "3;klotter;2025-04-03 10:00;Storgatan;Månen;\n"
    )
    assert found[0].startswith("Rad 2, kolumn tidpunkt: ”2025-13-40 10:00” är ingen giltig")
    assert found[1].startswith("Rad 3, kolumn kategori: ”inbrott” är ingen kategori")
    assert found[2] == "Rad 4, kolumn område: kommunen har inget område ”Månen”."


def test_a_huge_file_is_refused() -> None:
    rows = "".join(f"{n};klotter;2025-04-03 10:00;Gatan;;\n" for n in range(MAX_ROWS + 1))
    assert f"högst {MAX_ROWS}" in problems(HEADING + "\n" + rows)[0]


def test_importing_the_same_file_twice_stores_each_incident_once(
    alvsbyn: Municipality,
) -> None:
    kommun = Organisation.objects.get(name="Älvsbyns kommun")
    first = incidents_import(
        municipality=alvsbyn, organisation=kommun, data=GOOD.encode(), acting_user=None
    )
    again = incidents_import(
        municipality=alvsbyn, organisation=kommun, data=GOOD.encode(), acting_user=None
    )
    assert (first.added, again.added, again.already) == (2, 0, 2)
    without_ids = "kategori,datum,tid,adress\nbrand,2025-04-05,23:10,Skolgatan 1\n"
    for _ in range(2):
        incidents_import(
            municipality=alvsbyn, organisation=kommun, data=without_ids.encode(), acting_user=None
        )
    assert Incident.objects.count() == 3


def test_a_row_without_a_place_refuses_the_whole_file(alvsbyn: Municipality) -> None:
    data = GOOD + "A-3;brand;2025-04-03 02:00;;;\n"
    with pytest.raises(IncidentError, match="Rad 4: Ange var det hände"):
        incidents_import(
            municipality=alvsbyn,
            organisation=Organisation.objects.get(name="Älvsbyns kommun"),
            data=data.encode(),
            acting_user=None,
        )
    assert not Incident.objects.exists()

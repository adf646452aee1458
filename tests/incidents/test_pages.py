"""EST pages, the printed summary and `loften incidents` as the people at the meeting use them."""

import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.http import HttpResponse
from django.test import Client

from loften.accounts.models import Membership
from loften.env import tile_origin
from loften.incidents.categories import Category
from loften.incidents.models import Incident
from loften.incidents.services import Place, incident_report
from loften.registry.models import Municipality, Organisation
from tests.factories import member
from tests.incidents.conftest import ALVSBYN, CENTRUM_POINT, HOUSING, POLICE, at

pytestmark = pytest.mark.django_db


def as_user(user: object) -> Client:
    client = Client()
    client.force_login(user)  # type: ignore[arg-type]
    return client


def add(kommun: Municipality, organisation: str, when: str, text: str, **place: object) -> None:
    incident_report(
        municipality=kommun, organisation=Organisation.objects.get(name=organisation),
        category=Category.GRAFFITI, occurred_at=at(when),
        place=Place(**place) if place else Place(*CENTRUM_POINT),  # type: ignore[arg-type]
        description=text, acting_user=None,
    )  # fmt: skip


@pytest.fixture
def week_of_graffiti(alvsbyn: Municipality, housing: Organisation) -> Municipality:
    add(alvsbyn, ALVSBYN, "2025-04-01 21:00", "Tags på skolan")
    add(alvsbyn, ALVSBYN, "2025-04-06 23:59", "Tags på kyrkan")
    add(alvsbyn, HOUSING, "2025-04-02 03:00", "Trapphus nedklottrat")
    add(alvsbyn, POLICE, "2025-03-20 12:00", "Förra månaden")
    add(alvsbyn, POLICE, "2024-04-02 12:00", "Förra året")
    add(alvsbyn, POLICE, "2025-04-07 00:00", "Veckan efter", address="Storgatan 1")
    return alvsbyn


def test_a_reporter_reports_on_the_short_form_and_finds_it_in_the_week(
    alvsbyn: Municipality,
) -> None:
    client = as_user(member(POLICE, "reporter"))
    form = client.get("/arbetsyta/est/2560/rapportera/").content.decode()
    assert 'type="datetime-local"' in form and "Ordningsstörning" in form
    page = client.post(
        "/arbetsyta/est/2560/rapportera/",
        {"organisation": Organisation.objects.get(name=POLICE).pk, "category": "stok",
         "occurred_at": "2025-04-04T22:30", "latitude": "65.68", "longitude": "21.01",
         "description": "Ungdomar stökar vid busstationen"},
    )  # fmt: skip
    assert page.status_code == 302 and page["Location"] == "/arbetsyta/est/2560/vecka/2025-W14/"
    week = client.get(page["Location"]).content.decode()
    assert "Ungdomar stökar vid busstationen" in week and "Stök" in week
    assert Incident.objects.get().area.name == "Centrum"  # type: ignore[union-attr]


def test_a_form_without_a_place_says_so_and_stores_nothing(alvsbyn: Municipality) -> None:
    client = as_user(member(ALVSBYN, "reporter"))
    page = client.post(
        "/arbetsyta/est/2560/rapportera/",
        {"organisation": Organisation.objects.get(name=ALVSBYN).pk, "category": "brand",
         "occurred_at": "2025-04-04T22:30"},
    )  # fmt: skip
    assert page.status_code == 400 and "Ange var det hände" in page.content.decode()
    assert not Incident.objects.exists()


def test_the_week_table_counts_against_the_weeks_before_and_last_year(
    week_of_graffiti: Municipality,
) -> None:
    page = as_user(member(ALVSBYN, "viewer")).get("/arbetsyta/est/2560/vecka/2025-W14/")
    html = page.content.decode()
    # Centrum, klotter: 3 this week, 1 in the four weeks before (0,25 a week), 1 last year.
    assert "<td>Klotter</td><td>3</td><td>0,3</td><td>+2,8</td><td>1</td>" in html
    assert "Trapphus nedklottrat" in html and "Veckan efter" not in html
    assert 'id="incident-map-data"' in html


def test_a_housing_company_sees_the_counts_but_only_its_own_descriptions(
    week_of_graffiti: Municipality,
) -> None:
    html = as_user(member(HOUSING, "reporter")).get("/arbetsyta/est/2560/vecka/2025-W14/")
    text = html.content.decode()
    assert "<td>Klotter</td><td>3</td>" in text
    assert "Trapphus nedklottrat" in text
    assert "Tags på skolan" not in text and "Tags på kyrkan" not in text
    data = json.loads(
        text.split('id="incident-map-data" type="application/json">')[1].split("<")[0]
    )
    assert sum(1 for f in data["features"] if f["properties"]["kind"] == "incident") == 1


def test_the_printed_summary_and_its_pdf(week_of_graffiti: Municipality) -> None:
    client = as_user(member(ALVSBYN, "coordinator"))
    printed = client.get("/arbetsyta/est/2560/vecka/2025-W14/utskrift/").content.decode()
    assert "EST i Älvsbyn: vecka 14 2025" in printed and "<svg" in printed
    assert "<circle" in printed and "/static/incidents/print.css" in printed
    pdf = client.get("/arbetsyta/est/2560/vecka/2025-W14/sammanfattning.pdf")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")


def test_a_broken_area_file_gets_a_swedish_message_on_the_page(alvsbyn: Municipality) -> None:
    client = as_user(member(ALVSBYN, "coordinator"))
    page = client.post(
        "/arbetsyta/est/2560/omraden/",
        {"file": SimpleUploadedFile("omraden.geojson", b'{"type": "Feature"')},
    )
    assert page.status_code == 400
    assert "Inget ändrades. Filen är inte giltig GeoJSON" in page.content.decode()


IMPORT = "/arbetsyta/est/2560/las-in/"
FILE = b"kategori;tidpunkt;adress\nklotter;2025-04-02 10:00;Storgatan 1\n"


def preview(client: Client, data: bytes = FILE, organisation: str = ALVSBYN) -> str:
    """Send a file for preview; the key of the kept file the confirm button sends back."""
    page = client.post(
        IMPORT,
        {"organisation": Organisation.objects.get(name=organisation).pk,
         "file": SimpleUploadedFile("h.csv", data), "preview": "1"},
    )  # fmt: skip
    html = page.content.decode()
    assert "Förhandsgranskning: 1 händelser" in html and "Storgatan 1" in html
    match = re.search(r'name="key" value="([^"]+)"', html)
    assert match, "the preview has no button to import the file"
    return match.group(1)


def confirm(client: Client, key: str, organisation: str = ALVSBYN) -> HttpResponse:
    """Press "Läs in de här händelserna": no file is sent again."""
    organisation_id = Organisation.objects.get(name=organisation).pk
    response: HttpResponse = client.post(
        IMPORT, {"organisation": organisation_id, "key": key}, follow=True
    )
    return response


def test_the_import_page_previews_then_imports_the_file_without_choosing_it_again(
    alvsbyn: Municipality,
) -> None:
    client = as_user(member(ALVSBYN, "reporter"))
    key = preview(client)
    assert not Incident.objects.exists()

    page = confirm(client, key)

    assert "1 nya händelser lästes in; 0 fanns redan." in page.content.decode()
    incident = Incident.objects.get()
    assert (incident.address, incident.category) == ("Storgatan 1", Category.GRAFFITI)
    assert incident.organisation.name == ALVSBYN


def test_confirming_imports_what_was_previewed_once_even_if_another_file_is_sent(
    alvsbyn: Municipality,
) -> None:
    client = as_user(member(ALVSBYN, "reporter"))
    key = preview(client)
    organisation = Organisation.objects.get(name=ALVSBYN).pk
    other = b"kategori;tidpunkt;adress\nbrand;2025-04-03 11:00;Torget\n"
    client.post(
        IMPORT,
        {"organisation": organisation, "key": key, "file": SimpleUploadedFile("x.csv", other)},
    )
    assert list(Incident.objects.values_list("address", flat=True)) == ["Storgatan 1"]

    again = confirm(client, key)

    assert "Förhandsgranskningen finns inte längre" in again.content.decode()
    assert Incident.objects.count() == 1


def test_another_persons_preview_cannot_be_imported(
    alvsbyn: Municipality, housing: Organisation
) -> None:
    key = preview(as_user(member(ALVSBYN, "reporter")))
    colleague = as_user(member(ALVSBYN, "reporter", username="kollega"))
    page = confirm(colleague, key)
    assert "Förhandsgranskningen finns inte längre" in page.content.decode()
    assert page.status_code == 400
    assert not Incident.objects.exists()

    # Nor can the one who previewed it for the kommun import it as another organisation.
    both = member(ALVSBYN, "reporter", username="bada")
    Membership.objects.create(user=both, organisation=housing, role="reporter")
    client = as_user(both)
    assert (
        "Förhandsgranskningen finns inte längre"
        in confirm(client, preview(client), organisation=HOUSING).content.decode()
    )
    assert not Incident.objects.exists()


def test_a_file_imported_straight_away_is_checked(alvsbyn: Municipality) -> None:
    client = as_user(member(ALVSBYN, "reporter"))
    organisation = Organisation.objects.get(name=ALVSBYN).pk
    client.post(
        IMPORT, {"organisation": organisation, "file": SimpleUploadedFile("h.csv", FILE),
                 "import": "1"},
    )  # fmt: skip
    assert Incident.objects.get().address == "Storgatan 1"
    bad = client.post(
        IMPORT,
        {"organisation": organisation, "import": "1",
         "file": SimpleUploadedFile("h.csv", b"kategori;tidpunkt\nklotter;igar\n")},
    )  # fmt: skip
    assert bad.status_code == 400 and "Rad 2, kolumn tidpunkt" in bad.content.decode()


def test_the_weekly_command_prints_json(week_of_graffiti: Municipality) -> None:
    out = io.StringIO()
    call_command("incidents", "weekly", "--municipality", "2560", "--week", "2025-W14", stdout=out)
    document = json.loads(out.getvalue())
    assert (document["municipality"], document["week"], document["total"]) == (
        "2560",
        "2025-W14",
        3,
    )
    assert document["from"] == "2025-03-31" and document["to"] == "2025-04-06"
    centrum = next(a for a in document["areas"] if a["area"] == "Centrum")
    assert centrum["categories"] == [
        {"category": "klotter", "label": "Klotter", "count": 3, "previous_weeks_average": 0.25,
         "change": 2.75, "same_week_last_year": 1}
    ]  # fmt: skip


def test_the_weekly_command_writes_a_pdf(week_of_graffiti: Municipality, tmp_path: Path) -> None:
    output = tmp_path / "est.pdf"
    call_command(
        "incidents", "weekly", "--municipality", "2560", "--week", "2025-W14",
        "--format", "pdf", "--output", str(output), stdout=io.StringIO(),
    )  # fmt: skip
    assert output.read_bytes().startswith(b"%PDF")


def test_the_import_command_reads_a_file(alvsbyn: Municipality, tmp_path: Path) -> None:
    path = tmp_path / "polisen.csv"
    path.write_bytes(
        "kategori,tidpunkt,adress\nnarkotika,2025-04-02 10:00,Torget\n".encode("cp1252")
    )
    out = io.StringIO()
    for _ in range(2):
        call_command(
            "incidents", "import", str(path), "--municipality", "2560",
            "--organisation", POLICE, stdout=out,
        )  # fmt: skip
    assert out.getvalue().splitlines() == [
        "1 incidents imported, 0 already there",
        "0 incidents imported, 1 already there",
    ]


def week_with_policy(kommun: Municipality) -> tuple[str, dict[str, str]]:
    page = as_user(member(ALVSBYN, "viewer")).get("/arbetsyta/est/2560/vecka/2025-W14/")
    policy = dict(
        directive.strip().split(" ", 1) for directive in page["Content-Security-Policy"].split(";")
    )
    return page.content.decode(), policy


def test_the_map_is_served_by_the_product_and_uses_no_tile_server_unless_configured(
    alvsbyn: Municipality,
) -> None:
    html, policy = week_with_policy(alvsbyn)
    assert "/static/incidents/leaflet/leaflet.js" in html and "unpkg" not in html
    assert 'data-tiles=""' in html
    assert policy["img-src"] == "'self' data:"
    assert policy["default-src"] == "'self'"


@pytest.mark.parametrize(
    ("url", "origin"),
    [
        ("https://karta.alvsbyn.se/tiles/{z}/{x}/{y}.png", "https://karta.alvsbyn.se"),
        ("https://{s}.tile.example.se/{z}/{x}/{y}.png", "https://*.tile.example.se"),
    ],
)
def test_a_configured_tile_server_is_the_one_host_the_map_and_its_policy_allow(
    alvsbyn: Municipality, settings: Any, url: str, origin: str
) -> None:
    settings.LOFTEN_MAP_TILE_URL = url
    settings.LOFTEN_MAP_TILE_ATTRIBUTION = "© Lantmäteriet"
    html, policy = week_with_policy(alvsbyn)
    assert f'data-tiles="{url}"' in html
    assert 'data-attribution="© Lantmäteriet"' in html
    assert policy["img-src"] == f"'self' data: {origin}"
    # Only images: scripts, styles and requests still come from the product alone.
    assert policy["default-src"] == "'self'"
    assert [name for name, value in policy.items() if origin in value] == ["img-src"]
    # Pages without the map do not allow it.
    other = as_user(member(ALVSBYN, "reporter")).get("/arbetsyta/est/2560/las-in/")
    assert origin not in other["Content-Security-Policy"]


def test_a_tile_server_that_is_not_https_with_a_fixed_host_stops_the_start() -> None:
    assert tile_origin("") == ""
    for url in ("http://karta.alvsbyn.se/{z}/{x}/{y}.png", "https://{host}/{z}/{x}/{y}.png"):
        with pytest.raises(ImproperlyConfigured, match="must be an https URL"):
            tile_origin(url)


def test_the_reporter_corrects_and_removes_an_incident_another_organisation_cannot_open_it(
    alvsbyn: Municipality, housing: Organisation
) -> None:
    add(alvsbyn, HOUSING, "2025-04-02 03:00", "Trapphus nedklottrat")
    incident = Incident.objects.get()
    url = f"/arbetsyta/est/2560/handelse/{incident.pk}/"
    assert as_user(member(POLICE, "reporter")).get(url).status_code == 404
    client = as_user(member(HOUSING, "reporter"))
    form = client.get(url).content.decode()
    assert "Trapphus nedklottrat" in form and "Rapporterar för" not in form
    changed = client.post(
        url, {"category": "skadegorelse", "occurred_at": "2025-04-02T03:30",
              "address": "Storgatan 5", "description": "Dörren sönder"},
    )  # fmt: skip
    assert changed.status_code == 302
    incident.refresh_from_db()
    assert (incident.category, incident.address) == ("skadegorelse", "Storgatan 5")
    client.post(url, {"delete": "1"})
    assert not Incident.objects.exists()

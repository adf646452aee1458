"""CSV downloads that open in Excel with Swedish letters intact, filtered like the API."""

import csv
import io

import pytest
from django.test import Client

from tests.factories import PromiseFactory, PromiseSetFactory, municipality
from tests.opendata.conftest import PublicData

pytestmark = pytest.mark.django_db


def download(client: Client, url: str) -> tuple[bytes, list[dict[str, str]]]:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    body = b"".join(response.streaming_content)
    rows = csv.DictReader(io.StringIO(body.decode("utf-8-sig")), delimiter=";")
    return body, list(rows)


def test_a_download_starts_with_a_byte_order_mark_and_keeps_swedish_letters(
    client: Client, public_data: PublicData
) -> None:
    body, rows = download(client, "/api/v1/promise-sets.csv")
    assert body.startswith("\ufeffid;title;status;status_label;".encode())
    assert rows[0]["title"] == "Medborgarlöfte Älvsbyn 2023–2025"
    assert rows[0]["status_label"] == "publicerad"


def test_a_download_is_named_after_its_list(client: Client, public_data: PublicData) -> None:
    response = client.get("/api/v1/follow-up-rounds.csv")
    assert response["Content-Disposition"] == 'attachment; filename="loften-follow-up-rounds.csv"'


def test_nested_fields_get_a_column_each_and_lists_share_a_cell(
    client: Client, public_data: PublicData
) -> None:
    _, rows = download(client, "/api/v1/municipalities.csv?has_promises=true")
    assert rows == [
        {
            "code": "2560",
            "name": "Älvsbyn",
            "official_name": "Älvsbyns kommun",
            "slug": "alvsbyn",
            "county_code": "25",
            "county_name": "Norrbottens län",
            "promise_set_count": "1",
            "page_url": "http://testserver/kommun/alvsbyn/",
        }
    ]
    _, rows = download(client, "/api/v1/promises.csv")
    assert rows[0]["municipalities_code"] == "2560"
    assert rows[0]["parties"] == "police | municipality"
    assert rows[0]["party_labels"] == "Polisen | Kommunen"


def test_a_download_takes_the_filters_of_its_list_and_holds_every_row(
    client: Client, public_data: PublicData
) -> None:
    for _ in range(3):
        PromiseFactory(promise_set=public_data.promise_set)
    umea = PromiseSetFactory(municipalities=[municipality("2480")], publish=True)
    PromiseFactory(promise_set=umea)
    _, rows = download(client, "/api/v1/promises.csv?municipality=2560")
    assert len(rows) == 4
    assert {row["promise_set_id"] for row in rows} == {str(public_data.promise_set.pk)}
    _, everything = download(client, "/api/v1/promises.csv")
    assert len(everything) == 5


def test_a_bad_filter_is_refused_as_in_the_list(client: Client) -> None:
    response = client.get("/api/v1/promises.csv?county=Norrbotten")
    assert response.status_code == 422
    assert response.json()["errors"][0]["parameter"] == "county"


def test_a_cell_that_looks_like_a_formula_is_not_run_by_a_spreadsheet(
    client: Client, public_data: PublicData
) -> None:
    public_data.promise.text = '=HYPERLINK("http://example.org")'
    public_data.promise.save()
    _, rows = download(client, "/api/v1/promises.csv")
    assert rows[0]["text"] == '\'=HYPERLINK("http://example.org")'

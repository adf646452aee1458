"""The report on the web: in the back office for those who may read the set, public once decided."""

import re
from io import BytesIO
from pathlib import Path

import pytest
from django.core.cache import cache
from django.test import Client
from docx import Document

from loften.promises.models import PromiseSet
from tests.factories import PromiseFactory, PromiseSetFactory, member, municipality
from tests.reports.conftest import FollowedUp, fetched
from tests.reports.test_report_files import pdf_text

pytestmark = pytest.mark.django_db

PUBLIC = "/kommun/stromsund/lofte/{}/sa-gick-det/"
WORKSPACE = "/arbetsyta/rapport/{}/"


def visible_text(page: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", page).split())


@pytest.fixture
def draft() -> PromiseSet:
    promise_set = PromiseSetFactory(
        title="Medborgarlöften 2022–2023 (utkast)", municipalities=[municipality("2313")]
    )
    PromiseFactory(promise_set=promise_set, text="Ett löfte som ännu inte är beslutat.")
    return promise_set


def test_the_public_report_shows_what_was_done_and_not_and_why(
    client: Client, stromsund: FollowedUp
) -> None:
    response = client.get(PUBLIC.format(stromsund.promise_set.pk))

    assert response.status_code == 200
    text = visible_text(response.content.decode())
    assert "Så gick det med medborgarlöftena 2019–2021" in text
    assert "Polisen och kommunen lovar att arbeta för ökad trafiksäkerhet i kommunen." in text
    assert "Blås Grönt-kampanjen har inte genomförts. Skäl: pandemin." in text
    assert "139 (30 juni 2021, BRÅ 2021), målet är nått" in text
    assert "Utbildningsdag för chefer och politiker om brottsförebyggande arbete" in text
    assert "Inte uppfyllt: 0 av 2 tillfällen (vår missad, höst missad)" in text


UNPUBLISHED_REASON = "Informationsinsatsen om A-traktorer på föräldramöten har inte genomförts."


def test_what_an_unpublished_round_says_stays_out_of_the_public_report_until_published(
    client: Client, stromsund: FollowedUp, tmp_path: Path
) -> None:
    base = PUBLIC.format(stromsund.promise_set.pk).rstrip("/")
    promise_page = f"/kommun/stromsund/lofte/{stromsund.promise_set.pk}/{stromsund.traffic.pk}/"

    def texts() -> list[str]:
        docx = Document(BytesIO(fetched(client, f"{base}.docx").content))
        return [
            visible_text(client.get(f"{base}/").content.decode()),
            pdf_text(fetched(client, f"{base}.pdf").content, tmp_path),
            " ".join(" ".join(p.text for p in docx.paragraphs).split()),
            visible_text(client.get(promise_page).content.decode()),
        ]

    for text in texts():
        assert "A-traktorer" not in text

    stromsund.second_round.published_at = stromsund.first_round.published_at
    stromsund.second_round.save(update_fields=["published_at"])
    cache.clear()

    for text in texts():
        assert UNPUBLISHED_REASON in text


def test_the_back_office_report_tells_what_an_unpublished_round_says(
    client: Client, stromsund: FollowedUp
) -> None:
    client.force_login(member("Strömsunds kommun", "viewer"))

    page = client.get(WORKSPACE.format(stromsund.promise_set.pk)).content.decode()

    assert f"{UNPUBLISHED_REASON} Skäl: pandemin." in visible_text(page)


def test_the_progress_chart_is_an_image_with_its_words(
    client: Client, stromsund: FollowedUp
) -> None:
    page = client.get(PUBLIC.format(stromsund.promise_set.pk)).content.decode()

    chart = re.search(
        r'<svg[^>]*role="img"[^>]*aria-labelledby="lage-title lage-desc".*?</svg>', page, re.S
    )
    assert chart is not None
    # Every promise is in the chart: the third, with no commitment, by its state in words.
    assert (
        '<desc id="lage-desc">Löfte 1: 1 åtagande: 1 uppfyllt. '
        "Löfte 2: 1 åtagande: 1 inte uppfyllt. "
        "Löfte 3: Ingen tidsplan angiven. Inga aktiviteter registrerade.</desc>" in chart.group()
    )
    assert chart.group().count('fill="#1b1f24">Löfte ') == 3
    assert "<script" not in page


def test_the_public_report_names_organisations_but_no_person(
    client: Client, stromsund: FollowedUp
) -> None:
    page = client.get(PUBLIC.format(stromsund.promise_set.pk)).content.decode()

    assert "Strömsunds kommun" in page
    assert "kalle.anka" not in page
    assert "@example.org" not in page


def test_the_public_promise_set_page_links_to_its_report(
    client: Client, stromsund: FollowedUp
) -> None:
    page = client.get(f"/kommun/stromsund/lofte/{stromsund.promise_set.pk}/").content.decode()

    assert f'href="{PUBLIC.format(stromsund.promise_set.pk)}"' in page


def test_a_draft_has_no_public_report_in_any_format(client: Client, draft: PromiseSet) -> None:
    base = PUBLIC.format(draft.pk).rstrip("/")
    for address in (f"{base}/", f"{base}.pdf", f"{base}.docx"):
        assert client.get(address).status_code == 404


def test_a_report_is_public_only_under_its_own_kommun(
    client: Client, stromsund: FollowedUp
) -> None:
    address = f"/kommun/alvsbyn/lofte/{stromsund.promise_set.pk}/sa-gick-det/"

    assert client.get(address).status_code == 404


def test_the_public_sees_published_rounds_only(client: Client, stromsund: FollowedUp) -> None:
    address = PUBLIC.format(stromsund.promise_set.pk)

    published = client.get(f"{address}?round=2")
    assert published.status_code == 200
    assert "Ett år präglat av pandemin." in published.content.decode()
    assert client.get(f"{address}?round=1").status_code == 404
    assert client.get(f"{address}?round=3").status_code == 404
    assert client.get(f"{address}?round=x").status_code == 404


def test_the_public_downloads_the_pdf_and_the_docx(client: Client, stromsund: FollowedUp) -> None:
    base = PUBLIC.format(stromsund.promise_set.pk).rstrip("/")

    pdf = fetched(client, f"{base}.pdf?round=2")
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf["Content-Disposition"] == (
        'attachment; filename="sa-gick-det-stromsund-2019-2021-uppfoljning-2.pdf"'
    )
    assert pdf.content.startswith(b"%PDF")
    docx = fetched(client, f"{base}.docx")
    assert Document(BytesIO(docx.content)).paragraphs[0].text == (
        "Så gick det med medborgarlöftena 2019–2021"
    )


def test_the_page_offers_the_downloads_and_the_rounds(
    client: Client, stromsund: FollowedUp
) -> None:
    page = client.get(PUBLIC.format(stromsund.promise_set.pk) + "?round=2").content.decode()

    base = PUBLIC.format(stromsund.promise_set.pk).rstrip("/")
    assert f'href="{base}.pdf?round=2"' in page
    assert f'href="{base}.docx?round=2"' in page
    assert 'href="?round=1"' not in page
    assert 'href="?round=3"' not in page


def test_the_coordinator_reads_the_report_of_a_draft(
    client: Client, draft: PromiseSet, stromsund: FollowedUp
) -> None:
    """Among the kommun's sets, the one whose number is in the address."""
    client.force_login(member("Strömsunds kommun", "coordinator"))

    response = client.get(WORKSPACE.format(draft.pk))

    assert response.status_code == 200
    text = visible_text(response.content.decode())
    assert "Utkast: det här medborgarlöftet är inte publicerat." in text
    assert "Ett löfte som ännu inte är beslutat." in text
    assert fetched(client, f"/arbetsyta/rapport/{draft.pk}.pdf").status_code == 200


def test_the_back_office_report_shows_rounds_not_yet_published(
    client: Client, stromsund: FollowedUp
) -> None:
    client.force_login(member("Lokalpolisområde Jämtland Härjedalen", "viewer"))

    response = client.get(WORKSPACE.format(stromsund.promise_set.pk) + "?round=3")

    assert response.status_code == 200
    text = visible_text(response.content.decode())
    assert "Så gick det: uppföljning 3 av medborgarlöftena 2019–2021" in text
    assert "Skäl: pandemin." in text


def test_another_kommuns_coordinator_gets_404_for_the_report(
    client: Client, draft: PromiseSet
) -> None:
    client.force_login(member("Älvsbyns kommun", "coordinator"))

    for suffix in ("/", ".pdf", ".docx"):
        assert client.get(f"/arbetsyta/rapport/{draft.pk}{suffix}").status_code == 404


def test_the_back_office_report_asks_a_visitor_to_log_in(client: Client, draft: PromiseSet) -> None:
    response = client.get(WORKSPACE.format(draft.pk))

    assert response.status_code == 302
    assert response["Location"].startswith("/konto/logga-in/")


def test_a_report_of_a_set_without_promises_says_why_it_has_no_chart(client: Client) -> None:
    empty = PromiseSetFactory(
        title="Medborgarlöften 2020", municipalities=[municipality("2313")], publish=True
    )
    text = visible_text(client.get(PUBLIC.format(empty.pk)).content.decode())
    assert "Läget i korthet Medborgarlöftet har inga löften registrerade" in text

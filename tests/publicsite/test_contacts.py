"""The kommun page tells a visitor how to reach the parties of the promises in force."""

from datetime import UTC, date, datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client
from time_machine import TimeMachineFixture

from loften.opendata.cache import publication_changed
from loften.promises.models import Contact, PromiseSet
from loften.promises.publishing import promise_set_publish
from tests.factories import PromiseSetFactory
from tests.ingest.test_extract import SEEDS

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _today(time_machine: TimeMachineFixture) -> None:
    time_machine.move_to(datetime(2024, 6, 30, 12, tzinfo=UTC))


def in_force(**fields: object) -> PromiseSet:
    return PromiseSetFactory(
        period_start=date(2023, 1, 1), period_end=date(2025, 12, 31), publish=True, **fields
    )


def kontakt(page: str) -> str:
    """The Kontakt section of a kommun page."""
    return page.split('<h2 id="kontakt">Kontakt</h2>')[1].split("</section>")[0]


def test_the_contacts_of_the_set_in_force_with_links_to_call_and_write(client: Client) -> None:
    promise_set = in_force()
    Contact.objects.create(
        promise_set=promise_set,
        organisation_name="Älvsbyns kommun",
        title="Växel",
        phone="0929-170 00",
        email="kommun@alvsbyn.se",
        website="www.alvsbyn.se",
        address="Besök: Storgatan 13\nPostadress: 942 85 Älvsbyn",
    )
    Contact.objects.create(
        promise_set=promise_set,
        organisation_name="Lokalpolisområde Piteå älvdal",
        name="Anna Berg",
        title="Kommunpolis",
        phone="+46 10-564 00 00",
        position=1,
    )
    section = kontakt(client.get("/kommun/alvsbyn/").content.decode())
    assert section.count('<address class="contact">') == 2
    assert "<strong>Älvsbyns kommun</strong><br>Växel" in section
    assert "Besök: Storgatan 13<br>Postadress: 942 85 Älvsbyn" in section
    assert 'Telefon: <a href="tel:+4692917000">0929-170 00</a>' in section
    assert 'E-post: <a href="mailto:kommun@alvsbyn.se">kommun@alvsbyn.se</a>' in section
    assert 'Webbplats: <a href="https://www.alvsbyn.se">www.alvsbyn.se</a>' in section
    assert "Anna Berg, Kommunpolis" in section
    assert 'href="tel:+46105640000"' in section


def test_a_name_without_a_role_is_not_shown(client: Client) -> None:
    Contact.objects.create(
        promise_set=in_force(), organisation_name="Polisen", name="Per Persson", phone="114 14"
    )
    page = client.get("/kommun/alvsbyn/").content.decode()
    assert "Per Persson" not in page
    assert '<strong>Polisen</strong>\n  \n  <br>Telefon: <a href="tel:11414">114 14</a>' in page


def test_without_contacts_the_page_points_to_polisen_and_the_kommun(client: Client) -> None:
    in_force()
    section = kontakt(client.get("/kommun/alvsbyn/").content.decode())
    assert "Medborgarlöftet anger inga kontaktuppgifter." in section
    assert 'Polisen nås på telefon <a href="tel:11414">114 14</a>.' in section
    assert "besvaras av Älvsbyns kommun." in section


def test_a_kommun_without_promises_in_force_still_says_how_to_reach_polisen(
    client: Client,
) -> None:
    section = kontakt(client.get("/kommun/alvsbyn/").content.decode())
    assert "Medborgarlöftet anger" not in section
    assert "Polisen nås på telefon" in section


def test_the_contacts_of_a_draft_or_an_earlier_period_are_not_shown(client: Client) -> None:
    earlier = PromiseSetFactory(
        period_start=date(2020, 1, 1), period_end=date(2022, 12, 31), publish=True
    )
    Contact.objects.create(promise_set=earlier, organisation_name="Gamla enheten", phone="114 14")
    current = in_force()
    draft = PromiseSetFactory(period_start=date(2024, 1, 1), based_on=current)
    Contact.objects.create(promise_set=draft, organisation_name="Utkastets enhet", phone="114 14")
    page = client.get("/kommun/alvsbyn/").content.decode()
    assert "Gamla enheten" not in page
    assert "Utkastets enhet" not in page
    Contact.objects.create(promise_set=current, organisation_name="Nya enheten", phone="114 14")
    publication_changed()  # as any publication does
    assert "Nya enheten" in client.get("/kommun/alvsbyn/").content.decode()


def test_an_imported_and_published_document_shows_the_contacts_it_was_read_with(
    client: Client, time_machine: TimeMachineFixture
) -> None:
    time_machine.move_to(datetime(2022, 6, 30, 12, tzinfo=UTC))  # in Strömsund's period
    call_command("import", str(SEEDS / "003_55caf2bb7bed1e8d.txt"), stdout=StringIO())
    for promise_set in PromiseSet.objects.order_by("period_start"):
        promise_set_publish(promise_set=promise_set, acting_user=None)
    section = kontakt(client.get("/kommun/stromsund/").content.decode())
    assert "Box 500<br>833 24 Strömsund" in section
    assert 'Telefon: <a href="tel:+4667016100">0670-161 00 (växel)</a>' in section
    assert "Richard Persson, Chef för teknik- och serviceförvaltningen" in section

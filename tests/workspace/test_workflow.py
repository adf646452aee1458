"""The start page and the workflow through the workspace: sign, publish, version, copy."""

import re
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from loften.promises.models import Approval, Commitment, PromiseSet
from loften.registry.models import Organisation
from tests.factories import CommitmentFactory, PromiseFactory, PromiseSetFactory
from tests.workspace.conftest import ALVSBYN, PITEA_POLICE, page, signed_in

pytestmark = pytest.mark.django_db


def text_of(html: str) -> str:
    """The page as a reader sees it: no tags, single spaces."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def approve_as(client: Client, promise_set: PromiseSet, organisation: str, role: str) -> str:
    signed_in(client, organisation, role)
    form = page(client, f"/arbetsyta/{promise_set.pk}/godkann/")
    party = Organisation.objects.get(name=organisation)
    assert f'<option value="{party.pk}" selected>{organisation}</option>' in form
    response = client.post(
        f"/arbetsyta/{promise_set.pk}/godkann/",
        {
            "organisation": party.pk,
            "signatory_name": f"Namn för {organisation}",
            "signatory_title": "Chef",
        },
        follow=True,
    )
    return response.content.decode()


def test_the_start_page_shows_each_kommuns_sets_by_status_with_the_next_step(
    client: Client, draft: PromiseSet
) -> None:
    PromiseSetFactory(
        title="Medborgarlöften 2020–2022",
        period_start=date(2020, 1, 1),
        period_end=date(2022, 12, 31),
        publish=True,
    )
    PromiseSetFactory(title="Medborgarlöften 2023–2025", publish=True)
    PromiseSetFactory(title="Tomt utkast", period_start=None, period_end=None)
    signed_in(client, ALVSBYN, "coordinator")
    shown = text_of(page(client, "/arbetsyta/"))
    assert (
        "Älvsbyn Utkast (2) "
        "Tomt utkast ingen period angiven Nästa steg: Lägg till löften. "
        "Medborgarlöften Älvsbyn 2026–2028 2026–2028 "
        "Nästa steg: Läs igenom och skicka för underskrift. "
        "Publicerad (1) Medborgarlöften 2023–2025 2023–2025 Nästa steg: Följ upp. "
        "Ändra genom en ny version, eller kopiera till nästa period. "
        "Ersatt (1) Medborgarlöften 2020–2022 2020–2022 "
        "Nästa steg: Ingen: ersatt av ett senare medborgarlöfte."
    ) in shown
    assert "Läs in dokument" in shown


def test_the_start_page_tells_each_party_what_it_waits_for(
    client: Client, draft: PromiseSet
) -> None:
    signed_in(client, ALVSBYN, "coordinator")
    client.post(f"/arbetsyta/{draft.pk}/skicka-for-underskrift/")
    assert f"Nästa steg: Godkänn för {ALVSBYN}." in text_of(page(client, "/arbetsyta/"))
    approve_as(client, draft, ALVSBYN, "coordinator")
    assert f"Nästa steg: Väntar på godkännande från {PITEA_POLICE}." in text_of(
        page(client, "/arbetsyta/")
    )
    signed_in(client, PITEA_POLICE, "editor")
    assert f"Nästa steg: Godkänn för {PITEA_POLICE}." in text_of(page(client, "/arbetsyta/"))


def test_a_coordinator_without_sets_is_offered_to_start_one(client: Client) -> None:
    signed_in(client, ALVSBYN, "coordinator")
    shown = text_of(page(client, "/arbetsyta/"))
    assert "Älvsbyn Inga medborgarlöften ännu. Nytt medborgarlöfte för Älvsbyn" in shown


def test_someone_who_only_logs_activities_is_told_why_the_workspace_is_empty(
    client: Client, draft: PromiseSet
) -> None:
    signed_in(client, ALVSBYN, "reporter")
    shown = text_of(page(client, "/arbetsyta/"))
    assert "Ditt konto skriver inte medborgarlöften för någon kommun." in shown
    assert "Nytt medborgarlöfte" not in shown


def test_both_parties_approve_and_the_coordinator_publishes(
    client: Client, draft: PromiseSet
) -> None:
    previous = PromiseSetFactory(
        period_start=date(2023, 1, 1), period_end=date(2025, 12, 31), publish=True
    )
    signed_in(client, ALVSBYN, "coordinator")
    sent = client.post(f"/arbetsyta/{draft.pk}/skicka-for-underskrift/", follow=True)
    assert "Medborgarlöftet är skickat för underskrift." in sent.content.decode()
    approve_as(client, draft, PITEA_POLICE, "editor")
    shown = approve_as(client, draft, ALVSBYN, "coordinator")
    assert "Godkännandet är registrerat." in shown
    assert f"{PITEA_POLICE}: godkänt" in text_of(shown)
    published = client.post(f"/arbetsyta/{draft.pk}/publicera/", follow=True)
    assert "Medborgarlöftet är publicerat." in published.content.decode()
    draft.refresh_from_db()
    previous.refresh_from_db()
    assert (draft.status, previous.status) == ("published", "superseded")
    assert [s.name for s in draft.signatories.all()] == [
        f"Namn för {ALVSBYN}",
        f"Namn för {PITEA_POLICE}",
    ]
    public = client.get("/kommun/alvsbyn/").content.decode()
    assert "Polisen övervakar trafiken vid skolorna." in public
    assert f"Namn för {PITEA_POLICE}, Chef" in public


def test_refusals_are_shown_in_swedish_and_nothing_changes(client: Client) -> None:
    empty = PromiseSetFactory(period_start=None, period_end=None)
    signed_in(client, ALVSBYN, "coordinator")
    response = client.post(f"/arbetsyta/{empty.pk}/skicka-for-underskrift/", follow=True)
    assert "Lägg till minst ett löfte innan medborgarlöftet skickas" in response.content.decode()
    empty.refresh_from_db()
    assert empty.status == "draft"


def test_publishing_waits_for_every_party(client: Client, draft: PromiseSet) -> None:
    signed_in(client, ALVSBYN, "coordinator")
    client.post(f"/arbetsyta/{draft.pk}/skicka-for-underskrift/")
    response = client.post(f"/arbetsyta/{draft.pk}/publicera/", follow=True)
    assert "väntar fortfarande på godkännande från" in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == "for_signing"


def test_a_party_approves_once(client: Client, draft: PromiseSet) -> None:
    signed_in(client, ALVSBYN, "coordinator")
    client.post(f"/arbetsyta/{draft.pk}/skicka-for-underskrift/")
    approve_as(client, draft, ALVSBYN, "coordinator")
    party = Approval.objects.get().organisation
    assert "Godkänn för" not in page(client, f"/arbetsyta/{draft.pk}/")
    response = client.post(
        f"/arbetsyta/{draft.pk}/godkann/",
        {"organisation": party.pk, "signatory_name": "Någon annan"},
        follow=True,
    )
    assert "Det finns inget för dig att godkänna i medborgarlöftet nu." in (
        response.content.decode()
    )
    assert Approval.objects.get().signatory_name == f"Namn för {ALVSBYN}"


def test_withdrawing_from_signing_makes_it_a_draft_again(client: Client, draft: PromiseSet) -> None:
    signed_in(client, ALVSBYN, "coordinator")
    client.post(f"/arbetsyta/{draft.pk}/skicka-for-underskrift/")
    approve_as(client, draft, ALVSBYN, "coordinator")
    response = client.post(f"/arbetsyta/{draft.pk}/dra-tillbaka/", follow=True)
    assert "Godkännandena är borttagna." in response.content.decode()
    draft.refresh_from_db()
    assert (draft.status, draft.approvals.count()) == ("draft", 0)


def test_changing_a_published_set_makes_a_new_version_that_shows_what_changed(
    client: Client,
) -> None:
    published = PromiseFactory(
        promise_set__publish=True, text="Polisen gör hundsök i skolan."
    ).promise_set
    signed_in(client, ALVSBYN, "coordinator")
    response = client.post(f"/arbetsyta/{published.pk}/ny-version/")
    version = PromiseSet.objects.get(based_on=published)
    assert response["Location"] == f"/arbetsyta/{version.pk}/"
    assert (version.status, version.period_start) == ("draft", published.period_start)
    promise = version.promises.get()
    client.post(
        f"/arbetsyta/{version.pk}/loften/{promise.pk}/",
        {"text": "Polisen gör hundsök i skolan två gånger per år.", "parties": ["police"]},
    )
    changes = text_of(page(client, f"/arbetsyta/{version.pk}/andringar/"))
    assert (
        "Ändrat: Löfte Polisen gör hundsök i skolan. "
        "Polisen gör hundsök i skolan två gånger per år."
    ) in changes
    assert "Vad har ändrats?" in page(client, f"/arbetsyta/{version.pk}/")


def test_a_published_set_is_copied_to_the_next_period(client: Client) -> None:
    source = PromiseFactory(promise_set__publish=True).promise_set
    signed_in(client, ALVSBYN, "coordinator")
    form = page(client, f"/arbetsyta/{source.pk}/kopiera/")
    assert 'name="period_start" value="2026-01-01"' in form
    assert 'name="period_end" value="2028-12-31"' in form
    assert f"Kopiera {source.title}" in page(client, "/arbetsyta/nytt/")
    same = client.post(
        f"/arbetsyta/{source.pk}/kopiera/", {"title": "Samma", "period_start": "2023-01-01"}
    )
    assert same.status_code == 400
    assert "Den nya perioden måste börja efter den som kopieras (2023-01-01)." in (
        same.content.decode()
    )
    response = client.post(
        f"/arbetsyta/{source.pk}/kopiera/",
        {"title": "Medborgarlöften 2026–2028", "period_start": "2026-01-01"},
    )
    copy = PromiseSet.objects.get(title="Medborgarlöften 2026–2028")
    assert response["Location"] == f"/arbetsyta/{copy.pk}/"
    assert (copy.based_on, copy.promises.count()) == (source, 1)


def test_a_draft_is_thrown_away_after_asking(client: Client, draft: PromiseSet) -> None:
    signed_in(client, ALVSBYN, "coordinator")
    assert "Alla inriktningar, löften, åtaganden och mål" in page(
        client, f"/arbetsyta/{draft.pk}/ta-bort/"
    )
    response = client.post(f"/arbetsyta/{draft.pk}/ta-bort/")
    assert response["Location"] == "/arbetsyta/"
    assert not PromiseSet.objects.exists()


def test_the_set_page_needs_the_same_queries_for_more_promises(
    client: Client, draft: PromiseSet
) -> None:
    signed_in(client, ALVSBYN, "coordinator")
    with CaptureQueriesContext(connection) as two:
        page(client, f"/arbetsyta/{draft.pk}/")
    for extra in range(5):
        promise = PromiseFactory(promise_set=draft, text=f"Löfte {extra}", by_municipality=True)
        CommitmentFactory(promise=promise)
    with CaptureQueriesContext(connection) as seven:
        shown = page(client, f"/arbetsyta/{draft.pk}/")
    assert "Löfte 4" in shown
    assert len(seven) == len(two)


def test_an_imported_document_becomes_a_draft_written_further_here(client: Client) -> None:
    seed = Path(__file__).resolve().parents[2] / "src/loften/ops/seeds/002_307e26fc5e31ffd9.txt"
    call_command("import", str(seed), stdout=StringIO())
    imported = PromiseSet.objects.get()
    signed_in(client, ALVSBYN, "coordinator")
    assert imported.title in page(client, "/arbetsyta/")
    shown = text_of(page(client, f"/arbetsyta/{imported.pk}/"))
    for promise in imported.promises.all():
        assert " ".join(promise.text.split()) in shown
    for commitment in Commitment.objects.filter(promise__promise_set=imported):
        url = f"/arbetsyta/{imported.pk}/loften/{commitment.promise_id}/ataganden/{commitment.pk}/"
        page(client, url)

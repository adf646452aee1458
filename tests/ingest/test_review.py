"""Reviewing an imported draft beside its source text: correct, reject, publish."""

from datetime import date
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.test import Client

from loften.accounts.models import Membership
from loften.ingest.models import Correction
from loften.promises.models import Promise, PromiseSet
from loften.promises.services import promise_set_copy
from loften.registry.models import Organisation
from tests.conftest import Jobs

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parents[2] / "src" / "loften" / "ops" / "seeds"


def login(client: Client, organisation: str, role: str = "coordinator", email: str = "") -> User:
    user = User.objects.create_user(organisation.split()[0].lower(), email, password="pw")
    Membership.objects.create(
        user=user, organisation=Organisation.objects.get(name=organisation), role=role
    )
    client.force_login(user)
    return user


def test_the_source_text_is_shown_with_each_promise_marked(
    client: Client, draft: PromiseSet
) -> None:
    login(client, "Älvsbyns kommun")
    page = client.get(f"/arbetsyta/inlasning/utkast/{draft.pk}/").content.decode()
    first = draft.promises.first()
    assert first is not None
    assert f'<mark id="k-{first.pk}"><a href="#p-{first.pk}">Polis: Kontroll minst en gång' in page
    assert page.count("<mark ") == 11
    assert "Johan Dahlqvist" in page  # the whole source, not only the promises


def test_each_fact_of_the_document_is_shown_with_the_words_it_was_read_from(
    client: Client, draft: PromiseSet
) -> None:
    login(client, "Älvsbyns kommun")
    page = client.get(f"/arbetsyta/inlasning/utkast/{draft.pk}/").content.decode()
    assert "<td>2023–2025</td><td><q>gäller till 2025-12-31</q>" in page
    assert "<q>Johan Dahlqvist</q>" in page
    dog_search = draft.promises.get(text__contains="Hundsök").commitments.get()
    assert draft.source_document is not None
    text = draft.source_document.text
    assert text[dog_search.source_start : dog_search.source_end] == "Hundsök i skolan"


def test_a_correction_changes_the_promise_and_is_kept(client: Client, draft: PromiseSet) -> None:
    user = login(client, "Älvsbyns kommun")
    promise = Promise.objects.get(text__startswith="Samverka med")
    response = client.post(
        f"/arbetsyta/inlasning/utkast/{draft.pk}/lofte/{promise.pk}/",
        {
            "text": "Polis och kommun samverkar med stödorganisationer.",
            "focus_area": "Våld i nära relationer",
            "parties": ["police", "municipality"],
            "themes": ["domestic_violence"],
            "action": "save",
        },
    )
    assert response.status_code == 302
    promise.refresh_from_db()
    assert promise.text == "Polis och kommun samverkar med stödorganisationer."
    assert promise.parties == ["police", "municipality"]
    kept = {c.field: (c.before, c.after) for c in Correction.objects.filter(corrected_by=user)}
    assert kept == {
        "text": ("Samverka med stödorganisationer.", promise.text),
        "parties": (["police", "municipality", "others"], ["police", "municipality"]),
    }


def test_something_that_is_not_a_promise_can_be_removed(client: Client, draft: PromiseSet) -> None:
    login(client, "Älvsbyns kommun")
    promise = Promise.objects.get(text__startswith="Åtgärd")
    client.post(
        f"/arbetsyta/inlasning/utkast/{draft.pk}/lofte/{promise.pk}/",
        {"text": promise.text, "parties": ["police"], "action": "reject"},
    )
    assert not Promise.objects.filter(pk=promise.pk).exists()
    assert Correction.objects.get().field == "promise"


def test_publishing_a_document_signed_on_paper_records_it_and_tells_the_police(
    client: Client, draft: PromiseSet, jobs: Jobs
) -> None:
    police = User.objects.create_user("kommunpolis", "kp@polisen.example")
    Membership.objects.create(
        user=police,
        organisation=Organisation.objects.get(name="Lokalpolisområde Piteå älvdal"),
        role="editor",
    )
    login(client, "Älvsbyns kommun", email="bra@alvsbyn.example")
    page = client.get(f"/arbetsyta/inlasning/utkast/{draft.pk}/").content.decode()
    assert "Publicera som undertecknat på papper" in page
    with jobs():
        response = client.post(f"/arbetsyta/inlasning/utkast/{draft.pk}/publicera/")
    assert response["Location"] == "/kommun/alvsbyn/"
    draft.refresh_from_db()
    assert (draft.status, draft.signing) == ("published", PromiseSet.Signing.ON_PAPER)
    assert "Hundsök i skolan" in client.get("/kommun/alvsbyn/").content.decode()
    (told,) = mail.outbox
    assert told.to == ["kp@polisen.example"]
    assert told.subject == ("Medborgarlöftet i Älvsbyn är publicerat som undertecknat på papper")
    assert "undertecknades på papper den 14 juni 2023" in told.body
    assert "- Andreas Nyberg" in told.body
    assert draft.history.first().history_user.username == "älvsbyns"


def test_a_copied_draft_nobody_signed_is_not_published_from_the_review_page(
    client: Client, draft: PromiseSet
) -> None:
    """A copy for the next period has no signatures: it goes through signing, not around it."""
    login(client, "Älvsbyns kommun")
    client.post(f"/arbetsyta/inlasning/utkast/{draft.pk}/publicera/")
    draft.refresh_from_db()
    copy = promise_set_copy(
        source=draft,
        title="Nästa period",
        period_start=date(2026, 1, 1),
        period_end=None,
        until_replaced=True,
        acting_user=None,
    )
    page = client.get(f"/arbetsyta/inlasning/utkast/{copy.pk}/").content.decode()
    assert "Publicera som undertecknat på papper" not in page
    assert "Skicka utkastet för underskrift i arbetsytan" in page

    response = client.post(f"/arbetsyta/inlasning/utkast/{copy.pk}/publicera/", follow=True)
    assert "Utkastet visar inte att det är undertecknat" in response.content.decode()
    copy.refresh_from_db()
    draft.refresh_from_db()
    assert (copy.status, draft.status) == ("draft", "published")


def test_another_kommun_cannot_see_or_change_the_draft(client: Client, draft: PromiseSet) -> None:
    login(client, "Umeå kommun")
    promise = draft.promises.first()
    assert promise is not None
    base = f"/arbetsyta/inlasning/utkast/{draft.pk}/"
    assert client.get(base).status_code == 404
    assert client.post(f"{base}publicera/").status_code == 404
    assert client.post(f"{base}lofte/{promise.pk}/", {"action": "reject"}).status_code == 404
    draft.refresh_from_db()
    assert draft.status == PromiseSet.Status.DRAFT
    assert draft.promises.count() == 11


def test_the_police_area_reviews_the_drafts_of_the_kommuner_it_covers_but_does_not_publish(
    client: Client, draft: PromiseSet
) -> None:
    login(client, "Lokalpolisområde Piteå älvdal", role="editor")
    assert client.get(f"/arbetsyta/inlasning/utkast/{draft.pk}/").status_code == 200
    assert client.post(f"/arbetsyta/inlasning/utkast/{draft.pk}/publicera/").status_code == 404
    draft.refresh_from_db()
    assert draft.status == PromiseSet.Status.DRAFT


def correction(promise: Promise, **changes: object) -> dict[str, object]:
    """The review form of a promise as it stands, with these changes."""
    return {
        "text": promise.text,
        "focus_area": promise.focus_area.title if promise.focus_area else "",
        "parties": [str(p.value) for p in promise.parties],
        "themes": [t.theme for t in promise.themes.all()],
        "action": "save",
        **changes,
    }


def test_the_police_area_corrects_only_its_own_promises_and_never_their_parties(
    client: Client, draft: PromiseSet
) -> None:
    """The workspace's rule, on the review page too: a kommun's promise is not found."""
    login(client, "Lokalpolisområde Piteå älvdal", role="editor")
    kommun_promise = draft.promises.get(text__startswith="Kommun: Drogvaneundersökning")
    police_promise = draft.promises.get(text__startswith="Polis: Hundsök")
    url = f"/arbetsyta/inlasning/utkast/{draft.pk}/lofte/"
    rewritten = correction(kommun_promise, text="Polisen tar över.", parties=["police"])
    assert client.post(f"{url}{kommun_promise.pk}/", rewritten).status_code == 404
    rejected = correction(kommun_promise, action="reject")
    assert client.post(f"{url}{kommun_promise.pk}/", rejected).status_code == 404

    moved = correction(police_promise, parties=["municipality"])
    response = client.post(f"{url}{police_promise.pk}/", moved, follow=True)
    assert (
        "Rättelsen sparades inte: Bara kommunens samordnare kan ändra vilka parter som står "
        "bakom ett löfte." in response.content.decode()
    )
    client.post(f"{url}{police_promise.pk}/", correction(police_promise, action="reject"))

    kommun_promise.refresh_from_db()
    police_promise.refresh_from_db()
    assert (kommun_promise.text[:7], kommun_promise.parties) == ("Kommun:", ["municipality"])
    assert police_promise.parties == ["police"]
    assert not Correction.objects.exists()

    fixed = correction(police_promise, text="Polis: Hundsök i skolan varje termin.")
    client.post(f"{url}{police_promise.pk}/", fixed)
    police_promise.refresh_from_db()
    assert police_promise.text == "Polis: Hundsök i skolan varje termin."


def test_a_set_sent_for_signing_is_not_corrected_on_the_review_page(
    client: Client, draft: PromiseSet
) -> None:
    login(client, "Älvsbyns kommun")
    draft.status = PromiseSet.Status.FOR_SIGNING
    draft.save()
    promise = draft.promises.get(text__startswith="Polis: Hundsök")
    response = client.post(
        f"/arbetsyta/inlasning/utkast/{draft.pk}/lofte/{promise.pk}/",
        correction(promise, text="Ändrat under underskrift."),
    )
    assert response.status_code == 404
    assert client.post(f"/arbetsyta/inlasning/utkast/{draft.pk}/publicera/").status_code == 404
    promise.refresh_from_db()
    draft.refresh_from_db()
    assert (promise.text[:14], draft.status) == ("Polis: Hundsök", "for_signing")

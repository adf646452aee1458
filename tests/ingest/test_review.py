"""Reviewing an imported draft beside its source text: correct, reject, publish."""

from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client

from loften.accounts.models import Membership
from loften.ingest.models import Correction
from loften.promises.models import Promise, PromiseSet
from loften.registry.models import Organisation

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parents[2] / "src" / "loften" / "ops" / "seeds"


@pytest.fixture
def draft() -> PromiseSet:
    call_command("import", str(SEEDS / "002_307e26fc5e31ffd9.txt"), stdout=StringIO())
    return PromiseSet.objects.get()


def login(client: Client, organisation: str, role: str = "coordinator") -> User:
    user = User.objects.create_user(organisation.split()[0].lower(), password="pw")
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


def test_publishing_makes_the_promises_public(client: Client, draft: PromiseSet) -> None:
    login(client, "Älvsbyns kommun")
    response = client.post(f"/arbetsyta/inlasning/utkast/{draft.pk}/publicera/")
    assert response["Location"] == "/kommun/alvsbyn/"
    draft.refresh_from_db()
    assert draft.status == PromiseSet.Status.PUBLISHED
    assert "Hundsök i skolan" in client.get("/kommun/alvsbyn/").content.decode()


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

"""The back office of the dialogue: only the kommun's people see it, only its editors write."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from loften.dialogue.models import DialogueComment, DialogueNote
from loften.dialogue.services import NoteDraft, comment_submit, note_create
from tests.factories import member, municipality

pytestmark = pytest.mark.django_db

ALVSBYN = "Älvsbyns kommun"
POLICE = "Lokalpolisområde Piteå älvdal"
WRITTEN = "Anna Svensson på Storgatan 12 berättade om knarkhandeln."


@pytest.fixture
def note() -> DialogueNote:
    return note_create(
        municipality=municipality("2560"),
        draft=NoteDraft(
            kind="medarbetardialog", organiser="Socialtjänsten",
            held_on=timezone.localdate() - timedelta(days=2), text=WRITTEN,
        ),
        acting_user=None,
    )  # fmt: skip


@pytest.fixture
def comment() -> DialogueComment:
    return comment_submit(
        municipality=municipality("2560"), text="Buskörning med mopeder vid skolan.", area="",
        form_digest="d" * 64,
    )  # fmt: skip


def signed_in(organisation: str, role: str) -> Client:
    client = Client()
    client.force_login(member(organisation, role))
    return client


def test_an_editor_writes_notes_and_sees_the_words_as_written(note: DialogueNote) -> None:
    client = signed_in(POLICE, "editor")
    page = client.post(
        "/arbetsyta/dialog/2560/ny/",
        {"kind": "medborgardialog", "organiser": "Polisen", "held_on": "2026-01-15",
         "place": "Biblioteket", "participants": "31",
         "text": "Ring Erik på 070-123 45 67 om klottret."},
    )  # fmt: skip
    assert page.status_code == 302
    created = DialogueNote.objects.get(organiser="Polisen")
    assert created.text == "Ring [namn] på [telefon] om klottret."
    assert created.themes == ["vandalism"] and created.created_by is not None

    shown = client.get(f"/arbetsyta/dialog/anteckning/{note.pk}/").content.decode()
    assert "[namn] på [adress]" in shown and WRITTEN in shown  # for the editor, while kept


def test_an_editor_corrects_a_notes_themes(note: DialogueNote) -> None:
    client = signed_in(ALVSBYN, "editor")
    page = client.post(
        f"/arbetsyta/dialog/anteckning/{note.pk}/",
        {"kind": note.kind, "organiser": note.organiser, "held_on": note.held_on.isoformat(),
         "text": note.text, "themes": ["drugs", "organised_crime"]},
    )  # fmt: skip
    assert page.status_code == 302
    note.refresh_from_db()
    assert note.themes == ["drugs", "organised_crime"] and note.suggested_themes == ["drugs"]


def test_a_viewer_reads_masked_text_only_and_cannot_write(
    note: DialogueNote, comment: DialogueComment
) -> None:
    client = signed_in(ALVSBYN, "viewer")
    listing = client.get("/arbetsyta/dialog/2560/").content.decode()
    assert "Medarbetardialog" in listing and "Buskörning med mopeder" in listing
    shown = client.get(f"/arbetsyta/dialog/anteckning/{note.pk}/").content.decode()
    assert "[namn] på [adress]" in shown and "Svensson" not in shown
    assert "Spara" not in shown and "Som det skrevs" not in shown
    assert client.get("/arbetsyta/dialog/2560/ny/").status_code == 404
    tagged = client.post(f"/arbetsyta/dialog/synpunkt/{comment.pk}/", {"themes": ["youth"]})
    assert tagged.status_code == 404
    assert client.post(f"/arbetsyta/dialog/anteckning/{note.pk}/ta-bort/").status_code == 404
    assert DialogueNote.objects.filter(pk=note.pk).exists()


def test_another_organisation_can_neither_read_nor_edit(
    note: DialogueNote, comment: DialogueComment
) -> None:
    client = signed_in("Umeå kommun", "coordinator")
    for url in (
        "/arbetsyta/dialog/2560/",
        "/arbetsyta/dialog/2560/ny/",
        f"/arbetsyta/dialog/anteckning/{note.pk}/",
        f"/arbetsyta/dialog/synpunkt/{comment.pk}/",
    ):
        assert client.get(url).status_code == 404, url
    assert client.post(f"/arbetsyta/dialog/synpunkt/{comment.pk}/ta-bort/").status_code == 404
    assert "Älvsbyn" not in client.get("/arbetsyta/dialog/").content.decode()
    assert DialogueComment.objects.filter(pk=comment.pk).exists()


def test_an_unauthenticated_visitor_is_sent_to_log_in(
    note: DialogueNote, comment: DialogueComment
) -> None:
    client = Client()
    for url in (
        "/arbetsyta/dialog/",
        "/arbetsyta/dialog/2560/",
        "/arbetsyta/dialog/2560/ny/",
        f"/arbetsyta/dialog/anteckning/{note.pk}/",
        f"/arbetsyta/dialog/synpunkt/{comment.pk}/",
    ):
        page = client.get(url)
        assert page.status_code == 302 and "/konto/" in page["Location"], url


def test_the_list_filters_by_theme_and_period(note: DialogueNote, comment: DialogueComment) -> None:
    client = signed_in(ALVSBYN, "viewer")
    drugs = client.get("/arbetsyta/dialog/2560/?tema=drugs").content.decode()
    assert "Socialtjänsten" in drugs and "Buskörning" not in drugs
    traffic = client.get("/arbetsyta/dialog/2560/?tema=traffic").content.decode()
    assert "Socialtjänsten" not in traffic and "Buskörning" in traffic
    later = (timezone.localdate() + timedelta(days=1)).isoformat()
    nothing = client.get(f"/arbetsyta/dialog/2560/?fran={later}").content.decode()
    assert "Inga anteckningar." in nothing and "Inga synpunkter." in nothing


def test_an_editor_corrects_a_comments_themes_and_removes_spam(comment: DialogueComment) -> None:
    client = signed_in(ALVSBYN, "coordinator")
    page = client.post(
        f"/arbetsyta/dialog/synpunkt/{comment.pk}/", {"themes": ["traffic", "youth"]}
    )
    assert page.status_code == 302
    comment.refresh_from_db()
    assert comment.themes == ["traffic", "youth"]
    assert client.post(f"/arbetsyta/dialog/synpunkt/{comment.pk}/ta-bort/").status_code == 302
    assert not DialogueComment.objects.exists()

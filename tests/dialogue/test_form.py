"""The public comment form: anonymous, counted once, closed to bots, stored masked."""

from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from loften.dialogue.models import DialogueComment
from loften.dialogue.views import COMMENT_FORM
from loften.surveys.anonymity import form_token
from tests.factories import municipality

pytestmark = pytest.mark.django_db

URL = "/synpunkt/alvsbyn/"


@pytest.fixture
def quick(settings: Any) -> None:
    settings.LOFTEN_SURVEY_MIN_SECONDS = 0


@pytest.fixture
def client() -> Client:
    return Client(REMOTE_ADDR="198.51.100.23", HTTP_USER_AGENT="Unika-Webblasaren/9.9 (test)")


def comment(**extra: str) -> dict[str, str]:
    kommun = municipality("2560")
    return {
        "token": COMMENT_FORM.token(kommun.pk, now=timezone.now().timestamp() - 60),
        "webbplats": "",
        "text": "Det säljs knark vid Storgatan 12, fråga Anna Svensson 070-123 45 67.",
        "area": "Centrum",
        **extra,
    }


def test_the_form_is_in_swedish_sets_no_cookie_and_is_not_cached(client: Client) -> None:
    page = client.get(URL)
    assert page.status_code == 200
    text = page.content.decode()
    assert "Lämna en synpunkt till Älvsbyn och polisen" in text and "Din synpunkt" in text
    assert "<script" not in text
    assert not page.cookies and page["Cache-Control"] == "no-store"


def test_a_comment_is_stored_masked_once_and_thanked_for(client: Client, quick: None) -> None:
    sent = comment()
    first = client.post(URL, sent)
    again = client.post(URL, sent)  # the back button, sent again

    assert first.status_code == again.status_code == 302
    assert first["Location"] == "/synpunkt/alvsbyn/tack/"
    (stored,) = DialogueComment.objects.all()
    assert stored.text == "Det säljs knark vid [adress], fråga [namn] [telefon]."
    assert stored.area == "Centrum" and stored.themes == ["drugs"]
    assert stored.received_on == timezone.localdate()
    assert not first.cookies and not again.cookies
    assert "Tack för din synpunkt" in client.get(first["Location"]).content.decode()


def test_nothing_of_the_sender_is_stored(client: Client, quick: None) -> None:
    client.post(URL, comment())
    stored = {field.name for field in DialogueComment._meta.get_fields()}
    assert not stored & {"created_at", "ip", "user", "session", "user_agent"}
    row = " ".join(str(v) for v in DialogueComment.objects.values().get().values())
    assert "198.51.100.23" not in row and "Unika-Webblasaren" not in row


def test_a_bot_filling_the_hidden_field_is_thanked_and_ignored(client: Client, quick: None) -> None:
    page = client.post(URL, comment(webbplats="http://x"))
    assert page.status_code == 302 and not DialogueComment.objects.exists()


def test_a_form_sent_within_seconds_is_refused_and_keeps_the_text(client: Client) -> None:
    sent = {**comment(), "token": COMMENT_FORM.token(municipality("2560").pk)}
    page = client.post(URL, sent)
    assert page.status_code == 200
    assert "Formuläret skickades för snabbt" in page.content.decode()
    assert "Det säljs knark" in page.content.decode()
    assert not DialogueComment.objects.exists()


def test_a_forged_or_borrowed_token_is_refused(client: Client, quick: None) -> None:
    umea = municipality("2480")
    for token in ("nonsense", COMMENT_FORM.token(umea.pk), form_token(municipality("2560").pk)):
        page = client.post(URL, comment(token=token))
        assert page.status_code == 200 and "Formuläret" in page.content.decode()
    assert not DialogueComment.objects.exists()


def test_an_empty_or_too_long_comment_is_refused_with_a_reason(client: Client, quick: None) -> None:
    assert "Detta fält måste fyllas i" in client.post(URL, comment(text="")).content.decode()
    page = client.post(URL, comment(text="x" * 3001))
    assert page.status_code == 200 and not DialogueComment.objects.exists()


def test_an_unknown_kommun_has_no_form(client: Client) -> None:
    assert client.get("/synpunkt/ingenstans/").status_code == 404


def test_the_kommun_page_links_to_its_comment_form(client: Client) -> None:
    page = client.get("/kommun/alvsbyn/").content.decode()
    assert 'href="/synpunkt/alvsbyn/"' in page

"""Who reaches which workspace page: every address is tried, by GET and by POST."""

import pytest
from django.test import Client
from django.urls import URLPattern, reverse

from loften.promises.models import Commitment, Contact, FocusArea, Promise, PromiseSet, Target
from loften.workspace.urls import urlpatterns
from tests.factories import member, municipality
from tests.workspace.conftest import (
    ALVSBYN,
    PITEA_POLICE,
    UMEA,
    commitment_of,
    kommun_promise,
    police_promise,
    signed_in,
)

pytestmark = pytest.mark.django_db

SET_URLS = [
    p for p in urlpatterns if isinstance(p, URLPattern) and "promise_set_id" in str(p.pattern)
]
# What an editor of the police area may open in a draft the kommun writes with it.
EDITOR_OPENS = {
    "promise_set",
    "changes",
    "approve",
    "promise_edit",
    "promise_move",
    "commitment_create",
    "commitment_edit",
    "commitment_move",
    "commitment_delete",
    "promise_target_create",
    "promise_target_edit",
    "promise_target_delete",
}


def url_for(pattern: URLPattern, promise_set: PromiseSet, promise: Promise) -> str:
    """The pattern's address for one part of every kind in the set."""
    arguments = {
        "promise_set_id": promise_set.pk,
        "promise_id": promise.pk,
        "focus_area_id": FocusArea.objects.get(promise_set=promise_set).pk,
        "commitment_id": Commitment.objects.filter(promise=promise).first(),
        "target_id": Target.objects.filter(
            promise_set=promise_set,
            promise=promise if pattern.name.startswith("promise_target") else None,
        ).first(),
        "contact_id": Contact.objects.filter(promise_set=promise_set).first(),
    }
    wanted = pattern.pattern.converters  # type: ignore[attr-defined]
    kwargs = {name: getattr(arguments[name], "pk", arguments[name]) for name in wanted}
    return reverse(f"workspace:{pattern.name}", kwargs=kwargs)


def snapshot(promise_set: PromiseSet) -> tuple[object, ...]:
    promise_set.refresh_from_db()
    return (
        promise_set.status,
        promise_set.title,
        PromiseSet.objects.count(),
        list(Promise.objects.values_list("pk", "text", "position")),
        list(Commitment.objects.values_list("pk", "what", "position")),
        list(FocusArea.objects.values_list("pk", "title", "position")),
        Target.objects.count(),
        list(Contact.objects.values_list("pk", "organisation_name", "phone", "position")),
    )


def test_the_parts_of_every_kind_are_reachable_for_the_kommuns_coordinator(
    client: Client, draft: PromiseSet
) -> None:
    signed_in(client, ALVSBYN, "coordinator")
    for pattern in SET_URLS:
        response = client.get(url_for(pattern, draft, police_promise(draft)))
        assert response.status_code in (200, 302), pattern.name
        if response.status_code == 302:  # a button: its GET shows the set page, not a login
            assert response["Location"].startswith(f"/arbetsyta/{draft.pk}/"), pattern.name


@pytest.mark.parametrize(
    "organisation, role",
    [
        (UMEA, "coordinator"),
        (UMEA, "editor"),
        (ALVSBYN, "reporter"),
        (ALVSBYN, "viewer"),
        (PITEA_POLICE, "reporter"),
    ],
)
def test_another_kommun_and_those_who_do_not_write_find_nothing(
    client: Client, draft: PromiseSet, organisation: str, role: str
) -> None:
    signed_in(client, organisation, role)
    assert_finds_nothing(client, draft)


def assert_finds_nothing(client: Client, draft: PromiseSet) -> None:
    """Every address of the draft is 404, by GET and POST; nothing changes; no listing."""
    before = snapshot(draft)
    for pattern in SET_URLS:
        url = url_for(pattern, draft, police_promise(draft))
        assert client.get(url).status_code == 404, (url, "GET")
        assert client.post(url, {"title": "Kapat", "direction": "up"}).status_code == 404, url
    assert snapshot(draft) == before
    assert draft.title not in client.get("/arbetsyta/").content.decode()


def test_another_kommun_cannot_create_a_set_for_this_one(client: Client) -> None:
    signed_in(client, UMEA, "coordinator")
    response = client.post(
        "/arbetsyta/nytt/", {"title": "Kapat", "municipality": municipality("2560").pk}
    )
    assert response.status_code == 400
    assert "Välj ett giltigt alternativ" in response.content.decode()
    assert not PromiseSet.objects.exists()


def test_an_editor_of_the_police_area_writes_only_the_police_promises(
    client: Client, draft: PromiseSet
) -> None:
    signed_in(client, PITEA_POLICE, "editor")
    for pattern in SET_URLS:
        own = client.get(url_for(pattern, draft, police_promise(draft)))
        expected = (200, 302) if pattern.name in EDITOR_OPENS else (404,)
        assert own.status_code in expected, pattern.name
        if own.status_code == 302:
            assert own["Location"].startswith(f"/arbetsyta/{draft.pk}/"), pattern.name
    before = snapshot(draft)
    for pattern in SET_URLS:
        if set(pattern.pattern.converters) == {"promise_set_id", "promise_id"}:  # type: ignore[attr-defined]
            other = url_for(pattern, draft, kommun_promise(draft))
            assert client.get(other).status_code == 404, pattern.name
            written = {"text": "Polisen tar över.", "what": "Polisen", "direction": "up"}
            assert client.post(other, written).status_code == 404, pattern.name
    assert snapshot(draft) == before

    promise = police_promise(draft)
    client.post(
        f"/arbetsyta/{draft.pk}/loften/{promise.pk}/",
        {"text": "Polisen kontrollerar trafiken vid skolorna.", "parties": ["police"]},
    )
    promise.refresh_from_db()
    assert promise.text == "Polisen kontrollerar trafiken vid skolorna."


@pytest.mark.parametrize("role", ["coordinator", "editor", "reporter"])
def test_the_police_area_finds_nothing_of_a_kommun_it_does_not_cover(
    client: Client, draft: PromiseSet, role: str
) -> None:
    """Piteå älvdal covers Älvsbyn and Piteå, not Umeå."""
    draft.municipalities.set([municipality("2480")])
    draft.police_areas.set(municipality("2480").police_areas.filter(level="local"))
    signed_in(client, PITEA_POLICE, role)
    assert_finds_nothing(client, draft)


def test_an_editor_cannot_change_who_makes_the_promise(client: Client, draft: PromiseSet) -> None:
    signed_in(client, PITEA_POLICE, "editor")
    promise = police_promise(draft)
    client.post(
        f"/arbetsyta/{draft.pk}/loften/{promise.pk}/",
        {"text": "Polisen övervakar trafiken.", "parties": ["municipality"]},
    )
    promise.refresh_from_db()
    assert (promise.text, promise.parties) == ("Polisen övervakar trafiken.", ["police"])
    assert commitment_of(draft).promise == promise


def test_visitors_who_are_not_signed_in_are_sent_to_the_login(
    client: Client, draft: PromiseSet
) -> None:
    for url in ["/arbetsyta/", "/arbetsyta/nytt/", f"/arbetsyta/{draft.pk}/"]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/konto/logga-in/")


def test_signing_in_leads_to_the_workspace(client: Client) -> None:
    user = member(ALVSBYN, "coordinator")
    response = client.post(
        "/konto/logga-in/", {"username": user.username, "password": "ett långt lösenord"}
    )
    assert response["Location"] == "/arbetsyta/"

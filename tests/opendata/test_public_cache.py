"""Public pages come from the shared cache, and a publication shows on the very next read."""

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser, User
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.test import Client, RequestFactory
from django.utils import timezone
from time_machine import TimeMachineFixture

from loften.followup.services import follow_up_round_publish
from loften.opendata.cache import public_cache, publication_version
from loften.opendata.models import PublicationVersion
from loften.promises.publishing import promise_set_publish
from tests.factories import PromiseFactory, PromiseSetFactory, member
from tests.opendata.conftest import PublicData

pytestmark = pytest.mark.django_db

KOMMUN_PAGE = "/kommun/alvsbyn/"


def test_a_published_promise_set_shows_on_the_next_read_of_the_kommun_page(
    client: Client, public_data: PublicData
) -> None:
    next_period = PromiseSetFactory(
        title="Medborgarlöfte Älvsbyn 2024", period_start=date(2024, 6, 1), period_end=None
    )
    PromiseFactory(promise_set=next_period, text="Kommunen lovar fler trygghetsvandringar.")
    assert "fler trygghetsvandringar" not in client.get(KOMMUN_PAGE).content.decode()

    promise_set_publish(promise_set=next_period, acting_user=None)

    page = client.get(KOMMUN_PAGE).content.decode()
    assert "Gäller nu: Medborgarlöfte Älvsbyn 2024" in page
    assert "fler trygghetsvandringar" in page


def test_a_second_read_without_a_publication_comes_from_the_cache(
    client: Client, public_data: PublicData, django_assert_num_queries: Any
) -> None:
    first = client.get(KOMMUN_PAGE)
    # Changed without a publication: the cached page stands until it expires.
    public_data.promise.text = "Ändrat utan publicering."
    public_data.promise.save()
    with django_assert_num_queries(1):  # the publication version and the cached page together
        second = client.get(KOMMUN_PAGE)
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]


def test_a_cached_page_expires_after_the_configured_time(
    client: Client, public_data: PublicData, settings: Any, time_machine: TimeMachineFixture
) -> None:
    settings.PUBLIC_CACHE_SECONDS = 60
    client.get(KOMMUN_PAGE)
    public_data.promise.text = "Rättat i administrationen."
    public_data.promise.save()
    time_machine.move_to(timezone.now() + timedelta(seconds=61))
    assert "Rättat i administrationen." in client.get(KOMMUN_PAGE).content.decode()


def test_a_published_follow_up_round_shows_on_the_next_read(
    client: Client, public_data: PublicData
) -> None:
    url = f"/kommun/alvsbyn/lofte/{public_data.promise_set.pk}/{public_data.promise.pk}/"
    follow_up_round = public_data.round
    follow_up_round.published_at = None
    follow_up_round.save()
    assert "Uppföljning 1 publicerades" not in client.get(url).content.decode()

    follow_up_round_publish(
        follow_up_round=follow_up_round, acting_user=member("Älvsbyns kommun", "coordinator")
    )

    assert "Uppföljning 1 publicerades" in client.get(url).content.decode()


def test_a_new_day_is_a_new_page(
    client: Client, public_data: PublicData, settings: Any, time_machine: TimeMachineFixture
) -> None:
    settings.PUBLIC_CACHE_SECONDS = 7 * 24 * 3600
    public_data.promise_set.until_replaced = False
    public_data.promise_set.save()
    time_machine.move_to(datetime(2025, 12, 31, 22, tzinfo=UTC))
    assert "Gäller nu" in client.get(KOMMUN_PAGE).content.decode()
    time_machine.move_to(datetime(2026, 1, 1, 7, tzinfo=UTC))  # the period has ended
    assert "har inget medborgarlöfte som gäller i dag" in client.get(KOMMUN_PAGE).content.decode()


def test_a_logged_in_reader_gets_a_page_of_their_own(
    client: Client, public_data: PublicData, editor: User
) -> None:
    anonymous = client.get(KOMMUN_PAGE)
    assert "Logga in" in anonymous.content.decode()
    client.force_login(editor)
    mine = client.get(KOMMUN_PAGE)
    assert "Logga ut" in mine.content.decode()
    assert "ETag" not in mine


def test_the_publication_version_lives_in_the_database_and_survives_being_emptied() -> None:
    before = publication_version()
    PublicationVersion.objects.all().delete()
    after = publication_version()
    assert after.token != before.token
    assert PublicationVersion.objects.get().token == after.token


def test_a_page_with_a_readers_csrf_token_is_never_shared(rf: RequestFactory) -> None:
    rendered: list[str] = []

    @public_cache
    def form_page(request: HttpRequest) -> HttpResponse:
        rendered.append(get_token(request))
        return HttpResponse(f"<input name=csrfmiddlewaretoken value={rendered[-1]}>")

    for _ in range(2):
        request = rf.get("/form/")
        request.user = AnonymousUser()
        form_page(request)

    assert len(rendered) == 2, "the second reader was given the first reader's token"


def test_public_answers_tell_a_front_proxy_to_keep_them_at_most_a_second(
    client: Client, public_data: PublicData, editor: User, settings: Any
) -> None:
    now = int(timezone.now().timestamp())
    assert client.get(KOMMUN_PAGE)["X-Accel-Expires"] == f"@{now}"
    etag = client.get(KOMMUN_PAGE)["ETag"]
    assert client.get(KOMMUN_PAGE, HTTP_IF_NONE_MATCH=etag)["X-Accel-Expires"] == f"@{now}"
    settings.FRONT_CACHE_SECONDS = 5
    assert client.get("/api/v1/promises")["X-Accel-Expires"] == f"@{now + 4}"
    settings.FRONT_CACHE_SECONDS = 0
    assert client.get(KOMMUN_PAGE)["X-Accel-Expires"] == "0"


def test_nothing_personal_or_private_tells_a_front_proxy_to_keep_it(
    client: Client, public_data: PublicData, editor: User
) -> None:
    assert "X-Accel-Expires" not in client.get("/konto/logga-in/")
    client.force_login(editor)
    assert "X-Accel-Expires" not in client.get(KOMMUN_PAGE)
    assert "X-Accel-Expires" not in client.get("/arbetsyta/")


def test_a_query_string_a_page_does_not_use_is_redirected_away_without_reading_anything(
    client: Client, public_data: PublicData, django_assert_num_queries: Any
) -> None:
    with django_assert_num_queries(0):
        random = client.get(f"{KOMMUN_PAGE}?a=2")
        tracked = client.head(f"{KOMMUN_PAGE}?utm_source=nyhetsbrev&utm_medium=e-post")
    assert (random.status_code, random["Location"]) == (301, KOMMUN_PAGE)
    assert (tracked.status_code, tracked["Location"]) == (301, KOMMUN_PAGE)
    assert client.get(f"{KOMMUN_PAGE}?a=3", follow=True).content == client.get(KOMMUN_PAGE).content


def report_address(data: PublicData) -> str:
    return f"/kommun/alvsbyn/lofte/{data.promise_set.pk}/sa-gick-det/"


def test_the_report_keeps_the_round_it_uses_and_drops_the_rest(
    client: Client, public_data: PublicData, django_assert_num_queries: Any
) -> None:
    report = report_address(public_data)
    number = public_data.round.number

    dropped = client.get(f"{report}?utm_source=x&round={number}&a=1")
    assert (dropped.status_code, dropped["Location"]) == (301, f"{report}?round={number}")

    first = client.get(f"{report}?round={number}")
    assert first.status_code == 200
    assert f"uppföljning {number}</strong>" in first.content.decode()
    with django_assert_num_queries(1):  # the publication version and the cached page together
        again = client.get(f"{report}?round={number}")
    assert again.content == first.content
    assert client.get(report).content != first.content  # the whole period is another page


@pytest.mark.parametrize(
    "query", ["round=1&round=2", f"round={'1' * 101}"], ids=["twice", "too long"]
)
def test_a_value_given_twice_or_too_long_is_refused_in_swedish(
    client: Client, public_data: PublicData, query: str
) -> None:
    response = client.get(f"{report_address(public_data)}?{query}")
    assert response.status_code == 400
    assert "Adressen har ett värde som sidan inte kan använda" in response.content.decode()

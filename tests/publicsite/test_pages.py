"""The start page and a page per kommun, as a visitor reads them."""

from datetime import UTC, date, datetime

import pytest
from django.core.cache import cache
from django.test import Client
from time_machine import TimeMachineFixture

from loften.followup.models import FollowUpRound
from loften.promises.models import PromiseSet, PromiseTheme
from tests.factories import CommitmentFactory, PromiseFactory, PromiseSetFactory, municipality

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _today(time_machine: TimeMachineFixture) -> None:
    time_machine.move_to(datetime(2024, 6, 30, 12, tzinfo=UTC))


@pytest.fixture
def alvsbyn_2023() -> PromiseFactory:
    promise_set = PromiseSetFactory(
        title="Medborgarlöfte 2023-2025",
        period_start=date(2023, 1, 1),
        period_end=date(2025, 12, 31),
        until_replaced=True,
        publish=True,
    )
    promise = PromiseFactory(promise_set=promise_set, text="Polis: Hundsök i skolan.")
    PromiseTheme.objects.create(promise=promise, theme="drugs")
    CommitmentFactory(promise=promise, what="Hundsök i skolan", count=2, per="year")
    return promise


def test_the_start_page_lists_kommuner_with_promises_in_force(
    client: Client, alvsbyn_2023: PromiseFactory
) -> None:
    page = client.get("/").content.decode()
    assert 'href="/kommun/alvsbyn/"' in page
    assert (
        "Perioden 2023–2025 pågår till 31 december 2025; därefter gäller löftet tills ett nytt ges."
        in page
    )
    assert "Norrbottens län" in page
    assert "Umeå" not in page


def test_the_start_page_shows_kommuner_whose_promises_have_lapsed(client: Client) -> None:
    PromiseSetFactory(
        municipalities=[municipality("2313")],
        period_start=date(2021, 1, 1),
        period_end=date(2022, 12, 31),
        publish=True,
    )
    page = client.get("/").content.decode()
    assert 'href="/kommun/stromsund/"' in page
    assert "inget löfte gäller i dag (senaste: 2021–2022)" in page


def test_the_start_page_says_so_when_nothing_is_published(client: Client) -> None:
    PromiseSetFactory(title="Utkast som ingen får se")
    page = client.get("/").content.decode()
    assert "Inga kommuner har publicerat medborgarlöften ännu." in page
    assert "Utkast som ingen får se" not in page


def test_the_start_page_lists_the_latest_follow_ups_or_says_there_are_none(
    client: Client, alvsbyn_2023: PromiseFactory
) -> None:
    page = client.get("/").content.decode()
    assert "<h2>Senaste uppföljningarna</h2>" in page
    assert "Ingen kommun har publicerat någon uppföljning ännu." in page
    FollowUpRound.objects.filter(promise_set=alvsbyn_2023.promise_set, number=1).update(
        published_at=datetime(2024, 2, 1, 9, tzinfo=UTC)
    )
    cache.clear()
    page = client.get("/").content.decode()
    assert "uppföljning 1 av Medborgarlöfte 2023-2025" in page
    assert "Ingen kommun har publicerat någon uppföljning ännu." not in page


def test_a_kommun_page_shows_every_promise_and_commitment_in_force(
    client: Client, alvsbyn_2023: PromiseFactory
) -> None:
    response = client.get("/kommun/alvsbyn/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Medborgarlöften i Älvsbyn" in page
    assert "Älvsbyns kommun · kommunkod 2560 · Norrbottens län" in page
    assert "Hundsök i skolan." in page
    assert "Polis: Hundsök" not in page  # the party is the badge, not a label in the text
    assert "2 gånger per år" in page
    assert "Narkotika" in page
    assert "därefter gäller löftet tills ett nytt ges" in page
    assert "Lokalpolisområde Piteå älvdal" in page


@pytest.fixture
def three_periods() -> tuple[PromiseSet, PromiseSet, PromiseSet]:
    """Älvsbyn's earlier set, the set in force, and a draft for the next period."""
    earlier = PromiseSetFactory(
        title="Medborgarlöfte 2021-2022",
        period_start=date(2021, 1, 1),
        period_end=date(2022, 12, 31),
        publish=True,
    )
    current = PromiseSetFactory(title="Medborgarlöfte 2023-2025", publish=True)
    draft = PromiseSetFactory(
        title="Hemligt utkast 2026", period_start=date(2026, 1, 1), period_end=None
    )
    return earlier, current, draft


def test_a_kommun_page_lists_earlier_periods_and_hides_drafts(
    client: Client, three_periods: tuple[PromiseSet, PromiseSet, PromiseSet]
) -> None:
    earlier, _, _ = three_periods
    page = client.get("/kommun/alvsbyn/").content.decode()
    assert "Gäller nu: Medborgarlöfte 2023-2025" in page
    assert f'href="/kommun/alvsbyn/lofte/{earlier.pk}/"' in page
    assert "Hemligt utkast" not in page


def test_an_earlier_period_has_its_own_page_but_a_draft_does_not(
    client: Client, three_periods: tuple[PromiseSet, PromiseSet, PromiseSet]
) -> None:
    earlier, _, draft = three_periods
    page = client.get(f"/kommun/alvsbyn/lofte/{earlier.pk}/").content.decode()
    assert "har ersatts av ett senare" in page
    assert client.get(f"/kommun/alvsbyn/lofte/{draft.pk}/").status_code == 404


def test_a_promise_set_is_only_shown_under_its_own_kommun(client: Client) -> None:
    umea = PromiseSetFactory(municipalities=[municipality("2480")], publish=True)
    assert client.get(f"/kommun/alvsbyn/lofte/{umea.pk}/").status_code == 404


def test_a_kommun_without_promises_says_so(client: Client) -> None:
    page = client.get("/kommun/kiruna/").content.decode()
    assert "Kiruna har inget medborgarlöfte som gäller i dag." in page


def test_the_kommunkod_redirects_to_the_kommun_page(client: Client) -> None:
    response = client.get("/kommun/2560/")
    assert response.status_code == 301
    assert response["Location"] == "/kommun/alvsbyn/"
    assert client.get("/kommun/0114/")["Location"] == "/kommun/upplands-vasby/"


def test_an_unknown_kommun_is_not_found(client: Client) -> None:
    assert client.get("/kommun/atlantis/").status_code == 404
    assert client.get("/kommun/9999/").status_code == 404


def test_a_kommun_page_needs_a_fixed_number_of_queries(
    client: Client, alvsbyn_2023: PromiseFactory, django_assert_max_num_queries: object
) -> None:
    for _ in range(5):
        CommitmentFactory(promise=PromiseFactory(promise_set=alvsbyn_2023.promise_set))
    # 19 for the page (one asks for a published lägesbild, one for the follow-up rounds
    # the summary tells of), 8 for the public cache it misses: the fast way's lookup, the
    # decorator's lookup, the version, the store.
    with django_assert_max_num_queries(19 + 8):  # type: ignore[operator]
        assert client.get("/kommun/alvsbyn/").status_code == 200


def test_pages_are_in_swedish_and_fit_a_phone(client: Client, alvsbyn_2023: PromiseFactory) -> None:
    page = client.get("/kommun/alvsbyn/").content.decode()
    assert '<html lang="sv">' in page
    assert 'name="viewport" content="width=device-width, initial-scale=1"' in page

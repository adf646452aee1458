"""Theme pages across kommuner, and a page per promise with its story."""

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from django.test import Client
from django.utils.text import slugify
from time_machine import TimeMachineFixture

from loften.followup.models import Activity, FollowUpRound, Measurement, Outcome
from loften.promises.models import THEME_SLUGS, Promise, PromiseSet, PromiseTheme, Target, Theme
from loften.publicsite.charts import goal_of, target_chart
from tests.factories import CommitmentFactory, PromiseFactory, PromiseSetFactory, municipality

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _today(time_machine: TimeMachineFixture) -> None:
    time_machine.move_to(datetime(2024, 6, 30, 12, tzinfo=UTC))


def promise_on(code: str, theme: str, text: str, **set_fields: object) -> Promise:
    promise_set = PromiseSetFactory(municipalities=[municipality(code)], **set_fields)
    promise = PromiseFactory(promise_set=promise_set, text=text)
    PromiseTheme.objects.create(promise=promise, theme=theme)
    return promise


def test_a_theme_page_lists_every_kommun_promising_on_it_with_counts_per_lan(
    client: Client,
) -> None:
    promise_on("2560", "drugs", "Polisen lovar hundsök i skolan.", publish=True)
    promise_on("2581", "drugs", "Kommunen lovar drogvaneundersökning.", publish=True)
    promise_on("2480", "drugs", "Polisen lovar narkotikaspaning.", publish=True)
    promise_on("2380", "drugs", "Ett utkast om narkotika.")
    promise_on("2313", "traffic", "Polisen lovar trafikkontroller.", publish=True)
    page = client.get("/tema/narkotika/").content.decode()
    assert "3 kommuner har 3 löften om narkotika som gäller i dag." in page
    assert '<th scope="row">Norrbottens län</th><td>2</td><td>2</td>' in page
    assert '<th scope="row">Västerbottens län</th><td>1</td><td>1</td>' in page
    assert "Polisen lovar hundsök i skolan." in page
    assert "Ett utkast om narkotika." not in page
    assert "trafikkontroller" not in page


def test_only_promises_in_force_count_on_a_theme_page(client: Client) -> None:
    promise_on(
        "2560", "fraud", "Ett gammalt löfte om bedrägerier.",
        period_start=date(2019, 1, 1), period_end=date(2020, 12, 31), publish=True,
    )  # fmt: skip
    promise_on("2560", "drugs", "Det som gäller nu.", publish=True)
    page = client.get("/tema/bedragerier/").content.decode()
    assert "Inga medborgarlöften om bedrägerier gäller i dag." in page


def test_the_theme_index_and_the_start_page_count_kommuner_per_theme(client: Client) -> None:
    promise_on("2560", "drugs", "Hundsök.", publish=True)
    promise_on("2581", "drugs", "Drogvaneundersökning.", publish=True)
    promise_on("2480", "traffic", "Trafik.", publish=True)
    for url in ("/tema/", "/"):
        page = client.get(url).content.decode()
        assert (
            '<a href="/tema/narkotika/">Narkotika</a> <span class="meta">2 kommuner</span>' in page
        )
        assert '<a href="/tema/trafik/">Trafik</a> <span class="meta">1 kommun</span>' in page


def test_an_unknown_theme_is_not_found(client: Client) -> None:
    assert client.get("/tema/kattungar/").status_code == 404


@pytest.mark.parametrize(
    "old, new",
    [
        ("/tema/youth/", "/tema/barn-och-unga/"),
        ("/tema/police_presence/", "/tema/polisnarvaro-och-fortroende/"),
        ("/tema/domestic_violence/", "/tema/vald-i-nara-relationer/"),
    ],
)
def test_a_themes_old_english_address_moves_permanently_to_its_swedish_one(
    client: Client, old: str, new: str
) -> None:
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == new
    assert client.get(new).status_code == 200


def test_each_themes_address_is_its_swedish_name_and_no_old_code() -> None:
    for theme in Theme:
        assert theme.slug == slugify(str(theme.label))
        assert Theme.from_slug(theme.slug) is theme
    assert not set(THEME_SLUGS.values()) & set(Theme.values)


@pytest.fixture
def followed_up() -> Promise:
    promise = promise_on(
        "2560", "drugs", "Polisen lovar att söka efter narkotika i skolan.",
        period_start=date(2023, 1, 1), period_end=date(2023, 12, 31),
        signed_on=date(2022, 12, 1), signed_place="Älvsbyn", publish=True,
    )  # fmt: skip
    commitment = CommitmentFactory(promise=promise, what="hundsök i skolan", count=2)
    activity = Activity.objects.create(
        promise_set=promise.promise_set, party="police", date=date(2023, 4, 12),
        description="Hundsök på Älvåkraskolan", quantity=3,
    )  # fmt: skip
    activity.commitments.add(commitment, through_defaults={"date": activity.date})
    # Publishing created the round (2023); now it is written and published.
    rounds = FollowUpRound.objects.get(promise_set=promise.promise_set, number=1)
    rounds.summary = "Det mesta blev gjort."
    rounds.published_at = datetime(2024, 2, 1, 9, tzinfo=UTC)
    rounds.save(update_fields=["summary", "published_at"])
    Outcome.objects.create(
        promise=promise, commitment=commitment, follow_up_round=rounds,
        kind=Outcome.Kind.NOT_DONE, text="Hundsöket i höstas", reason="pandemin",
    )  # fmt: skip
    target = Target.objects.create(
        promise_set=promise.promise_set, promise=promise, indicator="narkotikabrott",
        direction="decrease", baseline_value=Decimal(100), baseline_year=2022,
        change_percent=Decimal(-10), data_source="Polisens statistik",
    )  # fmt: skip
    Measurement.objects.create(
        target=target, value=Decimal(94), measured_on=date(2023, 12, 31), source="BRÅ"
    )
    return promise


def test_a_promise_page_tells_its_story_in_order(client: Client, followed_up: Promise) -> None:
    url = f"/kommun/alvsbyn/lofte/{followed_up.promise_set_id}/{followed_up.pk}/"
    page = client.get(url).content.decode()
    timeline = page[page.index('class="timeline"') :]
    story = [
        "Löftet undertecknades i Älvsbyn",
        "Hundsök på Älvåkraskolan",
        "Perioden 2023 tog slut 31 december 2023.",
        "Uppföljning 1 publicerades",
        "Inte genomfört: Hundsöket i höstas",
    ]
    positions = [timeline.index(step) for step in story]
    assert positions == sorted(positions)
    assert '<a class="tag theme" href="/tema/narkotika/">Narkotika</a>' in page
    # The page says it the same way above the timeline.
    assert page.count("Perioden 2023 tog slut 31 december 2023.") == 2
    assert "Skäl: pandemin" in page
    assert "Senaste värde: <strong>94</strong>" in page
    assert (
        'role="img" aria-label="narkotikabrott: 94 år 2023, utgångsläge 100 år 2022, mål 90"'
        in page
    )
    assert 'y1="104.0"' in page  # the goal line, written with a point in a Swedish page


def test_an_activity_serving_two_of_a_promises_commitments_counts_once(
    client: Client, followed_up: Promise
) -> None:
    url = f"/kommun/alvsbyn/lofte/{followed_up.promise_set_id}/{followed_up.pk}/"
    second = CommitmentFactory(promise=followed_up, what="föräldramöte om droger")
    both = Activity.objects.create(
        promise_set=followed_up.promise_set, party="police", date=date(2023, 5, 2),
        description="Hundsök och föräldramöte samma kväll",
    )  # fmt: skip
    both.commitments.add(*followed_up.commitments.all(), through_defaults={"date": both.date})

    assert "2 aktiviteter har registrerats." in client.get(url).content.decode()
    assert second.activities.count() == 1


def test_the_kommun_page_links_each_promise_to_its_own_page(
    client: Client, followed_up: Promise
) -> None:
    page = client.get(f"/kommun/alvsbyn/lofte/{followed_up.promise_set_id}/").content.decode()
    assert f'href="/kommun/alvsbyn/lofte/{followed_up.promise_set_id}/{followed_up.pk}/"' in page


def test_a_draft_promise_or_one_under_another_kommun_is_not_found(
    client: Client, followed_up: Promise
) -> None:
    draft = promise_on("2560", "drugs", "Ett utkast.")
    assert (
        client.get(f"/kommun/alvsbyn/lofte/{draft.promise_set_id}/{draft.pk}/").status_code == 404
    )
    assert (
        client.get(f"/kommun/umea/lofte/{followed_up.promise_set_id}/{followed_up.pk}/").status_code
        == 404
    )
    PromiseSet.objects.filter(pk=draft.promise_set_id).update(status="for_signing")
    assert (
        client.get(f"/kommun/alvsbyn/lofte/{draft.promise_set_id}/{draft.pk}/").status_code == 404
    )


def test_a_chart_places_the_goal_and_the_values_inside_its_box() -> None:
    goal = goal_of(Decimal(100), Decimal(-10), None)
    assert goal == Decimal("90.0")
    chart = target_chart(
        indicator="brott",
        baseline=(2022, Decimal(100)),
        measurements=[(date(2024, 12, 31), Decimal(80)), (date(2023, 12, 31), Decimal(95))],
        goal=goal,
    )
    assert chart is not None
    assert [p.year for p in chart.points] == [2022, 2023, 2024]
    assert all(0 <= p.x <= chart.width and 0 <= p.y <= chart.height for p in chart.points)
    assert chart.points[0].y < chart.points[-1].y  # 100 drawn higher than 80
    assert chart.summary == "brott: 80 år 2024, utgångsläge 100 år 2022, mål 90"
    assert target_chart(indicator="x", baseline=None, measurements=[], goal=None) is None


def test_each_commitment_shows_its_status_to_the_public(
    client: Client, followed_up: Promise
) -> None:
    set_page = f"/kommun/alvsbyn/lofte/{followed_up.promise_set_id}/"
    for url in (set_page, f"{set_page}{followed_up.pk}/"):
        page = client.get(url).content.decode()
        # Two searches a year were promised for 2023; one was logged.
        assert '<span class="badge state-not_met">Inte uppfyllt</span>' in page

"""Atom feeds of new promise sets and published follow-ups, for all of Sweden and per kommun."""

import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime

import pytest
from django.test import Client

from loften.followup.models import FollowUpRound
from loften.opendata.selectors import feed_entries
from loften.promises.models import PromiseSet
from tests.factories import PromiseSetFactory, municipality
from tests.opendata.conftest import PublicData

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def entries(client: Client, url: str) -> list[dict[str, str]]:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = ET.fromstring(response.content)  # noqa: S314 - the feed we just wrote
    return [
        {
            "title": entry.findtext(f"{ATOM}title", ""),
            "link": entry.find(f"{ATOM}link").get("href", ""),  # type: ignore[union-attr]
            "id": entry.findtext(f"{ATOM}id", ""),
            "updated": entry.findtext(f"{ATOM}updated", ""),
            "summary": entry.findtext(f"{ATOM}summary", ""),
        }
        for entry in feed.iter(f"{ATOM}entry")
    ]


def test_the_national_feed_tells_of_new_sets_and_published_rounds_newest_first(
    client: Client, public_data: PublicData
) -> None:
    umea = PromiseSetFactory(
        title="Medborgarlöfte Umeå 2024", municipalities=[municipality("2480")], publish=True
    )
    found = entries(client, "/flode.atom")
    assert [e["title"] for e in found] == [
        "Nytt medborgarlöfte: Medborgarlöfte Umeå 2024",
        "Nytt medborgarlöfte: Medborgarlöfte Älvsbyn 2023–2025",
        "Uppföljning 1: Medborgarlöfte Älvsbyn 2023–2025",
    ]
    assert found[0]["link"] == f"http://testserver/kommun/umea/lofte/{umea.pk}/"
    assert all(e["id"].startswith("urn:uuid:") and e["updated"] for e in found)
    assert len({e["id"] for e in found}) == 3


def test_a_kommun_feed_tells_only_of_that_kommun(client: Client, public_data: PublicData) -> None:
    PromiseSetFactory(municipalities=[municipality("2480")], publish=True)
    found = entries(client, "/kommun/alvsbyn/flode.atom")
    assert [e["title"] for e in found] == [
        "Nytt medborgarlöfte: Medborgarlöfte Älvsbyn 2023–2025",
        "Uppföljning 1: Medborgarlöfte Älvsbyn 2023–2025",
    ]
    assert entries(client, "/kommun/kiruna/flode.atom") == []


def test_an_entry_keeps_its_id_in_every_feed(client: Client, public_data: PublicData) -> None:
    national = {e["title"]: e["id"] for e in entries(client, "/flode.atom")}
    local = {e["title"]: e["id"] for e in entries(client, "/kommun/alvsbyn/flode.atom")}
    assert national == local


def test_a_set_shared_by_two_kommuner_links_to_each_kommuns_page(client: Client) -> None:
    shared = PromiseSetFactory(
        municipalities=[municipality("2560"), municipality("2581")],
        period_start=date(2024, 1, 1),
        publish=True,
    )
    (in_pitea,) = entries(client, "/kommun/pitea/flode.atom")
    assert in_pitea["link"] == f"http://testserver/kommun/pitea/lofte/{shared.pk}/"


def test_an_unknown_kommun_has_no_feed(client: Client) -> None:
    assert client.get("/kommun/atlantis/flode.atom").status_code == 404


def test_the_kommun_page_points_feed_readers_to_its_feed(
    client: Client, public_data: PublicData
) -> None:
    page = client.get("/kommun/alvsbyn/").content.decode()
    assert (
        '<link rel="alternate" type="application/atom+xml" '
        'title="Nya medborgarlöften och uppföljningar i Älvsbyn" '
        'href="/kommun/alvsbyn/flode.atom">'
    ) in page


def test_entries_say_what_was_published_and_a_round_links_under_the_feeds_kommun(
    client: Client,
) -> None:
    shared = PromiseSetFactory(
        title="Medborgarlöfte Älvdalen",
        municipalities=[municipality("2560"), municipality("2581")],
        period_start=date(2024, 1, 1),
        period_end=date(2025, 12, 31),
        publish=True,
    )
    rounds = FollowUpRound.objects.filter(promise_set=shared).order_by("number")
    FollowUpRound.objects.filter(pk__in=[r.pk for r in rounds[:2]]).update(
        published_at=datetime(2024, 9, 1, tzinfo=UTC), summary=""
    )

    found = entries(client, "/kommun/pitea/flode.atom")
    by_title = {e["title"]: e for e in found}
    new_set = by_title["Nytt medborgarlöfte: Medborgarlöfte Älvdalen"]
    assert new_set["summary"] == "Älvsbyn, Piteå: Medborgarlöfte Älvdalen, 2024–2025."
    first_round = by_title["Uppföljning 1: Medborgarlöfte Älvdalen"]
    assert first_round["summary"] == (
        f"Uppföljningen avser {rounds[0].covers_from.isoformat()}–"
        f"{rounds[0].covers_until.isoformat()}."
    )
    assert first_round["link"] == f"http://testserver/kommun/pitea/lofte/{shared.pk}/"
    assert len({e["id"] for e in found}) == len(found) == 3


def test_the_newest_are_kept_when_there_are_more_than_the_feed_holds() -> None:
    older, newer = (
        PromiseSetFactory(
            title=f"Löfte {name}", municipalities=[municipality("2480")], publish=True
        )
        for name in ("A", "B")
    )
    first, second = FollowUpRound.objects.filter(promise_set=newer).order_by("number")[:2]
    FollowUpRound.objects.update(published_at=None)

    def newest(
        sets: dict[PromiseSet, int], rounds: dict[FollowUpRound, int] | None = None
    ) -> list[str]:
        """The feed's newest entry once these sets and rounds are published on these days."""
        for promise_set, day in sets.items():
            PromiseSet.objects.filter(pk=promise_set.pk).update(
                published_at=datetime(2024, 6, day, tzinfo=UTC)
            )
        for follow_up_round, day in (rounds or {}).items():
            FollowUpRound.objects.filter(pk=follow_up_round.pk).update(
                published_at=datetime(2024, 6, day, tzinfo=UTC)
            )
        return [e.title for e in feed_entries(None, limit=1)]

    # Published later although made earlier; in the same instant, the one made last
    assert newest({older: 2, newer: 1}) == ["Nytt medborgarlöfte: Löfte A"]
    assert newest({older: 1, newer: 1}) == ["Nytt medborgarlöfte: Löfte B"]
    assert newest({older: 1, newer: 1}, {first: 4, second: 3}) == ["Uppföljning 1: Löfte B"]
    assert newest({}, {first: 3, second: 3}) == ["Uppföljning 2: Löfte B"]

    PromiseSetFactory.create_batch(50, municipalities=[municipality("2480")])
    PromiseSet.objects.update(status=PromiseSet.Status.PUBLISHED, published_at=datetime.now(UTC))
    assert len(feed_entries(None)) == 50


def test_a_set_without_a_kommun_links_to_the_start_page(client: Client) -> None:
    orphan = PromiseSetFactory(title="Löfte utan kommun")
    orphan.municipalities.clear()
    PromiseSet.objects.filter(pk=orphan.pk).update(
        status=PromiseSet.Status.PUBLISHED, published_at=datetime(2024, 6, 1, tzinfo=UTC)
    )
    (entry,) = entries(client, "/flode.atom")
    assert (entry["title"], entry["link"]) == (
        "Nytt medborgarlöfte: Löfte utan kommun",
        "http://testserver/",
    )

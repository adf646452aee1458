"""The JSON API as a journalist or an analyst uses it: lists, filters, pages and details."""

from datetime import date
from typing import Any

import pytest
from django.test import Client

from loften.followup.models import Outcome
from loften.promises.models import Contact, PromiseTheme
from loften.registry.models import PoliceArea, PoliceAreaCoverage
from tests.factories import CommitmentFactory, PromiseFactory, PromiseSetFactory, municipality
from tests.opendata.conftest import PublicData

pytestmark = pytest.mark.django_db


def get(client: Client, url: str, **params: Any) -> Any:
    response = client.get(url, params)
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/json; charset=utf-8"
    return response.json()


def test_a_promise_set_is_listed_with_swedish_labels_beside_its_codes(
    client: Client, public_data: PublicData
) -> None:
    page = get(client, "/api/v1/promise-sets")
    assert page["count"] == 1
    (item,) = page["results"]
    assert item["title"] == "Medborgarlöfte Älvsbyn 2023–2025"
    assert (item["status"], item["status_label"]) == ("published", "publicerad")
    assert item["follow_up_cadence_label"] == "två gånger per år"
    assert item["municipalities"] == [{"code": "2560", "name": "Älvsbyn"}]
    assert item["police_areas"] == ["Lokalpolisområde Piteå älvdal"]
    assert item["period_label"] == "2023–2025"
    assert item["in_force"] is True
    assert item["promise_count"] == 1
    assert (
        item["page_url"] == f"http://testserver/kommun/alvsbyn/lofte/{public_data.promise_set.pk}/"
    )


def test_a_promise_set_in_detail_has_focus_areas_targets_and_signatories(
    client: Client, public_data: PublicData
) -> None:
    detail = get(client, f"/api/v1/promise-sets/{public_data.promise_set.pk}")
    assert [f["title"] for f in detail["focus_areas"]] == ["Trygghet i Älvsbyn"]
    assert detail["signatories"] == [
        {"name": "Eva Ek", "title": "Kommunstyrelsens ordf.", "organisation": ""}
    ]
    assert detail["targets"] == []  # the only target belongs to a promise


def test_a_promise_set_in_detail_has_its_contacts_a_person_only_with_a_role(
    client: Client, public_data: PublicData
) -> None:
    Contact.objects.create(
        promise_set=public_data.promise_set,
        organisation_name="Polisen",
        name="Per Persson",
        phone="114 14",
        position=1,
    )
    detail = get(client, f"/api/v1/promise-sets/{public_data.promise_set.pk}")
    assert detail["contacts"] == [
        {
            "organisation": "Trygghetsenheten i Älvsbyn",
            "name": "",
            "title": "Trygghetssamordnare",
            "phone": "0929-170 00",
            "email": "",
            "website": "",
            "address": "",
        },
        {
            "organisation": "Polisen",
            "name": "",
            "title": "",
            "phone": "114 14",
            "email": "",
            "website": "",
            "address": "",
        },
    ]


def test_a_promise_in_detail_has_its_commitments_and_targets(
    client: Client, public_data: PublicData
) -> None:
    detail = get(client, f"/api/v1/promises/{public_data.promise.pk}")
    assert detail["parties"] == ["police", "municipality"]
    assert detail["party_labels"] == ["Polisen", "Kommunen"]
    assert (detail["themes"], detail["theme_labels"]) == (["drugs"], ["Narkotika"])
    assert detail["focus_area"] == "Trygghet i Älvsbyn"
    (commitment,) = detail["commitments"]
    assert commitment["schedule_label"] == "2 gånger per år (vår, höst)"
    assert commitment["season_labels"] == ["vår", "höst"]
    assert commitment["season_topics"] == {"spring": "narkotika", "autumn": "alkohol"}
    (target,) = detail["targets"]
    assert (target["direction"], target["direction_label"]) == ("decrease", "minska")
    assert target["change_percent"] == -10.0
    assert target["measurements"] == [{"value": 12.5, "measured_on": "2024-03-01", "source": "CAN"}]


def test_commitments_tell_nothing_of_who_is_responsible_in_person(
    client: Client, public_data: PublicData
) -> None:
    (commitment,) = get(client, "/api/v1/commitments")["results"]
    assert "responsible" not in commitment
    assert "responsible_user" not in commitment
    assert "Per Persson" not in str(commitment)


def test_activities_name_the_organisation_but_not_the_editor_or_the_attachments(
    client: Client, public_data: PublicData
) -> None:
    (activity,) = get(client, "/api/v1/activities")["results"]
    assert activity["organisation"] == "Lokalpolisområde Piteå älvdal"
    assert activity["description"] == "Hundsök på Vistträskskolan i Älvsbyn"
    assert activity["commitment_ids"] == [public_data.promise.commitments.get().pk]
    assert set(activity) == {
        "id",
        "promise_set_id",
        "municipalities",
        "commitment_ids",
        "party",
        "party_label",
        "organisation",
        "date",
        "description",
        "quantity",
    }


def test_a_published_follow_up_round_in_detail_tells_each_outcome(
    client: Client, public_data: PublicData
) -> None:
    detail = get(client, f"/api/v1/follow-up-rounds/{public_data.round.pk}")
    assert detail["summary"] == "Våren gick enligt plan i Älvsbyn."
    (outcome,) = detail["outcomes"]
    assert (outcome["kind"], outcome["kind_label"]) == ("done", "genomfört")
    assert outcome["promise_id"] == public_data.promise.pk


def test_a_kommun_is_found_by_its_kommunkod_with_its_police_area_and_promise_sets(
    client: Client, public_data: PublicData
) -> None:
    detail = get(client, "/api/v1/municipalities/2560")
    assert detail["official_name"] == "Älvsbyns kommun"
    assert detail["county"] == {"code": "25", "name": "Norrbottens län"}
    assert detail["police_areas"] == [{"name": "Lokalpolisområde Piteå älvdal", "verified": True}]
    assert [s["id"] for s in detail["promise_sets"]] == [public_data.promise_set.pk]


def test_every_kommun_is_listed_by_code_and_can_be_narrowed_to_those_with_promises(
    client: Client, public_data: PublicData
) -> None:
    everything = get(client, "/api/v1/municipalities", limit=1000)
    assert everything["count"] == 290
    codes = [m["code"] for m in everything["results"]]
    assert codes == sorted(codes)
    with_promises = get(client, "/api/v1/municipalities", has_promises="true")
    assert [m["code"] for m in with_promises["results"]] == ["2560"]
    assert get(client, "/api/v1/municipalities", county="25")["count"] == 14


@pytest.fixture
def three_kommuner(public_data: PublicData) -> None:
    """Älvsbyn (2023–2025, drugs), Umeå (2021–2022, traffic) and Strömsund (2023–, traffic)."""
    for code, start, end in [("2480", 2021, 2022), ("2313", 2023, None)]:
        promise_set = PromiseSetFactory(
            municipalities=[municipality(code)],
            period_start=date(start, 1, 1),
            period_end=date(end, 12, 31) if end else None,
            publish=True,
        )
        promise = PromiseFactory(promise_set=promise_set, by_police=False, with_others=True)
        PromiseTheme.objects.create(promise=promise, theme="traffic")
        CommitmentFactory(promise=promise, party="others")


@pytest.mark.parametrize(
    "url, params, expected",
    [
        ("/api/v1/promise-sets", {}, ["2560", "2480", "2313"]),
        ("/api/v1/promise-sets", {"municipality": "2480"}, ["2480"]),
        ("/api/v1/promise-sets", {"county": "23"}, ["2313"]),
        ("/api/v1/promise-sets", {"theme": "traffic"}, ["2480", "2313"]),
        ("/api/v1/promise-sets", {"in_force": "true"}, ["2560", "2313"]),
        ("/api/v1/promise-sets", {"in_force": "false"}, ["2480"]),
        ("/api/v1/promise-sets", {"year": "2021"}, ["2480"]),
        ("/api/v1/promise-sets", {"year": "2030"}, ["2313"]),
        ("/api/v1/promise-sets", {"status": "superseded"}, []),
        ("/api/v1/promise-sets", {"status": "published"}, ["2560", "2480", "2313"]),
        ("/api/v1/promises", {"status": "published", "municipality": "2480"}, ["2480"]),
        ("/api/v1/promises", {"party": "others"}, ["2480", "2313"]),
        ("/api/v1/promises", {"party": "municipality"}, ["2560"]),
        ("/api/v1/promises", {"theme": "drugs", "county": "25"}, ["2560"]),
        ("/api/v1/commitments", {"party": "others", "in_force": "true"}, ["2313"]),
        ("/api/v1/commitments", {"year": "2022"}, ["2480"]),
        ("/api/v1/activities", {"theme": "drugs", "year": "2024"}, ["2560"]),
        ("/api/v1/activities", {"year": "2023"}, []),
        ("/api/v1/follow-up-rounds", {"year": "2024", "municipality": "2560"}, ["2560"]),
        ("/api/v1/follow-up-rounds", {"county": "24"}, []),
        ("/api/v1/commitments", {"theme": "traffic"}, ["2480", "2313"]),
        ("/api/v1/activities", {"party": "police"}, ["2560"]),
        ("/api/v1/activities", {"party": "municipality"}, []),
        ("/api/v1/follow-up-rounds", {"year": "2023"}, []),  # the set's year, not the round's
        ("/api/v1/follow-up-rounds", {"year": "2025"}, []),
    ],
)
def test_lists_are_narrowed_by_their_filters(
    client: Client, three_kommuner: None, url: str, params: dict[str, str], expected: list[str]
) -> None:
    results = get(client, url, **params)["results"]
    assert [item["municipalities"][0]["code"] for item in results] == expected


def test_filters_by_promise_set_and_promise(client: Client, public_data: PublicData) -> None:
    other = PromiseFactory(promise_set=public_data.promise_set)
    CommitmentFactory(promise=other)
    set_id = public_data.promise_set.pk
    assert get(client, "/api/v1/promises", promise_set=set_id)["count"] == 2
    assert get(client, "/api/v1/promises", promise_set=set_id + 100)["count"] == 0
    assert get(client, "/api/v1/commitments", promise=other.pk)["count"] == 1
    commitment = public_data.promise.commitments.get()
    assert get(client, "/api/v1/activities", commitment=commitment.pk)["count"] == 1


def test_pages_link_to_the_next_and_previous_page_keeping_the_filters(
    client: Client, public_data: PublicData
) -> None:
    first = get(client, "/api/v1/municipalities", county="25", limit=5)
    assert first["count"] == 14
    assert len(first["results"]) == 5
    assert first["previous"] is None
    assert first["next"] == "http://testserver/api/v1/municipalities?county=25&limit=5&offset=5"
    second = client.get(first["next"]).json()
    assert second["previous"] == (
        "http://testserver/api/v1/municipalities?county=25&limit=5&offset=0"
    )
    last = client.get(second["next"]).json()
    assert len(last["results"]) == 4
    assert last["next"] is None
    seen = [m["code"] for page in (first, second, last) for m in page["results"]]
    assert len(set(seen)) == 14


def test_a_page_holds_at_most_a_thousand(client: Client) -> None:
    response = client.get("/api/v1/municipalities", {"limit": 1001})
    assert response.status_code == 422
    assert response.json() == {
        "detail": "Frågan har ogiltiga parametrar.",
        "errors": [{"parameter": "limit", "message": "Får vara högst 1000."}],
    }


@pytest.mark.parametrize(
    "url, parameter",
    [
        ("/api/v1/promises?theme=fotboll", "theme"),
        ("/api/v1/promise-sets?municipality=Älvsbyn", "municipality"),
        ("/api/v1/promise-sets?in_force=kanske", "in_force"),
        ("/api/v1/activities?year=tjugo", "year"),
        ("/api/v1/municipalities/25", "id"),
        ("/api/v1/promises/noll", "id"),
    ],
)
def test_bad_parameters_are_refused_in_swedish(client: Client, url: str, parameter: str) -> None:
    response = client.get(url)
    assert response.status_code == 422
    body = response.json()
    assert body["detail"] == "Frågan har ogiltiga parametrar."
    assert [error["parameter"] for error in body["errors"]] == [parameter]


def test_a_value_outside_a_list_is_told_which_values_there_are(client: Client) -> None:
    (error,) = client.get("/api/v1/promise-sets?status=draft").json()["errors"]
    assert error == {
        "parameter": "status",
        "message": "Ska vara ett av 'published' eller 'superseded'.",
    }


def test_something_that_is_not_there_is_not_found_in_swedish(client: Client) -> None:
    response = client.get("/api/v1/promise-sets/12345")
    assert response.status_code == 404
    assert response.json() == {"detail": "Det finns ingen publicerad post med det id:t."}


def test_the_openapi_document_describes_every_route_without_a_docs_page_from_a_cdn(
    client: Client,
) -> None:
    response = client.get("/api/v1/openapi.json")
    spec = response.json()
    for name in ["municipalities", "promise-sets", "promises", "commitments"]:
        assert f"/api/v1/{name}" in spec["paths"]
        assert f"/api/v1/{name}.csv" in spec["paths"]
    assert "/api/v1/municipalities/{id}" in spec["paths"]
    assert "/api/v1/follow-up-rounds/{id}" in spec["paths"]
    assert client.get("/api/v1/docs").status_code == 404


@pytest.mark.parametrize(
    "resource", ["promise-sets", "promises", "commitments", "activities", "follow-up-rounds"]
)
def test_each_published_record_is_found_by_its_own_id_among_several(
    client: Client, three_kommuner: None, resource: str
) -> None:
    listed = get(client, f"/api/v1/{resource}")["results"]
    for item in listed:
        detail = get(client, f"/api/v1/{resource}/{item['id']}")
        assert detail["id"] == item["id"]
        assert detail["municipalities"] == item["municipalities"]


@pytest.mark.parametrize(
    "start, end, found_in",
    [
        (date(2020, 6, 1), date(2022, 1, 1), 2022),  # ends on the year's first day
        (date(2022, 12, 31), None, 2022),  # starts on the year's last day
    ],
)
def test_a_period_touching_a_year_by_one_day_covers_that_year(
    client: Client, public_data: PublicData, start: date, end: date | None, found_in: int
) -> None:
    PromiseSetFactory(
        municipalities=[municipality("2480")], period_start=start, period_end=end, publish=True
    )
    found = get(client, "/api/v1/promise-sets", year=found_in)["results"]
    assert [s["municipalities"][0]["code"] for s in found] == ["2480"]


def test_details_list_their_parts_in_the_documents_order(
    client: Client, public_data: PublicData
) -> None:
    promise, follow_up_round = public_data.promise, public_data.round
    (first,) = promise.commitments.all()
    later = CommitmentFactory(promise=promise, what="Föräldravandring", position=0)
    first.position = 1
    first.save()
    other = PromiseFactory(promise_set=public_data.promise_set, text="Kommunen lovar belysning.")
    Outcome.objects.create(promise=other, follow_up_round=follow_up_round, kind="done", position=0)
    Outcome.objects.filter(promise=promise).update(position=3)
    Outcome.objects.create(
        promise=promise, follow_up_round=follow_up_round, kind="partly", position=1
    )

    commitments = get(client, f"/api/v1/promises/{promise.pk}")["commitments"]
    assert [c["id"] for c in commitments] == [later.pk, first.pk]
    outcomes = get(client, f"/api/v1/follow-up-rounds/{follow_up_round.pk}")["outcomes"]
    assert [(o["promise_id"], o["kind"]) for o in outcomes] == [
        (promise.pk, "partly"),
        (promise.pk, "done"),
        (other.pk, "done"),
    ]


def test_a_kommun_in_detail_lists_its_police_areas_by_name_and_its_sets_in_order(
    client: Client,
) -> None:
    sets = [
        PromiseSetFactory(
            municipalities=[municipality("1480")],
            period_start=date(year, 1, 1),
            period_end=date(year, 12, 31),
            publish=True,
        )
        for year in (2021, 2022)
    ]
    # Registered after the others, first by name
    PoliceAreaCoverage.objects.create(
        police_area=PoliceArea.objects.create(name="Angered", level=PoliceArea.Level.LOCAL),
        municipality=municipality("1480"),
        verified=True,
    )
    detail = get(client, "/api/v1/municipalities/1480")
    names = [area["name"] for area in detail["police_areas"]]
    assert names[0] == "Lokalpolisområde Angered" and names == sorted(names)
    assert [s["id"] for s in detail["promise_sets"]] == [s.pk for s in sets]


def test_a_kommun_with_only_a_draft_is_one_without_promises(
    client: Client, public_data: PublicData
) -> None:
    PromiseSetFactory(municipalities=[municipality("2480")])  # a draft
    without = get(client, "/api/v1/municipalities", has_promises="false", limit=1000)
    assert without["count"] == 289
    assert "2480" in [m["code"] for m in without["results"]]
    (umea,) = [m for m in without["results"] if m["code"] == "2480"]
    assert umea["promise_set_count"] == 0


def test_a_list_tells_whether_each_set_is_in_force(client: Client, three_kommuner: None) -> None:
    listed = get(client, "/api/v1/promise-sets")["results"]
    assert {s["municipalities"][0]["code"]: s["in_force"] for s in listed} == {
        "2560": True,
        "2480": False,
        "2313": True,
    }


def test_an_activity_names_its_commitments_in_order(
    client: Client, public_data: PublicData
) -> None:
    (first,) = public_data.promise.commitments.all()
    earlier_in_the_document = CommitmentFactory(promise=public_data.promise, position=0)
    first.position = 1
    first.save()
    public_data.activity.commitments.add(
        earlier_in_the_document, through_defaults={"date": public_data.activity.date}
    )
    (activity,) = get(client, "/api/v1/activities")["results"]
    assert activity["commitment_ids"] == sorted([first.pk, earlier_in_the_document.pk])

"""Writing a draft through the workspace forms, with Swedish messages for bad input."""

from datetime import date
from decimal import Decimal

import pytest
from django.test import Client

from loften.promises.models import Commitment, FocusArea, Promise, PromiseSet, Target
from tests.factories import member, municipality
from tests.workspace.conftest import (
    ALVSBYN,
    UMEA,
    commitment_of,
    page,
    police_promise,
    signed_in,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(client: Client) -> Client:
    signed_in(client, ALVSBYN, "coordinator")
    return client


def test_a_coordinator_creates_a_draft_from_scratch(coordinator: Client) -> None:
    response = coordinator.post(
        "/arbetsyta/nytt/",
        {
            "title": "Medborgarlöften Älvsbyn 2026",
            "municipality": municipality("2560").pk,
            "period_start": "2026-01-01",
            "period_end": "2026-12-31",
            "until_replaced": "on",
            "follow_up_cadence": "twice_yearly",
            "report_to": "BRÅ i Älvsbyn\n\n  Kommunstyrelsen  ",
        },
    )
    promise_set = PromiseSet.objects.get()
    assert response["Location"] == f"/arbetsyta/{promise_set.pk}/"
    assert (promise_set.status, promise_set.period_label, promise_set.until_replaced) == (
        "draft",
        "2026",
        True,
    )
    assert promise_set.report_to == ["BRÅ i Älvsbyn", "Kommunstyrelsen"]
    shown = page(coordinator, response["Location"])
    assert "Lokalpolisområde Piteå älvdal" in shown
    assert "Nästa steg:</span> Lägg till löften." in shown


def test_a_new_draft_needs_a_title_and_a_period_in_order(coordinator: Client) -> None:
    response = coordinator.post(
        "/arbetsyta/nytt/",
        {
            "municipality": municipality("2560").pk,
            "period_start": "2026-01-01",
            "period_end": "2025-12-31",
        },
    )
    assert response.status_code == 400
    content = response.content.decode()
    assert "Detta fält måste fyllas i." in content
    assert "Slutdatumet kan inte ligga före startdatumet." in content
    assert not PromiseSet.objects.exists()


def test_the_kommun_is_chosen_among_the_users_own(client: Client) -> None:
    signed_in(client, ALVSBYN, "coordinator")
    form = page(client, "/arbetsyta/nytt/")
    assert "Älvsbyn</option>" in form
    assert "Umeå</option>" not in form


def test_the_drafts_own_fields_and_parties_are_edited(
    coordinator: Client, draft: PromiseSet
) -> None:
    response = coordinator.post(
        f"/arbetsyta/{draft.pk}/uppgifter/",
        {
            "title": "Trygga Älvsbyn 2026–2028",
            "period_start": "2026-01-01",
            "period_end": "2028-12-31",
            "follow_up_cadence": "yearly",
            "report_to": "BRÅ",
            "signed_place": "Älvsbyn",
        },
    )
    assert response["Location"] == f"/arbetsyta/{draft.pk}/"
    draft.refresh_from_db()
    assert (draft.title, draft.follow_up_cadence, draft.signed_place) == (
        "Trygga Älvsbyn 2026–2028",
        "yearly",
        "Älvsbyn",
    )
    assert not draft.police_areas.exists()  # the box was left unticked


def test_focus_areas_are_added_renamed_ordered_and_removed(
    coordinator: Client, draft: PromiseSet
) -> None:
    base = f"/arbetsyta/{draft.pk}/inriktningar/"
    coordinator.post(f"{base}ny/", {"title": "Narkotika"})
    first, added = list(draft.focus_areas.all())
    assert added.title == "Narkotika"
    coordinator.post(f"{base}{added.pk}/", {"title": "Narkotika och alkohol"})
    coordinator.post(f"{base}{added.pk}/flytta/", {"direction": "up"})
    assert [a.title for a in draft.focus_areas.all()] == ["Narkotika och alkohol", first.title]
    assert "Löftena under inriktningen blir kvar" in page(coordinator, f"{base}{first.pk}/ta-bort/")
    coordinator.post(f"{base}{first.pk}/ta-bort/")
    assert list(draft.focus_areas.all()) == [added]
    assert draft.promises.filter(focus_area__isnull=True).count() == 2


def test_an_empty_focus_area_name_is_refused(coordinator: Client, draft: PromiseSet) -> None:
    response = coordinator.post(f"/arbetsyta/{draft.pk}/inriktningar/ny/", {"title": " "})
    assert response.status_code == 400
    assert "Detta fält måste fyllas i." in response.content.decode()
    assert draft.focus_areas.count() == 1


def test_a_promise_is_written_with_its_parties_themes_and_focus_area(
    coordinator: Client, draft: PromiseSet
) -> None:
    area = draft.focus_areas.get()
    form = page(coordinator, f"/arbetsyta/{draft.pk}/loften/nytt/?inriktning={area.pk}")
    assert f'<option value="{area.pk}" selected>' in form
    coordinator.post(
        f"/arbetsyta/{draft.pk}/loften/nytt/",
        {
            "text": "Polis och kommun genomför trygghetsvandringar.",
            "focus_area": area.pk,
            "parties": ["police", "municipality"],
            "themes": ["public_space_safety", "youth"],
        },
    )
    promise = draft.promises.get(text__startswith="Polis och kommun")
    assert promise.parties == ["police", "municipality"]
    assert [t.theme for t in promise.themes.all()] == ["public_space_safety", "youth"]
    assert promise.focus_area == area
    assert list(draft.promises.values_list("position", flat=True)) == [0, 1, 2]


def test_a_promise_needs_someone_who_makes_it(coordinator: Client, draft: PromiseSet) -> None:
    response = coordinator.post(f"/arbetsyta/{draft.pk}/loften/nytt/", {"text": "Något."})
    assert response.status_code == 400
    assert "Ange vem som lovar." in response.content.decode()
    assert draft.promises.count() == 2


def test_promises_are_reordered_and_removed(coordinator: Client, draft: PromiseSet) -> None:
    police = police_promise(draft)
    coordinator.post(f"/arbetsyta/{draft.pk}/loften/{police.pk}/flytta/", {"direction": "down"})
    assert draft.promises.order_by("position").last() == police
    coordinator.post(f"/arbetsyta/{draft.pk}/loften/{police.pk}/ta-bort/")
    assert not Promise.objects.filter(pk=police.pk).exists()
    assert not Commitment.objects.exists()


def test_a_commitment_is_written_with_its_schedule_and_season_topics(
    coordinator: Client, draft: PromiseSet
) -> None:
    police = police_promise(draft)
    responsible = member("Lokalpolisområde Piteå älvdal", "editor")
    response = coordinator.post(
        f"/arbetsyta/{draft.pk}/loften/{police.pk}/ataganden/nytt/",
        {
            "party": "joint",
            "what": "Föräldramöte om droger",
            "count": "2",
            "at_least": "on",
            "per": "year",
            "seasons": ["spring", "autumn"],
            "topic_spring": "Alkohol inför sommaren",
            "topic_autumn": "",
            "target_group": "Föräldrar i årskurs 7",
            "responsible": "Kommunpolisen",
            "responsible_user": responsible.pk,
            "due_date": "2026-11-30",
        },
    )
    assert response["Location"] == f"/arbetsyta/{draft.pk}/loften/{police.pk}/"
    commitment = police.commitments.get(what="Föräldramöte om droger")
    assert commitment.schedule_label == "minst 2 gånger per år (vår, höst)"
    assert commitment.season_topics == {"spring": "Alkohol inför sommaren"}
    assert (commitment.responsible_user, commitment.due_date) == (responsible, date(2026, 11, 30))
    assert commitment.position == 1
    assert "Vår: Alkohol inför sommaren" in page(coordinator, response["Location"])


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"topic_winter": "Mörker"}, "Kryssa i vinter under Årstider, eller töm fältet."),
        ({"at_least": "on", "count": ""}, "Ange antal gånger när du kryssar i ”minst”."),
        ({"per": ""}, "Ange hur ofta: per år, halvår, årstid eller månad, eller under perioden."),
        ({"count": "0"}, "Kontrollera att detta värde är större än eller lika med 1."),
        ({"due_date": "30/11"}, "Fyll i ett giltigt datum."),
        ({"party": ""}, "Detta fält måste fyllas i."),
    ],
)
def test_a_commitment_that_cannot_be_followed_up_is_refused_in_swedish(
    coordinator: Client, draft: PromiseSet, fields: dict[str, str], message: str
) -> None:
    police = police_promise(draft)
    data = {"party": "police", "what": "Hundsök", "count": "2", "per": "year", **fields}
    response = coordinator.post(f"/arbetsyta/{draft.pk}/loften/{police.pk}/ataganden/nytt/", data)
    assert response.status_code == 400
    assert "Det sparades inte. Rätta det som är markerat nedan." in response.content.decode()
    assert message in response.content.decode()
    assert police.commitments.count() == 1


def test_the_responsible_person_is_one_of_the_sets_parties(
    coordinator: Client, draft: PromiseSet
) -> None:
    stranger = member(UMEA, "coordinator")
    commitment = commitment_of(draft)
    url = f"/arbetsyta/{draft.pk}/loften/{commitment.promise_id}/ataganden/{commitment.pk}/"
    assert stranger.username not in page(coordinator, url)
    response = coordinator.post(
        url, {"party": "police", "what": "Hundsök", "responsible_user": stranger.pk}
    )
    assert response.status_code == 400
    assert "Välj ett giltigt alternativ" in response.content.decode()
    commitment.refresh_from_db()
    assert commitment.responsible_user is None


def test_commitments_are_reordered_edited_and_removed(
    coordinator: Client, draft: PromiseSet
) -> None:
    police = police_promise(draft)
    first = commitment_of(draft)
    second = Commitment.objects.create(promise=police, party="police", what="Andra", position=1)
    base = f"/arbetsyta/{draft.pk}/loften/{police.pk}/ataganden/"
    coordinator.post(f"{base}{second.pk}/flytta/", {"direction": "up"})
    assert list(police.commitments.all()) == [second, first]
    coordinator.post(f"{base}{first.pk}/", {"party": "municipality", "what": "Ändrad"})
    first.refresh_from_db()
    assert (first.party, first.what, first.count, first.position) == (
        "municipality",
        "Ändrad",
        None,
        1,
    )
    coordinator.post(f"{base}{first.pk}/ta-bort/")
    assert list(police.commitments.all()) == [second]


def test_a_target_takes_swedish_decimals_and_stores_a_decrease_as_negative(
    coordinator: Client, draft: PromiseSet
) -> None:
    police = police_promise(draft)
    coordinator.post(
        f"/arbetsyta/{draft.pk}/loften/{police.pk}/mal/nytt/",
        {
            "indicator": "Bedrägeribrott",
            "direction": "decrease",
            "change_size": "12,5",
            "baseline_value": "163",
            "baseline_year": "2019",
            "baseline_text": "163 bedrägeribrott 2019",
            "deadline": "2028-12-31",
            "data_source": "Lägesbild 2020",
        },
    )
    target = Target.objects.get(indicator="Bedrägeribrott")
    assert (target.promise, target.change_percent, target.baseline_value) == (
        police,
        Decimal("-12.5"),
        Decimal(163),
    )
    form = page(coordinator, f"/arbetsyta/{draft.pk}/loften/{police.pk}/mal/{target.pk}/")
    assert 'name="change_size" value="12,5"' in form
    assert 'name="baseline_value" value="163"' in form


@pytest.mark.parametrize(
    "fields, message",
    [
        ({}, "Ange vart indikatorn ska: om den ska öka eller minska"),
        ({"change_size": "10"}, "Ange om indikatorn ska öka eller minska."),
        ({"direction": "increase", "baseline_year": "19"}, "större än eller lika med 1900"),
    ],
)
def test_a_target_without_a_goal_is_refused_in_swedish(
    coordinator: Client, draft: PromiseSet, fields: dict[str, str], message: str
) -> None:
    response = coordinator.post(
        f"/arbetsyta/{draft.pk}/mal/nytt/", {"indicator": "Trygghet", **fields}
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Target.objects.count() == 2


def test_a_set_target_is_edited_and_removed(coordinator: Client, draft: PromiseSet) -> None:
    target = draft.targets.get(promise__isnull=True)
    coordinator.post(
        f"/arbetsyta/{draft.pk}/mal/{target.pk}/",
        {"indicator": "Andel trygga", "direction": "increase", "target_value": "80"},
    )
    target.refresh_from_db()
    assert (target.indicator, target.target_value, target.change_percent) == (
        "Andel trygga",
        Decimal(80),
        None,
    )
    coordinator.post(f"/arbetsyta/{draft.pk}/mal/{target.pk}/ta-bort/")
    assert not Target.objects.filter(pk=target.pk).exists()


def test_of_two_set_targets_the_one_asked_for_is_edited(
    coordinator: Client, draft: PromiseSet
) -> None:
    first = draft.targets.get(promise__isnull=True)
    second = Target.objects.create(
        promise_set=draft, indicator="Nöjda invånare", direction="increase", target_value=70
    )

    form = coordinator.get(f"/arbetsyta/{draft.pk}/mal/{second.pk}/").content.decode()
    coordinator.post(
        f"/arbetsyta/{draft.pk}/mal/{second.pk}/",
        {"indicator": "Nöjdare invånare", "direction": "increase", "target_value": "75"},
    )

    assert 'value="Nöjda invånare"' in form
    second.refresh_from_db()
    assert (second.indicator, second.target_value) == ("Nöjdare invånare", Decimal(75))
    assert Target.objects.get(pk=first.pk).indicator == first.indicator


def test_a_set_waiting_for_signing_is_not_offered_for_editing(
    coordinator: Client, draft: PromiseSet
) -> None:
    draft.status = PromiseSet.Status.FOR_SIGNING
    draft.save()
    police = police_promise(draft)
    response = coordinator.get(f"/arbetsyta/{draft.pk}/loften/{police.pk}/", follow=True)
    assert "Dra tillbaka det från underskrift först." in response.content.decode()
    coordinator.post(
        f"/arbetsyta/{draft.pk}/loften/{police.pk}/", {"text": "Ändrat", "parties": ["police"]}
    )
    coordinator.post(f"/arbetsyta/{draft.pk}/inriktningar/ny/", {"title": "Ny"})
    coordinator.post(f"/arbetsyta/{draft.pk}/loften/{police.pk}/flytta/", {"direction": "down"})
    police.refresh_from_db()
    assert (police.text, police.position) == ("Polisen övervakar trafiken vid skolorna.", 0)
    assert FocusArea.objects.count() == 1
    shown = page(coordinator, f"/arbetsyta/{draft.pk}/")
    assert "Ändra löftet" not in shown
    assert "Dra tillbaka till utkast" in shown


def test_the_forms_speak_swedish_and_fit_a_phone(coordinator: Client, draft: PromiseSet) -> None:
    police = police_promise(draft)
    form = page(coordinator, f"/arbetsyta/{draft.pk}/loften/{police.pk}/ataganden/nytt/")
    assert '<html lang="sv">' in form
    assert 'name="viewport" content="width=device-width, initial-scale=1"' in form
    assert '<input type="date" name="due_date"' in form
    assert "<legend>Årstider:</legend>" in form
    assert "<script" not in form

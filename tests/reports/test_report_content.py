"""What the report says, before any format: per focus area and promise, done, not done, targets."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from loften.promises.models import PromiseSet
from loften.reports.content import report_for_promise_set, report_for_round
from tests.factories import (
    ActivityFactory,
    CommitmentFactory,
    FocusAreaFactory,
    MeasurementFactory,
    OutcomeFactory,
    PromiseFactory,
    TargetFactory,
)
from tests.reports.conftest import FollowedUp

pytestmark = pytest.mark.django_db


def test_the_period_report_follows_the_structure_of_a_follow_up_document(
    stromsund: FollowedUp,
) -> None:
    report = report_for_promise_set(stromsund.promise_set, on=date(2022, 3, 1), public=False)

    assert report.title == "Så gick det med medborgarlöftena 2019–2021"
    assert report.status_on == date(2021, 12, 31)
    assert report.municipalities == ("Strömsunds kommun",)
    assert report.police_areas == ("Lokalpolisområde Jämtland Härjedalen",)
    assert [area.title for area in report.focus_areas] == [
        "Trafiksäkerhet",
        "Ungdomar och ANDTS",
        "Bedrägerier",
    ]
    traffic, youth, fraud = report.promises
    assert traffic.parties == ("Polisen", "Kommunen")
    assert [c.text for c in traffic.commitments] == [
        "1.1 Polisen: Informationskampanj om trafiksäkerhet (1 gång per år). "
        "Uppfyllt: 1 av 1 tillfälle"
    ]
    assert [p.number for p in report.promises] == [1, 2, 3]
    assert [c.status for c in youth.commitments] == [
        "Inte uppfyllt: 0 av 2 tillfällen (vår missad, höst missad)"
    ]
    assert youth.progress_label == "1 åtagande: 1 inte uppfyllt."
    assert fraud.progress_label == "Inga åtaganden med tidsplan."
    assert traffic.done == ("Polisen har genomfört informationskampanjer om trafiksäkerhet.",)
    assert [(item.text, item.reason) for item in traffic.not_done] == [
        ("Informationsinsatsen om A-traktorer på föräldramöten har inte genomförts.", "pandemin")
    ]
    (dog_search,) = youth.commitments
    assert [a.text for a in dog_search.activities.latest] == [
        "10 mars 2020: Narkotikahund i högstadieskolorna (antal: 3), "
        "Lokalpolisområde Jämtland Härjedalen"
    ]
    assert dog_search.activities.label == "1 aktivitet registrerad (antal sammanlagt: 3)."
    assert [a.done_by for a in traffic.commitments[0].activities.latest] == ["Strömsunds kommun"]
    assert [a.description for a in report.other_activities.latest] == [
        "Utbildningsdag för chefer och politiker om brottsförebyggande arbete"
    ]
    (target,) = fraud.targets
    assert target.baseline == "163 (2019)"
    assert target.goal == "minska med 10 procent fram till 2021, till högst 146,7"
    assert target.latest_label == "139 (30 juni 2021, BRÅ 2021), målet är nått"
    assert report.file_stem == "sa-gick-det-stromsund-2019-2021"


def test_a_round_report_keeps_to_what_happened_in_the_round(stromsund: FollowedUp) -> None:
    report = report_for_round(stromsund.first_round, on=date(2022, 3, 1), public=False)

    assert report.title == "Så gick det: uppföljning 2 av medborgarlöftena 2019–2021"
    assert report.covers == "1 januari 2020 – 31 december 2020"
    assert report.status_on == date(2020, 12, 31)
    assert report.summary == "Ett år präglat av pandemin."
    traffic, youth, fraud = report.promises
    assert traffic.commitments[0].activities.count == 0
    assert (traffic.done, traffic.not_done) == ((), ())
    assert youth.done == ("Alla högstadieskolor har kontrakt om narkotikahund i skolan.",)
    assert [c.status for c in youth.commitments] == [
        "Försenat: 1 av 2 tillfällen (vår klar, höst missad)"
    ]
    assert [item.text for item in youth.not_done] == ["Blås Grönt-kampanjen har inte genomförts."]
    assert [a.description for a in youth.commitments[0].activities.latest] == [
        "Narkotikahund i högstadieskolorna"
    ]
    assert report.other_activities.count == 0
    assert fraud.targets[0].latest_label == "150 (30 juni 2020, BRÅ 2020), målet är inte nått"
    assert report.file_stem == "sa-gick-det-stromsund-2019-2021-uppfoljning-2"


def test_a_report_on_an_earlier_day_leaves_out_what_came_later(stromsund: FollowedUp) -> None:
    report = report_for_promise_set(stromsund.promise_set, on=date(2020, 12, 31), public=False)

    traffic, _, fraud = report.promises
    assert traffic.commitments[0].activities.count == 0
    assert traffic.not_done == ()
    assert report.other_activities.count == 0
    assert fraud.targets[0].latest is not None
    assert fraud.targets[0].latest.value == 150


def test_a_not_done_item_reads_as_a_sentence_with_its_reason(stromsund: FollowedUp) -> None:
    OutcomeFactory(promise=stromsund.fraud, kind="not_done", text="krogtillsyner")
    report = report_for_promise_set(stromsund.promise_set, on=date(2022, 3, 1), public=False)

    (item,) = report.promises[2].not_done
    assert item.text_with_reason == "Krogtillsyner. Skäl: inget skäl angivet."


def test_a_target_without_values_says_so(stromsund: FollowedUp) -> None:
    TargetFactory(
        promise=stromsund.youth,
        indicator="Andel elever i årskurs 9 som vill prova narkotika",
        baseline_text="13 procent enligt CAN-rapporten 2019",
        data_source="CAN:s rapport 2023",
    )
    report = report_for_promise_set(stromsund.promise_set, on=date(2022, 3, 1), public=False)

    (target,) = report.promises[1].targets
    assert target.baseline == "13 procent enligt CAN-rapporten 2019"
    assert target.goal == "minska"
    assert target.latest_label == "inget värde inlagt"


def test_building_a_report_takes_the_same_queries_however_much_it_holds(
    stromsund: FollowedUp,
) -> None:
    def queries() -> int:
        promise_set = PromiseSet.objects.get(pk=stromsund.promise_set.pk)
        with CaptureQueriesContext(connection) as captured:
            report_for_promise_set(promise_set, on=date(2022, 3, 1), public=False)
        return len(captured)

    before = queries()
    for _ in range(3):
        promise = PromiseFactory(
            promise_set=stromsund.promise_set,
            focus_area=FocusAreaFactory(promise_set=stromsund.promise_set),
        )
        commitment = CommitmentFactory(promise=promise)
        ActivityFactory(promise_set=stromsund.promise_set, commitments=[commitment])
        OutcomeFactory(promise=promise, kind="not_done", reason="resurser")
        MeasurementFactory(target=TargetFactory(promise=promise))

    assert queries() == before

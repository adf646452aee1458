"""Data for the open data tests: what the public may see, and what it never may."""

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.utils import timezone
from time_machine import TimeMachineFixture

from loften.assessments.services import assessment_draft, assessment_texts_save
from loften.followup.models import (
    Activity,
    ActivityAttachment,
    FollowUpRound,
    Measurement,
    Outcome,
)
from loften.promises.models import (
    Contact,
    FocusArea,
    Promise,
    PromiseSet,
    PromiseTheme,
    Signatory,
    Target,
)
from loften.promises.publishing import promise_set_publish
from loften.registry.models import Organisation
from tests.factories import CommitmentFactory, PromiseFactory, PromiseSetFactory, municipality

# Words that only unpublished data (or data the public may never see) contains.
SECRET = "HEMLIGT"
EDITOR_NAME = "anna.andersson"
EDITOR_EMAIL = "anna.andersson@alvsbyn.se"
ATTACHMENT_NAME = "kvitto-bilaga.pdf"


@pytest.fixture(autouse=True)
def _today(time_machine: TimeMachineFixture) -> None:
    time_machine.move_to(datetime(2024, 6, 30, 12, tzinfo=UTC))


@dataclass(frozen=True)
class PublicData:
    promise_set: PromiseSet
    promise: Promise
    round: FollowUpRound
    activity: Activity


@dataclass(frozen=True)
class HiddenData:
    """Ids that must never be found, by resource name of the API."""

    ids: dict[str, list[int]]
    draft: PromiseSet
    for_signing: PromiseSet


def _contents(promise_set: PromiseSet, words: str, editor: User, round_published: bool) -> dict:
    """A promise with a theme, a commitment, a target, an activity and a follow-up round."""
    focus_area = FocusArea.objects.create(promise_set=promise_set, title=f"Trygghet {words}")
    promise = PromiseFactory(
        promise_set=promise_set,
        focus_area=focus_area,
        text=f"Polisen lovar hundsök i skolan {words}.",
        by_municipality=True,
    )
    PromiseTheme.objects.create(promise=promise, theme="drugs")
    commitment = CommitmentFactory(
        promise=promise,
        what=f"Hundsök i skolan {words}",
        seasons=["spring", "autumn"],
        season_topics={"spring": "narkotika", "autumn": "alkohol"},
        responsible="Kommunpolis Per Persson",
        responsible_user=editor,
    )
    target = Target.objects.create(
        promise_set=promise_set,
        promise=promise,
        indicator=f"Andel elever som provat narkotika {words}",
        direction="decrease",
        baseline_value=Decimal("13.00"),
        baseline_year=2022,
        change_percent=Decimal("-10.00"),
    )
    Measurement.objects.create(
        target=target, value=Decimal("12.50"), measured_on=date(2024, 3, 1), source="CAN"
    )
    activity = Activity.objects.create(
        promise_set=promise_set,
        party="police",
        organisation=Organisation.objects.get(name="Lokalpolisområde Piteå älvdal"),
        date=date(2024, 4, 2),
        description=f"Hundsök på Vistträskskolan {words}",
        quantity=2,
        created_by=editor,
    )
    activity.commitments.add(commitment, through_defaults={"date": activity.date})
    ActivityAttachment.objects.create(
        activity=activity,
        filename=ATTACHMENT_NAME,
        content_type="application/pdf",
        size=3,
        content=b"pdf",
    )
    # Publishing creates a set's rounds; a draft has none yet.
    follow_up_round, _ = FollowUpRound.objects.update_or_create(
        promise_set=promise_set,
        number=1,
        defaults={
            "covers_from": date(2024, 1, 1),
            "covers_until": date(2024, 6, 30),
            "due_date": date(2024, 8, 31),
            "summary": f"Våren gick enligt plan {words}.",
            "published_at": timezone.now() if round_published else None,
        },
    )
    Outcome.objects.create(
        promise=promise,
        commitment=commitment,
        follow_up_round=follow_up_round,
        kind="done",
        text=f"Två hundsök genomfördes {words}.",
    )
    Contact.objects.create(
        promise_set=promise_set,
        organisation_name=f"Trygghetsenheten {words}",
        title="Trygghetssamordnare",
        phone="0929-170 00",
    )
    return {
        "promise-sets": promise_set.pk,
        "promises": promise.pk,
        "commitments": commitment.pk,
        "activities": activity.pk,
        "follow-up-rounds": follow_up_round.pk,
        "promise": promise,
        "round": follow_up_round,
        "activity": activity,
    }


@pytest.fixture
def editor() -> User:
    return User.objects.create_user(
        username=EDITOR_NAME, email=EDITOR_EMAIL, password="ett långt lösenord"
    )


@pytest.fixture
def public_data(db: None, editor: User) -> PublicData:
    """Älvsbyn's published set 2023–2025, with everything that belongs to it."""
    promise_set = PromiseSetFactory(
        title="Medborgarlöfte Älvsbyn 2023–2025",
        until_replaced=True,
        signed_on=date(2023, 3, 1),
        follow_up_cadence="twice_yearly",
    )
    promise_set.police_areas.set(municipality("2560").police_areas.all())
    Signatory.objects.create(promise_set=promise_set, name="Eva Ek", title="Kommunstyrelsens ordf.")
    contents = _contents(promise_set, "i Älvsbyn", editor, round_published=True)
    promise_set_publish(promise_set=promise_set, acting_user=None)
    return PublicData(promise_set, contents["promise"], contents["round"], contents["activity"])


@pytest.fixture
def hidden_data(public_data: PublicData, editor: User) -> HiddenData:
    """A draft for Älvsbyn's next period, a set for signing in Umeå, and an unpublished round."""
    draft = PromiseSetFactory(
        title=f"{SECRET} utkast Älvsbyn 2026",
        period_start=date(2026, 1, 1),
        period_end=None,
        based_on=public_data.promise_set,
    )
    for_signing = PromiseSetFactory(
        title=f"{SECRET} för underskrift Umeå",
        municipalities=[municipality("2480")],
        status=PromiseSet.Status.FOR_SIGNING,
    )
    found = [
        _contents(draft, f"{SECRET} utkast", editor, round_published=True),
        _contents(for_signing, f"{SECRET} underskrift", editor, round_published=True),
    ]
    unpublished_round, _ = FollowUpRound.objects.update_or_create(
        promise_set=public_data.promise_set,
        number=2,
        defaults={
            "covers_from": date(2024, 7, 1),
            "covers_until": date(2024, 12, 31),
            "due_date": date(2025, 2, 28),
            "summary": f"{SECRET} hösten, inte publicerad.",
            "published_at": None,
        },
    )
    Outcome.objects.create(
        promise=public_data.promise,
        follow_up_round=unpublished_round,
        kind=Outcome.Kind.NOT_DONE,
        text=f"{SECRET} inte gjort i en omgång som inte är publicerad.",
        reason=f"{SECRET} skälet",
    )
    names = ["promise-sets", "promises", "commitments", "activities", "follow-up-rounds"]
    ids = {name: [contents[name] for contents in found] for name in names}
    ids["follow-up-rounds"].append(unpublished_round.pk)
    assessment = assessment_draft(municipality=municipality("2560"), acting_user=None)
    assessment_texts_save(
        assessment=assessment, summary=f"{SECRET} lägesbild", participants="", acting_user=None
    )
    ids["assessments"] = [assessment.pk]
    return HiddenData(ids, draft, for_signing)

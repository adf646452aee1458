"""Factories for the domain; the registry itself is real (loaded on migrate)."""

from datetime import date
from typing import Any

import factory
from django.contrib.auth.models import User

from loften.accounts.models import Membership
from loften.followup.models import Activity, Measurement, Outcome
from loften.promises.models import Commitment, FocusArea, Promise, PromiseSet, Target
from loften.promises.publishing import promise_set_publish
from loften.registry.models import Municipality, Organisation


def municipality(code: str) -> Municipality:
    return Municipality.objects.get(code=code)


class PromiseSetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PromiseSet
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Medborgarlöften {n}")
    period_start = date(2023, 1, 1)
    period_end = date(2025, 12, 31)

    @factory.post_generation
    def municipalities(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create:
            self.municipalities.set(extracted or [municipality("2560")])

    @factory.post_generation
    def publish(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create and extracted:
            promise_set_publish(promise_set=self, acting_user=None)


class PromiseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Promise

    promise_set = factory.SubFactory(PromiseSetFactory)
    text = factory.Sequence(lambda n: f"Polisen lovar att göra sak nummer {n}.")
    by_police = True
    position = factory.Sequence(lambda n: n)


class CommitmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Commitment

    promise = factory.SubFactory(PromiseFactory)
    party = "police"
    what = "Hundsök i skolan"
    count = 2
    per = "year"


def member(organisation_name: str, role: str, username: str | None = None) -> User:
    """A user who works for the named organisation in this role."""
    organisation = Organisation.objects.get(name=organisation_name)
    user = User.objects.create_user(
        username=username or f"{role}-{organisation.pk}-{User.objects.count()}",
        password="ett långt lösenord",
    )
    Membership.objects.create(user=user, organisation=organisation, role=role)
    return user


class FocusAreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FocusArea

    promise_set = factory.SubFactory(PromiseSetFactory)
    title = factory.Sequence(lambda n: f"Inriktning {n}")
    position = factory.Sequence(lambda n: n)


class TargetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Target

    promise_set = factory.SelfAttribute("promise.promise_set")
    promise = factory.SubFactory(PromiseFactory)
    indicator = "bedrägeribrott"
    direction = "decrease"


class ActivityFactory(factory.django.DjangoModelFactory):
    """An activity; pass commitments=[...] for the commitments it fulfils."""

    class Meta:
        model = Activity
        skip_postgeneration_save = True

    promise_set = factory.SubFactory(PromiseSetFactory)
    party = "police"
    date = date(2023, 4, 12)
    description = factory.Sequence(lambda n: f"Aktivitet nummer {n}")

    @factory.post_generation
    def commitments(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create and extracted:
            self.commitments.set(extracted, through_defaults={"date": self.date})


class OutcomeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Outcome

    promise = factory.SubFactory(PromiseFactory)
    kind = "done"
    text = factory.Sequence(lambda n: f"Insats nummer {n} är genomförd.")
    position = factory.Sequence(lambda n: n)


class MeasurementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Measurement

    target = factory.SubFactory(TargetFactory)
    value = 100
    measured_on = date(2024, 3, 1)
    source = "Polisens öppna statistik"

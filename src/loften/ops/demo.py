"""The demo installation: the seed documents as published promise sets, and a login per party."""

from __future__ import annotations

import hashlib
import secrets
import tempfile
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from loften.accounts.models import Membership
from loften.assessments.services import assessment_draft
from loften.ingest.extract import Reference
from loften.ingest.models import SourceDocument
from loften.ingest.pipeline import document_import
from loften.notifications.models import SubscriptionRequest
from loften.notifications.services import subscription_confirm, subscription_request
from loften.promises.drafting import part_save
from loften.promises.models import Commitment, Party, PromiseSet
from loften.promises.publishing import promise_set_publish
from loften.promises.selectors import DECISION_ORDER, promise_set_in_force
from loften.registry.models import Municipality, Organisation
from loften.surveys.models import Survey
from loften.surveys.services import responses_import, survey_create
from loften.surveys.synthetic import AREAS, write_responses

SEEDS_DIR = Path(__file__).resolve().parent / "seeds"


@dataclass(frozen=True)
class DemoLogin:
    username: str
    password: str
    organisation: str
    role: str


@dataclass(frozen=True)
class SeedResult:
    filename: str
    loaded: bool
    contents: tuple[str, ...]
    """One line per promise set or agreement the document holds, as it now stands."""


def seed_files() -> list[Path]:
    """The seed documents (the hand-checked extract beside each is the extractor's test spec)."""
    return sorted(SEEDS_DIR.glob("*.txt"))


def seed_load(path: Path, *, people: bool = True) -> SeedResult:
    """Import one seed document as any upload is imported, then publish what was read.

    A document already stored is left as it is. The drafts are published as
    a coordinator would after review, oldest period first, so a follow-up of
    an earlier period ends up superseded by the promises that replace it. With
    `people`, each commitment gets its party's demo login as the one responsible
    first, so that reminders have someone to go to.
    """
    content = path.read_bytes()
    with transaction.atomic():
        result = document_import(content, path.name, reference=Reference.from_shipped_files())
        if result.created:
            sets = PromiseSet.objects.filter(pk__in=result.promise_sets).order_by(*DECISION_ORDER)
            for promise_set in sets:
                if people:
                    _responsibilities(promise_set)
                promise_set_publish(promise_set=promise_set, acting_user=None)
    document = SourceDocument.objects.get(sha256=hashlib.sha256(content).hexdigest())
    return SeedResult(path.name, result.created, _contents(document))


def _contents(document: SourceDocument) -> tuple[str, ...]:
    """What a seed document became, in words: "Älvsbyn: Medborgarlöfte 2023-2025 (...)"."""
    lines = []
    for promise_set in document.promise_sets.order_by(*DECISION_ORDER).prefetch_related(
        "municipalities"
    ):
        places = ", ".join(m.name for m in promise_set.municipalities.all())
        count = promise_set.promises.count()
        lines.append(
            f"{places}: {promise_set.title} ({promise_set.get_status_display()}, {count} löften)"
        )
    for agreement in document.agreements.select_related("municipality"):
        lines.append(
            f"{agreement.municipality.name}: {agreement.title} (samverkansöverenskommelse)"
        )
    return tuple(lines)


# Reserved for examples (RFC 2606): the console prints the mail, and no one could receive it.
DEMO_MAIL_DOMAIN = "example.org"
DEMO_FOLLOWER = f"foljare@{DEMO_MAIL_DOMAIN}"


def demo_person(organisation: Organisation) -> User:
    """The organisation's demo login: its kommun's coordinator or its police area's editor,
    with a clearly made-up e-mail address (no password until `demo_logins`)."""
    role = (
        Membership.Role.COORDINATOR
        if organisation.kind == Organisation.Kind.MUNICIPALITY
        else Membership.Role.EDITOR
    )
    user, _ = get_user_model().objects.get_or_create(username=slugify(organisation.name))
    user.email = f"{user.username}@{DEMO_MAIL_DOMAIN}"
    user.save(update_fields=["email"])
    Membership.objects.update_or_create(
        user=user, organisation=organisation, defaults={"role": role}
    )
    return user


def _responsibilities(promise_set: PromiseSet) -> None:
    """Make each commitment of a draft its party's: the police area's editor for the police's
    (when the set names its police area), else the kommun's coordinator."""
    municipalities = promise_set.municipalities.all()
    kommun = Organisation.objects.filter(municipality__in=municipalities).order_by("pk").first()
    police = (
        Organisation.objects.filter(police_area__promise_sets=promise_set).order_by("pk").first()
    )
    for commitment in Commitment.objects.filter(promise__promise_set=promise_set):
        organisation = (police if commitment.party == Party.POLICE else None) or kommun
        if organisation is None:
            continue
        commitment.responsible_user = demo_person(organisation)
        part_save(commitment, fields=["responsible_user"], acting_user=None)


def demo_follower() -> PromiseSet | None:
    """An example address that follows Älvsbyn's set in force, asked and confirmed as a
    resident would; None when there is no such set."""
    promise_set = promise_set_in_force(Municipality.objects.get(code="2560"), timezone.localdate())
    if promise_set is None:
        return None
    subscription_request(promise_set=promise_set, email=DEMO_FOLLOWER)
    asked = SubscriptionRequest.objects.filter(promise_set=promise_set, email=DEMO_FOLLOWER)
    for request in asked:
        subscription_confirm(token=request.token)
    return promise_set


def demo_logins() -> list[DemoLogin]:
    """A fresh password for one login per organisation that is party to a demo document.

    Each kommun gets a coordinator, each lokalpolisområde an editor (`demo_person`, with
    an example.org address), and the installation one administrator. Passwords are new on
    every run.
    """
    user_model = get_user_model()
    organisations = (
        Organisation.objects.filter(
            Q(municipality__promise_sets__isnull=False) | Q(police_area__promise_sets__isnull=False)
        )
        .distinct()
        .order_by("kind", "name")
    )
    logins = []
    with transaction.atomic():
        admin, _ = user_model.objects.get_or_create(username="admin")
        admin.is_staff = admin.is_superuser = True
        password = secrets.token_urlsafe(9)
        admin.set_password(password)
        admin.save()
        logins.append(DemoLogin("admin", password, "hela installationen", "admin"))
        for organisation in organisations:
            user = demo_person(organisation)
            password = secrets.token_urlsafe(9)
            user.set_password(password)
            user.save()
            role = user.memberships.get(organisation=organisation).role
            logins.append(DemoLogin(user.username, password, organisation.name, role))
    return logins


DEMO_SURVEY = "Trygghetsmätning (demo)"
DEMO_RESPONSES = 900


def demo_survey() -> tuple[Survey, bool]:
    """Älvsbyn's demo survey round, open for a month around today, with synthetic answers,
    and a draft lägesbild made from it; made once."""
    municipality = Municipality.objects.get(code="2560")
    found = Survey.objects.filter(municipality=municipality, title=DEMO_SURVEY).first()
    if found is not None:
        return found, False
    today = timezone.localdate()
    survey = survey_create(
        municipality=municipality, title=DEMO_SURVEY, year=today.year, areas=AREAS,
        opens_on=today - timedelta(days=14), closes_on=today + timedelta(days=30),
        english=True, acting_user=None,
    )  # fmt: skip
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "svar.csv"
        write_responses(path, count=DEMO_RESPONSES)
        responses_import(
            survey=survey, filename="demo-svar.csv", data=path.read_bytes(), acting_user=None
        )
    assessment_draft(municipality=municipality, acting_user=None)
    return survey, True

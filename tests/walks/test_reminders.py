"""The responsible organisation hears of a finding open past its due date, once."""

from datetime import date

import pytest
from django.contrib.auth.models import User
from django.core import mail

from loften.notifications.reminders import reminders_send
from loften.registry.models import Organisation
from loften.walks.models import Finding, FindingReminder, Walk
from loften.walks.services import finding_update
from tests.factories import member
from tests.walks.conftest import ENERGY, add_finding

pytestmark = pytest.mark.django_db


@pytest.fixture
def fixer(energy: Organisation) -> User:
    user = member(ENERGY, "editor", "montor")
    user.email = "montor@energi.example"
    user.save()
    return user


def test_an_overdue_finding_reminds_its_organisation_once(
    walk: Walk, editor: User, energy: Organisation, fixer: User
) -> None:
    add_finding(walk, editor, energy, due_date=date(2026, 11, 1))
    assert reminders_send(on=date(2026, 11, 1)).sent == []  # due today: not yet late
    outcome = reminders_send(on=date(2026, 11, 2))
    assert "1 finding reminder(s)" in str(outcome)
    assert [m.to for m in mail.outbox] == [["montor@energi.example"]]
    assert "Gångtunneln vid Storgatan" in mail.outbox[0].body
    reminders_send(on=date(2026, 11, 3))
    assert len(mail.outbox) == 1
    assert FindingReminder.objects.count() == 1


def test_a_closed_finding_reminds_nobody(
    walk: Walk, editor: User, energy: Organisation, fixer: User
) -> None:
    finding = add_finding(walk, editor, energy, due_date=date(2026, 11, 1))
    finding_update(finding=finding, status=Finding.Status.FIXED, due_date=finding.due_date,
                   acting_user=fixer)  # fmt: skip
    reminders_send(on=date(2026, 11, 5))
    assert mail.outbox == []


def test_a_new_due_date_reminds_again_when_that_passes(
    walk: Walk, editor: User, energy: Organisation, fixer: User
) -> None:
    finding = add_finding(walk, editor, energy, due_date=date(2026, 11, 1))
    reminders_send(on=date(2026, 11, 2))
    finding_update(finding=finding, status=Finding.Status.OPEN, due_date=date(2026, 12, 1),
                   acting_user=fixer)  # fmt: skip
    reminders_send(on=date(2026, 11, 20))
    reminders_send(on=date(2026, 12, 2))
    assert len(mail.outbox) == 2

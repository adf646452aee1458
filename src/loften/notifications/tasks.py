"""Background jobs that send e-mail, run by `loften worker`."""

from datetime import time

from django_tasks import task

from loften.notifications.reminders import daily_run
from loften.notifications.services import (
    confirmation_send,
    paper_signed_tell,
    round_announce,
    superseded_announce,
)


@task()
def send_confirmation(request_id: int) -> bool:
    return confirmation_send(request_id)


@task()
def announce_superseded(old_id: int, new_id: int) -> int:
    announcement = superseded_announce(old_id, new_id)
    return announcement.recipients if announcement else 0


@task()
def announce_round(round_id: int) -> int:
    announcement = round_announce(round_id)
    return announcement.recipients if announcement else 0


@task()
def tell_parties_paper_signed(promise_set_id: int, publisher_id: int) -> int:
    return paper_signed_tell(promise_set_id, publisher_id)


@task()
def remind_daily(at: str) -> str:
    return daily_run(at=time.fromisoformat(at))

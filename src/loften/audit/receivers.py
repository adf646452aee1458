"""Stamps each historical row with the acting user's name; background jobs act as themselves."""

from contextvars import Token
from typing import Any

from django.dispatch import receiver
from django_tasks.signals import task_finished, task_started
from simple_history.signals import pre_create_historical_record

from loften.accounts.acting import Actor, start_acting, stop_acting


@receiver(pre_create_historical_record)
def keep_username(sender: Any, history_instance: Any, history_user: Any, **kwargs: Any) -> None:
    if history_user is not None:
        history_instance.history_username = history_user.get_username()


_jobs: dict[str, Token[Actor | None]] = {}


@receiver(task_started, dispatch_uid="audit.job_started")
def job_started(sender: Any, task_result: Any, **kwargs: Any) -> None:
    """What a job writes is recorded as that job's: "jobb loften.ingest.tasks.import_upload"."""
    _jobs[str(task_result.id)] = start_acting(None, f"jobb {task_result.task.module_path}")


@receiver(task_finished, dispatch_uid="audit.job_finished")
def job_finished(sender: Any, task_result: Any, **kwargs: Any) -> None:
    token = _jobs.pop(str(task_result.id), None)
    if token is not None:
        stop_acting(token)

"""A job for the worker tests: says when it starts, takes its time, says when it is done."""

import time
from pathlib import Path

from django_tasks import task


@task()
def write_slowly(folder: str, seconds: float) -> str:
    (Path(folder) / "started").touch()
    time.sleep(seconds)
    (Path(folder) / "done").touch()
    return "done"

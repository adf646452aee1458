"""A web worker starts small but ready: the dictionary is read on first use, the URLconf first."""

import subprocess
import sys

# Imports the web application as granian does, lets any thread it started finish, and
# says whether the dictionary (about 235 MB in each process that reads it) was read.
START_AND_WAIT = """
import threading
import loften.wsgi
from loften.ingest.normalise import swedish_dictionary
for thread in threading.enumerate():
    if thread is not threading.main_thread():
        thread.join()
print(swedish_dictionary.cache_info().currsize)
"""


def test_a_web_worker_starts_without_reading_the_dictionary() -> None:
    started = subprocess.run(  # noqa: S603 - this Python, a fixed script
        [sys.executable, "-c", START_AND_WAIT], capture_output=True, text=True, check=True
    )
    assert started.stdout.strip() == "0"


def test_a_web_worker_reads_its_views_and_api_before_the_first_request() -> None:
    """The first request of each worker would otherwise wait half a second for them."""
    started = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, loften.wsgi; print('loften.opendata.api' in sys.modules)",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert started.stdout.strip() == "True"

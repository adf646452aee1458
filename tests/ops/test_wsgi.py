"""A web worker starts small: the Swedish dictionaries are read on first use, not at start."""

import subprocess
import sys

# Imports the web application as granian does, lets any thread it started finish, and
# says whether the dictionary (about 235 MB in each process that reads it) was read.
START_AND_WAIT = """
import threading
import loften.wsgi
from loften.ingest.normalise import swedish_dictionary, swedish_speller
for thread in threading.enumerate():
    if thread is not threading.main_thread():
        thread.join()
print(swedish_dictionary.cache_info().currsize, swedish_speller.cache_info().currsize)
"""


def test_a_web_worker_starts_without_reading_the_dictionary() -> None:
    started = subprocess.run(  # noqa: S603 - this Python, a fixed script
        [sys.executable, "-c", START_AND_WAIT], capture_output=True, text=True, check=True
    )
    assert started.stdout.strip() == "0 0"

"""`loften walks findings` prints the kommun's findings as JSON or CSV."""

import csv
import json
from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command

from loften.registry.models import Organisation
from loften.walks.models import Finding, Walk
from loften.walks.services import finding_update
from tests.walks.conftest import add_finding

pytestmark = pytest.mark.django_db


def run(*args: str) -> str:
    out = StringIO()
    call_command("walks", *args, stdout=out)
    return out.getvalue()


def test_open_findings_as_json_and_all_as_csv(
    walk: Walk, editor: User, energy: Organisation
) -> None:
    add_finding(walk, editor, energy, address="Storgatan 1")
    done = add_finding(walk, editor, energy, address="Järnvägsgatan 2")
    finding_update(finding=done, status=Finding.Status.FIXED, due_date=None, acting_user=editor)
    document = json.loads(run("findings", "--municipality", "2560", "--status", "open"))
    assert [f["address"] for f in document["findings"]] == ["Storgatan 1"]
    assert document["findings"][0]["responsible"] == "Älvsbyns Energi AB"
    rows = list(
        csv.DictReader(
            StringIO(run("findings", "--municipality", "2560", "--format", "csv")), delimiter=";"
        )
    )
    assert {r["address"]: r["status"] for r in rows} == {
        "Storgatan 1": "open",
        "Järnvägsgatan 2": "fixed",
    }


def test_an_unknown_kommun_is_an_error() -> None:
    with pytest.raises(CommandError, match="no kommun"):
        run("findings", "--municipality", "9999")

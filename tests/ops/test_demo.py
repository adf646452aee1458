"""`loften demo`: the five seed documents as published promise sets, and a login per party."""

import json
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.http import HttpRequest
from django.test import Client

from loften.assessments.models import Assessment
from loften.followup.models import Subscription
from loften.ingest.models import SourceDocument
from loften.ops.demo import seed_files
from loften.promises.models import Commitment, Party, PromiseSet, Signatory, Theme
from loften.promises.selectors import agreement_in_force, promise_set_in_force
from loften.surveys.models import Survey
from tests.factories import municipality

pytestmark = pytest.mark.django_db


def _demo(*args: str) -> str:
    out = StringIO()
    call_command("demo", *args, stdout=out)
    return out.getvalue()


def test_the_demo_loads_every_seed_document() -> None:
    _demo("--no-logins")
    assert SourceDocument.objects.count() == 5
    titles_by_code = {
        code: sorted(
            PromiseSet.objects.filter(municipalities__code=code).values_list("status", flat=True)
        )
        for code in ("2480", "2560", "2313", "2380")
    }
    assert titles_by_code == {
        "2480": ["published"],
        "2560": ["published"],
        "2313": ["published", "superseded"],
        "2380": ["published"],
    }


def test_the_demo_answers_the_validity_question_for_alvsbyn() -> None:
    _demo("--no-logins")
    alvsbyn = municipality("2560")
    in_force = promise_set_in_force(alvsbyn, date(2026, 3, 1))
    assert in_force is not None
    assert (in_force.period_start, in_force.period_end, in_force.until_replaced) == (
        date(2023, 1, 1),
        date(2025, 12, 31),
        True,
    )
    dog_search = Commitment.objects.get(promise__promise_set=in_force, what__icontains="hundsök")
    assert (dog_search.party, dog_search.count, dog_search.per) == ("police", 2, "year")


def test_the_umea_agreement_is_extended_indefinitely() -> None:
    _demo("--no-logins")
    agreement = agreement_in_force(municipality("2480"), date(2026, 11, 23))
    assert agreement is not None
    assert agreement.valid_until == date(2024, 12, 31)
    assert agreement.signatories.count() == 3


def test_running_the_demo_again_duplicates_nothing() -> None:
    _demo("--no-logins")
    before = PromiseSet.objects.count()
    output = _demo("--no-logins")
    assert PromiseSet.objects.count() == before
    assert Survey.objects.count() == 1 and Assessment.objects.count() == 1
    assert output.count("skipped") == 7
    assert "  loaded " not in output


def test_the_demo_says_what_each_seed_became_in_words() -> None:
    lines = [line.split(maxsplit=1) for line in _demo("--no-logins").splitlines()[1:]]
    assert lines == [
        ["loaded", "Umeå: Medborgarlöften Umeå (publicerad, 10 löften)"],
        [
            "loaded",
            "Umeå: Överenskommelse om samverkan och prioriteringar mellan Umeå kommun och "
            "Polismyndigheten 2021–2024 (samverkansöverenskommelse)",
        ],
        ["loaded", "Älvsbyn: Medborgarlöfte 2023-2025 (publicerad, 11 löften)"],
        ["loaded", "Strömsund: Medborgarlöften 2019–2021 (ersatt, 4 löften)"],
        ["loaded", "Strömsund: Medborgarlöften 2021–2022 (publicerad, 4 löften)"],
        ["loaded", "Östersund: Medborgarlöften Östersund (publicerad, 7 löften)"],
        [
            "loaded",
            "Älvsbyn: 900 survey answers and a draft lägesbild; the form is at "
            f"http://127.0.0.1:8000/trygghetsmatning/{Survey.objects.get().pk}/",
        ],
    ]


def test_the_demo_prints_a_login_per_party_that_works(client: Client) -> None:
    output = _demo()
    assert (
        "Organisations log in at http://127.0.0.1:8000/konto/logga-in/, "
        "admin at http://127.0.0.1:8000/admin/:" in output
    )
    logins = {
        line.split()[0]: line.split()[1]
        for line in output.splitlines()
        if line.startswith("  ") and len(line.split()) >= 4 and "loaded" not in line
    }
    assert {"admin", "alvsbyns-kommun", "umea-kommun", "lokalpolisomrade-pitea-alvdal"} <= set(
        logins
    )
    assert client.login(
        request=HttpRequest(), username="alvsbyns-kommun", password=logins["alvsbyns-kommun"]
    )


@pytest.mark.parametrize("path", seed_files(), ids=lambda p: p.stem)
def test_each_hand_checked_extract_uses_the_contract_vocabulary(path: Path) -> None:
    extract = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert extract["kind"] in {"promise_set", "agreement", "follow_up"}
    promises = extract["promises"] + extract.get("outcomes", [])
    for promise in promises:
        assert set(promise["parties"]) <= {"police", "municipality", "others"}
        assert set(promise["themes"]) <= set(Theme.values)
        for commitment in promise.get("commitments", []):
            assert commitment["party"] in Party.values
            assert set(commitment["seasons"]) <= {"spring", "summer", "autumn", "winter"}


def test_signatories_are_linked_to_their_organisation_whatever_the_case() -> None:
    _demo("--no-logins")
    nyberg = Signatory.objects.get(name="Andreas Nyberg")
    assert nyberg.organisation_name == "Lokalpolisområde Piteå Älvdal"
    assert nyberg.organisation is not None
    assert nyberg.organisation.name == "Lokalpolisområde Piteå älvdal"


def test_a_seed_already_imported_under_another_name_is_not_loaded_twice(tmp_path: Path) -> None:
    alvsbyn = seed_files()[2]
    renamed = tmp_path / "alvsbyn-2023.txt"
    renamed.write_bytes(alvsbyn.read_bytes())
    call_command("import", str(renamed), stdout=StringIO())
    output = _demo("--no-logins")
    assert "skipped Älvsbyn: Medborgarlöfte 2023-2025 (utkast, 11 löften)" in " ".join(
        output.split()
    )
    assert PromiseSet.objects.filter(municipalities__code="2560").count() == 1


def test_the_demo_shows_reminders_digests_and_following_at_work() -> None:
    output = _demo()
    alvsbyn = User.objects.get(username="alvsbyns-kommun")
    police = User.objects.get(username="lokalpolisomrade-pitea-alvdal")
    in_force = promise_set_in_force(municipality("2560"), date(2024, 11, 15))
    assert in_force is not None
    dog_search = Commitment.objects.get(promise__promise_set=in_force, what__icontains="hundsök")

    assert (alvsbyn.email, police.email) == (
        "alvsbyns-kommun@example.org",
        "lokalpolisomrade-pitea-alvdal@example.org",
    )
    assert dog_search.responsible_user == police
    assert Subscription.objects.filter(email="foljare@example.org").exists()
    assert "foljare@example.org follows" in output

    reminded = StringIO()
    call_command("remind", "--dry-run", "--on", "2024-12-10", stdout=reminded)
    lines = reminded.getvalue().splitlines()
    assert any(
        line.startswith("would send to lokalpolisomrade-pitea-alvdal@example.org: Snart dags")
        for line in lines
    ), lines


def test_a_demo_without_logins_has_nobody_responsible() -> None:
    _demo("--no-logins")
    assert not Commitment.objects.filter(responsible_user__isnull=False).exists()
    assert not User.objects.exists()

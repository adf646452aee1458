"""`loften extract` prints the contract; `loften import` stores drafts, all or nothing per file."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client

from loften.followup.models import Outcome
from loften.ingest.models import SourceDocument
from loften.promises.models import Commitment, PromiseSet
from loften.registry.models import Agreement
from tests.ingest.test_readers import DEJAVU, make_docx, make_pdf

SEEDS = Path(__file__).resolve().parents[2] / "src" / "loften" / "ops" / "seeds"
ALVSBYN = SEEDS / "002_307e26fc5e31ffd9.txt"
STROMSUND = SEEDS / "003_55caf2bb7bed1e8d.txt"
CONTRACT_KEYS = {
    "file", "sha256", "format", "kind", "title", "municipalities", "police_areas", "period",
    "signed", "signatories", "promises", "follow_up", "outcomes", "text",
}  # fmt: skip


def run(command: str, *args: str) -> tuple[int, str]:
    out = StringIO()
    try:
        call_command(command, *args, stdout=out)
    except SystemExit as exit_:
        return int(exit_.code or 0), out.getvalue()
    return 0, out.getvalue()


def junk(tmp_path: Path) -> Path:
    path = tmp_path / "lofte.pdf"
    path.write_bytes(bytes(range(256)) * 40)
    return path


def test_extract_prints_one_contract_object_per_file_without_a_database(tmp_path: Path) -> None:
    code, output = run("extract", str(ALVSBYN), str(STROMSUND))
    lines = [json.loads(line) for line in output.splitlines()]
    assert code == 0
    assert [line["file"] for line in lines] == [str(ALVSBYN), str(STROMSUND)]
    assert all(set(line) >= CONTRACT_KEYS for line in lines)
    assert lines[0]["municipalities"] == [{"name": "Älvsbyn", "code": "2560"}]
    assert len(lines[0]["promises"]) == 11


def test_extract_reports_a_broken_file_and_still_prints_the_others(tmp_path: Path) -> None:
    code, output = run("extract", str(junk(tmp_path)), str(ALVSBYN))
    first, second = (json.loads(line) for line in output.splitlines())
    assert code == 1
    assert set(first) == {"file", "error"}
    assert first["error"]
    assert second["format"] == "text"


def test_extract_pretty_indents_a_document() -> None:
    _, output = run("extract", "--pretty", str(ALVSBYN))
    assert output.startswith("{\n  ")


@pytest.mark.django_db
def test_import_stores_drafts_that_no_visitor_sees(client: Client) -> None:
    code, output = run("import", str(STROMSUND))
    assert code == 0
    assert "2 utkast med 8 löften" in output
    sets = PromiseSet.objects.filter(municipalities__code="2313")
    assert {s.status for s in sets} == {PromiseSet.Status.DRAFT}
    assert SourceDocument.objects.get().content == STROMSUND.read_bytes()
    assert "Medborgarlöften 2021–2022" not in client.get("/kommun/stromsund/").content.decode()


@pytest.mark.django_db
def test_the_earlier_period_keeps_what_was_done_and_what_was_not_and_why() -> None:
    run("import", str(STROMSUND))
    earlier = PromiseSet.objects.get(title="Medborgarlöften 2019–2021")
    traffic = earlier.promises.get(text__contains="trafiksäkerhet")
    outcomes = list(traffic.outcomes.values_list("kind", "reason"))
    assert outcomes.count((Outcome.Kind.DONE, "")) == 3
    assert (Outcome.Kind.NOT_DONE, "pandemin") in outcomes
    assert not Outcome.objects.filter(promise__promise_set__title="Medborgarlöften 2021–2022")


@pytest.mark.django_db
def test_importing_the_same_bytes_twice_duplicates_nothing() -> None:
    run("import", str(ALVSBYN))
    code, output = run("import", str(ALVSBYN))
    assert code == 0
    assert "redan inläst" in output
    assert PromiseSet.objects.count() == 1


@pytest.mark.django_db
def test_a_failing_file_leaves_nothing_behind_and_the_batch_goes_on(tmp_path: Path) -> None:
    code, output = run("import", str(junk(tmp_path)), str(ALVSBYN))
    assert code == 1
    assert "FEL:" in output
    assert "1 of 2 files imported" in output
    assert "[##########..........] 1/2  50%" in output
    assert "[####################] 2/2 100%" in output
    assert SourceDocument.objects.count() == 1
    assert PromiseSet.objects.count() == 1


@pytest.mark.django_db
def test_an_unknown_kommunkod_rolls_the_whole_file_back() -> None:
    code, output = run("import", "--municipality", "9999", str(ALVSBYN))
    assert code == 1
    assert "kunde inte hittas i registret" in output
    assert SourceDocument.objects.count() == 0
    assert PromiseSet.objects.count() == 0


@pytest.mark.django_db
def test_a_document_that_names_no_kommun_needs_a_kommunkod(tmp_path: Path) -> None:
    path = tmp_path / "lofte.txt"
    path.write_text("Polisen lovar att synas mer i centrum.\n", encoding="utf-8")
    code, output = run("import", str(path))
    assert code == 1
    assert "ange kommunkoden" in output
    code, output = run("import", "--municipality", "2560", str(path))
    assert code == 0
    assert PromiseSet.objects.get().municipalities.get().code == "2560"


@pytest.mark.django_db
def test_a_pdf_and_a_docx_go_all_the_way_to_drafts_with_commitments(tmp_path: Path) -> None:
    pdf = tmp_path / "alvsbyn.pdf"
    pdf.write_bytes(make_pdf(ALVSBYN.read_text(encoding="utf-8"), font=DEJAVU))
    word = tmp_path / "lofte.docx"
    word.write_bytes(make_docx())
    code, output = run("import", str(pdf), str(word))
    assert code == 0, output
    from_pdf = PromiseSet.objects.get(source_document__filename="alvsbyn.pdf")
    assert from_pdf.promises.count() == 11
    assert from_pdf.period_label == "2023–2025"
    from_word = PromiseSet.objects.get(source_document__filename="lofte.docx")
    dog_search = Commitment.objects.get(promise__promise_set=from_word, what="Hundsök i skolan")
    assert (dog_search.party, dog_search.count, dog_search.per) == ("police", 2, "year")


@pytest.mark.django_db
def test_an_agreement_is_stored_with_what_its_parties_undertake(tmp_path: Path) -> None:
    path = tmp_path / "overenskommelse.txt"
    path.write_text(
        "Samverkansöverenskommelse mellan Älvsbyns kommun och Polismyndigheten\n\n"
        "Åtaganden\n"
        "1. Kommunen åtar sig att anställa en fältsekreterare.\n"
        "2. Polisen åtar sig att utse en kontaktpolis för varje skola.\n",
        encoding="utf-8",
    )

    code, output = run("import", str(path))

    assert code == 0, output
    assert PromiseSet.objects.count() == 0
    assert Agreement.objects.get().working_methods == [
        "Kommunen åtar sig att anställa en fältsekreterare.",
        "Polisen åtar sig att utse en kontaktpolis för varje skola.",
    ]

"""The scorer counts what a coordinator would: promises found, wrong takes, fields right."""

import json
from io import StringIO
from pathlib import Path

from django.core.management import call_command

from loften.ingest.scoring import GoldDocument, Score, score_document, table

GOLD = GoldDocument(
    municipality_code="2418",
    municipality_codes=("2418",),
    kind="promise_set",
    period_end="2025-12-31",
    signatories=("Greta Nilsson",),
    promises=("hålla öppet hus", "fler cykelkontroller vid skolorna"),
)


def extract_with(*texts: str, **fields: object) -> dict[str, object]:
    return {
        "kind": "promise_set",
        "municipalities": [{"name": "Malå", "code": "2418"}],
        "period": {"end": "2025-12-31"},
        "signatories": [{"name": "Greta  Nilsson"}],
        "promises": [{"text": t, "commitments": []} for t in texts],
        **fields,
    }


def test_a_promise_is_found_in_its_text_in_any_case_and_spacing() -> None:
    scored = score_document(
        "a.txt", GOLD, extract_with("Polisen ska HÅLLA öppet\nhus.", "Vi lovar")
    )

    assert (scored.found_promises, scored.gold_promises) == (1, 2)
    assert (scored.correct_promises, scored.extracted_promises) == (1, 2)
    assert scored.missed == ("fler cykelkontroller vid skolorna",)
    assert scored.wrong == ("vi lovar",)


def test_a_promise_is_found_in_a_commitment_or_a_followed_up_promise() -> None:
    extracted = extract_with(
        outcomes=[{"promise": "Kommunen lovade att hålla öppet hus"}],
        promises=[
            {"text": "Kontroller", "commitments": [{"what": "fler cykelkontroller vid skolorna"}]}
        ],
    )

    scored = score_document("a.txt", GOLD, extracted)

    assert scored.found_promises == 2
    assert scored.correct_promises == 2


def test_fields_are_right_only_when_they_match_the_gold_answer() -> None:
    right = score_document("a.txt", GOLD, extract_with())
    wrong = score_document(
        "a.txt",
        GOLD,
        extract_with(
            kind="follow_up",
            municipalities=[{"code": "2418"}, {"code": "2480"}],
            period={"end": "2025-06-30"},
            signatories=[{"name": "Olle Berg"}],
        ),
    )

    assert (right.kind_right, right.municipality_right, right.period_end_right) == (True,) * 3
    assert (wrong.kind_right, wrong.municipality_right, wrong.period_end_right) == (False,) * 3
    assert (right.found_signatories, wrong.found_signatories, wrong.correct_signatories) == (
        1,
        0,
        0,
    )


def test_totals_add_up_over_documents_and_nothing_to_find_is_perfect() -> None:
    half = score_document("a.txt", GOLD, extract_with("hålla öppet hus"))
    empty = score_document(
        "b.txt",
        GoldDocument("2418", ("2418",), "agreement", None, (), ()),
        extract_with(kind="agreement"),
    )

    total = Score((half, empty))

    assert total.recall == 0.5
    assert total.precision == 1.0
    assert total.figures()["period_end_stated"] == 1
    assert "2 dokument, 2 löften: recall 0.50, precision 1.00" in table(total)


def test_extract_score_prints_a_table_per_file_and_the_total(tmp_path: Path) -> None:
    (tmp_path / "malå.txt").write_text(
        "Medborgarlöfte för Malå kommun 2024–2025\n\n"
        "Polisen i Malå lovar att hålla öppet hus på stationen en gång per månad.\n",
        encoding="utf-8",
    )
    gold = tmp_path / "gold.json"
    gold.write_text(
        json.dumps(
            {
                "docs": {
                    "malå.txt": {
                        "municipality_code": "2418",
                        "municipality_codes": ["2418"],
                        "kind": "promise_set",
                        "truncated": False,
                        "period_end": "2025-12-31",
                        "signatories": [],
                        "promises": ["hålla öppet hus", "cykelkontroller vid alla skolor"],
                    }
                }
            }
        ),
        encoding="utf-8",
    )
    out = StringIO()

    call_command(
        "extract", "--score", str(gold), "--details", str(tmp_path / "malå.txt"), stdout=out
    )

    assert "malå.txt" in out.getvalue()
    assert "saknas: cykelkontroller vid alla skolor" in out.getvalue()
    assert "1 dokument, 2 löften: recall 0.50, precision 1.00" in out.getvalue()

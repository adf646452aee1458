"""The extractor never reads the known documents worse than its recorded score.

`bench/extract_quality.py --record` writes the score after an improvement; this
test fails when a change loses a promise, takes a wrong passage or gets a field
wrong on balance, in the text files or laid out as PDF, Word or web page. The
real corpus is read from ../shared/corpus/ at run time.
"""

import json

import pytest

from loften.testing.quality import DOCUMENT_SETS, ROOT, Form, score_set

RECORDED = json.loads((ROOT / "bench" / "extract_scores.json").read_text(encoding="utf-8"))
# What the documents are: these must stay as recorded, not merely not drop.
SIZES = ("documents", "promises", "period_end_stated", "signatories")
# A laid-out document is read as well as its text, give or take this much (issue 13).
LAYOUT_MARGIN = 0.02


@pytest.fixture(scope="module")
def text_scores() -> dict[str, dict[str, float]]:
    """Each set's text scores, read once on first use (so that a missing set fails only
    its own tests, with a message that says why)."""
    return {}


@pytest.mark.parametrize(
    ("name", "form"), [(name, form) for name in sorted(RECORDED) for form in RECORDED[name]]
)
def test_the_extractor_reads_the_documents_at_least_as_well_as_recorded(
    name: str, form: Form, text_scores: dict[str, dict[str, float]]
) -> None:
    folder = DOCUMENT_SETS[name]
    assert (folder / "gold.json").exists(), f"{folder} is missing: CI needs ../shared beside it"
    recorded = RECORDED[name][form]

    if name not in text_scores:
        text_scores[name] = score_set(folder).figures()
    figures = text_scores[name] if form == "text" else score_set(folder, form).figures()

    assert {k: figures[k] for k in SIZES} == {k: recorded[k] for k in SIZES}
    dropped = {k: (figures[k], v) for k, v in recorded.items() if k not in SIZES and figures[k] < v}
    assert not dropped, f"worse than recorded (now, recorded): {dropped}"
    text = text_scores[name]
    for measure in ("recall", "precision"):
        assert figures[measure] >= text[measure] - LAYOUT_MARGIN, (
            f"{form}: {measure} {figures[measure]} is not within {LAYOUT_MARGIN} of the "
            f"text's {text[measure]}"
        )

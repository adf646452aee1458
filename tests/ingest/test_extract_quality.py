"""The extractor never reads the known documents worse than its recorded score.

`bench/extract_quality.py --record` writes the score after an improvement; this
test fails when a change loses a promise, takes a wrong passage or gets a field
wrong on balance. The real corpus is read from ../shared/corpus/ at run time.
"""

import json

import pytest

from loften.testing.quality import DOCUMENT_SETS, ROOT, score_set

RECORDED = json.loads((ROOT / "bench" / "extract_scores.json").read_text(encoding="utf-8"))
# What the documents are: these must stay as recorded, not merely not drop.
SIZES = ("documents", "promises", "period_end_stated", "signatories")


@pytest.mark.parametrize("name", sorted(RECORDED))
def test_the_extractor_reads_the_documents_at_least_as_well_as_recorded(name: str) -> None:
    folder = DOCUMENT_SETS[name]
    assert (folder / "gold.json").exists(), f"{folder} is missing: CI needs ../shared beside it"
    recorded = RECORDED[name]

    figures = score_set(folder).figures()

    assert {k: figures[k] for k in SIZES} == {k: recorded[k] for k in SIZES}
    dropped = {k: (figures[k], v) for k, v in recorded.items() if k not in SIZES and figures[k] < v}
    assert not dropped, f"worse than recorded (now, recorded): {dropped}"

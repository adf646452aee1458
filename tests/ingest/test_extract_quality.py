"""The extractor never reads the known documents worse than its recorded score.

`bench/extract_quality.py --record` writes the score after an improvement; this
test fails when a change loses a promise, takes a wrong passage or gets a field
wrong on balance, in the text files or laid out as PDF, Word or web page (of the
own set a fixed share as PDF and Word, `quality.SUITE_SHARES`). The real corpus
is read from ../shared/corpus/ at run time.
"""

import json
from collections.abc import Callable

import pytest

from loften.testing.quality import (
    DOCUMENT_SETS,
    FORMS,
    ROOT,
    Form,
    score_set,
    share_key,
    suite_share,
)

RECORDED = json.loads((ROOT / "bench" / "extract_scores.json").read_text(encoding="utf-8"))
# What the documents are: these must stay as recorded, not merely not drop.
SIZES = ("documents", "promises", "period_end_stated", "signatories")
# A laid-out document is read as well as its text, give or take this much (issue 13).
LAYOUT_MARGIN = 0.02


@pytest.mark.parametrize(
    ("name", "form"), [(name, form) for name in DOCUMENT_SETS for form in FORMS]
)
def test_the_extractor_reads_the_documents_at_least_as_well_as_recorded(
    name: str, form: Form, text_figures: Callable[[str, int], dict[str, float]]
) -> None:
    every = suite_share(name, form)
    text = text_figures(name, every)
    recorded = RECORDED[name][form if every == 1 else share_key(form, every)]

    figures = (
        text if form == "text" else score_set(DOCUMENT_SETS[name], form, every=every).figures()
    )

    assert {k: figures[k] for k in SIZES} == {k: recorded[k] for k in SIZES}
    dropped = {k: (figures[k], v) for k, v in recorded.items() if k not in SIZES and figures[k] < v}
    assert not dropped, f"worse than recorded (now, recorded): {dropped}"
    for measure in ("recall", "precision"):
        assert figures[measure] >= text[measure] - LAYOUT_MARGIN, (
            f"{form}: {measure} {figures[measure]} is not within {LAYOUT_MARGIN} of the "
            f"text's {text[measure]}"
        )

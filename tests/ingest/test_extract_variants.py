"""The extractor reads a document typed another way about as well as the document.

A coordinator's file may come from another editor, a mail program or a PDF viewer, or
from a kommun that calls the promise a "trygghetslöfte": CRLF and Windows-1252, "o"
bullets, numbered lists, lists without markers, no blank lines, lines wrapped at 72
columns, or a whole text quoted in an e-mail (`testing/variants.py`). Each variant of the
known documents (of the own set a fixed share, `quality.SUITE_SHARES`) must read within a
small margin of the same documents' own text. The real corpus is read from
../shared/corpus/ at run time.
"""

from collections.abc import Callable

import pytest

from loften.testing.quality import DOCUMENT_SETS, score_set, suite_share
from loften.testing.variants import VARIANTS

# How much worse a variant may read than the text (a list numbered instead of bulleted
# may lose a sub-item's level, a wrapped line its table): about one promise in a hundred.
MARGIN = 0.015
# A list that lost its markers with no line above it that announces a list cannot be
# told from paragraphs; such lists are left to the review page's offers.
MARGINS = {"without_list_markers": 0.05}


@pytest.mark.parametrize(
    ("name", "variant"), [(name, variant) for name in DOCUMENT_SETS for variant in VARIANTS]
)
def test_a_document_typed_another_way_reads_as_well(
    name: str, variant: str, text_figures: Callable[[str, int], dict[str, float]]
) -> None:
    every = suite_share(name, "typed")
    text = text_figures(name, every)

    figures = score_set(DOCUMENT_SETS[name], typed=VARIANTS[variant], every=every).figures()

    margin = MARGINS.get(variant, MARGIN)
    for measure in ("recall", "precision"):
        assert figures[measure] >= text[measure] - margin, (
            f"{variant}: {measure} {figures[measure]} is not within {margin} of the text's "
            f"{text[measure]}"
        )
    assert figures["kind"] >= text["kind"] - 1
    assert figures["period_end"] >= text["period_end"] - 1

"""Our own test documents' answers obey the corpus's labelling rules, so their score means
the same as the corpus's: each promise phrase is 3–8 words, occurs exactly once in the text
(lower-cased, whitespace collapsed) and stands within one line; signatories occur in the
text; kommun codes are real."""

import json
import re
from pathlib import Path

import pytest

from loften.registry.reference import read_municipalities

DOCUMENTS = Path(__file__).parent / "documents"
GOLD = json.loads((DOCUMENTS / "gold.json").read_text(encoding="utf-8"))["docs"]
CODES = {m.code for m in read_municipalities()}


def plain(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower()).strip()


def test_every_document_has_answers_and_every_answer_a_document() -> None:
    assert sorted(GOLD) == sorted(p.name for p in DOCUMENTS.glob("*.txt"))
    assert len(GOLD) >= 20


@pytest.mark.parametrize("name", sorted(GOLD))
def test_the_answers_follow_the_corpus_rules(name: str) -> None:
    answers = GOLD[name]
    raw = (DOCUMENTS / name).read_text(encoding="utf-8")
    lines = [re.sub(r"[ \t]+", " ", line) for line in raw.split("\n")]

    assert answers["municipality_code"] in answers["municipality_codes"]
    assert set(answers["municipality_codes"]) <= CODES
    assert answers["kind"] in ("promise_set", "agreement", "follow_up")
    for signatory in answers["signatories"]:
        assert plain(signatory) in plain(raw), signatory
    for phrase in answers["promises"]:
        assert 3 <= len(phrase.split()) <= 8, phrase
        assert plain(raw).count(plain(phrase)) == 1, phrase
        assert any(phrase in line for line in lines), phrase

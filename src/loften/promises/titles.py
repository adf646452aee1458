"""How a promise's text reads on a page: a sentence, without the document's line label.

Promise documents write some promises as lines of a form: "Polis: Hundsök i
skolan två gånger per år." The importer keeps the text as the document has it
(the label tells it the party); pages show the party as a badge and the promise
as the sentence after the label. This is the one place that rule is written.
"""

from __future__ import annotations

import re

# A line label at the start of a promise: the party that promises, or what the line is.
LINE_LABEL = re.compile(
    r"^(?P<label>(?:Polisens|Kommunens)\s+(?:del|ansvar|åtagande)|"
    r"(?:Polis(?:en)?|Kommun(?:en)?)\s+och\s+(?:polis(?:en)?|kommun(?:en)?)|"  # both parties
    # ... and one more: "Polisen, kommunen och Timråbo:"
    r"(?:Polis(?:en)?|Kommun(?:en)?),\s+(?:polis(?:en)?|kommun(?:en)?)\s+och\s+(?-i:[A-ZÅÄÖ])[\w-]+|"
    r"Polis(?:en)?|Polismyndigheten|Lokalpolisområdet|LPO|Kommun(?:en)?|"
    # what the line is, perhaps numbered: "Åtgärd:", "Aktivitet 1.1:"
    r"(?:Åtgärd|Aktivitet)(?:\s+\d{1,2}(?:\.\d{1,2})?)?|"
    # ... by its name before what it does: "Gagnefs kommun: sätter upp ..."; not a contact
    # or a reply ("Burlövs kommun: Malin Ekberg", "Haparanda stad: Tack ...")
    r"(?-i:[A-ZÅÄÖ][\w-]+)\s+(?:kommun|stad)(?=\s*:\s*(?-i:[a-zåäö]))|"
    r"Gemensamt|Tillsammans|Löftet|Löfte(?:\s+\d{1,2}(?=\s*\|))?|Åtagande|"
    r"Vårt\s+(?:löfte|åtagande)|"
    # "Det här gör polisen: Polisen mäter ...", "Det här gör vi tillsammans: Vi bjuder in ..."
    r"(?:Det\s+här|Detta)\s+(?:gör|lovar)\s+(?:polisen|kommunen|vi(?:\s+tillsammans)?))"
    # "Löfte 1 | Polisen patrullerar ...", a promise's block laid out as a table
    r"(?:\s*:|(?<=\d)\s*\|)\s*",
    re.IGNORECASE,
)


def promise_title(text: str) -> str:
    """ "Polis: hundsök i skolan." → "Hundsök i skolan."; other text as it is."""
    text = text.strip()
    sentence = LINE_LABEL.sub("", text, count=1)
    if not sentence:
        return text
    return sentence[:1].upper() + sentence[1:]

"""The standard questions of a Swedish local safety survey (trygghetsmätning), version 1.

The columns of a response file are these codes; the answers are the codes below. The
wording follows the questions Swedish police and kommuner ask in their local surveys,
so that rounds and kommuner stay comparable; a kommun may add questions of its own in a
later version, never change these.

A kommun's own questions (`LocalQuestion`, versioned per kommun in `QuestionBank`) are
asked after these, in one of `LOCAL_KINDS`; `local_question` turns one into the
`Question` the form asks and a response file's column is read as.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

VERSION = 1


@dataclass(frozen=True)
class Question:
    code: str
    text: str
    answers: dict[int, str]
    # Other headings a response file may give the question's column.
    aliases: tuple[str, ...] = ()


SAFE_OUT_ALONE = Question(
    "otrygg_kvall",
    "Hur trygg eller otrygg känner du dig om du går ut ensam sent en kväll i ditt område?",
    {
        1: "Mycket trygg",
        2: "Ganska trygg",
        3: "Ganska otrygg",
        4: "Mycket otrygg",
        5: "Går aldrig ut ensam på grund av otrygghet",
        6: "Går aldrig ut ensam av andra skäl",
    },
)
WORRY_AFFECTS = Question(
    "oro_paverkar",
    "Påverkar oro för brott din livskvalitet?",
    {1: "Ja, i hög grad", 2: "Ja, i viss grad", 3: "Nej"},
)
PROBLEM_SCALE = {0: "Inget problem", 1: "Litet problem", 2: "Ganska stort problem",
                  3: "Mycket stort problem"}  # fmt: skip
PROBLEM_NAMES = {
    "problem_nedskrapning": "nedskräpning",
    "problem_skadegorelse": "skadegörelse",
    "problem_klotter": "klotter",
    "problem_trafik": "störande trafik",
    "problem_berusade": "berusade personer utomhus",
    "problem_narkotika": "narkotikaförsäljning",
    "problem_ungdomsgang": "ungdomsgäng som stör",
    "problem_brak": "bråk och hot utomhus",
    "problem_belysning": "dålig belysning",
}
PROBLEMS = tuple(
    Question(code, f"Hur stort problem är {what} i ditt område?", PROBLEM_SCALE)
    for code, what in PROBLEM_NAMES.items()
)
VICTIM = Question(
    "utsatt_12_man",
    "Har du under de senaste tolv månaderna utsatts för något brott i ditt område?",
    {1: "Ja", 0: "Nej"},
)
TRUST_POLICE = Question(
    "fortroende_polis",
    "Hur stort förtroende har du för polisens arbete i ditt område?",
    {1: "Mycket litet", 2: "Ganska litet", 3: "Varken eller", 4: "Ganska stort", 5: "Mycket stort"},
)
TRUST_MUNICIPALITY = Question(
    "fortroende_kommun",
    "Hur stort förtroende har du för kommunens trygghetsarbete?",
    TRUST_POLICE.answers,
)
GENDERS = {"kvinna": "Kvinna", "man": "Man", "annat": "Annat eller vill inte svara"}
AGE_BANDS = ("16-24", "25-44", "45-64", "65-84")
BACKGROUND = ("omrade", "kon", "alder")
QUESTIONS = (SAFE_OUT_ALONE, WORRY_AFFECTS, *PROBLEMS, VICTIM, TRUST_POLICE, TRUST_MUNICIPALITY)
COLUMNS = (*BACKGROUND, *(q.code for q in QUESTIONS))

# The form in English, where the kommun turns it on: the same questions and answers.
_PROBLEMS_EN = {
    "problem_nedskrapning": "litter",
    "problem_skadegorelse": "vandalism",
    "problem_klotter": "graffiti",
    "problem_trafik": "disruptive traffic",
    "problem_berusade": "drunk people outdoors",
    "problem_narkotika": "drug dealing",
    "problem_ungdomsgang": "gangs of young people causing trouble",
    "problem_brak": "fights and threats outdoors",
    "problem_belysning": "poor lighting",
}
_TRUST_EN = {1: "Very low", 2: "Fairly low", 3: "Neither", 4: "Fairly high", 5: "Very high"}
ENGLISH: dict[str, tuple[str, dict[int, str]]] = {
    "otrygg_kvall": (
        "How safe or unsafe do you feel if you go out alone late in the evening in your area?",
        {1: "Very safe", 2: "Fairly safe", 3: "Fairly unsafe", 4: "Very unsafe",
         5: "I never go out alone because I feel unsafe",
         6: "I never go out alone for other reasons"},
    ),
    "oro_paverkar": (
        "Does worry about crime affect your quality of life?",
        {1: "Yes, a lot", 2: "Yes, somewhat", 3: "No"},
    ),
    **{
        code: (
            f"How big a problem is {what} in your area?",
            {0: "No problem", 1: "A small problem", 2: "A fairly big problem",
             3: "A very big problem"},
        )
        for code, what in _PROBLEMS_EN.items()
    },
    "utsatt_12_man": (
        "In the last twelve months, have you been the victim of any crime in your area?",
        {1: "Yes", 0: "No"},
    ),
    "fortroende_polis": ("How much do you trust the work of the police in your area?", _TRUST_EN),
    "fortroende_kommun": ("How much do you trust the kommun's work for safety?", _TRUST_EN),
}  # fmt: skip
GENDERS_EN = {"kvinna": "Woman", "man": "Man", "annat": "Other or prefer not to say"}
PROBLEM_SCALE_EN = ENGLISH[PROBLEMS[0].code][1]


@dataclass(frozen=True)
class LocalKind:
    """A kind of question a kommun may add: its answers, which count as yes, and how the
    results head its share. The problem scale is the standard one; a local problem has a
    share of its own but never counts into the standard problem index."""

    answers: dict[int, str]
    answers_en: dict[int, str]
    yes: tuple[int, ...]
    label: str


LOCAL_PROBLEM = "problem"
LOCAL_YES_NO = "ja_nej"
LOCAL_KINDS = {
    LOCAL_PROBLEM: LocalKind(PROBLEM_SCALE, PROBLEM_SCALE_EN, (2, 3), "Stort problem: {text}"),
    LOCAL_YES_NO: LocalKind(VICTIM.answers, ENGLISH[VICTIM.code][1], (1,), "Svarar ja: {text}"),
}
# A local question's code: "egen_" and a number the kommun never uses for another question.
LOCAL_CODE = re.compile(r"egen_[1-9][0-9]{0,4}")


def local_question(code: str, kind: str, text: str, text_en: str = "", *, english: bool = False
                   ) -> Question:  # fmt: skip
    """A kommun's own question as the form asks it, in English where asked and written.

    A local problem's `text` names the problem ("hundbajs på gångvägar") and is asked the
    way the standard problems are; a yes/no question's `text` is the whole question.
    """
    local = LOCAL_KINDS[kind]
    if kind == LOCAL_PROBLEM:
        asked = f"Hur stort problem är {text} i ditt område?"
        if english and text_en:
            asked = f"How big a problem is {text_en} in your area?"
    else:
        asked = text_en if english and text_en else text
    answers = local.answers_en if english else local.answers
    return Question(code, asked, answers, aliases=(text,) if asked != text else ())

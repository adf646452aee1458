"""The standard questions of a Swedish local safety survey (trygghetsmätning), version 1.

The columns of a response file are these codes; the answers are the codes below. The
wording follows the questions Swedish police and kommuner ask in their local surveys,
so that rounds and kommuner stay comparable; a kommun may add questions of its own in a
later version, never change these.
"""

from __future__ import annotations

from dataclasses import dataclass

VERSION = 1


@dataclass(frozen=True)
class Question:
    code: str
    text: str
    answers: dict[int, str]


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
_PROBLEM_SCALE = {0: "Inget problem", 1: "Litet problem", 2: "Ganska stort problem",
                  3: "Mycket stort problem"}  # fmt: skip
PROBLEMS = tuple(
    Question(code, f"Hur stort problem är {what} i ditt område?", _PROBLEM_SCALE)
    for code, what in (
        ("problem_nedskrapning", "nedskräpning"),
        ("problem_skadegorelse", "skadegörelse"),
        ("problem_klotter", "klotter"),
        ("problem_trafik", "störande trafik"),
        ("problem_berusade", "berusade personer utomhus"),
        ("problem_narkotika", "narkotikaförsäljning"),
        ("problem_ungdomsgang", "ungdomsgäng som stör"),
        ("problem_brak", "bråk och hot utomhus"),
        ("problem_belysning", "dålig belysning"),
    )
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

"""Signatures as PDF extraction leaves them: one per line, or two columns merged into one."""

import pytest

from loften.ingest.extract import Reference, extract
from loften.ingest.normalise import normalise
from loften.ingest.phrases import parse_signed
from loften.ingest.signatories import (
    ends_with_title,
    people_named,
    signatories_of,
    signed_electronically,
    signed_in_prose,
)

PLACES = {"umeå", "piteå", "älvdal", "älvsbyn", "östersund"}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hans Lindberg\nkommunstyrelsens ordförande, Umeå kommun\n\n"
            "Michael Rystedt\nlokalpolisområdeschef, Polisområde Västerbotten\n",
            [
                ("Hans Lindberg", "kommunstyrelsens ordförande", "Umeå kommun"),
                ("Michael Rystedt", "lokalpolisområdeschef", "Polisområde Västerbotten"),
            ],
        ),
        (
            "_______ _______\nJohan Dahlqvist  Andreas Nyberg\n"
            "Kommunalråd Älvsbyns kommun Lokalpolisområdeschef Piteå Älvdal\n",
            [
                ("Johan Dahlqvist", "Kommunalråd", "Älvsbyns kommun"),
                ("Andreas Nyberg", "Lokalpolisområdeschef", "Lokalpolisområde Piteå Älvdal"),
            ],
        ),
        (
            "……… ………\nDavid Westlin, chef lokalpolisområde Bo Svensson\n\n"
            "Östersund    Kommunstyrelsens ordförande\n",
            [
                ("David Westlin", "chef lokalpolisområde", "Lokalpolisområde Östersund"),
                ("Bo Svensson", "Kommunstyrelsens ordförande", "Östersunds kommun"),
            ],
        ),
        (
            # a middle initial, in columns, as Word's signature table has it
            "Ulrika B. Sjölund                            Mattias Forsgren\n"
            "Kommunstyrelsens ordförande                  Lokalpolisområdeschef\n",
            [
                ("Ulrika B. Sjölund", "Kommunstyrelsens ordförande", "Östersunds kommun"),
                ("Mattias Forsgren", "Lokalpolisområdeschef", ""),
            ],
        ),
        (
            # a form's labels in a column of their own
            "Underskrift          ____________________       ____________________\n\n"
            "Namnförtydligande    Kerstin Alvarsson          Tobias Renström\n\n"
            "Titel                Kommunstyrelsens ordförande        Lokalpolisområdeschef\n",
            [
                ("Kerstin Alvarsson", "Kommunstyrelsens ordförande", "Östersunds kommun"),
                ("Tobias Renström", "Lokalpolisområdeschef", ""),
            ],
        ),
        ("Purple Flag gör staden tryggare.\nVi lovar mycket.\n", []),
        ("", []),
    ],
)
def test_signatories(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = signatories_of(text, after=0, places=PLACES, municipality_name="Östersunds kommun")
    assert [(s["name"], s["title"], s["organisation"]) for s in found] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the date first, the names between "skrev" and "under", the area after a comma
        "Den 2 mars 2015 skrev kommunstyrelsens ordförande Lena Ek och kommunpolis Per-Erik "
        "Sundin, lokalpolisområde Umeå, under Vännäs kommuns första medborgarlöfte.",
        # each party's signer in its own clause
        "För staden skrev kommunstyrelsens ordförande Lena Ek under, och för polisen "
        "lokalpolisområdeschef Per-Erik Sundin.",
        # a spoken answer, both names before "under"
        "Det skrev kommunstyrelsens ordförande Lena Ek och lokalpolisområdeschefen Per-Erik "
        "Sundin under, det var i februari.",
    ],
)
def test_signers_named_between_skrev_and_under_are_signatories(sentence: str) -> None:
    signed = signed_in_prose(sentence, places=set())

    assert [s["name"] for s in signed] == ["Lena Ek", "Per-Erik Sundin"]


def test_signatures_under_a_paragraph_sign_heading_end_before_the_contacts_below() -> None:
    text = (
        "§ 8 Underskrifter\n\nBräcke den 28 april 2026\n\n"
        "För Bräcke kommun:\n\nSture Wennerholm\nKommunstyrelsens ordförande\n\n"
        "För Polisen:\n\nMadeleine Krantz\nLokalpolisområdeschef\n\n"
        "Medborgarlöfte Bräcke 2026 Sida 4 av 4\n\n"
        "Kontakt: Trygghetssamordnare Anders Kjellgren, Bräcke kommun,\n"
        "0693-161 00. Kommunpolis Hanna Lindvall, Polisen, 114 14."
    )

    found = signatories_of(
        text, after=text.find("Bräcke den"), places=PLACES, municipality_name="Bräcke kommun"
    )

    assert [s["name"] for s in found] == ["Sture Wennerholm", "Madeleine Krantz"]


def test_a_letter_written_under_a_summer_signs_nothing() -> None:
    sentence = "Anna Berg skrev ett brev till Per Ek under sommaren."

    assert signed_in_prose(sentence, places=set()) == []


def test_a_post_whose_writer_says_who_they_are_and_that_they_signed_names_them() -> None:
    text = (
        "Så gick det med medborgarlöftet 2026\n\n"
        "Jag heter Karin Lund och är chef för lokalpolisområde Mora. I februari förra året "
        "skrev jag och kommunstyrelsens ordförande Göran Falk under ett medborgarlöfte.\n\n"
        "Polisen lovade att göra nykterhetskontroller varje helg. Det blev 40 kontroller.\n\n"
        "Kommunen lovade att hålla fritidsgården öppen. Den var öppen varje fredag.\n"
    )

    signed = extract(normalise(text), Reference.from_shipped_files())["signatories"]

    assert [s["name"] for s in signed] == ["Karin Lund", "Göran Falk"]


def test_people_a_news_sentence_says_signed_are_signatories_with_their_titles() -> None:
    text = (
        "I går skrev Lena Ek, kommunstyrelsens ordförande, och Per Sundin från polisen på ett "
        "nytt medborgarlöfte.\n"
        "Löftet undertecknades av lokalpolisområdeschef Nils Ahl och Maria Berg, kommunalråd, "
        "i stadshuset.\n"
        "– Det här blir bra, säger Olle Holm som leder arbetet."
    )

    signed = signed_in_prose(text, places=set())

    assert [(s["name"], s["title"]) for s in signed] == [
        ("Lena Ek", "kommunstyrelsens ordförande"),
        ("Per Sundin", ""),
        ("Nils Ahl", "lokalpolisområdeschef"),
        ("Maria Berg", "kommunalråd"),
    ]


def test_a_surname_that_is_also_a_kommun_is_still_a_name() -> None:
    text = "Sala den 3 mars 2025\n\nPer Lund Eva Berg\nKommunstyrelsens ordförande Kommunpolis\n"

    signed = signatories_of(text, after=0, places={"lund", "berg", "sala"}, municipality_name=None)

    assert [s["name"] for s in signed] == ["Per Lund", "Eva Berg"]


def test_a_news_sentence_with_the_titles_before_the_names_and_under_after_them() -> None:
    text = (
        "På måndagen skrev kommunalråd Anna Lind och lokalpolisområdeschef Olof Berg under "
        "det nya medborgarlöftet."
    )

    signed = signed_in_prose(text, places=set())

    assert [(s["name"], s["title"]) for s in signed] == [
        ("Anna Lind", "kommunalråd"),
        ("Olof Berg", "lokalpolisområdeschef"),
    ]


def test_three_signers_with_long_titles_between_the_verb_and_under() -> None:
    text = (
        "I går skrev Klippans kommunstyrelseordförande Ann-Sofie Wik, Perstorps "
        "kommunstyrelseordförande Leif Nyström och lokalpolisområdeschefen Maja Grahn under "
        "löftet i Klippans stadshus."
    )

    signed = signed_in_prose(text, places=set())

    assert [s["name"] for s in signed] == ["Ann-Sofie Wik", "Leif Nyström", "Maja Grahn"]


def test_signers_who_set_their_names_under_it_and_one_signing_by_bankid() -> None:
    said = (
        "I maj satte Eva Ström, kommunstyrelsens ordförande i Tidaholm, och "
        "lokalpolisområdeschefen Ali Karimi sina namn under löftet."
    )
    logged = "Signerat digitalt av Britt-Marie Holm Ek via BankID 2027-03-02 14:12"
    planned = "Löftet avses undertecknas av stadsdelsdirektören och kommunpolis Mats Ek i mars."

    assert [s["name"] for s in signed_in_prose(said, places=set())] == ["Eva Ström", "Ali Karimi"]
    assert [s["name"] for s in signed_in_prose(logged, places=set())] == ["Britt-Marie Holm Ek"]
    assert signed_in_prose(planned, places=set()) == []


def test_four_signers_each_with_the_title_and_organisation_above_the_name() -> None:
    text = (
        "Malmö den 3 mars 2027\n\n"
        "Stadsområdesdirektör, Stadsområde Öster\nLena Holm\n\n"
        "Lokalpolisområdeschef, Lokalpolisområde Rosengård\nOmar Nilsson\n\n"
        "Områdeschef, Bostadsbolaget Östergården\nSara Ek\n\n"
        "Stationschef, Räddningstjänsten Syd\nPer Dahl\n"
    )

    found = signatories_of(text, after=0, places=PLACES, municipality_name="Malmö stad")

    assert [(s["name"], s["title"]) for s in found] == [
        ("Lena Holm", "Stadsområdesdirektör"),
        ("Omar Nilsson", "Lokalpolisområdeschef"),
        ("Sara Ek", "Områdeschef"),
        ("Per Dahl", "Stationschef"),
    ]


@pytest.mark.parametrize("heading", ["6 Kontaktpersoner", "Frågor?"])
def test_contacts_under_a_numbered_or_a_slides_heading_have_not_signed(heading: str) -> None:
    text = (
        "Februari: löftet undertecknas\n\n"
        f"{heading}\n"
        "Eva Ek, säkerhetssamordnare, Ljungby kommun\n"
        "Per Holm, kommunpolis, lokalpolisområde Ljungby\n"
    )

    assert signatories_of(text, after=0, places=PLACES, municipality_name="Ljungby kommun") == []


def test_signatures_side_by_side_in_cells_with_form_labels() -> None:
    text = (
        ".......... | ..........\nUnderskrift | Underskrift\n\n"
        "Eva Maria Lundqvist | Omar Said\nNamnförtydligande | Namnförtydligande\n"
        "Kommunstyrelsens ordförande | Lokalpolisområdeschef\n"
    )
    found = signatories_of(text, after=0, places=PLACES, municipality_name="Umeå kommun")
    assert [(s["name"], s["title"]) for s in found] == [
        ("Eva Maria Lundqvist", "Kommunstyrelsens ordförande"),
        ("Omar Said", "Lokalpolisområdeschef"),
    ]


@pytest.mark.parametrize("promise", ["årets medborgarlöfte", "2019 års medborgarlöfte"])
def test_a_sentence_that_says_who_signed_this_years_promise(promise: str) -> None:
    text = (
        "I februari skrev kommunstyrelsens ordförande Lena Sjöström och "
        f"lokalpolisområdeschefen Niklas Öhman under {promise}."
    )
    assert [s["name"] for s in signed_in_prose(text, places=set())] == [
        "Lena Sjöström",
        "Niklas Öhman",
    ]


def test_an_e_signing_record_names_who_signed_and_for_whom() -> None:
    record = (
        "Signerande parter\n"
        "Karin Åkesson (KÅ)\nPiteå kommun\nkarin.akesson@pitea.se\n"
        "Signerade 2026-02-03 10:11:12 CET\nIdentifierad med BankID\n\n"
        "Per Nilsson (PN)\nPolismyndigheten\nper.nilsson@polisen.se\n"
        "Signerade 2026-02-04 08:00:00 CET\n"
    )

    signed = signed_electronically(record, places=PLACES)

    assert [(s["name"], s["organisation"]) for s in signed] == [
        ("Karin Åkesson", "Piteå kommun"),
        ("Per Nilsson", "Polismyndigheten"),
    ]
    assert signed_electronically("Signerade av oss alla.", places=PLACES) == []


def test_who_presented_a_promise_is_not_among_those_it_was_signed_by() -> None:
    text = (
        "Mikael Strand gick igenom löftet för 2026, som skrevs under i februari av "
        "Gunilla Torp och lokalpolisområdeschef Annelie Fors."
    )
    assert [s["name"] for s in signed_in_prose(text, places=set())] == [
        "Gunilla Torp",
        "Annelie Fors",
    ]


def test_a_passive_sentence_says_who_the_promise_was_signed_by() -> None:
    text = (
        "Avtalet skrevs under i stadshuset i går av kommunalrådet Olle Fjäll "
        "och lokalpolisområdeschefen Mira Sten."
    )
    assert [s["name"] for s in signed_in_prose(text, places=set())] == ["Olle Fjäll", "Mira Sten"]


def test_who_put_their_names_under_the_promise_signed_it() -> None:
    text = "Det var Olle Fjäll och Mira Sten som satte sina namn under löftet i går."

    assert [s["name"] for s in signed_in_prose(text, places=set())] == ["Olle Fjäll", "Mira Sten"]


def test_titles_on_the_line_above_the_names_in_two_columns() -> None:
    text = "Kommunstyrelsens ordförande | Lokalpolisområdeschef\nRut Ahlgren | Sixten Mård\n"

    signed = signatories_of(text, after=0, places=PLACES, municipality_name="Umeå kommun")

    assert [(s["name"], s["title"]) for s in signed] == [
        ("Rut Ahlgren", "Kommunstyrelsens ordförande"),
        ("Sixten Mård", "Lokalpolisområdeschef"),
    ]


def test_signatures_stacked_under_the_party_each_signs_for() -> None:
    text = (
        "För Umeå kommun\nKommundirektör\nElsa Vinge\n\n"
        "För Umebostäder AB\nVerkställande direktör\nTor Lindgren\n"
    )

    signed = signatories_of(text, after=0, places=PLACES, municipality_name="Umeå kommun")

    assert [(s["name"], s["title"], s["organisation"]) for s in signed] == [
        ("Elsa Vinge", "Kommundirektör", "Umeå kommun"),
        ("Tor Lindgren", "Verkställande direktör", "Umebostäder AB"),
    ]


def test_columns_flattened_a_row_at_a_time_sign_for_the_party_above_each() -> None:
    text = (
        "Underskrifter\n\nFör Bergs kommun\nFör Bräcke kommun\nFör Polisen\n\n"
        "Karin Sund\nLars-Ove Ek\nMikael Holm\n"
        "Kommunstyrelsens ordförande\nKommunstyrelsens ordförande\nLokalpolisområdeschef\n"
    )

    signed = signatories_of(text, after=0, places=PLACES, municipality_name="Bergs kommun")

    assert [(s["name"], s["organisation"]) for s in signed] == [
        ("Karin Sund", "Bergs kommun"),
        ("Lars-Ove Ek", "Bräcke kommun"),
        ("Mikael Holm", "Polisen"),
    ]


@pytest.mark.parametrize("heading", ["6. Underskrifter", "6. Underskrift", "6. Undertecknande"])
def test_two_rows_of_signature_pairs_under_their_heading_after_the_contacts(heading: str) -> None:
    text = (
        f"5. Kontaktpersoner\nKommunpolis Nora: Elin Borg\n\n{heading}\n\n"
        "Lindesberg den 9 december 2025\n\n"
        "Anders Hell | Karin Wål\nKommunstyrelsens ordförande | Kommunstyrelsens ordförande\n"
        "Lindesbergs kommun | Nora kommun\n\n"
        "Roger Lind | Lena Fors\nKommunstyrelsens ordförande | Lokalpolisområdeschef\n"
        "Ljusnarsbergs kommun | Polisen\n"
    )

    signed = signatories_of(text, after=0, places=PLACES, municipality_name="Lindesbergs kommun")

    assert [(s["name"], s["organisation"]) for s in signed] == [
        ("Anders Hell", "Lindesbergs kommun"),
        ("Karin Wål", "Nora kommun"),
        ("Roger Lind", "Ljusnarsbergs kommun"),
        ("Lena Fors", "Polisen"),
    ]


def test_contacts_in_a_sentence_wrapped_over_lines_or_under_an_appendix_have_not_signed() -> None:
    signatures = (
        "Mora kommun | Polisen\nAnna Berg | Jonas Ek\nKommunalråd | Lokalpolisområdeschef\n"
    )
    wrapped = (
        "Har du frågor? Kontakta trygghetssamordnare Eva Sund,\n"
        "eva.sund@mora.se, eller kommunpolis Per Lund via polisens telefonnummer\n114 14.\n\n"
    )
    appendix = (
        "\nBilaga 2 Kontaktpersoner\n\nTrygghetssamordnare Jenny Wallin, Mora kommun\n"
        "Kommunpolis Oscar Håkansson, Polisen\n"
    )

    for text in (wrapped + signatures, signatures + appendix):
        signed = signatories_of(text, after=0, places=PLACES, municipality_name="Mora kommun")
        assert [s["name"] for s in signed] == ["Anna Berg", "Jonas Ek"]


@pytest.mark.parametrize(
    "translation",
    [
        "Summary in English\n"
        "The municipality and the police have agreed on a promise for the year.\n",
        # the same in Arabic script, as a page for residents in several languages has it
        "بالعربية\nاتفقت البلدية والشرطة على وعد جديد للمواطنين لهذا العام في المدينة كلها.\n",  # noqa: RUF001
    ],
)
def test_a_translation_after_the_signatures_is_no_caption(translation: str) -> None:
    text = (
        "Umeå den 2 mars 2026\n\n"
        "Rut Ahlgren, kommunstyrelsens ordförande, Umeå kommun\n"
        "Lova Berg, områdeschef primärvård, Region Västerbotten\n\n"
    )

    signed = signatories_of(
        text + translation, after=0, places=PLACES, municipality_name="Umeå kommun"
    )

    assert [s["name"] for s in signed] == ["Rut Ahlgren", "Lova Berg"]


def test_a_contact_after_more_information_signs_nothing() -> None:
    text = "För mer information:\nRut Ahlgren, kommunstyrelsens ordförande, 090-16 10 00\n"

    assert signatories_of(text, after=0, places=PLACES, municipality_name=None) == []


def test_each_kommun_of_a_joint_promise_signs_for_itself() -> None:
    text = (
        "Hans Lindberg, kommunstyrelsens ordförande Umeå\n"
        "Bo Svensson, kommunstyrelsens ordförande Östersund\n"
        "Eva Ek, lokalpolisområdeschef\n"
    )
    found = signatories_of(text, after=0, places=PLACES, municipality_name="Umeå kommun")
    assert [(s["name"], s["title"], s["organisation"]) for s in found] == [
        ("Hans Lindberg", "kommunstyrelsens ordförande", "Umeå kommun"),
        ("Bo Svensson", "kommunstyrelsens ordförande", "Östersunds kommun"),
        ("Eva Ek", "lokalpolisområdeschef", ""),
    ]


def test_signers_side_by_side_sign_for_the_party_named_above_them() -> None:
    text = (
        "För Piteå kommun | För Polisen\nAnna Holm | Erik Lind\n"
        "Kommunstyrelsens ordförande | Lokalpolisområdeschef\n"
    )
    found = signatories_of(text, after=0, places=PLACES, municipality_name="Umeå kommun")
    assert [(s["name"], s["organisation"]) for s in found] == [
        ("Anna Holm", "Piteå kommun"),
        ("Erik Lind", ""),
    ]


# Every usual layout of two signatures under the promises, with the names it must give.
SIGNATURE_LAYOUTS = {
    "lines": "Mora den 15 januari 2027\n\nAnna Berg\nKommunstyrelsens ordförande\nMora kommun\n\n"
    "Jonas Ek\nLokalpolisområdeschef\nLokalpolisområde Mora\n",
    "comma": "Mora 2027-01-15\n\nAnna Berg, kommunstyrelsens ordförande, Mora kommun\n"
    "Jonas Ek, lokalpolisområdeschef, Polisen\n",
    "table": "Mora 2027-01-15\n\nAnna Berg | Jonas Ek\n"
    "Kommunstyrelsens ordförande | Lokalpolisområdeschef\n",
    "under_for": "Mora 2027-01-15\n\nFör Mora kommun\nAnna Berg\n\nFör Polisen\nJonas Ek\n",
    "prose": "Löftet undertecknades den 15 januari av Anna Berg, kommunstyrelsens ordförande, "
    "och Jonas Ek, lokalpolisområdeschef.\n",
    "ruled": "Mora 2027-01-15\n\n____________\nAnna Berg\nKommunstyrelsens ordförande\n\n"
    "____________\nJonas Ek\nLokalpolisområdeschef\n",
    "party_letter": "Mora 2027-01-15\n\nAnna Berg (S)\nKommunstyrelsens ordförande\n\n"
    "Jonas Ek\nLokalpolisområdeschef\n",
    "role_first": "Mora 2027-01-15\n\nKommunstyrelsens ordförande Anna Berg\n"
    "Lokalpolisområdeschef Jonas Ek\n",
    "chef_lpo": "Mora 2027-01-15\n\nAnna Berg\nKommunalråd\n\nJonas Ek\n"
    "Chef lokalpolisområde Mora\n",
    "three_words": "Mora 2027-01-15\n\nAnna Berg\nKommunstyrelsens ordförande\n\nJonas Ek Lind\n"
    "Lokalpolisområdeschef\n",
    "heading": "Underskrifter\n\nAnna Berg, kommunstyrelsens ordförande\n"
    "Jonas Ek, lokalpolisområdeschef\n",
    "news": "Anna Berg, kommunstyrelsens ordförande, och Jonas Ek, lokalpolisområdeschef, skrev "
    "under löftet på måndagen.\n",
    "caption": "Bild: Anna Berg och Jonas Ek skriver under medborgarlöftet. Foto: Mora kommun\n",
    # a web page's date lines under them are when it was published, not when it was signed
    "published_under": "Löftet är undertecknat av:\nAnna Berg, kommunstyrelsens ordförande, "
    "Mora kommun\nJonas Ek, lokalpolisområdeschef, lokalpolisområde Mora\n\nKontakt\n"
    "Kommunpolis Eva Sund nås via 114 14\n\nPublicerad 2027-02-20\nDela\n",
    "advice_under": "Löftet är undertecknat av:\nAnna Berg, kommunstyrelsens ordförande, "
    "Mora kommun\nJonas Ek, lokalpolisområdeschef, Polisen\n\nTips! Ring 114 14 om du har "
    "information om brott. Ring alltid 112 vid pågående brott.\n\nDela   Skriv ut\n",
    "debate_article": "Anna Berg (S)\nkommunalråd, Mora kommun\n\nJonas Ek\n"
    "lokalpolisområdeschef, lokalpolisområde Mora\n\nDetta är en debattartikel. Åsikterna "
    "är skribenternas egna.\nVill du svara? Skicka din replik till debatt@tidningen.se.\n",
    # a quote after names announced as the signers is no caption of them
    "quote_under": "Löftet är undertecknat av:\nAnna Berg, kommunstyrelsens ordförande, "
    "Mora kommun\nJonas Ek, lokalpolisområdeschef, Polisen\n\n– Nu ska det märkas i Noret, "
    "säger kommunpolis Eva Sund.\n",
    # two columns flattened a row at a time: the names, then the titles
    "columns_by_row": "Underskrifter\n\nMora den 15 januari 2027\n\nMora kommun\nPolisen\n"
    "Anna Berg\nJonas Ek\nKommunstyrelsens ordförande\nLokalpolisområdeschef\n",
    # an appendix list whose item is wrapped as a sentence is, is no caption of them
    "appendix_wrapped": "Mora 2027-01-15\n\nAnna Berg\nkommunstyrelsens ordförande, Mora kommun"
    "\n\nJonas Ek\nlokalpolisområdeschef, Polisen\n\nBilagor\n• Medborgarlöften 2027–2028.\n"
    "• Uppdragsplan för Mora brotts- och drogförebyggande\nråd 2027–2028.\n",
    # a letter's closing, with where to ask after it
    "letter_then_ask": "Med vänliga hälsningar\n\nAnna Berg\nkommunstyrelsens ordförande, Mora "
    "kommun\n\nJonas Ek\nkommunpolis, lokalpolisområde Mora\n\nFrågor om medborgarlöftet? "
    "Kontakta trygghetssamordnaren Eva Sund på 0250-260 00.\n\nDela   Skriv ut\n",
    # ... each signer's name and title on one line
    "letter_lines_then_ask": "Med vänliga hälsningar\n\nAnna Berg kommunstyrelsens ordförande"
    "\n\nJonas Ek kommunpolis\n\nFrågor om medborgarlöftet? Kontakta trygghetssamordnaren "
    "Eva Sund på 0250-260 00.\n\nDela   Skriv ut\n",
    "updated_under": "Anna Berg, kommunstyrelsens ordförande, Mora kommun\nJonas Ek, "
    "lokalpolisområdeschef, Polisen\n\nKontakt\nKommunpolis Eva Sund nås via 114 14.\n\n"
    "Dela   Skriv ut\nSidan uppdaterad 2027-02-07\n",
}


@pytest.mark.parametrize("layout", SIGNATURE_LAYOUTS)
def test_two_signatures_in_every_usual_layout(layout: str) -> None:
    text = (
        "Medborgarlöfte Mora 2027\n\nVåra löften\n\n- Polisen ska patrullera i Noret varje "
        f"fredag.\n- Kommunen ska tända belysningen i parken.\n\n{SIGNATURE_LAYOUTS[layout]}"
    )
    found = extract(text, Reference.from_shipped_files())
    second = "Jonas Ek Lind" if layout == "three_words" else "Jonas Ek"
    assert [s["name"] for s in found["signatories"]] == ["Anna Berg", second]


@pytest.mark.parametrize(
    "text",
    [
        # a letter, closed by its writer's name and role
        "Hej alla i Mora!\n\nFörra veckan skrev jag och kommunstyrelsens ordförande Anna Berg "
        "under årets medborgarlöfte. Polisen ska patrullera i Noret varje fredag, och "
        "kommunen ska tända belysningen i parken.\n\nHör av dig till mig på 114 14.\n\n"
        "Jonas Ek, kommunpolis i Mora\n",
        # a post, signed after a slash, with a reader's comment under it
        "Polisen Kommunpolis Mora\n\nI dag skrev jag och kommunstyrelsens ordförande Anna Berg "
        "under löftet i\nkommunhuset. Polisen ska patrullera i Noret varje fredag, och kommunen "
        "ska tända belysningen i parken.\n\n/Jonas Ek, kommunpolis i Mora och Orsa\n\n"
        "Karin Lund\nLampor i parken, det var på tiden och bra att ni lyssnar på oss som bor "
        "här.\n",
    ],
)
def test_a_writer_who_says_they_signed_is_signed_by_the_name_that_closes_the_text(
    text: str,
) -> None:
    found = extract(text, Reference.from_shipped_files())
    assert sorted(s["name"] for s in found["signatories"]) == ["Anna Berg", "Jonas Ek"]


def test_a_double_surname_before_skrev_under_is_the_whole_name() -> None:
    text = "Kommunpolis Jonas Ek och ordförande Anna Holm Berg skrev under löftet i går."

    assert [s["name"] for s in signed_in_prose(text, places=set())] == [
        "Jonas Ek",
        "Anna Holm Berg",
    ]


def test_a_page_that_closes_with_its_writers_name_is_not_signed_by_them() -> None:
    text = (
        "Medborgarlöfte Mora 2027\n\n- Polisen ska patrullera i Noret varje fredag.\n"
        "- Kommunen ska tända belysningen i parken.\n\nJag och mina kollegor ser fram emot "
        "året.\n\nJonas Ek, kommunpolis i Mora\n"
    )
    assert extract(text, Reference.from_shipped_files())["signatories"] == []


@pytest.mark.parametrize("drew_up", ["Upprättad av", "Rapporten är sammanställd av"])
def test_who_drew_up_a_report_did_not_sign_it(drew_up: str) -> None:
    text = (
        "Uppföljning av medborgarlöftet 2027\n\nLöfte 1: Polisen ska patrullera i Noret.\n"
        f"Resultat: Genomfört.\n\n{drew_up}\n\n"
        "Anna Berg                              Jonas Ek\n"
        "Kommunpolis                            Folkhälsostrateg\n"
        "Lokalpolisområde Mora                  Mora kommun\n"
    )
    assert extract(text, Reference.from_shipped_files())["signatories"] == []


def test_a_name_in_a_sentence_before_a_heading_over_prose_does_not_end_the_signatures() -> None:
    text = (
        "Samverkan med andra aktörer\nTrafikverket och Destination Gotland deltar i "
        "planeringen inför sommaren men omfattas inte av löftet.\n\nVad vi vill uppnå\nFärre "
        "stölder i centrum och att fler boende känner att någon ser till deras område.\n\n"
        "Kommunstyrelsens ordförande: Anna Berg\nLokalpolisområdeschef Gotland: Jonas Ek\n"
    )
    signatories = signatories_of(text, after=0, places=PLACES, municipality_name=None)
    assert [s["name"] for s in signatories] == ["Anna Berg", "Jonas Ek"]


def test_undertecknat_i_a_place_on_a_date_is_where_and_when_it_was_signed() -> None:
    assert parse_signed("Undertecknat i Visby den 19 december 2025\n\nAnna Berg") == {
        "date": "2025-12-19",
        "place": "Visby",
    }


def test_a_name_with_letters_from_elsewhere_signs_too() -> None:
    text = (
        "Underskrifter\n\nAnna Ström | Lejla Osmanović | Iñigo Nuñez\n"
        "Kommunstyrelsens ordförande | Lokalpolisområdeschef | Kommundirektör\n"
    )

    found = signatories_of(text, after=0, places=set(), municipality_name=None)
    assert [s["name"] for s in found] == [
        "Anna Ström",
        "Lejla Osmanović",
        "Iñigo Nuñez",
    ]


def test_signing_a_kommuns_promise_named_in_the_genitive_in_news_text() -> None:
    text = (
        "I tisdags skrev kommunstyrelsens ordförande Gunnar Persmark och kommunpolisen "
        "Sara Ljungqvist under Bjuvs nya medborgarlöfte i sessionssalen."
    )

    assert [s["name"] for s in signed_in_prose(text, places=set())] == [
        "Gunnar Persmark",
        "Sara Ljungqvist",
    ]


def test_a_double_surname_in_a_sentence_and_names_typed_between_slashes() -> None:
    news = (
        "I mars skrev kommunstyrelsens ordförande Jonas Berg Lindqvist och "
        "lokalpolisområdeschef Vera Ek, Gislaved, under löftet."
    )
    paper = (
        "Gislaved den 2 mars 2027\n\n"
        "/Eva Hultgren/                        /Anders Ruud/\n"
        "Kommunstyrelsens ordförande           Lokalpolisområdeschef\n"
    )

    assert [s["name"] for s in signed_in_prose(news, places={"gislaved"})] == [
        "Jonas Berg Lindqvist",
        "Vera Ek",
    ]
    signed = signatories_of(paper, after=0, places=PLACES, municipality_name="Gislaveds kommun")
    assert [s["name"] for s in signed] == ["Eva Hultgren", "Anders Ruud"]


def test_names_in_brackets_under_signature_lines_whose_title_wraps_beside_page_footers() -> None:
    text = (
        "Medborgarlöfte Bjuv 2026                                          Sida 1 av 4\n"
        "Löftet gäller under 2026.                                         Sida 2 av 4\n\n"
        "6  UNDERSKRIFTER\n\n"
        "Bjuv den 3 februari 2026\n\n"
        "Bjuvs kommun                            Polisen\n"
        "Kommunstyrelsens ordförande             Lokalpolisområdeschef\n"
        "                                        Lokalpolisområde Helsingborg\n\n"
        "__________________________              __________________________\n"
        "(Maria Ek)                              (Peter Holm)\n\n"
        "Har du frågor? Kontakta trygghetssamordnaren, 042-45 85 00.\n\n"
        "Medborgarlöfte Bjuv 2026                                          Sida 3 av 4\n"
        "Medborgarlöfte Bjuv 2026                                          Sida 4 av 4\n"
    )

    found = extract(normalise(text), Reference.from_shipped_files())

    assert [(s["name"], s["title"]) for s in found["signatories"]] == [
        ("Maria Ek", "Kommunstyrelsens ordförande"),
        ("Peter Holm", "Lokalpolisområdeschef"),
    ]


def test_an_e_mails_sender_and_who_compiled_a_follow_up_signed_nothing() -> None:
    mail = (
        "Från: Linda Berg\nSkickat: den 3 mars 2027\nÄmne: Löftet\n\n"
        "Löftet gäller från i dag.\n\nHälsningar\nLinda Berg\nKommunpolis, Polisen\n"
    )
    report = "Sammanställt av:\nSofia Brandin, samordnare, Hörby kommun\n"

    for text in (mail, report):
        assert signatories_of(text, after=0, places=PLACES, municipality_name=None) == []


def test_signatures_side_by_side_with_each_title_before_its_name() -> None:
    text = (
        "Umeå den ________ 2027\n\n________________ | ________________\n"
        "Kommunstyrelsens ordförande Karl Johan Viklund | Kommunpolis Maja Sundqvist Berg\n"
        "Umeå kommun | Lokalpolisområde Umeå\n"
    )
    found = signatories_of(text, after=0, places=PLACES, municipality_name="Umeå kommun")
    assert [(s["name"], s["title"]) for s in found] == [
        ("Karl Johan Viklund", "Kommunstyrelsens ordförande"),
        ("Maja Sundqvist Berg", "Kommunpolis"),
    ]


def test_a_promise_that_has_been_signed_names_its_signers_in_the_perfect_passive() -> None:
    text = (
        "Löftet har skrivits under av Lars Holm, kommunstyrelsens ordförande i Vindeln, "
        "och Stina Ek, lokalpolisområdeschef."
    )

    signed = signed_in_prose(text, places=set())

    assert [(s["name"], s["title"]) for s in signed] == [
        ("Lars Holm", "kommunstyrelsens ordförande i Vindeln"),
        ("Stina Ek", "lokalpolisområdeschef"),
    ]


def test_someone_asked_to_sign_has_not_signed() -> None:
    text = (
        "Kommunstyrelsen godkänner löftet och uppdrar åt kommunstyrelsens ordförande "
        "Ingrid Blind att underteckna det. Löftet ska undertecknas av Per Ek i mars."
    )

    assert signed_in_prose(text, places=set()) == []


def test_people_who_have_signed_in_plain_words_are_signatories() -> None:
    text = "Sofia Berg från kommunen och Anders Ek från polisen har skrivit under löftet."

    assert [s["name"] for s in signed_in_prose(text, places=set())] == ["Sofia Berg", "Anders Ek"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Oppositionsrådet Lars-Erik Bäckman (C) är mer tveksam.", ["Lars-Erik Bäckman"]),
        ("Kommunpolisen Sara Lind och rektor Jonas Ek möttes.", ["Sara Lind", "Jonas Ek"]),
        ("Vid Stora Torget och Norra Skolan blir det ljusare.", []),
    ],
)
def test_a_person_is_told_from_a_title_or_a_place_before_or_beside_them(
    text: str, expected: list[str]
) -> None:
    assert [person.group() for person in people_named(text)] == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Löftet skrevs under i maj av kommunstyrelsens ordförande", True),
        ("Vi träffade lokalpolisområdeschef ", True),
        ("Kommunstyrelsens ordförande tackade alla som kom", False),
        ("Hon är ordförande i föreningen", False),
    ],
)
def test_a_line_that_ends_on_a_signers_title_is_told(line: str, expected: bool) -> None:
    assert ends_with_title(line) is expected


def test_a_line_where_to_ask_after_the_signatures_does_not_make_them_a_byline() -> None:
    text = (
        "Vi lovade också att berätta hur det gick, och det gör vi här.\n\n"
        "Med vänliga hälsningar\n\n"
        "Maja Lindqvist                     Örjan Nilsson\n"
        "Kommunpolis                        Kommunstyrelsens ordförande\n\n"
        "Frågor? Ring kommunens växel 063-14 30 00 eller polisen 114 14.\n"
    )

    found = signatories_of(text, after=0, places=PLACES, municipality_name="Östersunds kommun")

    assert [s["name"] for s in found] == ["Maja Lindqvist", "Örjan Nilsson"]


def test_an_organisation_named_in_a_signing_sentence_is_not_a_signatory() -> None:
    text = (
        "Löftet skrevs under av kommunstyrelsens ordförande i Malung-Sälen Karin Olsson Ståhl, "
        "räddningschef Peter Sjölund från Räddningstjänsten Skåne Nordväst och Johan Brandt, "
        "vd för Gränby Centrumfastigheter AB."
    )

    assert [s["name"] for s in signed_in_prose(text, places={"malung-sälen"})] == [
        "Karin Olsson Ståhl",
        "Peter Sjölund",
        "Johan Brandt",
    ]


def test_a_row_of_the_parties_over_the_signatures_is_no_promise() -> None:
    text = (
        "Medborgarlöfte för Mora och Orsa 2027\n\n"
        "Polisen lovar att:\n- göra hastighetskontroller vid skolorna i Noret\n\n"
        "Mora och Orsa den 27 februari 2027\n\n"
        "För Mora kommun | För Orsa kommun | För Polisen\n"
        "Tomas Ekstrand | Ulla Kvist | Fredrik Almén\n"
        "Kommunstyrelsens ordförande | Kommunstyrelsens ordförande | Lokalpolisområdeschef\n"
    )

    extracted = extract(text, Reference.from_shipped_files())

    assert [p["text"] for p in extracted["promises"]] == [
        "göra hastighetskontroller vid skolorna i Noret"
    ]
    assert [s["name"] for s in extracted["signatories"]] == [
        "Tomas Ekstrand",
        "Ulla Kvist",
        "Fredrik Almén",
    ]


def test_a_blog_post_by_the_kommunpolis_who_signed_names_its_author_not_its_comment_form() -> None:
    text = (
        "Kommunpolisen i Mora bloggar\n\n"
        "Så gick det med medborgarlöftet 2026\n\n"
        "Postat den 18 januari 2027 av Henrik Sjölund | Kategori: Medborgarlöfte\n\n"
        "Det var en blåsig dag i april som jag och kommunstyrelsens ordförande Birgitta "
        "Lundmark skrev under löftet för 2026.\n\n"
        "Polisen lovade att göra nykterhetskontroller varje helg. Det blev 40 kontroller.\n\n"
        "Kommunen lovade att hålla fritidsgården öppen. Den var öppen varje fredag.\n\n"
        "Lämna en kommentar\nNamn   E-post   Kommentar   Skicka\n\n"
        "© Kommunpolisen i Mora | Bloggen drivs av Polisen Region Nord\n"
    )

    signed = extract(normalise(text), Reference.from_shipped_files())["signatories"]

    assert [s["name"] for s in signed] == ["Henrik Sjölund", "Birgitta Lundmark"]


def test_those_who_report_on_a_promise_the_parties_signed_did_not_sign_it() -> None:
    text = (
        "Elsa Berg och Jonas Fält redovisade hur det gått med det medborgarlöfte som "
        "kommunen och polisen skrev under i mars 2022."
    )

    assert signed_in_prose(text, places=set()) == []


def test_signers_named_between_the_verb_and_the_kommuns_and_polices_promise() -> None:
    text = (
        "I mars 2023 skrev kommunstyrelsens ordförande Anna Holm och Per Ek, chef för "
        "lokalpolisområde Nyköping, under Gnesta kommuns och Polisens medborgarlöfte för 2023."
    )

    assert [s["name"] for s in signed_in_prose(text, places=set())] == ["Anna Holm", "Per Ek"]


def test_a_name_and_title_with_a_phone_number_under_the_promise_is_whom_to_call() -> None:
    text = (
        "Polisen ska göra trafikkontroller på E4 varje månad.\n\n"
        "Vill du veta mer?\n"
        "Sara Lund, folkhälsosamordnare, 0652-360 00\n"
        "Olof Berg, kommunpolis, 114 14\n"
    )

    assert signatories_of(text, after=0, places=PLACES, municipality_name=None) == []


def test_a_company_signer_named_by_its_full_name_is_not_a_person() -> None:
    text = (
        "Löftet skrevs under av kommunstyrelsens ordförande Eva Berg och Gallerian Handel & "
        "Fastighet AB:s vd Sara Lind."
    )

    assert [s["name"] for s in signed_in_prose(text, places=set())] == ["Eva Berg", "Sara Lind"]


def test_a_link_to_the_signed_promise_under_the_signatures_names_no_signer() -> None:
    text = (
        "Polisen ska göra trafikkontroller i Laxå.\n\n"
        "Laxå den 28 mars 2022\n\n"
        "Anna Berg\nKommunstyrelsens ordförande\n\n"
        "Olof Ek\nLokalpolisområdeschef\n\n"
        "Ladda ner\nMedborgarlöfte Laxå 2022–2023, undertecknat (pdf)\n"
    )

    extracted = extract(text, Reference.from_shipped_files())

    assert [s["name"] for s in extracted["signatories"]] == ["Anna Berg", "Olof Ek"]


def test_a_forms_field_of_who_signed_goes_on_over_the_lines_under_it() -> None:
    text = (
        "Undertecknat av:\tEva Holm, kommunstyrelsens ordförande, Nacka kommun\n"
        "\tJonas Ek, lokalpolisområdeschef, LPO Nacka\n"
        "Sammanställd av:\tSara Lind, säkerhetssamordnare, Nacka kommun\n"
    )
    assert [s["name"] for s in signed_in_prose(normalise(text), places=PLACES)] == [
        "Eva Holm",
        "Jonas Ek",
    ]


def test_a_follow_up_that_tells_who_signed_closes_with_who_wrote_it_not_signers() -> None:
    text = (
        "Uppföljning av medborgarlöftet 2025\n\n"
        "Medborgarlöftet 2025 undertecknades den 14 februari 2025 av kommunstyrelsens "
        "ordförande Eva Holm och lokalpolisområdeschef Jonas Ek.\n\n"
        "Löfte 1\nPolisen skulle patrullera i Torekov varje fredag.\nBedömning: genomfört.\n\n"
        "Löfte 2\nKommunen skulle tända belysningen vid hamnen.\nBedömning: genomfört.\n\n"
        "Sara Lind                                   Per Berg\n"
        "Trygghetssamordnare                         Kommunpolis\n"
        "Båstads kommun                              Lokalpolisområde Ängelholm\n"
    )
    extracted = extract(normalise(text), Reference.from_shipped_files())
    assert extracted["kind"] == "follow_up"
    assert [s["name"] for s in extracted["signatories"]] == ["Eva Holm", "Jonas Ek"]


def test_signatures_under_their_heading_are_read_past_an_annex_after_them() -> None:
    text = (
        "Polisen ska göra trafikkontroller i Tibro varje månad.\n\n"
        "8 UNDERSKRIFTER\n\n"
        "Tibro 2027-01-20                        Tibro 2027-01-22\n\n"
        "..............................          ..............................\n"
        "Eva Holm                                Jonas Ek\n"
        "Kommunstyrelsens ordförande             Lokalpolisområdeschef\n\n"
        "Kontakt: Sara Lind, trygghetssamordnare, Tibro kommun.\n\n"
        "Bilaga: Lägesbild\n"
        "Anmälningarna om cykelstölder ökade under 2026, mest vid stationen. "
        "Trygghetsmätningen visar att fler känner sig trygga i centrum.\n"
    )
    extracted = extract(normalise(text), Reference.from_shipped_files())
    assert [s["name"] for s in extracted["signatories"]] == ["Eva Holm", "Jonas Ek"]


def test_a_signing_services_log_under_the_heading_names_who_signed() -> None:
    text = (
        "Polisen ska göra trafikkontroller i Falkenberg varje månad.\n\n"
        "9. Underskrifter\n\n"
        "Dokumentet har undertecknats elektroniskt, se verifikatet nedan.\n\n"
        "VERIFIKAT                          Transaktion 1234-ABCD\n"
        "Signerat digitalt\n"
        "Eva Holm\n"
        "Kommunstyrelsens ordförande, Falkenbergs kommun\n"
        "2027-01-27 14:02:11 CET (BankID)\n\n"
        "Signerat digitalt\n"
        "Jonas Ek\n"
        "Lokalpolisområdeschef, lokalpolisområde Falkenberg\n"
        "2027-01-29 08:47:53 CET (BankID)\n\n"
        "Alla parter har signerat dokumentet. Verifikatet skapades 2027-01-29.\n"
    )
    extracted = extract(normalise(text), Reference.from_shipped_files())
    assert [s["name"] for s in extracted["signatories"]] == ["Eva Holm", "Jonas Ek"]


def test_titles_that_wrap_in_three_signature_columns_are_joined() -> None:
    text = (
        "Polisen ska göra trafikkontroller i Säter varje månad.\n\n"
        "8. UNDERSKRIFTER\n\n"
        "Säter den 15 december 2026\n\n"
        "Eva Holm                  Jonas Ek                  Lisa Berg\n"
        "Kommunstyrelsens          Lokalpolisområdes-        Verkställande\n"
        "ordförande                chef                      direktör\n"
    )
    extracted = extract(normalise(text), Reference.from_shipped_files())
    assert [(s["name"], s["title"]) for s in extracted["signatories"]] == [
        ("Eva Holm", "Kommunstyrelsens ordförande"),
        ("Jonas Ek", "Lokalpolisområdeschef"),
        ("Lisa Berg", "Verkställande direktör"),
    ]


def test_a_letters_signers_under_its_closing_before_the_annexes() -> None:
    text = (
        "Till dig som bor i Skurup\n\n"
        "Polisen lovar att göra trafikkontroller vid skolan varje månad.\n\n"
        "Med vänlig hälsning\n\n"
        "..............................          ..............................\n"
        "Eva Lindgren                            Per Sandberg\n"
        "Kommunstyrelsens ordförande             Lokalpolisområdeschef\n\n"
        "Skurup den 29 januari 2026\n\n"
        "Bilagor\n1. Så tog vi fram löftet\n\n"
        "BILAGA 1 SÅ TOG VI FRAM LÖFTET\n\n"
        "Vi träffade boende i Rydsgård och Skivarp under hösten.\n"
    )

    found = extract(normalise(text), Reference.from_shipped_files())

    assert [s["name"] for s in found["signatories"]] == ["Eva Lindgren", "Per Sandberg"]


@pytest.mark.parametrize("heading", ["8. Underskrifter", "UNDERSKRIFTSSIDA"])
def test_signers_under_their_heading_far_above_the_date_before_the_contacts(heading: str) -> None:
    text = (
        "Samverkansöverenskommelse 2026–2029\n\n"
        "Polisen åtar sig att göra trafikkontroller vid skolan varje månad.\n\n"
        f"{heading}\n\n"
        "Överenskommelsen har upprättats i två likalydande exemplar, varav parterna har\n"
        "tagit var sitt.\n\n"
        "Motala den 17 december 2025                      Motala den 17 december 2025\n\n"
        "Katarina Lindholm                                Henrik Wallgren\n"
        "Kommunstyrelsens ordförande                      Lokalpolisområdeschef\n\n"
        "[Sida 5]\n\n"
        "Kontaktpersoner\n\n"
        "Jenny Strandberg, säkerhetsstrateg, Motala kommun, nås via växeln.\n\n"
        "Slut på textinnehåll. Tolkningen gjordes vid registreringen i avtalskatalogen.\n"
    )

    found = extract(normalise(text), Reference.from_shipped_files())

    assert [s["name"] for s in found["signatories"]] == ["Katarina Lindholm", "Henrik Wallgren"]

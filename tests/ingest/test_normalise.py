"""The Swedish text normaliser: hyphenation, split words, bullets and whitespace."""

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loften.ingest import readers
from loften.ingest.normalise import dehyphenate_inline, normalise, ordinary_case

SEEDS = Path(__file__).resolve().parents[2] / "src" / "loften" / "ops" / "seeds"
SUSPENDING = {"och", "eller", "samt", "som", "respektive"}

# Lines from seed 001, whose PDF extraction leaves a trailing space at ordinary word
# wraps: the evidence that a line ending flush against the break was broken in a word.
SEED_001_WRAPS = (
    "Samhället har allt att vinna på en minskad brottslighet och \n"
    "ökad trygghet. Därför behövs ett aktivt brottsförebyggande \n"
    "arbete samt ett trygghetsskapande arbete som bygger på en \n"
    "gemensam samsyn.\n\n"
)


def seed(number: str) -> str:
    (path,) = SEEDS.glob(f"{number}_*.txt")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("minska brottslig- \nheten i Umeå kommun.", "minska brottsligheten i Umeå kommun."),
        ("minska brottslig-\nheten i Umeå kommun.", "minska brottsligheten i Umeå kommun."),
        ("minska brottslig-  \t\nheten", "minska brottsligheten"),
        ("och trygghets\u2011 \nskapande arbete", "och trygghetsskapande arbete"),
        ("och trygghets\u00ad\nskapande arbete", "och trygghetsskapande arbete"),
        ("och trygghets\u2010\nskapande arbete", "och trygghetsskapande arbete"),
        ("vår och höst, genom-\nföra särskilda", "vår och höst, genomföra särskilda"),
        ("förhindra och förebyg-\nga brott.", "förhindra och förebygga brott."),
        ("mellan Polismyndig-\nheten och Umeå", "mellan Polismyndigheten och Umeå"),
        ("och då framförallt narko-\ntikarelaterad", "och då framförallt narkotikarelaterad"),
        ("särskilt bekymmer-\nsamt på de nordöstra", "särskilt bekymmersamt på de nordöstra"),
        ("MINSKA BROTTSLIG-\nHETEN", "MINSKA BROTTSLIGHETEN"),
        # a name the dictionary lacks, broken before a conjunction that ends the sentence
        ("promenadstråket runt Trum-\nmen.", "promenadstråket runt Trummen."),
    ],
)
def test_a_word_hyphenated_at_a_line_end_is_joined(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("trygghets-\noch brottsförebyggande", "trygghets- och brottsförebyggande"),
        ("trygghets- \noch brottsförebyggande", "trygghets- och brottsförebyggande"),
        ("under kvälls-\neller nattetid", "under kvälls- eller nattetid"),
        ("brotts-\nrespektive drogförebyggande", "brotts- respektive drogförebyggande"),
        ("bil-\nbåt- och flygresor", "bil- båt- och flygresor"),
        ("Umeå brotts-\noch drogförebyggande råd", "Umeå brotts- och drogförebyggande råd"),
    ],
)
def test_a_suspended_compound_broken_at_a_line_end_keeps_its_hyphen(
    text: str, expected: str
) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("mot trimmade mopeder samt A-\ntraktorer.", "mot trimmade mopeder samt A-traktorer."),
        ("varje EST-\nhändelse", "varje EST-händelse"),
        ("I CAN-\nrapporten 2019 uppgav", "I CAN-rapporten 2019 uppgav"),
        ("lokal VBE-\ngrupp", "lokal VBE-grupp"),
        (
            "Prioritering för verksamhetsåren 2021-\n2024",
            "Prioritering för verksamhetsåren 2021-2024",
        ),
        ("skicka e-\npost", "skicka e-post"),
        ("Purple Flag-\nCertifieringen", "Purple Flag-Certifieringen"),
    ],
)
def test_a_hyphenated_word_broken_at_a_line_end_keeps_its_hyphen(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            SEED_001_WRAPS + "en gemensam upp\nfattning om vilka samhällsutmaningar",
            "en gemensam uppfattning om vilka samhällsutmaningar",
        ),
        (
            SEED_001_WRAPS + "i det brottsförebyggande och trygghets\nskapande arbetet.",
            "i det brottsförebyggande och trygghetsskapande arbetet.",
        ),
        ("förhindra och förebyg\nga brott.", "förhindra och förebygga brott."),
        ("minska brottslig\nheten i Umeå", "minska brottsligheten i Umeå"),
    ],
)
def test_a_word_split_across_lines_without_a_hyphen_is_joined(text: str, expected: str) -> None:
    assert normalise(text).endswith(expected)


@pytest.mark.parametrize(
    "text",
    [
        # Hunspell accepts these joins as compounds, but both halves are words and
        # nothing in the layout says the break is inside a word.
        "genomföra särskilda\nkampanjer i syfte att",
        "Inriktning under\nvåren är trafikregler",
        "samverkan mellan Umeå\nkommun och polisen",
        "en gemensam upp\nfattning",
        "under kvälls- och nattetid",
        "på behov av brottsförebyggande- och trygghetsskapande åtgärder är",
        "genomföra särskilda trafik- och informationsinsatser riktade",
        "Umeå brotts- och drogförebyggande råd",
        "Purple Flag-certifieringen",
        "Starta upp arbetet med EST \u2013 effektiv samordning för trygghet.",
        "startade uppdraget Umeå växer -\ntryggt och säkert",
        "Inledning\nSamhället har allt att vinna",
        "heten i Umeå kommun.\nUmeå 3 mars 2023",
        "1. Medborgardialog\n2. Medarbetardialoger (inom Polismyndigheten)",
        "Polis: Hundsök i skolan två gånger per år.\nKommun: Drogvaneundersökning genomförs.",
        "Löftet gäller till 2025-12-31 eller tills nytt löfte ges.",
        "första stycket.\n\nandra stycket",
        "I CAN-rapporten 2019 uppgav 13 procent",
    ],
)
def test_text_without_breaks_inside_words_is_left_as_it_is(text: str) -> None:
    assert normalise(text) == text


def test_a_wrap_that_kept_its_trailing_space_is_a_break_between_words() -> None:
    text = SEED_001_WRAPS + "genomföra särskilda \nkampanjer i syfte att"

    assert normalise(text).endswith("\ngenomföra särskilda\nkampanjer i syfte att")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("• Polisen lovar att", "• Polisen lovar att"),
        ("•\tminska brottsligheten", "• minska brottsligheten"),
        (" • Polisen och kommunen lovar", "• Polisen och kommunen lovar"),
        ("· öka tryggheten", "• öka tryggheten"),
        ("▪ öka tryggheten", "• öka tryggheten"),
        ("\uf0b7 öka tryggheten", "• öka tryggheten"),
        ("- Polis: Kontroll minst en gång per år.", "• Polis: Kontroll minst en gång per år."),
        ("\u2013 Kommun: Deltagande vid kontroll.", "• Kommun: Deltagande vid kontroll."),
        ("\u2014 Kommun: Deltagande vid kontroll.", "• Kommun: Deltagande vid kontroll."),
        # An item under an item keeps a level of its own.
        (
            "• Trafik\no Trafik \u2013 rattfylleri och störande körning",
            "• Trafik\n◦ Trafik \u2013 rattfylleri och störande körning",
        ),
        ("1. Trafik\no\tÅtgärd: Trafikkontroller", "1. Trafik\n◦ Åtgärd: Trafikkontroller"),
        ("• över\n◦ under", "• över\n◦ under"),
        ("* Samverka med stödorganisationer.", "• Samverka med stödorganisationer."),
        ("•\nPolisen lovar att", "• Polisen lovar att"),
        ("1. Medborgardialog", "1. Medborgardialog"),
        ("omsorg\n-\tFörebyggande arbete i skolan", "omsorg\n• Förebyggande arbete i skolan"),
        ("ordning och reda", "ordning och reda"),
    ],
)
def test_bullets_at_a_line_start_are_written_the_same_way(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hans Lindberg\t\t        \t", "Hans Lindberg"),
        (
            "Vem       Vad                 När\nPolisen   Besöka skolan      Varje vecka\n",
            "Vem | Vad | När\nPolisen | Besöka skolan | Varje vecka",
        ),
        ("Vem     Vad     När\n\nEn rad", "Vem Vad När\n\nEn rad"),
        ("Anna Ek      Per Ås\nOrdförande   Chef", "Anna Ek Per Ås\nOrdförande Chef"),
        ("Johan Dahlqvist  Andreas Nyberg", "Johan Dahlqvist Andreas Nyberg"),
        ("kommun.  \nSyftet", "kommun.\nSyftet"),
        ("skola.\u00a0\n• Ökad närvaro", "skola.\n• Ökad närvaro"),
        ("Box\u00a0500", "Box 500"),
        ("Box\u202f500", "Box 500"),
        ("Bilagor\n\n\n\nReglemente", "Bilagor\n\nReglemente"),
        ("Bilagor\n \t \n\u00a0\nReglemente", "Bilagor\n\nReglemente"),
        ("\n \n\nMedborgarlöfte 2023-2025 \n \n", "Medborgarlöfte 2023-2025"),
        ("trygg\u200bhet", "trygghet"),
        ("\ufeffMedborgarlöften", "Medborgarlöften"),
        ("Medborgarlo\u0308fte 2023-2025", "Medborgarlöfte 2023-2025"),
        ("Inledning\r\nSamhället", "Inledning\nSamhället"),
        ("sida 1\fsida 2", "sida 1\nsida 2"),
        ("trygg\u00adhet", "trygghet"),
        ("EST\u2011händelse", "EST-händelse"),
    ],
)
def test_whitespace_and_invisible_characters_are_normalised(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("minska brottslig- heten i Umeå", "minska brottsligheten i Umeå"),
        ("och trygghets\u2011 skapande arbete", "och trygghetsskapande arbete"),
        ("och trygghets\u00ad skapande arbete", "och trygghetsskapande arbete"),
        ("förhindra och förebyg- ga brott", "förhindra och förebygga brott"),
        ("mellan Polismyndig- heten", "mellan Polismyndigheten"),
        ("under kvälls- och nattetid", "under kvälls- och nattetid"),
        ("brottsförebyggande- och trygghetsskapande", "brottsförebyggande- och trygghetsskapande"),
        ("trafik- och informationsinsatser", "trafik- och informationsinsatser"),
        ("brotts- och drogförebyggande", "brotts- och drogförebyggande"),
        ("särskilt bekymmer- samt", "särskilt bekymmer- samt"),
        ("bil- båt- och flygresor", "bil- båt- och flygresor"),
        ("I CAN- rapporten", "I CAN- rapporten"),
        (
            "Starta upp arbetet med EST- effektiv samordning",
            "Starta upp arbetet med EST- effektiv samordning",
        ),
        ("åren 2021- 2024", "åren 2021- 2024"),
        ("Purple Flag- certifieringen", "Purple Flag- certifieringen"),
    ],
)
def test_flattened_text_is_dehyphenated_within_the_line(text: str, expected: str) -> None:
    assert dehyphenate_inline(text) == expected


def test_normalise_also_dehyphenates_within_a_line() -> None:
    assert normalise("minska brottslig- heten och kvälls- och nattetid") == (
        "minska brottsligheten och kvälls- och nattetid"
    )


def test_seed_000_reads_as_running_text() -> None:
    text = normalise(seed("000"))

    assert "effektivare brottsförebyggande och trygghetsskapande arbete" in text
    assert "brottsligheten i Umeå kommun" in text
    assert "förebygga brott" in text
    assert "genomföra särskilda trafik- och informationsinsatser" in text
    assert "mot trimmade mopeder samt A-traktorer." in text
    assert "\n• Polisen lovar att verka för att fler medborgare\n" in text
    assert "-\n" not in text
    for match in re.finditer(r"\w- (\w+)", text):
        assert match[1] in SUSPENDING, match[0]


def test_seed_001_joins_hyphenated_and_split_words() -> None:
    text = normalise(seed("001"))

    assert "mellan Polismyndigheten och Umeå kommun är att" in text
    assert "framförallt narkotikarelaterad kriminalitet" in text
    assert "särskilt bekymmersamt på de nordöstra" in text
    assert "en gemensam uppfattning om vilka" in text
    assert "det brottsförebyggande och trygghetsskapande arbetet" in text
    assert "Umeå brotts- och drogförebyggande råd initierades 1985" in text
    assert "\n• minska brottsligheten i Umeå kommun\n" in text
    assert "\nHans Lindberg\nkommunstyrelsens ordförande, Umeå kommun\n" in text


def test_seed_002_writes_every_bullet_the_same_way_and_keeps_items_under_items() -> None:
    text = normalise(seed("002"))

    assert text.startswith("Medborgarlöfte 2023-2025\n\nMellan lokalpolisområde")
    assert "\n• Polis: Kontroll minst en gång per år.\n" in text
    assert "\n◦ Trafik \u2013 rattfylleri och störande körning med unga i fokus.\n" in text
    assert "\n1. Medborgardialog\n2. Medarbetardialoger" in text
    assert "det trygghets- och brottsförebyggande arbetet" in text


def test_seed_003_keeps_its_paragraphs() -> None:
    text = normalise(seed("003"))

    assert "\n\n• Polisen och kommunen lovar att jobba förebyggande" in text
    assert "I CAN-rapporten 2019" in text
    assert "Blås Grönt-kampanjen" in text
    assert "\u00a0" not in text


def test_seed_004_keeps_its_suspended_compounds() -> None:
    text = normalise(seed("004"))

    assert "kvälls- och nattetid" in text
    assert "brottsförebyggande- och trygghetsskapande" in text
    assert "• I samverkan med andra aktörer bidra till Purple Flag-certifieringen." in text


@pytest.mark.parametrize("number", ["000", "001", "002", "003", "004"])
def test_a_normalised_seed_has_clean_whitespace_and_normalises_to_itself(number: str) -> None:
    text = normalise(seed(number))

    assert normalise(text) == text
    assert "\t" not in text
    assert "  " not in text
    assert "\n\n\n" not in text
    assert not any(line != line.strip() for line in text.split("\n"))


FRAGMENTS = [
    "brottslig-",
    "heten",
    "trygghets",
    "trygghets\u2011",
    "trygghets\u00ad",
    "skapande",
    "upp",
    "fattning",
    "kvälls-",
    "och",
    "nattetid",
    "A-",
    "traktorer",
    "EST",
    "2021-",
    "2024",
    "Umeå",
    "kommun",
    "förebyg-",
    "ga",
    "ÅÄÖ",
    "o",
]
CHARACTERS = "abcåäöAÅÖeo -\u2011\u00ad\u2010\n\t\r•·▪\u2013\u2014*.,1\u00a0\u200b\u0308"


@settings(deadline=None, max_examples=300)
@given(
    st.one_of(
        st.text(alphabet=CHARACTERS, max_size=80),
        st.lists(
            st.one_of(st.sampled_from(FRAGMENTS), st.text(alphabet=CHARACTERS, max_size=3)),
            max_size=30,
        ).map("".join),
        st.lists(
            st.tuples(
                st.sampled_from(FRAGMENTS),
                st.sampled_from([" ", "  ", "\n", " \n", "- \n", "\n\n"]),
            ),
            max_size=20,
        ).map(lambda pairs: "".join(word + gap for word, gap in pairs)),
    )
)
def test_any_text_normalises_without_error_to_a_fixed_point_no_longer_than_itself(
    text: str,
) -> None:
    result = normalise(text)

    assert normalise(result) == result
    # a tab between cells becomes " | ", an item's number alone on its line "1. "
    lone_numbers = len(re.findall(r"^[ \t]*\d{1,2}[ \t]*$", text.replace("\r", "\n"), re.M))
    assert len(result) <= len(text) + 2 * text.count("\t") + lone_numbers
    assert dehyphenate_inline(dehyphenate_inline(text)) == dehyphenate_inline(text)


def test_a_table_copied_with_tabs_keeps_its_cells_apart() -> None:
    text = "Åtgärd\tAnsvar\tTid\nKlottersanering vid torget\tKommunen\tInom en vecka\nAnna\tBo\n"

    assert normalise(text) == (
        "Åtgärd | Ansvar | Tid\nKlottersanering vid torget | Kommunen | Inom en vecka\nAnna Bo"
    )
    assert normalise(normalise(text)) == normalise(text)


def test_a_spreadsheet_cell_with_a_line_break_stays_in_its_row() -> None:
    text = (
        "Aktivitet\tAnsvarig\tNär\n"
        '"Fotpatrullering i centrum\nfredagar kl. 19–23"\tPolisen\tmars–september\n'
        "Ny belysning i tunneln\tKommunen\tapril\n"
    )

    assert normalise(text).split("\n") == [
        "Aktivitet | Ansvarig | När",
        "Fotpatrullering i centrum fredagar kl. 19–23 | Polisen | mars–september",
        "Ny belysning i tunneln | Kommunen | april",
    ]
    assert normalise(normalise(text)) == normalise(text)


def test_a_markdown_table_keeps_one_row_per_line_under_its_heads_rule() -> None:
    text = (
        "| Nr | Vad vi gör | Vem |\n"
        "|----|------------|-----|\n"
        "| 1 | Hastighetskontroller på Storgatan | Polisen |\n"
        "| 2 | Displayer vid Deje skola | Kommunen |\n"
    )

    assert normalise(text).split("\n") == [
        "Nr | Vad vi gör | Vem",
        "1 | Hastighetskontroller på Storgatan | Polisen",
        "2 | Displayer vid Deje skola | Kommunen",
    ]
    assert normalise(normalise(text)) == normalise(text)


def test_pictographs_that_start_lines_become_bullets() -> None:
    text = "Vi lovar:\n\n🚓 Vi gör kontroller vid skolan\n❤️ Kommunen sätter upp lampor\n👍 214"
    assert normalise(text).split("\n")[2:] == [
        "• Vi gör kontroller vid skolan",
        "• Kommunen sätter upp lampor",
        "👍 214",
    ]


def test_two_columns_side_by_side_become_two_cells() -> None:
    text = "Anna Berg          Per Ek\nKommunalråd        Lokalpolisområdeschef\n"
    assert normalise(text) == "Anna Berg | Per Ek\nKommunalråd | Lokalpolisområdeschef"
    # One line with a wide gap is not a column layout.
    assert normalise("Ort och datum          Ort och datum") == "Ort och datum Ort och datum"


def test_a_table_given_one_cell_per_line_becomes_rows() -> None:
    text = (
        "Åtgärdsplan\n\nNr\nAktivitet\nAnsvarig\nKlart\n"
        "1\nPolisen kontrollerar hastigheten\nPolisen\nLöpande\n"
        "2\nKommunen byter lampor\nKommunen\nMaj 2026\n\nSlut."
    )
    assert normalise(text).split("\n") == [
        "Åtgärdsplan",
        "",
        "Nr | Aktivitet | Ansvarig | Klart",
        "1 | Polisen kontrollerar hastigheten | Polisen | Löpande",
        "2 | Kommunen byter lampor | Kommunen | Maj 2026",
        "",
        "Slut.",
    ]
    assert normalise(normalise(text)) == normalise(text)
    # Short lines that do not fill whole rows are left as they are.
    ragged = "Nr\nAktivitet\nAnsvarig\n1\nPolisen kontrollerar"
    assert normalise(ragged) == ragged


def test_a_table_one_cell_per_line_whose_cell_goes_on_in_lower_case_keeps_its_rows() -> None:
    text = (
        "Tabell 1. Utfall 2026\n\nLöfte\nAktivitet\nResultat\nKommentar\n"
        "Trygghetsvandringar i Alstermo\noch Norrhult\nEn per ort\n19 brister\nKlart\n"
        "Polisen gör mopedkontroller\nVår och höst\n7 kontroller\n–\n"
    )
    assert normalise(text).split("\n")[2:] == [
        "Löfte | Aktivitet | Resultat | Kommentar",
        "Trygghetsvandringar i Alstermo och Norrhult | En per ort | 19 brister | Klart",
        "Polisen gör mopedkontroller | Vår och höst | 7 kontroller | –",
    ]


def test_a_table_one_cell_per_line_with_blank_lines_between_rows_keeps_footers_aside() -> None:
    text = (
        "Nr\nÅtagande\nAnsvarig\nStatus\n\n"
        "1\nPolisen kontrollerar mopeder i Lit\nPolisen\nKlart\n\n"
        "Uppföljning Östersund 2027 | Sida 2 (3)\n\n"
        "2\nKommunen lagar belysningen i Brunflo\nKommunen\nPågår\n\n"
        "Sammanfattning\nKlart: 1\nPågår: 1\n"
    )

    assert normalise(text).split("\n") == [
        "Nr | Åtagande | Ansvarig | Status",
        "1 | Polisen kontrollerar mopeder i Lit | Polisen | Klart",
        "2 | Kommunen lagar belysningen i Brunflo | Kommunen | Pågår",
        "",
        "Uppföljning Östersund 2027 | Sida 2 (3)",
        "",
        "Sammanfattning",
        "Klart: 1",
        "Pågår: 1",
    ]
    assert normalise(normalise(text)) == normalise(text)
    # A cell the text wrapped at 60 columns goes on in the lines after it.
    wrapped = text.replace(
        "Polisen kontrollerar mopeder i Lit\n",
        "Polisen kontrollerar mopeder och EPA-traktorer vid skolorna i\nLit och Brunflo\n",
    ).replace(
        "Sammanfattning\n", "Sammanfattning av hur det har gått för de två löftena under\nåret\n"
    )
    assert normalise(wrapped).split("\n")[1] == (
        "1 | Polisen kontrollerar mopeder och EPA-traktorer vid skolorna i Lit och Brunflo | "
        "Polisen | Klart"
    )


def test_a_table_one_cell_per_line_whose_activities_wrap_is_cut_at_who_does_them() -> None:
    text = (
        "Tabell 1. Åtgärder\nAktivitet\nAnsvarig\nNär\n"
        "Hastighetskontroller på\nLommavägen vid skolan\nPolisen\nVarje månad\n"
        "Kommunpolis på plats i\nbiblioteket i Bjärred\nen onsdag i månaden\nPolisen\nHela året\n"
        "Ny belysning vid\nbusshållplatsen\nKommunen, tekniska enheten\nVåren 2027\n"
    )

    assert normalise(text).split("\n") == [
        "Tabell 1. Åtgärder",
        "Aktivitet | Ansvarig | När",
        "Hastighetskontroller på Lommavägen vid skolan | Polisen | Varje månad",
        "Kommunpolis på plats i biblioteket i Bjärred en onsdag i månaden | Polisen | Hela året",
        "Ny belysning vid busshållplatsen | Kommunen, tekniska enheten | Våren 2027",
    ]
    assert normalise(normalise(text)) == normalise(text)


def test_a_table_one_cell_per_line_with_numbered_rows_ends_after_its_last_row() -> None:
    text = (
        "Tabell 2. Löftet 2027\nNr\nLöfte\nVem\nNär\n"
        "1\nCykelkontroller vid\nÖstra skolan\nPolisen\nMaj, minst en\ngång i veckan\n"
        "2\nNya lampor i\nparken\nKommunen\nHösten\n"
        "Rad 2 görs av tekniska förvaltningen.\nSida 3 (4)\n"
    )

    assert normalise(text).split("\n") == [
        "Tabell 2. Löftet 2027",
        "Nr | Löfte | Vem | När",
        "1 | Cykelkontroller vid Östra skolan | Polisen | Maj, minst en gång i veckan",
        "2 | Nya lampor i parken | Kommunen | Hösten",
        "Rad 2 görs av tekniska förvaltningen.",
        "Sida 3 (4)",
    ]
    assert normalise(normalise(text)) == normalise(text)


def test_a_drawn_tables_rows_whose_cells_wrap_are_one_row_each() -> None:
    text = (
        "Nr | Löfte                                   | Ansvarig       | Status\n"
        "1  | Nykterhetskontroller på infarterna      | Polisen        | Genomfört\n"
        "   | till Vara minst en gång i månaden       |                | i tid\n"
        "2  | Ny belysning i parken vid stationen     | Vara kommun,   | Delvis\n"
    )

    assert normalise(text).split("\n") == [
        "Nr | Löfte | Ansvarig | Status",
        "1 | Nykterhetskontroller på infarterna till Vara minst en gång i månaden | Polisen | "
        "Genomfört i tid",
        "2 | Ny belysning i parken vid stationen | Vara kommun, | Delvis",
    ]


def test_a_table_ruled_between_its_rows_whose_cells_wrap_is_one_line_a_row() -> None:
    text = (
        "Löfte                          | Status    | Kommentar\n"
        "-------------------------------+-----------+----------------------\n"
        "1. Polisen kontrollerar farten | Pågår     | Åtta kontroller\n"
        "   vid skolan i Borgholm.      |           | hittills.\n"
        "-------------------------------+-----------+----------------------\n"
        "2. Kommunen lagar belysningen  | Genomfört |\n"
        "   vid badet.                  |\n"
        "-------------------------------+-----------+----------------------\n\n"
        "Nästa rapport kommer i juni.\n"
    )

    assert normalise(text).split("\n") == [
        "Löfte | Status | Kommentar",
        "1. Polisen kontrollerar farten vid skolan i Borgholm. | Pågår | Åtta kontroller hittills.",
        "2. Kommunen lagar belysningen vid badet. | Genomfört |",
        "",
        "Nästa rapport kommer i juni.",
    ]


def test_markdown_is_read_as_the_text_it_marks_up() -> None:
    text = (
        "# Medborgarlöfte 2026\n\n*Uppdaterad i januari*\n\n## Våra löften\n\n"
        "> Löftet gäller hela året.\n\n1) **Trafik:** Polisen kontrollerar farten.\n\n"
        "Läs mer på [kommunens webbplats](https://example.se/trygghet).\n\n---\n\nSlut."
    )
    assert normalise(text).split("\n") == [
        "Medborgarlöfte 2026",
        "",
        "Uppdaterad i januari",
        "",
        "Våra löften",
        "",
        "Löftet gäller hela året.",
        "",
        "1) Trafik: Polisen kontrollerar farten.",
        "",
        "Läs mer på kommunens webbplats.",
        "",
        "Slut.",
    ]
    # One hash or star is no Markdown: "#medborgarlöfte", "* punkt".
    assert normalise("#medborgarlöfte och *Polisen*") == "#medborgarlöfte och *Polisen*"


def test_footnote_marks_leave_the_words_they_follow() -> None:
    assert normalise("Kort² till alla i Nolhaga¹.\n¹ Området vid slottet.") == (
        "Kort till alla i Nolhaga.\n¹ Området vid slottet."
    )


def test_hollow_bullets_with_no_item_above_them_make_a_list_of_their_own() -> None:
    first_level = "Vi lovar:\no Fler kvällspatruller\no Ny belysning i tunneln\n\nSlut."
    assert normalise(first_level).split("\n")[1:3] == [
        "• Fler kvällspatruller",
        "• Ny belysning i tunneln",
    ]
    # Under an item (also after its wrapped line) they stay items under it.
    nested = "• Polisen patrullerar\ni centrum\no främst på fredagar\n• Kommunen städar"
    assert normalise(nested).split("\n")[2:4] == ["◦ främst på fredagar", "• Kommunen städar"]
    # A paragraph between the list and them ends the list they could belong to.
    after_paragraph = "• Polisen patrullerar\n\nDärtill gäller:\n◦ Kommunen städar"
    assert normalise(after_paragraph).endswith("\n• Kommunen städar")


def test_arrowheads_and_numbers_in_parentheses_mark_items() -> None:
    assert normalise("> Polisen patrullerar\n\u203a Kommunen städar\n(2) Vi möts") == (
        "• Polisen patrullerar\n• Kommunen städar\n2) Vi möts"
    )
    # Not without the space after it.
    assert normalise("Polisen patrullerar\n>>Kommunen") == "Polisen patrullerar\n>>Kommunen"


def test_an_e_mail_quoting_the_whole_text_loses_its_quotation_marks() -> None:
    quoted = "> Hej!\n>\n> Polisen lovar att patrullera.\n> • Kommunen städar."
    assert normalise(quoted) == "Hej!\n\nPolisen lovar att patrullera.\n• Kommunen städar."


def test_a_question_alone_on_its_line_labels_the_line_under_it() -> None:
    text = "Vad?\nKontroller vid skolan.\nVem?\nPolisen.\nVarför?\n• Många kör fort.\n"

    assert normalise(text) == (
        "Vad: Kontroller vid skolan.\nVem: Polisen.\nVarför?\n• Många kör fort."
    )


def test_the_posts_of_a_numbered_thread_are_items() -> None:
    assert normalise("1/2 🤝 Nu är löftet klart.\n\n2/2 Vi gör kontroller.\n") == (
        "• Nu är löftet klart.\n\n• Vi gör kontroller."
    )


def test_a_rule_under_a_table_head_joins_it_to_its_rows_and_others_part_paragraphs() -> None:
    text = "Åtgärd | Ansvar\n----------\nPatrull | Polisen\n\nNotis ett\n--------\n\nNotis två\n"

    assert normalise(text) == "Åtgärd | Ansvar\nPatrull | Polisen\n\nNotis ett\n\nNotis två"


def test_a_flyer_in_capitals_reads_as_sentences_with_its_offsets_kept() -> None:
    flyer = (
        "VI LOVAR:\n\n• POLISEN KONTROLLERAR\nMOPEDER VID TORGET\nI LYSEKIL\n\n"
        "• BRÅ ORDNAR\nFRUKOSTMÖTEN\n\nLÖFTET GÄLLER\nTILL 31 MAJ 2027\n"
    )
    ordinary = ordinary_case(flyer)
    assert len(ordinary) == len(flyer)
    assert ordinary.split("\n") == [
        "Vi lovar:",
        "",
        "• Polisen kontrollerar mopeder vid torget i Lysekil",
        "",
        "• BRÅ ordnar frukostmöten",
        "",
        "Löftet gäller till 31 maj 2027",
        "",
    ]


def test_a_document_with_only_its_headings_in_capitals_is_left_as_it_is() -> None:
    text = (
        "MEDBORGARLÖFTE FÖR HJO\n\nPolisen och kommunen har tagit fram ett löfte.\n"
        "DET HÄR GÖR VI\n• Polisen kontrollerar mopeder.\n"
    )
    assert ordinary_case(text) == text


def test_a_table_framed_with_pipes_loses_its_frame_and_joins_the_lines_between_rules() -> None:
    text = (
        "| Löfte            | Klart? |\n"
        "|------------------|--------|\n"
        "| Polisen gör      | Ja     |\n"
        "| kontroller.      |        |\n"
        "|------------------|--------|\n"
        "| Kommunen städar. | Nej    |\n"
    )
    assert normalise(text).split("\n") == [
        "Löfte | Klart?",
        "Polisen gör kontroller. | Ja",
        "Kommunen städar. | Nej",
    ]


def test_a_number_alone_over_an_item_in_lower_case_numbers_it() -> None:
    text = "Polisen lovar att\n\n1\nöka närvaron i centrum\n2\ngöra fler kontroller\n\n3\nSida 2\n"

    assert normalise(text) == (
        "Polisen lovar att\n\n1. öka närvaron i centrum\n2. göra fler kontroller\n\n3\nSida 2"
    )


@pytest.mark.parametrize(
    "text",
    ["****brottslig-****brottslig-", "#  ****\n# Rubrik", " # ****", "\u2010-\u2010-\u200b\u2010"],
)
def test_markup_or_a_rule_that_only_shows_once_other_characters_are_gone_is_read_once(
    text: str,
) -> None:
    result = normalise(text)

    assert normalise(result) == result


def test_an_arrow_under_an_item_tells_what_came_of_it_and_elsewhere_marks_an_item() -> None:
    under_items = "Vi lovade att\n- hålla tre möten i Tidan,\n  → Två möten hölls.\n"
    assert normalise(under_items).split("\n")[1:] == [
        "• hålla tre möten i Tidan,",
        "◦ Två möten hölls.",
    ]
    # an arrow before a figure, and arrows with no item above them
    assert normalise("- göra kontroller,\n  → 49 veckor av 52.").split("\n") == [
        "• göra kontroller,",
        "◦ 49 veckor av 52.",
    ]
    assert normalise("Vi lovar:\n➜ Fler vuxna ute\n➜ Ljus i tunneln").split("\n")[1:] == [
        "• Fler vuxna ute",
        "• Ljus i tunneln",
    ]
    # a legend's mark stays as it is
    assert normalise("➜ = påbörjat") == "➜ = påbörjat"


def test_two_columns_side_by_side_whose_cells_wrap_read_as_one_row_each() -> None:
    rows = [
        ("VI LOVADE", "VI GJORDE"),
        ("Kontroller vid infarten till Molkom en", "✔ 12 av 12 månader"),
        ("gång i månaden", "90 förare kontrollerade"),
    ]
    text = "".join(f"{left:<50}{right}\n" for left, right in rows)
    assert normalise(text).split("\n") == [
        "VI LOVADE | VI GJORDE",
        "Kontroller vid infarten till Molkom en gång i månaden | ✔ 12 av 12 månader 90 förare "
        "kontrollerade",
    ]


def test_a_right_cell_that_goes_on_alone_under_its_row_stays_in_its_row() -> None:
    rows = [
        ("VAD VI LOVADE", "VAD SOM BLEV AV"),
        ("Gå en trygghetsvandring i Dalum", "Vandringen gick i oktober med"),
        ("tillsammans med byalaget.", "deltagare från byn, totalt"),
        ("", "11. Klart."),
        ("", "Fler vandringar väntar."),
    ]
    text = "".join(f"{left:<50}{right}\n" for left, right in rows)
    assert normalise(text).split("\n") == [
        "VAD VI LOVADE | VAD SOM BLEV AV",
        "Gå en trygghetsvandring i Dalum tillsammans med byalaget. | Vandringen gick i oktober "
        "med deltagare från byn, totalt 11. Klart. Fler vandringar väntar.",
    ]


def test_a_table_under_a_rule_of_dashes_for_each_column_reads_one_row_a_line() -> None:
    text = (
        "Nr    Åtagande                          Ansvarig part     Tidsram\n"
        "----  --------------------------------  ----------------  -------------\n"
        "1.1   Hastighetskontroller vid skolan   Polisen           Minst sex\n"
        "      i Hova och Älgarås                                  gånger per år\n"
        "\n"
        "1.2   Ny belysning i gångtunneln vid    Kommunen          Klart senast\n"
        "      stationen                         (gatukontoret)    i oktober\n"
        "\n\n\n"
        "2.1   Kommentarer\n"
        "Därutöver kommer polisen att kontrollera mopeder i Hova om det finns tid.\n"
    )
    expected = [
        "Nr | Åtagande | Ansvarig part | Tidsram",
        "1.1 | Hastighetskontroller vid skolan i Hova och Älgarås | Polisen | Minst sex gånger "
        "per år",
        "",
        "1.2 | Ny belysning i gångtunneln vid stationen | Kommunen (gatukontoret) | Klart senast "
        "i oktober",
        "",
        "2.1 Kommentarer",
        "Därutöver kommer polisen att kontrollera mopeder i Hova om det finns tid.",
    ]
    assert normalise(text).split("\n") == expected
    assert normalise(readers.read_document(text.encode(), "x.txt").text).split("\n") == expected


def test_a_ruled_tables_row_whose_first_cell_wraps_too_is_still_one_row() -> None:
    text = (
        "  NÄR                     VAD                                  VEM\n"
        "  ----------------------  -----------------------------------  ----------\n"
        "  Fredagar kl. 19–23,     Fältassistenter ute i centrum        Kommunen\n"
        "  april–oktober           och vid färjeläget\n"
        "  Tisdag 22 september,    Föräldrakväll om droger              Polisen och\n"
        "  kl. 18.30               i skolans aula                       kommunen\n"
        "  Vecka 17                Mopedkontroller vid skolorna         Polisen\n"
        "\n"
        "  Resurs: lokal och fika, ca 4 000 kronor.\n"
    )
    expected = [
        "NÄR | VAD | VEM",
        "Fredagar kl. 19–23, april–oktober | Fältassistenter ute i centrum och vid färjeläget "
        "| Kommunen",
        "Tisdag 22 september, kl. 18.30 | Föräldrakväll om droger i skolans aula | Polisen och "
        "kommunen",
        "Vecka 17 | Mopedkontroller vid skolorna | Polisen",
        "",
        "Resurs: lokal och fika, ca 4 000 kronor.",
    ]
    assert normalise(text).split("\n") == expected


def test_a_plan_of_two_columns_whose_right_cell_wraps_under_a_single_row_is_one_row() -> None:
    text = (
        "KVÄLL  kl. 18.00–23.00\n\n"
        "  Hela året                    Kommunen har en skolvärd vid busstationen när\n"
        "                               skolbussarna kommer.\n\n"
        "  Fredagar och lördagar,       Fältassistenterna är ute i centrum och vid\n"
        "  mars–november                busstationen.\n\n"
        "  Vad:        Snöskoterkontroller i Hemavan\n"
        "              och helgerna runt påsk\n"
    )

    assert normalise(text).split("\n") == [
        "KVÄLL kl. 18.00–23.00",
        "",
        "Hela året | Kommunen har en skolvärd vid busstationen när skolbussarna kommer.",
        "",
        "Fredagar och lördagar, mars–november | Fältassistenterna är ute i centrum och vid "
        "busstationen.",
        "",
        # a label's hanging indent is no table
        "Vad: Snöskoterkontroller i Hemavan",
        "och helgerna runt påsk",
    ]


def test_a_table_with_the_same_rule_between_its_rows_reads_each_row_up_to_the_next_rule() -> None:
    rule = "------------  --------------------------  --------------------------\n"
    text = (
        "Område        Kommunen åtar sig           Polisen åtar sig\n"
        + rule
        + "1. Trafik     Sätter upp en fartdisplay   Gör trafikkontroller på\n"
        "              vid skolan.                 väg 92.\n"
        "\n"
        "                                          Skoterpatrull i fjällen.\n"
        + rule
        + "2. Äldre och  Utbildning för              –\n"
        "   bedrägerier  personal i hemtjänsten.\n" + rule
    )

    assert normalise(text).split("\n") == [
        "Område | Kommunen åtar sig | Polisen åtar sig",
        "1. Trafik | Sätter upp en fartdisplay vid skolan. | Gör trafikkontroller på väg 92. "
        "Skoterpatrull i fjällen.",
        "2. Äldre och bedrägerier | Utbildning för personal i hemtjänsten. | –",
    ]


def test_a_table_under_one_rule_across_its_head_reads_one_row_a_line() -> None:
    rule = "-" * 72 + "\n"
    text = (
        "Nr     Aktivitet                              Ansvarig      Tid\n"
        + rule
        + "1      TRYGGA CENTRUM\n"
        "1.1    Fotpatrull vid stationen torsdag till  Polisen       Hela året\n"
        "       lördag kvällstid.\n"
        "2      UNGA SOM RISKERAR ATT DRAS IN I KRIMINALITET\n"
        "2.1    Fältassistenter i Viksjö på            Kommunen      Från maj\n"
        "       fredagskvällar.\n"
        + rule
        + "\nAktivitet 2.1 följs upp i styrgruppen. Kameror vid stationen utreds under året.\n"
    )

    assert normalise(text).split("\n") == [
        "Nr | Aktivitet | Ansvarig | Tid",
        "TRYGGA CENTRUM",
        "1.1 | Fotpatrull vid stationen torsdag till lördag kvällstid. | Polisen | Hela året",
        "UNGA SOM RISKERAR ATT DRAS IN I KRIMINALITET",
        "2.1 | Fältassistenter i Viksjö på fredagskvällar. | Kommunen | Från maj",
        "",
        "Aktivitet 2.1 följs upp i styrgruppen. Kameror vid stationen utreds under året.",
    ]


@pytest.mark.parametrize(
    ("head", "row"),
    [
        # a chart's months: more columns than a table's head has
        (
            "Nr  Aktivitet                 Ansvarig  Sep  Okt  Nov  Dec  Jan  Feb  Mar",
            "1   Hastighetskontroller      Polisen   x    x",
        ),
        # a form's tick boxes over the rule that closes its record
        (
            "Uppföljning         ☒ Kvartalsvis   ☐ Halvårsvis   ☐ Årsvis",
            "Löfte nr 2",
        ),
    ],
)
def test_a_line_over_one_rule_across_is_no_table_head_unless_it_names_columns(
    head: str, row: str
) -> None:
    text = f"{head}\n{'-' * 76}\n{row}\n"

    assert " | " not in normalise(text)


def test_two_lists_side_by_side_read_one_column_after_the_other() -> None:
    rows = [
        ("Kommunen ansvarar för att", "Polisen ansvarar för att"),
        ("", ""),
        ("•  anställa två fältassistenter", "•  utse en kommunpolis"),
        ("   som arbetar på kvällarna,", "•  göra trafikkontroller vid"),
        ("•  byta belysningen i tunneln.", "   skolan varje månad."),
    ]
    text = "".join(f"{left:<40}{right}".rstrip() + "\n" for left, right in rows)
    expected = [
        "Kommunen ansvarar för att",
        "",
        "• anställa två fältassistenter",
        "som arbetar på kvällarna,",
        "• byta belysningen i tunneln.",
        "",
        "Polisen ansvarar för att",
        "",
        "• utse en kommunpolis",
        "• göra trafikkontroller vid",
        "skolan varje månad.",
    ]
    assert normalise(text).split("\n") == expected
    assert normalise(readers.read_document(text.encode(), "x.txt").text).split("\n") == expected
    # items side by side on the same lines are a table's rows, each promise beside its result
    table = "".join(
        f"{left:<40}{right}\n"
        for left, right in [
            ("• Kontroller vid skolan", "• Tolv kontroller"),
            ("• Ny belysning i tunneln", "• Klar i maj"),
        ]
    )
    assert normalise(table).split("\n") == [
        "• Kontroller vid skolan | • Tolv kontroller",
        "• Ny belysning i tunneln | • Klar i maj",
    ]


def test_a_quotation_set_in_italics_on_lines_of_its_own_loses_its_marks() -> None:
    text = "*”Polisen kommer att finnas synlig vid stationen fredags-\noch lördagskvällar.”*\n"

    assert normalise(text) == (
        "”Polisen kommer att finnas synlig vid stationen fredags- och lördagskvällar.”"
    )
    # emphasis inside a sentence is not a quotation of its own
    assert normalise("Det var *”bra”* sa de.") == "Det var *”bra”* sa de."


def test_a_transcripts_turns_lose_when_and_who_speaks() -> None:
    text = (
        "[00:04:37] ERIK SANDAHL: Vi lovade att polisen skulle göra kontroller.\n\n"
        "[00:04:49] LINA ÅBERG: Och blev det så?\n\n"
        "[00:06:23] JOHANNA WIRÉN: Ja, kommunen lovade två saker.\n"
    )
    assert normalise(text).split("\n") == [
        "Vi lovade att polisen skulle göra kontroller.",
        "",
        "Och blev det så?",
        "",
        "Ja, kommunen lovade två saker.",
    ]


def test_a_dates_day_wrapped_apart_from_its_month_is_no_list_number() -> None:
    text = "Löftet gäller till och med den\n31\nmars 2029. Därefter ses det över.\n"

    assert "den 31 mars 2029" in " ".join(normalise(text).split())
    assert normalise("1\nöka närvaron i centrum\n") == "1. öka närvaron i centrum"

"""Which kommuner a document is about, told apart from the police areas named after them."""

from loften.ingest.extract import Reference, extract
from loften.ingest.pipeline import extract_document

REFERENCE = Reference.from_shipped_files()


def codes(text: str) -> list[str]:
    return [m["code"] for m in extract(text, REFERENCE)["municipalities"]]


def test_a_police_area_named_after_a_neighbouring_kommun_is_not_that_kommun() -> None:
    text = (
        "Forshaga – medborgarlöften\n\nLPO Karlstad och Forshaga kommun har tagit fram löftet. "
        "Lokalpolisområde Karlstad ansvarar för polisens del. Forshaga kommun ansvarar för "
        "belysningen."
    )

    assert codes(text) == ["1763"]


def test_the_kommuner_a_police_area_serves_are_not_all_what_the_promise_is_about() -> None:
    text = (
        "Medborgarlöfte för Gagnef\n\nGagnefs kommun och polisen lovar fler vuxna ute i "
        "Gagnef. Lokalpolisområde Borlänge ansvarar för både Borlänge och Gagnef. Polisen ska "
        "synas vid stationen när tågen från Borlänge kommer in."
    )

    assert codes(text) == ["2026"]


def test_the_local_editions_in_a_news_sites_menu_are_not_what_the_item_is_about() -> None:
    text = (
        "Kalixälvens Tidning\nNyheter | Överkalix | Kalix | Sport | Debatt | Prenumerera\n\n"
        "Nytt löfte i Överkalix\n\nÖverkalix kommun och polisen lovar skoterkontroller. "
        "Överkalix hör till ett lokalpolisområde med polisstation i Kalix."
    )

    assert codes(text) == ["2513"]


def test_the_police_in_a_neighbouring_town_is_its_police_area_not_that_kommun() -> None:
    text = (
        "Robertsfors: så gick det med löftet\n\nRobertsfors kommun och polisen i Umeå skrev "
        "under löftet. Polisen hade många ärenden i Umeå under hösten, så Robertsfors fick "
        "stå tillbaka, säger kommunpolisen i Robertsfors."
    )

    assert codes(text) == ["2409"]


def test_the_police_area_chief_of_a_neighbouring_kommun_does_not_add_it() -> None:
    text = (
        "Trygghetsöverenskommelse för Hallonbergen i Sundbybergs stad\n\n"
        "Sundbybergs stad och lokalpolisområde Solna åtar sig att arbeta tillsammans.\n\n"
        "Sundbyberg den 26 februari 2027\n\n"
        "Sundbybergs stad\nAnna Berg, stadsdirektör\n\n"
        "Polismyndigheten\nJonas Ek, lokalpolisområdeschef Solna\n"
    )

    assert codes(text) == ["0183"]


def test_a_person_whose_surname_is_a_kommun_does_not_add_that_kommun() -> None:
    text = (
        "Medborgarlöfte för Kinda\n\nKommunpolis Johan Lund och Kinda kommun har skrivit "
        "löftet. Johan Lund leder polisens arbete."
    )

    assert codes(text) == ["0513"]


def test_a_person_whose_first_name_is_a_kommun_does_not_add_that_kommun() -> None:
    text = (
        "Medborgarlöfte för Kinda\n\nKinda kommun och polisen har skrivit löftet.\n\n"
        "– Belysningen har gjort skillnad, säger Nora Eklind, trygghetssamordnare.\n\n"
        "Kontakt: Nora Eklind, trygghetssamordnare"
    )

    assert codes(text) == ["0513"]


def test_two_kommuner_that_signed_together_are_both_covered_the_first_named_first() -> None:
    text = (
        "Polisen, Eda kommun och Årjängs kommun har skrivit ett gemensamt löfte. "
        "I Årjäng ska polisen hålla öppet hus. I Eda ska kommunen anställa fältassistenter. "
        "Årjängs kommun och Eda kommun följer upp arbetet."
    )

    assert codes(text) == ["1730", "1765"]


def test_a_text_that_names_no_kommun_takes_it_from_the_file_name() -> None:
    content = "Polisen ska genomföra två trafikkontroller i veckan.".encode()

    named = extract_document(content, "medborgarlofte_upplands-vasby_2025.txt", REFERENCE)
    silent = extract_document(content, "lofte.txt", REFERENCE)

    assert [m["code"] for m in named["municipalities"]] == ["0114"]
    assert silent["municipalities"] == []


def test_spots_counties_compound_places_and_other_kommuners_box_add_no_kommun() -> None:
    text = (
        "Polisen Uppsala län\n\nMedborgarlöfte för Tierp 2026\n\n"
        "Avtal mellan Tierps kommun och polisen. Polisen patrullerar vid Sandviken och mellan "
        "Sandviken och hamnen. "
        "Vi besöker Tierp, Söderfors och Karlholm. Polisen Uppsala län finns i Tierp. "
        "Vandringen går från Munka-Ljungby till Tierp, och badplatsen vid Sandviken städas.\n\n"
        "Medborgarlöften i andra kommuner\n"
        "Heby: Heby kommun lovar mer. Läs mer om Heby. Hebys kommun och polisen i Heby.\n"
    )

    assert codes(text) == ["0360"]


def test_kommuner_a_clause_says_are_not_part_of_the_promise_are_not_covered() -> None:
    text = (
        "Medborgarlöfte 2027 för Sorsele och Storuman\n\n"
        "Sorsele och Storuman delar poliser. Polisen i Lycksele kan förstärka, men "
        "Lycksele kommun ingår inte i löftet. Vilhelmina och Dorotea har egna medborgarlöften.\n\n"
        "Polisen i Lycksele ska ha mottagning i Sorsele och i Storuman varje vecka.\n"
        "Kommunerna Vilhelmina och Dorotea bjuds in till dialogmötet.\n"
        "Dorotea och Vilhelmina får rapporten.\n"
    )

    assert codes(text) == ["2422", "2421"]


def test_a_place_of_the_kommun_left_out_of_the_promise_keeps_the_kommun() -> None:
    text = (
        "Medborgarlöfte Storuman 2027\n\n"
        "Polisen ska synas i Storuman. Kommunen ska laga belysningen i Storuman. "
        "Trafikverket bygger om korsningen vid Storumans resecentrum, "
        "men det ingår inte i löftet.\n"
    )

    assert codes(text) == ["2421"]


def test_a_letterhead_in_capitals_names_the_kommun_over_one_named_in_passing() -> None:
    text = (
        "ÅSTORPS KOMMUN                      SAMMANTRÄDESPROTOKOLL\n"
        "Brottsförebyggande rådet\n\n"
        "§ 8 Uppföljning av medborgarlöftet 2027\n\n"
        "a) Polisen skulle kontrollera mopeder vid stationen i Åstorp varje vecka.\n"
        "Kontrollerna gjordes, utom i juli när personal lånades ut till Helsingborg.\n"
    )

    assert codes(text) == ["1277"]


def test_a_city_named_as_its_organisation_in_a_letterhead_or_a_page_is_covered() -> None:
    letterhead = (
        "STOCKHOLMS STAD\nSpånga-Tensta stadsdelsnämnd\n\n"
        "Medborgarlöfte för Tensta 2028\n\nJusterare: Karin Renström Lund\n"
    )
    page = "Göteborgs Stad\n\nMedborgarlöfte för Angered 2028\n\nPolisen patrullerar.\n"

    assert codes(letterhead) == ["0180"]
    assert codes(page) == ["1480"]


def test_links_to_other_news_name_no_kommun_the_page_is_about() -> None:
    text = (
        "Så blev medborgarlöftet i Bollebygd\n\n"
        "Polisen och Bollebygds kommun har följt upp löftet. Polisen fick hjälp från Borås.\n\n"
        "Fler lokala nyheter från Västra Götaland\n"
        "Inbrott i villa i Borås\n"
        "Polisen söker vittnen i Borås\n"
    )

    assert codes(text) == ["1443"]


def test_a_kommun_named_in_the_genitive_alone_counts_and_the_police_areas_others_do_not() -> None:
    text = (
        "Nytt löfte ska ge tryggare vägar\n\n"
        "Fler trafikkontroller. Det lovar polisen och kommunen i Ockelbos nya medborgarlöfte.\n\n"
        "Ockelbo hör till lokalpolisområde Gävle, som också omfattar Gävle och Sandviken. "
        "Närmaste polisstation ligger i Gävle.\n\n"
        "Kommunpolis Ockelbo och Hofors, 114 14\n"
    )

    assert codes(text) == ["2101"]

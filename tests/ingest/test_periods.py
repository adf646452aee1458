"""The period a document states, in each way Swedish documents state it, and doubts shown."""

import pytest

from loften.ingest.periods import parse_period, period_uncertainties


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Medborgarlöfte 2016\n\nPolisen ska ...", "2016-01-01", "2016-12-31"),
        ("Medborgarlöften 2019–2020\n\nKommunen ska ...", "2019-01-01", "2020-12-31"),
        ("Polisen och kommunen lovar för åren 2022–2023 att ...", "2022-01-01", "2023-12-31"),
        ("Vi kommer under 2021 - 2022 att arbeta med ...", "2021-01-01", "2022-12-31"),
        (
            "Löftet gäller från 1 mars 2024 till och med 28 februari 2026.",
            "2024-03-01",
            "2026-02-28",
        ),
        ("Överenskommelsen gäller 1 januari 2020 – 31 december 2021.", "2020-01-01", "2021-12-31"),
        ("Löftet gäller under perioden 2024 till och med 2026.", "2024-01-01", "2026-12-31"),
        (
            "Löftet löper under 2025 eller tills ett nytt löfte undertecknas.",
            "2025-01-01",
            "2025-12-31",
        ),
        ("Detta har kommunen gjort 2023:", "2023-01-01", "2023-12-31"),
        ("Löftet gäller i två år.\nDet slutar i december 2027.", None, "2027-12-31"),
        (
            "Nyheter\n\nFAKTA: Det här lovar polisen och kommunen 2027\n* Polisen ...",
            "2027-01-01",
            "2027-12-31",
        ),
        ("Vi har valt att låta 2022 års löfte gälla för 2023 också.", "2022-01-01", "2023-12-31"),
        ("Gemensamt medborgarlöfte för Tierp och Heby 2024–2025", "2024-01-01", "2025-12-31"),
        ("Uppföljning av medborgarlöftet i Ludvika 2024", "2024-01-01", "2024-12-31"),
        ("Medborgarlöfte 2027/2028\n\nPolisen ska ...", "2027-01-01", "2028-12-31"),
        ("Medborgarlöfte 2027–29\n\nPolisen ska ...", "2027-01-01", "2029-12-31"),
        ("Löftet gäller år 2027 och 2028.", "2027-01-01", "2028-12-31"),
        ("Löftet gäller under perioden mars–december 2027.", "2027-03-01", "2027-12-31"),
        ("Löftet löper ut den 31 maj 2028.", None, "2028-05-31"),
        ("Löftet gäller till och med 2027.", None, "2027-12-31"),
        ("Överenskommelsen gäller till utgången av 2028.", None, "2028-12-31"),
        ("Medborgarlöfte Överkalix 2024-2025", "2024-01-01", "2025-12-31"),
        ("Medborgarlöfte Upplands Bro 2027\n\nText.", "2027-01-01", "2027-12-31"),
        ("Medborgarlöfte för Lilla Edets kommun 2027", "2027-01-01", "2027-12-31"),
        ("Kommunen har antagit dessa åtaganden för 2027:", "2027-01-01", "2027-12-31"),
        ("Vad lovar vi för 2027?", "2027-01-01", "2027-12-31"),
        ("Polisen och kommunen lovade fem saker för 2016.", "2016-01-01", "2016-12-31"),
        ("Giltighetstid: 2027-04-01 -- 2028-03-31", "2027-04-01", "2028-03-31"),
        ("Medborgarlöftet gäller för 2027 och 2028.", "2027-01-01", "2028-12-31"),
        ("En ny samverkansöverenskommelse för 2027–2030.", "2027-01-01", "2030-12-31"),
        (
            "Vi förlänger 2026 års medborgarlöfte så att det gäller även under 2027.",
            "2026-01-01",
            "2027-12-31",
        ),
        (
            "Överenskommelse mellan Eda kommun och polisen 2023–2026\n\nText.",
            "2023-01-01",
            "2026-12-31",
        ),
        ("Under 2023 anmäldes 400 inbrott.\n\nMedborgarlöfte 2025", "2025-01-01", "2025-12-31"),
        ("Löftet gäller under mandatperioden 2027–2030.", "2027-01-01", "2030-12-31"),
        (
            "Medborgarlöfte läsåret 2027/28\n\nPolisen ska under 2027 ...",
            "2027-08-01",
            "2028-06-30",
        ),
        ("Vi lovar under läsåret 2027/2028 att ...", "2027-08-01", "2028-06-30"),
        ("Läsåret 2027/29 är inget läsår.", None, None),
        (
            "Samverkansöverenskommelse mellan Polisen och Kalix kommun 2027\n\n"
            "Under 2026 ökade skadegörelsen.",
            "2027-01-01",
            "2027-12-31",
        ),
        ("Handlingsplan för trygghet i Boden 2028\n\nText.", "2028-01-01", "2028-12-31"),
        (
            "Brottsförebyggande handlingsplan 2022–2024\n\nHandlingsplanen beskriver hur "
            "kommunen arbetar under åren 2022–2024.\n\n5. Medborgarlöfte\n"
            "Medborgarlöftet gäller under 2022.",
            "2022-01-01",
            "2022-12-31",
        ),
        (  # ... its sentence wrapped, under its heading
            "Brottsförebyggande handlingsplan 2022–2024\n\n1. Inledning\nHandlingsplanen "
            "beskriver hur kommunen arbetar\nbrottsförebyggande under åren 2022–2024.\n\n"
            "5. Medborgarlöfte\nMedborgarlöftet gäller under 2022.",
            "2022-01-01",
            "2022-12-31",
        ),
        ("Avtalet ingicks 1/1 2019 och utgör grunden för samverkan.", None, None),
        ("Under 2026 anmäldes 40 brott.\n\nGiltighetstid: 2027\n", "2027-01-01", "2027-12-31"),
        (
            "Ystad den 15 januari 2026\n\nSamverkansavtal\nYstads kommun och Polisen\n"
            "Giltighetstid: 2026–2028\n",
            "2026-01-01",
            "2028-12-31",
        ),
        (
            "Under 2025 ökade inbrotten.\n\nDet visar enkäten.\n\nVi vill mer.\n\n"
            "Avtalstid 2026-2027\n",
            "2026-01-01",
            "2027-12-31",
        ),
        ("Avtalstid: tre år från och med den 1 mars 2027", "2027-03-01", "2030-02-28"),
        ("Tidsperiod: januari 2027 – december 2028", "2027-01-01", "2028-12-31"),
        ("Kvällsvandringar under hösten 2015.", None, None),
        ("Under 2024 anmäldes flera stölder av båtmotorer.", None, None),
        ("Under 2025 ökade skadegörelsen i centrum.", None, None),
        ("Löftet gäller tills vidare.", None, None),
    ],
)
def test_the_period_is_read_however_it_is_stated(
    text: str, start: str | None, end: str | None
) -> None:
    period = parse_period(text)

    assert (period["start"], period["end"]) == (start, end)


def test_a_date_that_does_not_exist_is_read_as_the_last_day_of_its_month_and_flagged() -> None:
    text = "Medborgarlöftet gäller från 31 april 2024 - 31 april 2026."

    assert parse_period(text)["end"] == "2026-04-30"
    assert period_uncertainties(text) == [
        {"field": "period.start", "reason": "'31 april 2024' finns inte; läst som 2024-04-30"},
        {"field": "period.end", "reason": "'31 april 2026' finns inte; läst som 2026-04-30"},
    ]


def test_two_statements_that_disagree_keep_the_first_and_are_flagged() -> None:
    text = "Löften för 2023–2024\n\nUnder 2022 – 2023 kommer polisen att hålla öppet hus."

    assert parse_period(text)["end"] == "2024-12-31"
    [doubt] = period_uncertainties(text)
    assert doubt["field"] == "period.end"
    assert "Under 2022 – 2023" in doubt["reason"]
    assert "läst som 2024-12-31" in doubt["reason"]


def test_a_period_stated_once_raises_no_doubt() -> None:
    assert period_uncertainties("Medborgarlöfte 2024–2025. Löftet gäller 2024–2025.") == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Gäller 1 maj–30 september 2026", "2026-05-01", "2026-09-30"),
        ("Löftet gäller för åren 2025 till 2027.", "2025-01-01", "2027-12-31"),
        (
            "Överenskommelsen gäller från undertecknandet till och med den 31 januari 2029.",
            None,
            "2029-01-31",
        ),
        (
            "Överenskommelsen gäller från och med den dag den undertecknats av båda\n"
            "parter till och med den 30 april 2029.",
            None,
            "2029-04-30",
        ),
        (
            "Under 2025 ökade klottret. Löftet gäller i tre år, till och med 2028.",
            None,
            "2028-12-31",
        ),
    ],
)
def test_a_season_a_span_of_years_and_an_end_after_the_signing(
    text: str, start: str | None, end: str
) -> None:
    period = parse_period(text)
    assert (period["start"], period["end"]) == (start, end)


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Löftet gäller från och med vecka 10 till och med vecka 40 2026.", "2026-10-04"),
        # into the next year, over a timeline's rows of weeks
        ("Tidplan vecka 14 2026 – vecka 12 2027\nVecka 24–33 2026 Kommunen gör", "2027-03-28"),
        # in the year named before them
        ("Sommarlöfte 2026\nDet gäller från vecka 24 till och med vecka 33.", "2026-08-16"),
        ("Löftet gäller hela 2026.", "2026-12-31"),
        ("Gäller: 2026–2027.", "2027-12-31"),
        ("Löftet gäller till sista december 2026.", "2026-12-31"),
        ("Löftet gäller verksamhetsåret 2026; under 2025 såg vi fler inbrott.", "2026-12-31"),
        ("Löftet gäller från den 1 april 2026 och ett år framåt.", "2027-03-31"),
        ("Avtalet gäller från 15 maj 2026 och löper i två år.", "2028-05-14"),
        ("Det är ett treårigt löfte från 1 september 2026.", "2029-08-31"),
        ("Från och med den 1 mars 2026, sex månader.", "2026-08-31"),
    ],
)
def test_weeks_a_whole_year_a_field_and_the_end_of_a_month(text: str, end: str) -> None:
    assert parse_period(text)["end"] == end


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Det gäller från midsommar till och med augusti 2027.", "2027-08-31"),
        (
            "Överenskommelsen gäller från och med den 1 mars 2027 och tills vidare, dock längst "
            "till och med den 28 februari 2029.",
            "2029-02-28",
        ),
        (
            "Publicerad 9 december 2026\n\nLöftet gäller från årsskiftet och tre år framåt.",
            "2029-12-31",
        ),
        ("2 mars 2027\n\nNu är löftet klart. Löftet gäller till nyår.", "2027-12-31"),
        ("Medborgarlöftet gäller under vinterhalvåret 2026/27.", "2027-03-31"),
    ],
)
def test_ends_told_by_a_month_a_latest_date_or_the_new_year(text: str, end: str) -> None:
    assert parse_period(text)["end"] == end


@pytest.mark.parametrize(
    ("text", "end"),
    [
        # a field of the period, with a start that is no date, before a window in an item
        (
            "Trygghetslöften 2026–2027\nGiltighet: från halvårsskiftet 2026 till och med "
            "utgången av 2027\n\n3.1 Polisen patrullerar under perioden maj–juni 2026.",
            "2027-12-31",
        ),
        # when the dialogues were held is no period; the title's years are
        (
            "Medborgarlöfte 2026–2027\n\nLöftet bygger på samtal med boende i Oxberg under "
            "februari–mars 2026.",
            "2027-12-31",
        ),
        # a time from the signing, on the day the text says it was signed
        (
            "Polisen och Arjeplogs kommun har i dag den 12 maj 2026 undertecknat ett nytt "
            "medborgarlöfte. Löftet gäller i två år från undertecknandet.",
            "2028-05-11",
        ),
        (
            "Medborgarlöftet undertecknades den 2 februari 2027 och löper 18 månader från "
            "underskriften.",
            "2028-08-01",
        ),
        # a range of days whose second day follows "till den"
        (
            "Så gick det med medborgarlöftet 2026\n\nLöftet gällde från den 1 januari till den "
            "31 december 2026. Ett nytt löfte för 2027–2028 tas fram i vår.",
            "2026-12-31",
        ),
        # the agreement's year end, over the year an appendix's heading names
        (
            "Överenskommelsen löper ut vid årsskiftet 2028/2029.\n\nBilaga 1\n"
            "Medborgarlöfte Vilhelmina 2027\n",
            "2028-12-31",
        ),
        # the promise's own end, over the end of the agreement it is part of
        (
            "Löftet är en del av överenskommelsen, som gäller till och med den 31 december 2028.\n"
            "Medborgarlöftet gäller från undertecknandet till och med den 30 juni 2027.",
            "2027-06-30",
        ),
        # an extension's heading
        (
            "Löftet förlängs till och med den 31 december 2027\n\nUnder 2025 lovade vi ...",
            "2027-12-31",
        ),
    ],
)
def test_the_statement_that_names_the_period_outranks_other_dates(text: str, end: str) -> None:
    assert parse_period(text)["end"] == end


def test_a_linked_documents_year_is_no_period_and_a_title_outranks_a_counted_length() -> None:
    linked = (
        "Löftet gäller tills vidare.\n\nDokument\n"
        "Uppföljning av medborgarlöftet 2025 (pdf, 180 kB)\n"
    )
    titled = "VÅRT MEDBORGARLÖFTE 2026\n\nLöftet gäller från den 1 mars 2026 och ett år framåt.\n"

    assert parse_period(linked)["end"] is None
    assert parse_period(titled)["end"] == "2026-12-31"
    assert [u["field"] for u in period_uncertainties(titled)] == ["period.end"]


def test_a_text_that_runs_until_further_notice_has_no_end_from_a_year_in_passing() -> None:
    text = (
        "Avsiktsförklaring\n\nUnder 2026 avser parterna att träffas fyra gånger.\n\n"
        "Avsiktsförklaringen gäller från undertecknandet och tills vidare."
    )
    assert parse_period(text)["end"] is None


@pytest.mark.parametrize("related", ["Relaterade sidor", "Relaterat"])
def test_a_follow_up_ends_with_the_year_it_looks_back_on_not_the_next_or_a_linked_one(
    related: str,
) -> None:
    text = (
        "Nyhet från polisen i Sävsjö\n\n"
        "Under 2026 hade kommunen och polisen ett gemensamt medborgarlöfte. Nu har "
        "trygghetsrådet gått igenom hur det blev.\n\n"
        "Ett nytt medborgarlöfte för 2027 tas fram under våren.\n\n"
        f"{related}\nMedborgarlöfte 2027\nBrott i Jönköpings län\n"
    )

    assert parse_period(text)["end"] == "2026-12-31"


def test_a_question_about_next_year_does_not_extend_the_period() -> None:
    text = (
        "Frågor och svar om medborgarlöftet för 2026\n\n"
        "Vad gäller för 2027?\nDet bestäms efter vårens dialogmöten.\n"
    )

    assert parse_period(text)["end"] == "2026-12-31"


def test_a_follow_ups_menu_and_links_to_next_years_promise_do_not_give_the_period() -> None:
    text = (
        "Kinda kommun\nHem > Trygghet > Medborgarlöfte > Så gick det 2021\n"
        "I den här delen\nTrygghet och säkerhet\n– Så gick det 2021\n– Medborgarlöfte 2022\n\n"
        "Så gick det med medborgarlöftet\n\n"
        "Under 2021 hade kommunen och polisen ett gemensamt medborgarlöfte.\n\n"
        "Vad händer nu?\nEtt nytt medborgarlöfte för 2022 är framtaget. Du kan läsa det på "
        "sidan Medborgarlöfte 2022.\n"
    )

    assert parse_period(text)["end"] == "2021-12-31"


def test_a_cookie_lines_read_more_and_a_menu_typed_without_blank_lines_hide_no_period() -> None:
    cookies = (
        "Vi använder kakor.\nLäs mer om kakor\nStartsida\n"
        "Vaxholms stad och polisen har tagit fram ett gemensamt medborgarlöfte för 2024.\n"
    )
    menu = (
        "I den här delen\n– Så gick det 2021\n– Medborgarlöfte 2022\n"
        "Så gick det med medborgarlöftet 2021\n"
        "Under 2021 hade Kinda kommun och polisen ett gemensamt medborgarlöfte.\n"
    )

    assert parse_period(cookies)["end"] == "2024-12-31"
    assert parse_period(menu)["end"] == "2021-12-31"


def test_a_news_item_on_what_was_promised_last_year_gives_the_year_before_its_date() -> None:
    text = (
        "Robertsfors: Polisen höll inte allt den lovade\n\n"
        "Publicerat torsdag 14 januari 2016\n\n"
        "Polisen och kommunen lovade förra året invånarna fem saker.\n\n"
        "Ett nytt löfte för 2016 ska enligt kommunen vara klart i mars.\n"
    )

    assert parse_period(text)["end"] == "2015-12-31"


def test_the_links_under_read_more_name_other_documents_not_the_period() -> None:
    text = (
        "Mölndals stad\nBo och bygga   Förskola och skola   Omsorg   Kommun och politik\nSök\n"
        "Du är här: Startsida / Kommun och politik / Trygghet / Medborgarlöfte\n\n"
        "Medborgarlöftet 2021 – så gick det\n\nPolisen patrullerade i Balltorp.\n\n"
        "Läs mer\nMedborgarlöfte 2022\nTrygghetsmätning 2020 (pdf)\n"
    )

    assert parse_period(text)["end"] == "2021-12-31"


def test_a_link_on_the_line_of_las_ocksa_is_all_it_holds_not_the_fact_box_under_it() -> None:
    text = (
        "Nytt medborgarlöfte i Hörby\n"
        "Läs också: Inbrottsvåg i Östraby 2026\n"
        "FAKTA: Medborgarlöfte Hörby\n"
        "Gäller: 2026–2027.\n"
    )

    assert parse_period(text)["end"] == "2027-12-31"


def test_a_report_says_the_year_it_had_the_promise_and_a_news_item_the_year_it_should_hold() -> (
    None
):
    report = (
        "Kommunen och polisen hade under 2020 ett gemensamt medborgarlöfte. Anmälda brott "
        "minskade under 2019. I december undertecknades ett nytt medborgarlöfte för 2021."
    )
    news = (
        "Nu kommer svaret: ett medborgarlöfte som ska gälla hela 2017. Enligt polisen "
        "anmäldes 48 skadegörelsebrott under 2016, en ökning."
    )

    assert parse_period(report)["end"] == "2020-12-31"
    assert parse_period(news)["end"] == "2017-12-31"


def test_a_promise_signed_in_april_holds_for_the_rest_of_the_year() -> None:
    assert parse_period("Löftet gäller under resten av 2016.")["end"] == "2016-12-31"
    # ... and perhaps the whole of the next
    assert parse_period("Löftet gäller resten av 2015 och hela 2016.")["end"] == "2016-12-31"


@pytest.mark.parametrize(
    "said",
    [
        "Löftet gäller resten av 2015.",
        "Det gäller under hela 2025.",
        "Det gäller hela 2025.",
        "Löftet gällde hela 2021.",  # as a follow-up tells it
        "Löftet gäller från och med nu och under hela 2016.",  # a news item on the signing
    ],
)
def test_the_rest_of_a_year_or_the_whole_of_it_ends_with_that_year(said: str) -> None:
    text = f"Inbrotten ökade under 2014. {said}"

    assert parse_period(text)["end"][:4] in said


@pytest.mark.parametrize(
    ("said", "end"),
    [
        ("Det här löftet gäller under 2026–2027. Vi följer upp det varje halvår.", "2027-12-31"),
        # another document's years, in a relative clause
        ("Löftet är en del av överenskommelsen, som gäller 2025–2028.", "2026-12-31"),
        ("Löftet är en del av överenskommelsen, som\ngäller 2025–2028.", "2026-12-31"),
    ],
)
def test_the_years_the_promise_says_it_runs_are_surer_than_its_titles(said: str, end: str) -> None:
    text = f"MEDBORGARLÖFTE 2026\n\nDnr KS 2025/276\n\n{said}\n"

    assert parse_period(text)["end"] == end


def test_a_renewed_agreement_runs_its_own_period_not_the_one_before_it() -> None:
    text = (
        "FÖRNYAD SAMVERKANSÖVERENSKOMMELSE\n\n1 VARFÖR EN FÖRNYAD ÖVERENSKOMMELSE\n\n"
        "Den tidigare överenskommelsen gällde från den 1 juni 2021 till den 31 maj 2025.\n\n"
        "8 GILTIGHETSTID\n\n"
        "Överenskommelsen gäller från och med den 1 juni 2025 till och med den 31 maj 2029.\n"
    )

    assert parse_period(text)["end"] == "2029-05-31"


def test_the_years_a_promise_runs_after_how_many_they_are() -> None:
    text = (
        "Medborgarlöfte för Högsby kommun\nPå lätt svenska\n\n"
        "Polisen och kommunen har gjort ett löfte till dig.\nLöftet heter medborgarlöfte.\n"
        "Löftet gäller i två år: 2026 och 2027.\n"
    )

    assert parse_period(text)["end"] == "2027-12-31"


def test_a_budgets_years_in_its_title_give_way_to_the_promise_it_holds() -> None:
    text = (
        "Verksamhetsplan med budget 2026, plan 2027–2028\n\n"
        "Medborgarlöfte 2026\n"
        "Kommunen och polisen har tecknat ett medborgarlöfte.\n"
    )

    assert parse_period(text)["end"] == "2026-12-31"


def test_an_action_plans_years_give_way_to_the_year_its_promise_says_in_a_sentence() -> None:
    text = (
        "Brottsförebyggande åtgärdsplan 2026–2027\n\n"
        "Några av åtgärderna görs med polisen och utgör medborgarlöftet för Ale 2026. "
        "Planen i övrigt gäller båda åren.\n"
    )

    assert parse_period(text)["end"] == "2026-12-31"


def test_the_earlier_promises_a_page_links_to_are_not_its_period() -> None:
    text = (
        "Till innehållet   Lyssna   Kontakt   English\nAle kommun\n"
        "Bo och leva | Barn och utbildning | Omsorg och hjälp | Kommun och politik\n\n"
        "Vi använder kakor för att webbplatsen ska fungera. Godkänn alla kakor\n\n"
        "Du är här: Startsida / Bo och leva / Trygghet / Medborgarlöfte\n\n"
        "Medborgarlöfte 2027\n\n"
        "Polisen och Ale kommun har tagit fram ett medborgarlöfte för 2027.\n\n"
        "Tidigare medborgarlöften\nMedborgarlöfte 2026\nMedborgarlöfte 2025\n"
    )

    assert parse_period(text)["end"] == "2027-12-31"


def test_next_years_promise_still_being_made_under_its_heading_is_not_the_period() -> None:
    text = (
        "Startsida > Trygghet > Medborgarlöfte\n\n"
        "Medborgarlöftet 2022 – så gick det, och vad händer nu?\n\n"
        "Under 2022 hade staden och polisen ett gemensamt medborgarlöfte.\n\n"
        "Medborgarlöftet 2023\n"
        "Just nu arbetar staden och polisen med nästa års löfte. Det skrivs under i mars.\n"
    )

    assert parse_period(text)["end"] == "2022-12-31"


@pytest.mark.parametrize(
    "title",
    [
        "Medborgarlöftet 2015 – så gick det, och det här lovar vi 2016",
        "Så gick det med medborgarlöftet 2015 – och det här lovar vi 2016",
        "Medborgarlöftet: så gick det 2015 – och det här lovar vi 2016",
    ],
)
def test_a_follow_ups_title_that_also_names_next_years_promise_gives_the_year_followed_up(
    title: str,
) -> None:
    text = (
        f"Startsida > Trygghet > Medborgarlöfte\n\n{title}\n\n"
        "Löftet gällde under 2015.\n\n"
        "Det här lovar vi 2016\n\nLöftet för 2016 skrevs under i januari.\n"
    )

    assert parse_period(text)["end"] == "2015-12-31"


def test_the_end_of_the_agreement_a_promise_builds_on_does_not_move_its_years() -> None:
    text = (
        "Medborgarlöfte för Bengtsfors kommun 2026–2027\n\n"
        "Löftet bygger på den samverkansöverenskommelse som parterna tecknade 2024 och som\n"
        "löper till och med 2028.\n"
    )

    assert parse_period(text)["end"] == "2027-12-31"


def test_last_periods_ended_promise_before_this_periods_does_not_give_the_period() -> None:
    text = (
        "Medborgarlöfte 2025\n"
        "Löftet gällde till den 31 december 2025 och är nu avslutat.\n\n"
        "Medborgarlöfte 2026\n"
        "Polisen lovar att under 2026 göra fler kontroller.\n"
    )

    assert parse_period(text)["end"] == "2026-12-31"


def test_a_follow_up_of_a_promise_that_has_ended_keeps_its_period() -> None:
    text = "Löftet för 2025 är nu avslutat. Så här gick det med det.\n"

    assert parse_period(text)["end"] == "2025-12-31"


def test_a_year_from_the_day_it_is_signed_ends_the_day_before_a_year_after_the_signing() -> None:
    text = (
        "Löftet gäller i ett år från den dag det skrivs under.\n\n"
        "Undertecknat i Tidaholm den 22 mars 2027\n"
    )

    assert parse_period(text)["end"] == "2028-03-21"


def test_a_year_from_the_signing_runs_from_the_place_and_date_over_the_signatures() -> None:
    text = (
        "Löftet gäller i ett år från den dag det undertecknas.\n\n"
        "Underskrifter\n"
        "Säter den 4 april 2026\n\n"
        "Karin Moberg          Leif Sandin\n"
    )

    assert parse_period(text)["end"] == "2027-04-03"


def test_when_one_promised_activity_runs_is_not_the_promises_period() -> None:
    text = (
        "Medborgarlöfte Luleå 2025\n\n"
        "Löftet gäller under 2025.\n\n"
        "1. Polisen ska genomföra fotpatruller på Storgatan varje\n"
        "   helgnatt under perioden 1 mars–30 november 2025.\n"
        "2. Kommunen ska installera ny belysning i Stadsparken senast i maj 2025.\n\n"
        "8. Giltighetstid\n"
        "Överenskommelsen gäller från den 1 april 2023 till och med den 31 mars 2026.\n"
    )
    assert parse_period(text)["end"] == "2026-03-31"
    assert parse_period(text.split("8. Giltighetstid")[0])["end"] == "2025-12-31"


def test_dates_in_a_sentence_after_a_list_item_are_the_period_they_state() -> None:
    text = (
        "Ett enda löfte\n"
        "1. Bakgrund i korthet.\n"
        "Polisen och kommunen lovar att ha fältassistenter ute vid Resecentrum, "
        "från den 1 oktober 2015 till och med den 30 juni 2016.\n"
    )
    assert parse_period(text)["end"] == "2016-06-30"


def test_a_follow_ups_year_in_a_sentence_wrapped_over_two_lines() -> None:
    text = (
        "Så gick det\n\n"
        "Under 2025 hade lokalpolisområde Lidingö-Kungsholmen och\n"
        "Lidingö stad ett gemensamt medborgarlöfte.\n"
    )
    assert parse_period(text)["end"] == "2025-12-31"


def test_a_follow_ups_title_under_a_pages_menu_and_breadcrumb_names_the_year_followed_up() -> None:
    text = (
        "Hoppa till innehåll\n"
        "Vi använder kakor på webbplatsen. [OK]\n"
        "Hem / Trygghet / Medborgarlöfte\n"
        "Medborgarlöftet 2023 – så gick det, och våra löften för 2024\n\n"
        "Under 2023 hade kommunen och polisen ett medborgarlöfte.\n\n"
        "Våra löften för 2024\n\n"
        "Polisen ska göra trafikkontroller i Hede.\n\n"
        "Löftet för 2024 skrivs under i mars och gäller under 2024.\n"
    )
    assert parse_period(text)["end"] == "2023-12-31"


def test_a_follow_up_of_two_promises_ends_with_the_second() -> None:
    text = (
        "Så gick det med medborgarlöftena 2026 och 2027\n\n"
        "Medborgarlöftet 2026\n\n"
        "Löftet gällde från den 1 januari till den 31 december 2026.\n\n"
        "Polisen gjorde tolv kontroller i Hede.\n\n"
        "Medborgarlöftet 2027\n\n"
        "Löftet gällde från den 1 januari till den 31 december 2027.\n\n"
        "Kommunen tände nya lampor vid skolan.\n"
    )
    assert parse_period(text) == {
        "start": "2026-01-01",
        "end": "2027-12-31",
        "until_replaced": False,
        "extends_indefinitely": False,
    }


def test_a_breadcrumbs_end_wrapped_onto_a_line_of_its_own_is_no_title() -> None:
    text = (
        "Lerums kommun\n"
        "Till innehållet Lyssna Språk Kontakt\n\n"
        "Startsida > Trygghet > Medborgarlöfte > Så gick det med medborgarlöftet\n"
        "2022\n\n"
        "Så gick det med medborgarlöftet 2022\n\n"
        "Under 2022 hade kommunen och polisen ett gemensamt medborgarlöfte.\n\n"
        "I januari 2023 undertecknades ett nytt medborgarlöfte för 2023–2024.\n"
    )
    assert parse_period(text)["end"] == "2022-12-31"


@pytest.mark.parametrize(
    "next_one",
    [
        "Ett nytt medborgarlöfte för 2026 skrevs under den 10 februari 2026. Du hittar det på "
        "sidan Medborgarlöfte 2026.",
        "Arbetet med ett nytt medborgarlöfte för 2026 pågår. Det presenteras här när det har "
        "skrivits under.",
    ],
)
def test_a_follow_up_ends_with_its_own_promise_not_the_next_one_it_points_to(
    next_one: str,
) -> None:
    text = (
        "Arvika kommun\nKontakt\nSök\nMeny\nKommun och politik\n\n"
        "Så gick det med medborgarlöftet 2025\n\n"
        "Under 2025 hade kommunen och polisen ett gemensamt medborgarlöfte.\n\n"
        "Polisen lovade fotpatrull i centrum. Det blev 40 kvällar.\n\n"
        f"Medborgarlöftet 2026\n{next_one}\n"
    )

    assert parse_period(text)["end"] == "2025-12-31"

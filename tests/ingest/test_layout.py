"""Documents laid out as kommuner publish them read as their text does.

PDFs are set by WeasyPrint (a real layout engine: justified, hyphenated, running
headers, page numbers, columns), Word files carry Word's own list numbering, and
web pages nest their lists; the reader must give the extractor the same lines,
list markers and paragraphs as the plain text of the same document.
"""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import docx
import pypdfium2.raw as pdfium  # type: ignore[import-untyped]
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from loften.ingest import pdflayout
from loften.ingest.readers import read_document
from loften.testing.documents import render_docx, render_html, render_pdf

BACKGROUND = (
    "Under hösten genomförde polisen och kommunen en trygghetsmätning med boende i hela "
    "kommunen, och resultatet visade att otryggheten kring resecentrum har ökat under de "
    "senaste åren."
)
WALKS = (
    "genomföra gemensamma trygghetsvandringar vid resecentrum varje vår och varje höst "
    "under hela löftesperioden"
)
PROMISES = f"""Medborgarlöfte för Hallsberg 2025–2026

Bakgrund
{BACKGROUND}

Polisen och Hallsbergs kommun åtar sig att:
• {WALKS}
• bjuda in föräldrar till nattvandring inför sommarlovet
◦ i samarbete med föreningslivet

1. Narkotika bland unga
Polisen genomför riktade kontroller vid skolorna minst en gång i månaden.
"""


def pdf_text(markup: str, style: str = "", size: str = "A4") -> str:
    """The text read from a PDF of the markup, with a small-print running header and footer."""
    from weasyprint import HTML

    page = (
        '<html lang="sv"><head><meta charset="utf-8"><style>'
        f"@page {{ size: {size}; margin: 20mm 12mm;"
        ' @top-right { content: "Medborgarlöfte Hallsberg"; font-size: 8pt }'
        ' @bottom-center { content: "Sida " counter(page) " av " counter(pages); font-size: 8pt } }'
        f"body {{ font-family: 'DejaVu Sans'; font-size: 11pt }} {style}</style></head>"
        f"<body>{markup}</body></html>"
    )
    return read_document(bytes(HTML(string=page).write_pdf()), "löfte.pdf").text


def test_a_laid_out_pdf_reads_as_its_text_without_running_header_or_page_numbers() -> None:
    text = read_document(render_pdf(PROMISES * 4), "löfte.pdf").text

    assert "Sida" not in text
    assert text.count("Medborgarlöfte för Hallsberg 2025–2026") == 4  # the title, not a header
    # Each paragraph and item is one line, however the page wrapped it.
    assert BACKGROUND in text.split("\n")
    assert (
        f"• {WALKS}\n• bjuda in föräldrar till nattvandring inför sommarlovet\n"
        "◦ i samarbete med föreningslivet" in text
    )
    assert "1. Narkotika bland unga\n\nPolisen genomför riktade kontroller" in text


def test_a_word_broken_at_the_line_end_is_joined_and_a_real_hyphen_kept() -> None:
    text = pdf_text(
        "<p>Vi minskar brottslig&shy;heten och ökar EST-&#8203;rapporteringen"
        " i kvälls- och nattetid.</p>",
        size="58mm 120mm",
    )

    assert "Sida" not in text
    # Broken over six lines of a narrow page, read back as one line of one paragraph.
    assert (
        "Vi minskar brottsligheten och ökar EST-rapporteringen i kvälls- och nattetid."
        in text.split("\n")
    )


def test_two_columns_are_read_one_after_the_other() -> None:
    left = " ".join(["Vänsterspalten handlar om skolan och fritidsgårdarna."] * 8)
    right = " ".join(["Högerspalten handlar om trafiken på landsvägarna."] * 8)

    text = pdf_text(
        f"<h1>Två spalter</h1><div><p>{left}</p><p>{right}</p></div>",
        "div { column-count: 2; column-gap: 12mm; text-align: justify } p { margin: 0 0 8pt }",
    )

    assert text.index("Vänsterspalten") < text.index("Högerspalten")
    paragraphs = text.split("\n\n")
    assert left in paragraphs
    assert right in paragraphs


@pytest.mark.parametrize(("render", "name"), [(render_docx, "löfte.docx"), (render_html, "x.html")])
def test_word_and_web_lists_keep_their_numbers_and_levels(
    render: Callable[[str], bytes], name: str
) -> None:
    text = read_document(render(PROMISES), name).text

    assert "• bjuda in föräldrar till nattvandring inför sommarlovet\n◦ i samarbete med" in text
    assert "1. Narkotika bland unga" in text
    assert "Sida" not in text and "Acceptera alla" not in text


@pytest.mark.parametrize(
    ("render", "name"), [(render_docx, "x.docx"), (render_html, "x.html"), (render_pdf, "x.pdf")]
)
def test_bullets_under_a_numbered_item_and_a_lettered_list_stay_lists_in_every_form(
    render: Callable[[str], bytes], name: str
) -> None:
    text = (
        "Medborgarlöfte Malå 2027\n\nVåra löften\n\n"
        "1. Polisen ska synas mer i byarna genom att\n"
        "   – besöka Adak varje månad,\n   – ha öppet hus i skolan.\n"
        "2. Kommunen ska laga belysningen vid badet.\n\n"
        "Parterna åtar sig också följande:\n"
        "a) polisen gör hastighetskontroller vid skolan i Adak varje månad,\n"
        "b) kommunen ordnar en drogfri kväll för högstadieelever i samband med lovet.\n"
    )

    read = read_document(render(text), name).text
    lines = read.split("\n")

    assert "genom att\n◦ besöka Adak varje månad,\n◦ ha öppet hus i skolan." in read
    assert "2. Kommunen ska laga belysningen vid badet." in read
    assert any(
        line.endswith("hastighetskontroller vid skolan i Adak varje månad,") for line in lines
    )
    assert any(line.endswith("för högstadieelever i samband med lovet.") for line in lines)


def test_a_word_list_is_numbered_as_word_numbers_it() -> None:
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.append(
        parse_xml(
            f"<w:abstractNum {nsdecls('w')} w:abstractNumId='90'>"
            "<w:lvl w:ilvl='0'><w:start w:val='1'/><w:numFmt w:val='decimal'/>"
            "<w:lvlText w:val='%1)'/></w:lvl>"
            "<w:lvl w:ilvl='1'><w:start w:val='1'/><w:numFmt w:val='lowerLetter'/>"
            "<w:lvlText w:val='%2.'/></w:lvl></w:abstractNum>"
        )
    )
    numbering.append(
        parse_xml(f"<w:num {nsdecls('w')} w:numId='90'><w:abstractNumId w:val='90'/></w:num>")
    )
    for level, line in ((0, "Trafik"), (1, "Kontroller"), (1, "Hastighet"), (0, "Skolan")):
        paragraph = document.add_paragraph(line)
        paragraph._p.get_or_add_pPr().append(
            parse_xml(
                f"<w:numPr {nsdecls('w')}><w:ilvl w:val='{level}'/><w:numId w:val='90'/></w:numPr>"
            )
        )
    out = io.BytesIO()
    document.save(out)

    text = read_document(out.getvalue(), "x.docx").text

    assert text == "1) Trafik\na. Kontroller\nb. Hastighet\n2) Skolan"


def test_a_web_page_numbers_its_list_from_start_and_value() -> None:
    page = '<main><ol start="3"><li>Tre</li><li value="7">Sju</li><li>Åtta</li></ol></main>'

    assert read_document(page.encode(), "x.html").text == "3. Tre\n7. Sju\n8. Åtta"


def test_a_field_or_a_quote_under_a_full_line_stays_on_its_own_line() -> None:
    record = (
        "Medborgarlöfte för Hallsberg 2026\n\n"
        "4.3 Informationsträffar om grannsamverkan i minst sex bostadsområden per år.\n"
        "Ansvarig: Polisen och kommunen gemensamt\n\n"
        "»Kommunen ska hålla fritidslokalen i Föllinge öppen två kvällar i veckan under\n"
        "skolåret.«\n"
        "Bedömning: Delvis genomfört. Lokalen hölls öppen under våren.\n"
    )

    text = read_document(render_pdf(record), "löfte.pdf").text

    assert "per år.\nAnsvarig: Polisen och kommunen gemensamt" in text
    assert "skolåret.«\nBedömning: Delvis genomfört." in text


@pytest.mark.parametrize(
    ("render", "name"), [(render_docx, "x.docx"), (render_html, "x.html"), (render_pdf, "x.pdf")]
)
def test_a_heading_right_over_its_first_sentence_stays_a_line_of_its_own(
    render: Callable[[str], bytes], name: str
) -> None:
    plain = (
        "Medborgarlöfte för Oxelösund 2027\n\n"
        "Fokusområde 1 – Trygghet i centrum och vid resecentrum\n"
        "Polisen kommer att göra fotpatruller i centrum och vid resecentrum varje fredagskväll.\n"
        "\nPolisen lovar att\n• göra minst fyra trafikkontroller på Västerlånggatan under året\n"
        "Oxelösunds kommun lovar att\n• sätta upp ny belysning på torget\n"
    )

    text = read_document(render(plain), name).text

    assert "resecentrum\nPolisen kommer att göra" in text
    assert "under året\n\nOxelösunds kommun lovar att" in text


def test_a_short_page_in_two_columns_keeps_them_apart() -> None:
    first = "Kommunen ska rusta upp lekplatsen vid Ängsskolan med ny belysning längs gångvägen."
    second = "Polisen ska hålla öppen mottagning på biblioteket i Ängby varannan onsdag kväll."
    style = "div { column-count: 2; column-gap: 12mm } p { margin: 0 0 8pt }"

    one_page = pdf_text(f"<div><p>{first}</p><p>{second}</p></div>", style)
    filler = " ".join(["Bakgrunden beskriver läget i kommunen under året som gått."] * 60)
    two_pages = pdf_text(
        f'<div><p>{filler}</p><p>Så ser läget ut.</p></div><div style="break-before: page">'
        f"<p>{first}</p><p>{second}</p><p>Löftet gäller 2026.</p></div>",
        style,
    )

    for text in (one_page, two_pages):
        assert first in text.split("\n\n")
        assert second in text.split("\n\n")


def test_paragraphs_told_only_by_an_indented_first_line_stay_apart() -> None:
    lead = "Så här gör vi under året tillsammans med polisen i Östersund och byaföreningarna:"
    first = "Polisen mäter hastigheten på väg 340 genom Föllinge en gång i månaden under våren."
    second = "Kommunen öppnar fritidsgården i Dvärsätt två kvällar i veckan."
    third = "Vi startar grannsamverkan i tre nya byar före midsommar."
    background = " ".join(["Enkäten visade att trafiken är det största problemet i byarna."] * 3)

    text = pdf_text(
        "".join(f"<p>{p}</p>" for p in (background, lead, first, second, third, background)),
        "p { margin: 0; text-indent: 6mm; text-align: justify }",
    )

    for paragraph in (lead, first, second, third):
        assert paragraph in text.split("\n\n")


def test_a_numbered_item_in_a_serif_font_and_a_title_year_on_its_own_line_are_kept() -> None:
    item = (
        "Kommunen ska installera belysning längs promenadstråket runt Trummen och vidare "
        "ut mot Evedal under hösten."
    )

    text = pdf_text(
        "<h1>Växjö kommun och polisen – medborgarlöfte 2025</h1>"
        f"<ol><li>{item}</li><li>Polisen ska kontrollera elsparkcyklar.</li></ol>",
        "body { font-family: 'DejaVu Serif'; font-size: 12pt; line-height: 1.15 }"
        " h1 { font-size: 17pt; width: 120mm } li { text-align: justify }",
    )

    assert "medborgarlöfte 2025" in text
    assert f"1. {item}" in text.split("\n")


def test_paragraphs_three_points_apart_stay_apart() -> None:
    lines = [
        "Kommunen byter ut belysningen i gångtunneln vid stationen under våren.",
        "Polisen gör kontroller av mopeder vid torget varje fredag i maj och juni.",
        "Trygghetsvandring med boende i Västra Ämtervik i september.",
    ]

    # the background's wrapped lines show how far apart the lines of a paragraph are
    markup = "".join(f"<p>{line}</p>" for line in [BACKGROUND * 2, *lines])
    text = pdf_text(markup, "p { margin: 0 0 3pt }")

    for line in lines:
        assert line in text.split("\n\n")


def test_a_font_missing_a_character_still_reads_every_character_it_has() -> None:
    # WeasyPrint maps such a font's codes with a CMap of its own: a reader that leaves it
    # empty loses the whole font's text, not just the emoji.
    line = "Vi gör hastighetskontroller på Fredrikslundsvägen två gånger i månaden 🚗"

    text = pdf_text(f"<p>{line}</p><p>Kommunen sätter upp fler papperskorgar.</p>")

    assert "Vi gör hastighetskontroller på Fredrikslundsvägen två gånger i månaden" in text
    assert "Kommunen sätter upp fler papperskorgar." in text


def test_the_letters_of_a_ligature_are_read_once_each() -> None:
    # DejaVu sets "ff" and "fl" as one glyph; PDFium gives each letter that glyph's place.
    line = "Kommunen ordnar informationsträffar i Löfstad och fler sifferlekar i Åflo."

    assert line in pdf_text(f"<p>{line}</p>").split("\n\n")


def test_an_emoji_leading_a_line_is_read_as_itself_and_is_no_list_marker() -> None:
    # A post's reactions: a glyph the PDF names is no bullet, whatever font draws it.
    text = pdf_text("<p>Polisen ska patrullera i hamnen.</p><p>👍 28 gillar 💬 4 kommentarer</p>")

    assert "👍 28 gillar 💬 4 kommentarer" in text.splitlines()


def test_threads_reading_pdfs_at_once_take_turns_in_pdfium(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """PDFium may be called by one thread of a process at a time, even for two documents:
    an app server's threads that read uploads at once must take turns, or the process
    crashes. Each page's reading is slowed down here so that threads would overlap."""
    inside, most, count = [0], [0], threading.Lock()
    count_chars = pdfium.FPDFText_CountChars

    def slow_count_chars(text_page: object) -> int:
        with count:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        time.sleep(0.05)
        with count:
            inside[0] -= 1
        return int(count_chars(text_page))

    documents = [render_pdf(PROMISES), render_pdf(PROMISES.replace("Hallsberg", "Laxå"))] * 3
    alone = [read_document(content, "löfte.pdf").text for content in documents]
    monkeypatch.setattr(pdfium, "FPDFText_CountChars", slow_count_chars)

    with ThreadPoolExecutor(max_workers=3) as threads:
        together = list(threads.map(lambda c: read_document(c, "löfte.pdf").text, documents))

    assert most[0] == 1
    assert together == alone
    assert "Laxå" in together[1] and "Laxå" not in together[0]


def test_the_glyphs_are_made_after_pdfium_is_released(monkeypatch: pytest.MonkeyPatch) -> None:
    # Another thread's upload waits for PDFium's calls only, not for this one's layout.
    held: list[bool] = []
    glyphs = pdflayout._glyphs

    def watched(chars: list[Any]) -> list[Any]:
        held.append(pdflayout._PDFIUM.locked())
        return glyphs(chars)

    monkeypatch.setattr(pdflayout, "_glyphs", watched)

    assert "Hallsberg" in read_document(render_pdf(PROMISES), "löfte.pdf").text
    assert held and not any(held)


def test_a_missing_glyph_at_the_start_of_a_word_is_no_list_marker() -> None:
    text = pdf_text("<p>Polisen ska patrullera i hamnen.</p><p>👍❤ 214 38 kommentarer</p>")

    assert "•" not in text
    assert "❤ 214 38 kommentarer" in text


def test_a_row_of_cells_whose_last_line_is_full_ends_before_the_next_row() -> None:
    rows = [
        "Aktivitet | Ansvarig | Tidplan",
        "Trygghetsvandring i Frösäng tillsammans med boende, fastighetsägare och föreningar "
        "i området kring centrum | Kommunen och Oxelösundshamn AB | April och september",
        "Riktade kontroller av mopeder och epa-traktorer i hamnen och längs Femörevägen "
        "under kvällstid | Polisen | Maj–augusti, varannan fredag",
    ]

    text = read_document(render_pdf("Handlingsplan\n\n" + "\n".join(rows) + "\n"), "x.pdf").text

    for row in rows:
        assert row in text.split("\n")


def test_a_head_of_cells_that_fills_its_line_ends_before_the_first_row() -> None:
    block = [
        "För Söderhamns kommun | För lokalpolisområde Hudiksvall | För polisområde Bollnäs",
        "Vera Holmgren | Tobias Åkerlund | Nadja Persson",
        "Kommunstyrelsens ordförande | Lokalpolisområdeschef | Lokalpolisområdeschef",
    ]

    text = read_document(
        render_pdf("Söderhamn den 3 maj 2026\n\n" + "\n".join(block)), "x.pdf"
    ).text

    for row in block:
        assert row in text.split("\n")


def test_a_running_header_past_the_margin_does_not_make_every_line_look_short() -> None:
    # Word's default header keeps its right tab stop where it stood before the page's
    # margins were widened: the header reaches further right than any line of the text.
    text = pdf_text(
        '<p class="header">Tingsryds kommun – Medborgarlöfte 2027</p>'
        f"<p>{BACKGROUND} {BACKGROUND}</p><ul><li>{WALKS}</li></ul>",
        "p, li { font-size: 11pt } .header { margin: 0 -30mm 8mm 0; text-align: right }",
    )

    assert f"{BACKGROUND} {BACKGROUND}" in text.split("\n")
    assert f"• {WALKS}" in text.split("\n")


def test_an_item_set_further_in_with_the_same_bullet_is_an_item_under_the_one_above() -> None:
    text = pdf_text(
        "<p>Polisen och kommunen lovar att:</p><ul><li>bjuda in föräldrar till nattvandring"
        "<ul><li>i samarbete med föreningslivet</li><li>varje fredag i juni</li></ul></li>"
        "<li>kontrollera mopeder vid torget</li></ul><p>Löftet följs upp i december.</p>",
        "ul ul { list-style-type: disc }",
    )

    assert (
        "• bjuda in föräldrar till nattvandring\n◦ i samarbete med föreningslivet\n"
        "◦ varje fredag i juni\n• kontrollera mopeder vid torget"
    ) in text


def test_a_header_in_the_text_size_with_the_title_is_dropped_on_a_page_of_its_own() -> None:
    title = "Nytt medborgarlöfte i Kumla ska minska buskörningen"
    text = pdf_text(
        f'<p class="header">Kumla kommun<span>{title}</span></p>'
        f"<h1>{title}</h1><p>{BACKGROUND}</p>",
        ".header { margin: 0 0 10mm } .header span { float: right } h1 { font-size: 16pt }",
    )

    assert "Kumla kommun" not in text
    assert text.startswith(f"{title}\n\n{BACKGROUND}")


def test_a_word_longer_than_the_line_is_joined_where_it_was_broken() -> None:
    text = pdf_text(
        "<h1>SAMVERKANSÖVERENSKOMMELSE MED MEDBORGARLÖFTE</h1>"
        f"<p>{BACKGROUND}</p><p>Polisen ska kontrollera mopeder vid torget.</p>",
        "h1 { font-size: 40pt; overflow-wrap: anywhere }",
    )

    assert text.startswith("SAMVERKANSÖVERENSKOMMELSE MED MEDBORGARLÖFTE\n\n")


def test_justified_lines_that_end_at_a_forced_break_stay_apart() -> None:
    # Word and LibreOffice widen the spaces of a justified line that ends at Shift+Enter,
    # so it reaches the margin as a wrapped line does; its words would have left room.
    lines = [
        "Våra löften",
        "Polisen gör riktade insatser mot narkotikaförsäljningen i Järvenområdet under hela året.",
        "Kommunen utökar fältverksamheten med två tjänster.",
        "Lena Strand",
        "Kommunstyrelsens ordförande",
    ]
    text = pdf_text(
        f"<p>{BACKGROUND}</p><p>{'<br>'.join(lines)}</p>",
        "p { text-align: justify; text-align-last: justify; font-size: 12pt }",
    )

    for line in lines:
        assert line in text.split("\n")
    assert BACKGROUND in text.split("\n")


def test_a_justified_title_widened_into_pieces_is_no_header() -> None:
    text = pdf_text(
        '<p class="title">Samverkansavtal och medborgarlöfte</p>'
        f"<p>{BACKGROUND}</p><p>§ 3 Parternas åtaganden (medborgarlöfte)</p>",
        ".title { text-align: justify; text-align-last: justify; font-size: 12pt }",
    )

    assert text.startswith("Samverkansavtal och medborgarlöfte\n")


def test_a_justified_name_widened_from_margin_to_margin_is_no_second_column() -> None:
    signatures = [
        "För Sala kommun",
        "Peter Lindholm",
        "Kommunstyrelsens ordförande",
        "För Polismyndigheten",
        "Karin Sjöqvist",
        "Lokalpolisområdeschef",
    ]
    text = pdf_text(
        f"<p>{BACKGROUND}</p><p class='signed'>Sala den 9 januari 2025</p>"
        f"<p>{'<br>'.join(signatures)}</p>",
        "p { text-align: justify; text-align-last: justify; font-size: 12pt }"
        " .signed { page-break-before: always }",
    )

    assert "\n".join(signatures) in text

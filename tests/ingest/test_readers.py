"""Reading uploaded documents: the right text comes out, or a clear Swedish refusal."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from fpdf import FPDF
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter

from loften.ingest import readers
from loften.ingest.normalise import normalise
from loften.ingest.readers import ReadDocument, UnreadableDocument, read_document

SEEDS = sorted((Path(__file__).parents[2] / "src/loften/ops/seeds").glob("*.txt"))
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

SWEDISH = (
    "Polisen och Umeå kommun lovar att öka tryggheten i Östersund, Älvsbyn och Strömsund.\n"
    "Åtgärd: trafikkontroller på kvälls- och nattetid."
)


def refusal(content: bytes, filename: str = "dokument", **kwargs: int) -> str:
    with pytest.raises(UnreadableDocument) as caught:
        read_document(content, filename, **kwargs)
    return str(caught.value)


# ----------------------------------------------------------------- documents


def make_pdf(*pages: str, font: Path | None = None) -> bytes:
    """A PDF with one page per argument; core Helvetica (latin-1) unless a font is given."""
    pdf = FPDF()
    if font is not None:
        pdf.add_font("body", fname=str(font))
    for text in pages:
        pdf.add_page()
        pdf.set_font("body" if font is not None else "helvetica", size=11)
        pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def test_a_pdf_whose_fonts_the_layout_reader_cannot_decode_is_read_as_plain_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A layout reader that cannot decode a font (some CID fonts with a custom encoding)
    loses its text; pypdf's plain text may still hold it."""
    content = make_pdf("Polisen lovar att patrullera i parken varje fredag. " * 3)
    monkeypatch.setattr("loften.ingest.readers.pdf_text", lambda _content: "Sida 1")

    text = read_document(content, "löfte.pdf").text

    assert text.startswith("Polisen lovar att patrullera i parken varje fredag.")


def encrypt_pdf(content: bytes, *, user_password: str, owner_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(content)))
    writer.encrypt(user_password, owner_password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_docx() -> bytes:
    document = docx.Document()
    document.add_heading("Medborgarlöfte 2023–2025", level=1)
    document.add_paragraph("Mellan lokalpolisområde Piteå älvdal och Älvsbyns kommun.")
    document.add_heading("Narkotika", level=2)
    document.add_paragraph("Polis: Hundsök i skolan två gånger per år.", style="List Bullet")
    document.add_paragraph("Kommun: Drogvaneundersökning genomförs.", style="List Bullet")
    document.add_paragraph("Uppföljning sker två gånger per år.")
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(
        table.rows,
        [
            ("Part", "Aktivitet", "När"),
            ("Polisen", "Trafikkontroll", "Vår och höst"),
            ("Kommunen", "Trygghetsvandring", "Varje höst"),
        ],
        strict=True,
    ):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_paragraph("Datum: 2023-06-14")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_zip(members: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return out.getvalue()


KOMMUN_PAGE = """<!DOCTYPE html>
<html lang="sv" class="js has-cookie-consent">
<head><meta charset="utf-8"><title>Medborgarlöften - Strömsunds kommun</title>
<style>body { color: red }</style><script>var tracking = "Till innehåll";</script></head>
<body>
  <a class="skip" href="#content">Till innehåll på sidan</a>
  <header class="site-header"><a href="/">Strömsunds kommun</a>
    <nav><ul><li><a href="/a">Bo och leva</a></li><li><a href="/b">Omsorg</a></li></ul></nav>
  </header>
  <div id="cookie-banner" class="banner">
    <p>Vi använder kakor för att webbplatsen ska fungera.</p>
    <button>Acceptera alla</button>
  </div>
  <nav aria-label="Undermeny"><ul><li><a href="/c">Trygghet</a></li></ul></nav>
  <main id="content">
    <div class="tools"><span>Lyssna på sidan</span> <a>Lyssna</a></div>
    <article>
      <header><h1>Medborgarlöften</h1></header>
      <p>Polisens och Strömsunds kommuns medborgarlöften
         handlar om att <strong>lyssna</strong> på dem som bor här.</p>
      <h2>Narkotika</h2>
      <ul>
        <li>Polisen och kommunen lovar att jobba förebyggande.</li>
        <li>Hundsök i skolan <em>två gånger</em> per år.</li>
      </ul>
      <p hidden>Utkast som inte ska synas.</p>
      <p>Rad ett<br>Rad två</p>
      <table>
        <tr><th>Part</th><th>Aktivitet</th></tr>
        <tr><td>Polisen</td><td>Trafikkontroll</td></tr>
      </table>
      <p>Senast ändrad/granskad: 2023-05-02</p>
    </article>
    <aside><h2>Kontakta oss</h2><p>Växel 0670-161 00</p></aside>
  </main>
  <footer><p>Strömsunds kommun, Box 500</p><p>Dela</p><p>Skriv ut</p></footer>
</body></html>
"""


# -------------------------------------------------------------------- seeds


@pytest.mark.parametrize("seed", SEEDS, ids=[seed.name[:3] for seed in SEEDS])
def test_every_seed_is_read_as_utf8_text_with_tidy_lines(seed: Path) -> None:
    document = read_document(seed.read_bytes(), seed.name)

    assert document.format == "text"
    assert document.encoding == "utf-8"
    assert "Polis" in document.text
    assert "\r" not in document.text
    assert "\n\n\n" not in document.text
    assert all(line == line.strip() for line in document.text.splitlines())


def test_web_page_chrome_in_the_strömsund_seed_is_gone_but_its_content_stays() -> None:
    seed = next(seed for seed in SEEDS if seed.name.startswith("003"))
    text = read_document(seed.read_bytes(), seed.name).text

    for chrome in ("Till innehåll på sidan", "Till huvudmenyn", "Till undermeny", "Lyssna"):
        assert chrome not in text
    assert "Senast ändrad" not in text
    assert text.startswith("Flygbild över Strömsunds tätort.")
    assert "lyssna på vad de som bor och verkar här" in text
    assert (
        "• Polisen och kommunen lovar att arbeta för ökad trafiksäkerhet i Strömsunds kommun"
        in text
    )


def test_bullets_in_the_seeds_become_one_kind_of_list_item() -> None:
    by_number = {seed.name[:3]: read_document(seed.read_bytes(), seed.name).text for seed in SEEDS}

    assert "• minska brottsligheten i Umeå kommun" in by_number["001"].splitlines()
    assert "• Polis: Kontroll minst en gång per år." in by_number["002"].splitlines()
    # "o" marks an item under an item and keeps its level.
    assert "◦ Trafik – rattfylleri och störande körning med unga i fokus." in by_number["002"]
    assert (
        "• Polisen lovar att som en del i det trygghetsskapande arbetet starta"
        in (by_number["004"])
    )
    # A dash that continues a heading is not a list item.
    assert "– organisation för samverkan" in by_number["001"].splitlines()


def test_pdf_hyphens_and_suspended_compounds_in_the_seeds_are_left_to_the_extractor() -> None:
    seed = next(seed for seed in SEEDS if seed.name.startswith("000"))
    text = read_document(seed.read_bytes(), seed.name).text

    assert "minska brottslig-\nheten i Umeå kommun." in text
    assert "trafik- och informationsinsatser" in text


# --------------------------------------------------------------------- text


@pytest.mark.parametrize(
    "encoding, expected",
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("cp1252", "cp1252"),
        ("latin-1", "latin-1"),
        ("utf-16", "utf-16"),
    ],
)
def test_the_same_swedish_text_is_read_in_every_common_encoding(
    encoding: str, expected: str
) -> None:
    text = SWEDISH + ("\n”Tryggare tillsammans” – 2023" if encoding in {"cp1252", "utf-8"} else "")

    document = read_document(text.encode(encoding), "löfte.txt")

    assert document == ReadDocument("text", text, expected)


def test_bytes_cp1252_leaves_undefined_are_read_as_latin1_instead_of_failing() -> None:
    content = "Trygghet – för alla i Strömsund".encode("cp1252") + b"\x81"

    document = read_document(content, "x.txt")

    assert document.text == "Trygghet – för alla i Strömsund"
    assert document.encoding == "cp1252"


def test_windows_and_old_mac_newlines_become_unix_newlines() -> None:
    document = read_document(b"Rad ett\r\nRad tv\xe5\rRad tre\r\n\r\n\r\n\r\nSista", "x.txt")

    assert document.text == "Rad ett\nRad två\nRad tre\n\nSista"


def test_an_accordion_heading_loses_its_button_and_keeps_its_title() -> None:
    text = "+ Trygga stråk                         Visa mer\nPolisen patrullerar.\nVisa mindre\n"

    assert read_document(text.encode(), "x.txt").text == "Trygga stråk\nPolisen patrullerar."


def test_a_right_column_line_alone_keeps_its_row_when_the_file_is_read() -> None:
    lines = [
        ("VI LOVADE", "SÅ BLEV DET"),
        ("Polisen lovade kontroller i Dalum", "Kontrollerna gick i oktober med"),
        ("varje månad under året.", "böter för sju förare, totalt"),
        ("", "11. Klart."),
    ]
    content = "".join(f"{left:<50}{right}\n" for left, right in lines).encode()
    assert normalise(read_document(content, "x.txt").text).split("\n")[1] == (
        "Polisen lovade kontroller i Dalum varje månad under året. | Kontrollerna gick i "
        "oktober med böter för sju förare, totalt 11. Klart."
    )


def test_a_laid_out_text_quoted_whole_in_an_e_mail_reads_as_the_text_itself() -> None:
    text = (
        "Gå direkt till innehållet\n"
        "Nr    Åtagande                          Ansvarig part\n"
        "----  --------------------------------  ----------------\n"
        "1.1   Hastighetskontroller vid skolan   Polisen\n"
        "      i Hova och Älgarås\n\n"
        "Det här gör vi:\n"
        "   - Polisen patrullerar vid stationen.\n"
        "   - Kommunen tänder lamporna vid ån.\n"
    )
    quoted = "\n".join(f"> {line}".rstrip() for line in text.split("\n")).encode()

    as_written = normalise(read_document(text.encode(), "x.txt").text)

    assert normalise(read_document(quoted, "x.txt").text) == as_written
    assert "1.1 | Hastighetskontroller vid skolan i Hova och Älgarås | Polisen" in as_written


def test_a_filename_never_decides_the_format() -> None:
    assert read_document(KOMMUN_PAGE.encode(), "löfte.pdf").format == "html"
    assert read_document(make_pdf("Polisen lovar."), "löfte.txt").format == "pdf"
    assert read_document(make_docx(), "löfte.html").format == "docx"
    assert read_document(b"<p>1 < 2 men mer text</p> ...", "x.docx").format == "html"
    assert read_document(b"Polisen lovar <3 saker.", "x.html").format == "text"


# --------------------------------------------------------------------- html


def test_a_kommun_page_keeps_its_article_and_loses_navigation_and_chrome() -> None:
    document = read_document(KOMMUN_PAGE.encode(), "sida.html")

    assert document.format == "html"
    assert document.encoding == "utf-8"
    assert document.text == (
        "Medborgarlöften\n"
        "\n"
        "Polisens och Strömsunds kommuns medborgarlöften handlar om att lyssna på dem som "
        "bor här.\n"
        "\n"
        "Narkotika\n"
        "\n"
        "• Polisen och kommunen lovar att jobba förebyggande.\n"
        "• Hundsök i skolan två gånger per år.\n"
        "\n"
        "Rad ett\n"
        "Rad två\n"
        "\n"
        "Part | Aktivitet\n"
        "Polisen | Trafikkontroll"
    )


def test_a_page_without_main_or_article_is_read_from_its_body() -> None:
    page = (
        "<html><body><div>Till huvudmenyn</div><div><h1>Löften</h1>"
        "<p>Polisen lovar&nbsp;mer n&auml;rvaro.</p><ol><li>Ett</li><li>Två</li></ol></div>"
        '<div class="cookie-notice">Den här webbplatsen använder cookies.</div>'
        "</body></html>"
    )

    text = read_document(page.encode(), "x.html").text

    assert text == "Löften\n\nPolisen lovar mer närvaro.\n\n1. Ett\n2. Två"


def test_a_cookie_class_on_the_whole_page_does_not_remove_the_page() -> None:
    page = (
        '<html><body class="cookie-consent-given"><div class="cookie-wrapper">'
        "<p>Polisen lovar fler trygghetsvandringar.</p>" + "<p>Mer text.</p>" * 400 + "</div>"
        '<div class="cookiebar">Godkänn alla kakor</div></body></html>'
    )

    text = read_document(page.encode(), "x.html").text

    assert text.startswith("Polisen lovar fler trygghetsvandringar.\n\nMer text.")
    assert "kakor" not in text


def test_a_page_in_windows_1252_is_decoded_without_mojibake() -> None:
    page = "<html><head><meta charset='windows-1252'></head><body><p>Trygghet – för alla</p>"

    document = read_document(page.encode("cp1252"), "x.html")

    assert document.text == "Trygghet – för alla"
    assert document.encoding == "cp1252"


@pytest.mark.parametrize("charset", ["iso-8859-15", "base64", "zlib", "finns-inte"])
def test_a_page_declaring_an_odd_charset_is_still_read(charset: str) -> None:
    page = f"<html><head><meta charset='{charset}'></head><body><p>Trygghet för alla</p>"

    document = read_document(page.encode("cp1252"), "x.html")

    assert document.text == "Trygghet för alla"


def test_a_page_with_only_chrome_has_no_text() -> None:
    page = "<html><body><nav>Meny</nav><p>Lyssna</p><p>Skriv ut</p></body></html>"

    assert refusal(page.encode()) == "Dokumentet innehåller ingen text."


def test_accordion_buttons_and_the_helpful_box_are_chrome() -> None:
    text = (
        "Löfte 1: Lugnare kvällar\nVisa mer\nPolisen patrullerar.\nVisa mindre\n"
        "Var den här sidan till hjälp?\nJa   Nej\n"
    )

    assert read_document(text.encode(), "sida.txt").text == (
        "Löfte 1: Lugnare kvällar\nPolisen patrullerar."
    )


def test_read_more_over_a_list_of_links_is_its_heading_and_alone_a_button() -> None:
    text = "Polisen patrullerar.\nLäs mer\n\nLäs mer\nMedborgarlöfte 2022\nPolisen i Mölndal\n"

    assert read_document(text.encode(), "sida.txt").text == (
        "Polisen patrullerar.\n\nLäs mer\nMedborgarlöfte 2022\nPolisen i Mölndal"
    )


def test_a_share_line_with_its_services_is_chrome() -> None:
    text = "Polisen lovar kontroller.\nDela sidan: Facebook | LinkedIn | E-post\n"

    assert read_document(text.encode(), "sida.txt").text == "Polisen lovar kontroller."


def test_a_row_of_the_pages_buttons_is_chrome_but_a_line_about_searching_is_not() -> None:
    text = (
        "Kramfors kommun\nMeny   Sök   Lyssna\nLyssna  |  Dela  |  Skriv ut\n"
        "Sök efter grannsamverkan i din by.\n"
    )

    assert read_document(text.encode(), "sida.txt").text == (
        "Kramfors kommun\nSök efter grannsamverkan i din by."
    )


# --------------------------------------------------------------------- docx


def test_a_word_document_keeps_headings_bullets_and_table_rows() -> None:
    document = read_document(make_docx(), "löfte.docx")

    assert document.format == "docx"
    assert document.encoding is None
    assert document.text == (
        "Medborgarlöfte 2023–2025\n"
        "\n"
        "Mellan lokalpolisområde Piteå älvdal och Älvsbyns kommun.\n"
        "\n"
        "Narkotika\n"
        "\n"
        "• Polis: Hundsök i skolan två gånger per år.\n"
        "• Kommun: Drogvaneundersökning genomförs.\n"
        "\n"
        "Uppföljning sker två gånger per år.\n"
        "\n"
        "Part | Aktivitet | När\n"
        "Polisen | Trafikkontroll | Vår och höst\n"
        "Kommunen | Trygghetsvandring | Varje höst\n"
        "\n"
        "Datum: 2023-06-14"
    )


def test_a_word_document_is_read_as_it_reads_with_tracked_changes_accepted() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Polisen lovar ")
    paragraph._p.append(
        parse_xml(
            f"<w:ins {nsdecls('w')} w:id='1' w:author='Samordnare'>"
            "<w:r><w:t xml:space='preserve'>två </w:t></w:r></w:ins>"
        )
    )
    paragraph._p.append(
        parse_xml(
            f"<w:del {nsdecls('w')} w:id='2' w:author='Samordnare'>"
            "<w:r><w:delText xml:space='preserve'>tre </w:delText></w:r></w:del>"
        )
    )
    paragraph.add_run("trafikinsatser per år.")
    out = io.BytesIO()
    document.save(out)

    assert (
        read_document(out.getvalue(), "x.docx").text == "Polisen lovar två trafikinsatser per år."
    )


def test_a_word_cover_page_in_a_content_control_and_numbered_paragraphs_are_read() -> None:
    document = docx.Document()
    document.add_paragraph("Inledning")
    cover = parse_xml(
        f"<w:sdt {nsdecls('w')}><w:sdtPr/><w:sdtContent>"
        "<w:p><w:r><w:t>Medborgarlöfte Älvsbyn</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
    )
    document.element.body.insert(0, cover)
    for text in ("Medborgardialog", "Medarbetardialoger"):
        numbered = document.add_paragraph(text)
        numbered._p.get_or_add_pPr().append(
            parse_xml(f"<w:numPr {nsdecls('w')}><w:ilvl w:val='0'/><w:numId w:val='1'/></w:numPr>")
        )
    out = io.BytesIO()
    document.save(out)

    text = read_document(out.getvalue(), "x.docx").text

    assert text == "Medborgarlöfte Älvsbyn\n\nInledning\n\n• Medborgardialog\n• Medarbetardialoger"


def test_a_zip_renamed_to_docx_is_refused_as_not_a_word_document() -> None:
    content = make_zip({"bilder/karta.png": "inte en bild", "läsmig.txt": "hej"})

    message = refusal(content, "löfte.docx")

    assert message.startswith("Filen är ett zip-arkiv, inte ett Word-dokument.")


def test_an_excel_file_is_refused_by_name() -> None:
    content = make_zip({"xl/workbook.xml": "<workbook/>"})

    assert (
        refusal(content, "löfte.docx")
        == "Filen är ett Excel-dokument (.xlsx), inte ett Word-dokument."
    )


def test_a_corrupt_word_document_is_refused_with_a_clear_message() -> None:
    content = make_zip(
        {"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document><w:body><w:p>"}
    )

    assert refusal(content) == "Word-dokumentet är skadat och kan inte läsas."


def test_a_truncated_word_document_is_refused_as_a_damaged_zip() -> None:
    content = make_docx()

    message = refusal(content[: len(content) // 2])

    assert message == "Filen är ett skadat zip-arkiv eller Word-dokument och kan inte läsas."


def test_a_word_document_claiming_a_newer_zip_version_is_refused_as_damaged() -> None:
    content = bytearray(make_docx())
    directory = content.rfind(b"PK\x01\x02")  # the last central-directory entry
    content[directory + 6 : directory + 8] = (99).to_bytes(2, "little")  # "needs zip 9.9"

    message = refusal(bytes(content))

    assert message == "Filen är ett skadat zip-arkiv eller Word-dokument och kan inte läsas."


def test_a_word_document_that_would_unpack_into_gigabytes_is_refused() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * (30 * 1024 * 1024))

    message = refusal(out.getvalue(), max_bytes=1024 * 1024)

    assert message == "Word-dokumentet är för stort när det packas upp och kan inte läsas."


def test_an_old_binary_word_file_is_refused_with_advice() -> None:
    content = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512)

    message = refusal(content, "löfte.doc")

    assert "äldre Office-dokument" in message
    assert "Spara det som .docx eller PDF" in message


def test_an_rtf_file_is_refused_with_advice() -> None:
    message = refusal(b"{\\rtf1\\ansi Polisen lovar}", "löfte.txt")

    assert message.startswith("Filen är en RTF-fil")
    assert ".docx eller PDF" in message


# ---------------------------------------------------------------------- pdf


def test_a_pdf_is_read_page_by_page_with_a_blank_line_between_pages() -> None:
    content = make_pdf(
        "Medborgarlöfte för Umeå kommun\nPolisen lovar att öka tryggheten.",
        "Uppföljning sker två gånger per år.",
    )

    document = read_document(content, "löfte.pdf")

    assert document == ReadDocument(
        "pdf",
        "Medborgarlöfte för Umeå kommun\nPolisen lovar att öka tryggheten.\n\n"
        "Uppföljning sker två gånger per år.",
    )


@pytest.mark.skipif(not DEJAVU.exists(), reason=f"the DejaVu font is not installed at {DEJAVU}")
def test_a_pdf_with_an_embedded_unicode_font_keeps_dashes_and_bullets() -> None:
    content = make_pdf(
        "Trygg trafikmiljö – 2023–2025\n• Polisen lovar att kontrollera.", font=DEJAVU
    )

    text = read_document(content, "löfte.pdf").text

    assert text == "Trygg trafikmiljö – 2023–2025\n• Polisen lovar att kontrollera."


def test_an_encrypted_pdf_is_refused_with_a_clear_message() -> None:
    content = encrypt_pdf(make_pdf("Hemligt"), user_password="hemligt", owner_password="ägare")

    message = refusal(content, "löfte.pdf")

    assert message.startswith("PDF-filen är lösenordsskyddad eller krypterad och kan inte läsas.")


def test_a_pdf_only_protected_against_editing_is_still_read() -> None:
    content = encrypt_pdf(make_pdf("Polisen lovar."), user_password="", owner_password="ägare")

    assert read_document(content, "löfte.pdf").text == "Polisen lovar."


def test_a_truncated_pdf_is_refused_as_incomplete() -> None:
    content = make_pdf("Polisen lovar att öka tryggheten.", "Sida två.")

    message = refusal(content[: len(content) // 2], "löfte.pdf")

    assert message.startswith("PDF-filen är ofullständig")


def test_a_pdf_header_followed_by_junk_is_refused_as_damaged() -> None:
    content = b"%PDF-1.7\n" + os.urandom(2000) + b"\n%%EOF\n"

    assert refusal(content, "löfte.pdf") == "PDF-filen är skadad och kan inte läsas."


def test_a_pdf_without_text_says_it_may_be_a_scan() -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)

    message = refusal(bytes(pdf.output()), "skannad.pdf")

    assert message.startswith("PDF-filen innehåller ingen text som kan läsas.")
    assert "inskannad" in message


# ------------------------------------------------------------ other refusals


def test_an_empty_file_is_refused() -> None:
    assert refusal(b"") == "Filen är tom."


def test_a_file_of_only_whitespace_has_no_text() -> None:
    assert refusal(b" \r\n\t \n") == "Dokumentet innehåller ingen text."


def test_random_binary_is_refused_as_binary_data() -> None:
    message = refusal(os.urandom(4096), "löfte.txt")

    assert message.startswith("Filen innehåller binärdata och kan inte läsas.")
    assert "PDF" in message


def test_text_full_of_control_characters_is_refused_as_binary_data() -> None:
    content = bytes(range(1, 32)) * 20 + b"lite text"

    assert refusal(content).startswith("Filen innehåller binärdata")


def test_a_few_stray_control_characters_are_dropped_from_text() -> None:
    content = b"Polisen\x07 lovar att arbeta f\xf6r \x1bj\xe4mst\xe4lldhet och trygghet i kommunen."

    text = read_document(content, "x.txt").text

    assert text == "Polisen lovar att arbeta för jämställdhet och trygghet i kommunen."


def _never(*args: object, **kwargs: object) -> None:
    raise AssertionError("the file was read before it was refused")


def test_a_50_mb_file_is_refused_before_it_is_read_with_the_limit_in_mb(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    content = b"%PDF-1.7\n" + b"0" * (50 * 1024 * 1024)
    monkeypatch.setattr(readers, "PdfReader", _never)

    message = refusal(content, "stor.pdf")

    assert message == "Filen är för stor (50 MB). Den får vara högst 20 MB."


def test_the_size_limit_can_be_lowered_and_is_shown_with_a_decimal_comma() -> None:
    message = refusal(b"x" * (3 * 1024 * 1024 // 2 + 1), max_bytes=1024 * 1024)

    assert message == "Filen är för stor (1,5 MB). Den får vara högst 1 MB."


def test_a_pdf_of_two_thousand_pages_is_refused_before_its_text_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    writer = PdfWriter()
    for _ in range(2000):
        writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    monkeypatch.setattr(readers, "pdf_text", _never)

    message = refusal(buffer.getvalue(), "årsredovisning.pdf")

    assert message == (
        "PDF-filen har 2 000 sidor. Ett medborgarlöfte är några sidor; PDF-filer med fler "
        "än 300 sidor läses inte in. Ladda upp bara de sidor som är medborgarlöftet."
    )


def test_a_text_far_longer_than_a_promise_document_is_refused() -> None:
    content = ("Polisen lovar att öka tryggheten i centrum.\n" * 15_000).encode()

    assert refusal(content, "allt.txt") == (
        "Dokumentet innehåller 659 999 tecken text. Ett medborgarlöfte är några sidor; "
        "dokument med mer än 600 000 tecken läses inte in. Ladda upp bara den del som är "
        "medborgarlöftet."
    )


# ------------------------------------------------------------------ robustness

PDF = make_pdf("Polisen lovar att öka tryggheten.", "Sida två.")
DOCX = make_docx()
SUPPORTED = "Ladda upp en PDF, ett Word-dokument (.docx), en webbsida (.html) eller en textfil."
# Every answer the reader gives about a damaged PDF, Word file, web page or text file
# (noise at its start may make it look like another kind of file).
DAMAGED = {
    "Filen är en RTF-fil, och sådana kan inte läsas. Spara den som .docx eller PDF och "
    "försök igen.",
    "Filen är ett äldre Office-dokument (till exempel .doc) eller ett lösenordsskyddat "
    "Word-dokument, och sådana kan inte läsas. Spara det som .docx eller PDF utan lösenord "
    "och försök igen.",
    "Filen är ett Excel-dokument (.xlsx), inte ett Word-dokument.",
    "Filen är en PowerPoint-presentation (.pptx), inte ett Word-dokument.",
    "Filen verkar vara UTF-16-text men är skadad och kan inte läsas.",
    "Filen är ett OpenDocument-dokument (.odt), inte ett Word-dokument.",
    "PDF-filen är skadad och kan inte läsas.",
    "PDF-filen är ofullständig, kanske avbruten under nedladdning eller kopiering, och kan "
    "inte läsas.",
    "PDF-filen är lösenordsskyddad eller krypterad och kan inte läsas. Spara den utan "
    "lösenord och försök igen.",
    "PDF-filen innehåller ingen text som kan läsas. Den är kanske inskannad som bild; spara "
    "den med text (OCR) och försök igen.",
    "Word-dokumentet är skadat och kan inte läsas.",
    "Word-dokumentet är för stort när det packas upp och kan inte läsas.",
    "Filen är ett skadat zip-arkiv eller Word-dokument och kan inte läsas.",
    f"Filen är ett zip-arkiv, inte ett Word-dokument. {SUPPORTED}",
    f"Filen innehåller binärdata och kan inte läsas. {SUPPORTED}",
    "Webbsidan är skadad och kan inte läsas.",
    "Dokumentet innehåller ingen text.",
}


@hypothesis_settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    sample=st.sampled_from([PDF, DOCX, KOMMUN_PAGE.encode(), SWEDISH.encode("cp1252")]),
    cut=st.floats(min_value=0, max_value=1),
    noise=st.binary(max_size=64),
)
def test_any_damaged_upload_is_either_read_or_refused_in_swedish(
    sample: bytes, cut: float, noise: bytes
) -> None:
    at = int(len(sample) * cut)
    content = sample[:at] + noise + sample[at + len(noise) :]

    try:
        document = read_document(content, "skadad")
    except UnreadableDocument as error:
        assert str(error) in DAMAGED
    else:
        assert document.text.strip()


def test_a_table_of_contents_and_page_markers_are_dropped_from_a_text_export() -> None:
    export = (
        "Innehåll\n"
        "1. Bakgrund ............................ 2\n"
        "2. Våra åtaganden ...................... 3\n"
        "- 2 -\n"
        "-- 3 --\n"
        "2. Våra åtaganden\n"
        "Polisen kontrollerar farten vid skolan varje vecka.\n"
    ).encode()

    text = read_document(export, "export.txt").text

    assert "....." not in text
    assert "- 2 -" not in text
    assert "-- 3 --" not in text
    assert "2. Våra åtaganden\nPolisen kontrollerar farten vid skolan varje vecka." in text


def test_a_fact_box_in_a_word_text_box_is_read_once_after_its_paragraph() -> None:
    box = (
        "<w:txbxContent>"
        "<w:p><w:r><w:t>Det här lovar vi</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Polisen ska patrullera vid stationen varje fredag.</w:t></w:r></w:p>"
        "</w:txbxContent>"
    )
    document = docx.Document()
    anchor = document.add_paragraph("Otryggheten i centrum har ökat.")
    anchor._p.append(
        parse_xml(
            f"<w:r {nsdecls('w')} "
            "xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006' "
            "xmlns:v='urn:schemas-microsoft-com:vml' "
            "xmlns:wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'>"
            f"<mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><wps:txbx>{box}"
            "</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
            f"{box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        )
    )
    document.add_paragraph("Kontakt: kommunpolisen.")
    out = io.BytesIO()
    document.save(out)

    assert read_document(out.getvalue(), "x.docx").text == (
        "Otryggheten i centrum har ökat.\n\nDet här lovar vi\n\n"
        "Polisen ska patrullera vid stationen varje fredag.\n\nKontakt: kommunpolisen."
    )


def test_a_fact_box_aside_in_the_article_is_read_but_a_side_column_is_not() -> None:
    page = (
        "<html><body><aside><a href='/a'>Relaterade sidor</a></aside><main><article>"
        "<h1>Medborgarlöfte Torsby 2027</h1><p>Vi träffade boende i Sysslebäck.</p>"
        "<aside><h2>Det här lovar vi</h2><ul><li>Polisen ska patrullera i Sysslebäck.</li>"
        "</ul></aside></article><aside><h2>Kontakta oss</h2></aside></main></body></html>"
    )

    text = read_document(page.encode(), "x.html").text

    assert "Det här lovar vi\n\n• Polisen ska patrullera i Sysslebäck." in text
    assert "Relaterade sidor" not in text
    assert "Kontakta oss" not in text

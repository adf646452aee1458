"""Every CSV reader takes the files Excel and other tools save: encodings and delimiters."""

import pytest

from loften.csvfile import CsvFileError, read_csv_text

HEADING_AND_ROW = "Område;Kön\r\nÖster;kvinna\r\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (HEADING_AND_ROW.encode("utf-8"), "utf-8"),
        (HEADING_AND_ROW.encode("utf-8-sig"), "utf-8"),
        (HEADING_AND_ROW.encode("utf-16"), "utf-16"),
        (HEADING_AND_ROW.encode("cp1252"), "windows-1252"),
    ],
    ids=["utf-8", "utf-8-with-bom", "utf-16-with-bom", "windows-1252"],
)
def test_the_encodings_excel_saves_are_read(data: bytes, encoding: str) -> None:
    read = read_csv_text(data)
    assert (read.text, read.encoding) == (HEADING_AND_ROW, encoding)


@pytest.mark.parametrize(
    "data",
    [
        HEADING_AND_ROW.encode("utf-16-le"),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"datum;part\r\n2025-03-04;Polis\x81\x8d\x9d",
    ],
    ids=["utf-16-without-bom", "binary", "undefined-windows-1252"],
)
def test_a_file_that_is_no_text_is_refused_with_how_to_save_it(data: bytes) -> None:
    with pytest.raises(CsvFileError, match=r"kunde inte läsas som text.*CSV UTF-8"):
        read_csv_text(data)


@pytest.mark.parametrize(
    ("heading", "delimiter"),
    [("a;b,c;d", ";"), ("a,b,c;d", ","), ("a\tb\tc,d", "\t"), ("\r\n\r\na,b", ",")],
)
def test_the_delimiter_is_the_one_the_first_line_holds_most_of(
    heading: str, delimiter: str
) -> None:
    assert read_csv_text(f"{heading}\r\n1;2,3\t4\r\n".encode()).delimiter == delimiter


def test_a_file_without_a_delimiter_is_refused_naming_those_read() -> None:
    with pytest.raises(CsvFileError, match=r"^Rad 1: .*semikolon \(;\), komma \(,\) eller tabb"):
        read_csv_text(b"bara en kolumn\r\nrad\r\n")

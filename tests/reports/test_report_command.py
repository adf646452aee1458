"""`loften report`: the same reports from the command line, for batch use."""

from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from docx import Document

from tests.factories import PromiseSetFactory, municipality
from tests.reports.conftest import FollowedUp
from tests.reports.test_report_files import pdf_text

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("file_format", ["pdf", "docx", "html"])
def test_the_command_writes_each_format(
    stromsund: FollowedUp, tmp_path: Path, file_format: str, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / f"rapport.{file_format}"

    call_command(
        "report",
        "--municipality",
        "2313",
        "--period",
        "2019-2021",
        "--format",
        file_format,
        "--output",
        str(output),
    )

    content = output.read_bytes()
    text = {
        "pdf": lambda: pdf_text(content, tmp_path),
        "docx": lambda: "\n".join(p.text for p in Document(BytesIO(content)).paragraphs),
        "html": lambda: content.decode(),
    }[file_format]()
    assert "Så gick det med medborgarlöftena 2019–2021" in text
    assert "Blås Grönt-kampanjen har inte genomförts." in text
    assert f"skriven till {output}" in capsys.readouterr().out


def test_the_command_takes_the_format_from_the_file_name(
    stromsund: FollowedUp, tmp_path: Path
) -> None:
    output = tmp_path / "uppfoljning.DOCX"

    call_command(
        "report",
        "--municipality",
        "2313",
        "--period",
        "2019 - 2021",  # as a person types it: spaces and a hyphen, not the label's dash
        "--round",
        "2",
        "--output",
        str(output),
    )

    assert Document(BytesIO(output.read_bytes())).paragraphs[0].text == (
        "Så gick det: uppföljning 2 av medborgarlöftena 2019–2021"
    )


def test_the_command_reports_on_the_set_in_force_on_a_day(
    stromsund: FollowedUp, tmp_path: Path
) -> None:
    output = tmp_path / "rapport.html"

    call_command(
        "report", "--municipality", "stromsund", "--on", "2021-06-30", "--output", str(output)
    )

    page = output.read_text()
    assert "Läget den</dt><dd>30 juni 2021" in page
    assert "Informationskampanj inför riskhelg" not in page


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--municipality", "9999"], "Det finns ingen kommun med kommunkoden 9999."),
        (
            ["--municipality", "2313"],
            "Inget publicerat medborgarlöfte gäller i Strömsund den 2022-03-01.",
        ),
        (
            ["--municipality", "2313", "--period", "2023-2025"],
            "Strömsund har inget publicerat medborgarlöfte för perioden 2023-2025 "
            "(publicerade perioder: 2019–2021).",
        ),
        (
            ["--municipality", "2313", "--period", "2019-2021", "--round", "7"],
            "Medborgarlöftet 2019–2021 har ingen publicerad uppföljning nummer 7.",
        ),
        (
            ["--municipality", "2480", "--period", "2023-2025"],
            "Umeå har inget publicerat medborgarlöfte för perioden 2023-2025; inget är publicerat.",
        ),
        (  # it exists, but is not published: the command prints what the public sees
            ["--municipality", "2313", "--period", "2019-2021", "--round", "3"],
            "Medborgarlöftet 2019–2021 har ingen publicerad uppföljning nummer 3.",
        ),
    ],
)
def test_the_command_explains_what_does_not_exist_and_exits_1(
    stromsund: FollowedUp,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    message: str,
) -> None:
    output = tmp_path / "rapport.pdf"

    with pytest.raises(SystemExit) as exit_info:
        call_command("report", *arguments, "--output", str(output))

    assert exit_info.value.code == 1
    assert message in capsys.readouterr().err
    assert not output.exists()


def test_the_command_wants_a_format_it_knows(
    stromsund: FollowedUp, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        call_command("report", "--municipality", "2313", "--output", str(tmp_path / "rapport"))

    assert exit_info.value.code == 1
    assert "Ange --format pdf, docx eller html" in capsys.readouterr().err


def test_the_command_explains_a_day_it_cannot_read(stromsund: FollowedUp, tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="30/6 är inget datum; skriv det som ÅÅÅÅ-MM-DD"):
        call_command(
            "report", "--municipality", "2313", "--on", "30/6", "--output", str(tmp_path / "r.pdf")
        )


def test_a_period_not_published_names_every_published_one(
    stromsund: FollowedUp, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    PromiseSetFactory(
        title="Medborgarlöften 2022–2023",
        municipalities=[municipality("2313")],
        period_start=date(2022, 1, 1),
        period_end=date(2023, 12, 31),
        publish=True,
    )

    with pytest.raises(SystemExit):
        call_command(
            "report", "--municipality", "2313", "--period", "2024-2025",
            "--output", str(tmp_path / "rapport.pdf"),
        )  # fmt: skip

    assert "(publicerade perioder: 2019–2021, 2022–2023)." in capsys.readouterr().err

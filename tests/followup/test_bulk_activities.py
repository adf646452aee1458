"""Activities in bulk: a sheet is checked row by row, previewed, and stored all or nothing."""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any

import openpyxl
import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError
from django.test import Client
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from loften.accounts.models import Membership
from loften.followup.bulk import (
    BulkFileError,
    CheckResult,
    activities_check,
    activities_import,
    read_sheet,
)
from loften.followup.models import Activity
from loften.promises.models import Commitment, PromiseSet
from loften.registry.models import Organisation
from tests.factories import (
    CommitmentFactory,
    PromiseFactory,
    PromiseSetFactory,
    member,
    municipality,
)

pytestmark = pytest.mark.django_db

TODAY = date(2025, 6, 1)
HEADER = "datum;part;åtagande;vad gjordes;antal;organisation"
URL = "/arbetsyta/uppfoljning/alvsbyn/aktiviteter/"


@pytest.fixture
def promise_set() -> PromiseSet:
    """Älvsbyn's published set: promise 1 with commitments 1.1 and 1.2, promise 2 with 2.1."""
    promise_set = PromiseSetFactory(publish=True)
    first = PromiseFactory(promise_set=promise_set, position=1)
    second = PromiseFactory(promise_set=promise_set, position=2)
    CommitmentFactory(promise=first, what="Hundsök i skolan", position=1)
    CommitmentFactory(promise=first, what="Föräldravandring", party="municipality", position=2)
    CommitmentFactory(promise=second, what="Trafikkontroll vid skolan", position=1)
    return promise_set


def commitment(what: str) -> Commitment:
    return Commitment.objects.get(what=what)


@pytest.fixture(autouse=True)
def _quick_passwords(settings: Any) -> None:
    """The people in these tests log in without a password; hashing one slowly buys nothing."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def checked(promise_set: PromiseSet, content: bytes, user: User | None = None) -> CheckResult:
    """The file checked as the kommun's coordinator (or this user) would have it checked."""
    user = user or member("Älvsbyns kommun", "coordinator")
    return activities_check(promise_set, read_sheet(content), acting_user=user, today=TODAY)


def check(promise_set: PromiseSet, content: bytes, user: User | None = None) -> list[str]:
    return [str(e) for e in checked(promise_set, content, user).errors]


def csv_file(*rows: str, encoding: str = "utf-8", header: str = HEADER) -> bytes:
    return "\r\n".join([header, *rows]).encode(encoding)


def upload(client: Client, content: bytes, name: str = "aktiviteter.csv") -> object:
    return client.post(f"{URL}import/", {"file": SimpleUploadedFile(name, content)})


def confirm(client: Client, response: object, promise_set: PromiseSet) -> object:
    key = response.context["key"]  # type: ignore[attr-defined]
    return client.post(f"{URL}import/spara/", {"key": key, "promise_set": promise_set.pk})


@pytest.fixture
def coordinator(client: Client) -> User:
    user = member("Älvsbyns kommun", "coordinator")
    client.force_login(user)
    return user


@pytest.fixture
def kommunpolis(client: Client) -> User:
    user = member("Lokalpolisområde Piteå älvdal", "editor")
    client.force_login(user)
    return user


# Reading files


def test_a_swedish_excel_csv_with_bom_is_previewed_then_saved(
    client: Client, promise_set: PromiseSet, kommunpolis: User
) -> None:
    content = "\ufeff".encode() + csv_file(
        "2025-03-04;Polisen;1.1;Hundsök på Vistträskskolan;1;Lokalpolisområde Piteå älvdal",
        "2025-04-10;Kommunen;1.2, 2.1;Föräldravandring i centrum;12;",
    )
    preview = upload(client, content)
    assert preview.status_code == 200
    assert "Förhandsgranska 2 aktiviteter" in preview.content.decode()
    assert Activity.objects.count() == 0

    response = confirm(client, preview, promise_set)

    assert response.status_code == 302
    first, second = Activity.objects.order_by("date")
    assert (first.date, first.party, first.description, first.quantity) == (
        date(2025, 3, 4),
        "police",
        "Hundsök på Vistträskskolan",
        1,
    )
    assert first.organisation == Organisation.objects.get(name="Lokalpolisområde Piteå älvdal")
    assert list(first.commitments.all()) == [commitment("Hundsök i skolan")]
    assert set(second.commitments.all()) == {
        commitment("Föräldravandring"),
        commitment("Trafikkontroll vid skolan"),
    }
    assert second.organisation == first.organisation, "an empty organisation is the importer's"
    assert first.created_by == kommunpolis
    assert "2 aktiviteter sparade" in client.get(response["Location"]).content.decode()


def test_imported_activities_enter_the_change_history_as_the_importer_s(
    client: Client, promise_set: PromiseSet, kommunpolis: User
) -> None:
    preview = upload(client, csv_file("2025-03-04;Polisen;1.1, 2.1;Hundsök på Vistträskskolan;1;"))
    confirm(client, preview, promise_set)

    page = client.get(f"/arbetsyta/historik/{promise_set.pk}/").content.decode()
    (created,) = [row for row in page.split("</tr>") if "Skapat: aktivitet" in row]
    assert f"<td>{kommunpolis.username}</td>" in created
    assert "<dd><ins>Hundsök på Vistträskskolan</ins></dd>" in created
    fulfils = created.split("<dt>Uppfyller åtaganden</dt>")[1].split("</dd>")[0]
    assert "Hundsök i skolan" in fulfils
    assert "Trafikkontroll vid skolan" in fulfils


def test_a_windows_1252_file_separated_by_commas_is_read(promise_set: PromiseSet) -> None:
    content = csv_file(
        '2025-03-04,Polisen,1.1,"Hundsök, Älvsby skola",2,Älvsbyns kommun',
        header="Datum,Part,Åtagande,Vad gjordes,Antal,Organisation",
        encoding="cp1252",
    )
    result = checked(promise_set, content)
    assert result.errors == []
    (row,) = result.rows
    assert row.description == "Hundsök, Älvsby skola"
    assert row.organisation == Organisation.objects.get(name="Älvsbyns kommun")


def test_a_commitment_may_be_named_by_its_text(promise_set: PromiseSet) -> None:
    content = csv_file("2025-03-04;polisen;hundsök i skolan;Sök;;")
    assert [row.commitments for row in checked(promise_set, content).rows] == [
        (commitment("Hundsök i skolan"),)
    ]


def test_a_text_that_names_two_commitments_asks_for_the_number(promise_set: PromiseSet) -> None:
    CommitmentFactory(promise=promise_set.promises.last(), what="Hundsök i skolan", position=2)
    errors = check(promise_set, csv_file("2025-03-04;Polisen;Hundsök i skolan;Sök;;"))
    assert errors == [
        "Rad 2, kolumn åtagande: flera åtaganden har texten 'Hundsök i skolan' (1.1, 2.2). "
        "Ange numret."
    ]


def test_a_malformed_csv_names_the_row(promise_set: PromiseSet) -> None:
    content = csv_file("2025-03-04;Polisen;1.1;Sök;1;", '2025-03-05;Polisen;1.1;"Sök;1;')
    with pytest.raises(BulkFileError, match=r"Rad 3: .*citattecken"):
        read_sheet(content)


@pytest.mark.parametrize(
    "row, problem",
    [
        ('2025-03-05;Polisen;1.1;"Sök" här;1;', 'ett citattecken (") står mitt i ett fält'),
        ('2025-03-05;Polisen;1.1;"' + "x" * 200_000, "ett fält är orimligt långt"),
    ],
    ids=["stray-quote", "endless-field"],
)
def test_other_broken_csv_is_explained_in_swedish(row: str, problem: str) -> None:
    content = csv_file("2025-03-04;Polisen;1.1;Sök;1;", row, "2025-03-06;Polisen;1.1;Sök;1;")
    with pytest.raises(BulkFileError) as error:
        read_sheet(content)
    assert str(error.value).startswith(f"Rad 3: filen är inte en korrekt CSV-fil ({problem}")


def test_a_row_with_more_fields_than_the_header_is_an_error(promise_set: PromiseSet) -> None:
    errors = check(promise_set, csv_file("2025-03-04;Polisen;1.1;Sök; en skola;1;;extra"))
    assert errors == [
        "Rad 2: raden har fler fält än rubrikraden. Ett fält som innehåller semikolon eller "
        "komma måste stå inom citattecken."
    ]


@pytest.mark.parametrize(
    "content",
    [
        csv_file("2025-03-04;Polisen;1.1;Sök;1;", encoding="utf-16-le"),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"datum;part\r\n2025-03-04;Polis\x81\x8d\x9d",
    ],
    ids=["utf-16-without-bom", "binary", "undefined-windows-1252"],
)
def test_a_file_in_another_encoding_is_refused(content: bytes) -> None:
    with pytest.raises(BulkFileError, match="kunde inte läsas som text"):
        read_sheet(content)


def test_an_old_excel_file_is_refused_with_advice() -> None:
    with pytest.raises(BulkFileError, match=r"äldre Excel-fil \(\.xls\)"):
        read_sheet(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)


def test_a_broken_workbook_is_refused() -> None:
    with pytest.raises(BulkFileError, match="Excel-arbetsbok"):
        read_sheet(b"PK\x03\x04 inte en riktig zip-fil")


def _workbook() -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["datum", "part", "åtagande", "vad gjordes", "antal", "organisation"])
    sheet.append([date(2025, 3, 4), "Polisen", "1.1", "Hundsök i Vistträsk", 3, ""])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


WORKBOOK = _workbook()


@hypothesis_settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cut=st.floats(min_value=0, max_value=1), noise=st.binary(min_size=1, max_size=64))
def test_a_damaged_workbook_is_either_read_or_refused_in_swedish(cut: float, noise: bytes) -> None:
    at = max(4, int(len(WORKBOOK) * cut))  # keep the zip signature: it says "workbook"
    content = WORKBOOK[:at] + noise + WORKBOOK[at + len(noise) :]
    try:
        sheet = read_sheet(content)
    except BulkFileError as error:
        assert str(error) in {
            "Filen kunde inte läsas som Excel-arbetsbok (.xlsx). Spara den på nytt i Excel "
            "eller som CSV.",
            "Arbetsboken är för stor uppackad. Dela upp den i flera filer.",
            "Filen är tom.",
        }
    else:
        assert sheet.format == "XLSX"


@pytest.mark.parametrize("content", [b"", b"  \r\n\r\n", b"\xef\xbb\xbf;;;\r\n"])
def test_an_empty_file_is_refused(content: bytes) -> None:
    with pytest.raises(BulkFileError, match=r"Filen är tom\."):
        read_sheet(content)


def test_a_header_without_rows_is_reported(promise_set: PromiseSet) -> None:
    assert check(promise_set, csv_file()) == [
        "Rad 1: det finns inga aktiviteter under rubrikraden."
    ]


def test_a_missing_column_is_named(promise_set: PromiseSet) -> None:
    errors = check(promise_set, csv_file("2025-03-04;Polisen", header="datum;part"))
    assert errors == [
        "Rad 1: rubrikraden saknar kolumnerna 'åtagande', 'vad gjordes'. Rubrikerna ska vara: "
        "datum, part, åtagande, vad gjordes, antal, organisation."
    ]


# Checking rows


def test_every_bad_cell_is_named_by_row_and_column(promise_set: PromiseSet) -> None:
    errors = check(
        promise_set,
        csv_file(
            "2025-03-04;Polisen;1.1;Sök;1;",
            "31/13;Polisen;1.1;Sök;1;",
            "2025-03-04;Brandkåren;9.9;Sök;tre;Okänd förening",
            "2025-02-30;Polisen;1.1;;2,5;",
            "2999-01-01;Polisen;Något annat;Sök;-1;",
            "2022-12-31;Polisen;1.1;Sök;1;Umeå kommun",
        ),
    )
    assert errors == [
        "Rad 3, kolumn datum: '31/13' är inget datum. Skriv det som 2024-03-31.",
        "Rad 4, kolumn part: 'Brandkåren' är ingen part. Skriv en av: Polisen, Kommunen, "
        "Andra aktörer, Polisen och kommunen tillsammans.",
        "Rad 4, kolumn åtagande: '9.9' finns inte i det här medborgarlöftet. Åtagandenas "
        "nummer står i mallens flik Åtaganden.",
        "Rad 4, kolumn antal: 'tre' är inget antal. Skriv ett heltal, 0 eller mer.",
        "Rad 4, kolumn organisation: 'Okänd förening' finns inte bland organisationerna. "
        "Skriv namnet som i registret, till exempel 'Älvsbyns kommun', eller lämna fältet tomt.",
        "Rad 5, kolumn datum: '2025-02-30' är inget datum. Skriv det som 2024-03-31.",
        "Rad 5, kolumn vad gjordes: det står inte vad som gjordes.",
        "Rad 5, kolumn antal: '2,5' är inget antal. Skriv ett heltal, 0 eller mer.",
        "Rad 6, kolumn datum: 2999-01-01 har inte varit än. Registrera det som är gjort.",
        "Rad 6, kolumn åtagande: 'Något annat' är inget åtagande i det här medborgarlöftet. "
        "Ange åtagandets nummer, till exempel 2.1, eller hela dess text.",
        "Rad 6, kolumn antal: '-1' är inget antal. Skriv ett heltal, 0 eller mer.",
        "Rad 7, kolumn datum: 2022-12-31 ligger före medborgarlöftets period, som börjar "
        "2023-01-01.",
        "Rad 7, kolumn organisation: du registrerar inte aktiviteter för 'Umeå kommun'. "
        "Skriv 'Älvsbyns kommun' eller lämna fältet tomt.",
    ]


@pytest.mark.parametrize(
    "written, expected",
    [
        ("2025-03-04", date(2025, 3, 4)),
        ("2025/3/4", date(2025, 3, 4)),
        ("4/3/2025", date(2025, 3, 4)),
        ("4.3.2025", date(2025, 3, 4)),
        ("20250304", date(2025, 3, 4)),
        ("2025-03-04 00:00:00", date(2025, 3, 4)),
    ],
)
def test_dates_are_read_as_swedes_write_them(
    promise_set: PromiseSet, written: str, expected: date
) -> None:
    content = csv_file(f"{written};Polisen;1.1;Sök;1 200;")
    (row,) = checked(promise_set, content).rows
    assert (row.date, row.quantity) == (expected, 1200)


def test_rows_of_a_different_set_cannot_name_its_commitments(promise_set: PromiseSet) -> None:
    other = PromiseSetFactory(municipalities=[municipality("2480")], publish=True)
    CommitmentFactory(promise=PromiseFactory(promise_set=other), what="Umeås åtagande")
    assert check(promise_set, csv_file("2025-03-04;Polisen;Umeås åtagande;Sök;;")) == [
        "Rad 2, kolumn åtagande: 'Umeås åtagande' är inget åtagande i det här "
        "medborgarlöftet. Ange åtagandets nummer, till exempel 2.1, eller hela dess text."
    ]


def test_someone_who_logs_for_two_organisations_names_one(promise_set: PromiseSet) -> None:
    both = member("Älvsbyns kommun", "reporter")
    Membership.objects.create(
        user=both,
        organisation=Organisation.objects.get(name="Lokalpolisområde Piteå älvdal"),
        role="reporter",
    )
    (error,) = check(promise_set, csv_file("2025-03-04;Polisen;1.1;Sök;1;"), both)
    assert error.startswith("Rad 2, kolumn organisation: organisation saknas. Du registrerar för")
    assert "'Älvsbyns kommun'" in error
    assert "'Lokalpolisområde Piteå älvdal'" in error
    assert check(promise_set, csv_file("2025-03-04;Polisen;1.1;Sök;1;Älvsbyns kommun"), both) == []


def test_an_installation_admin_imports_for_any_organisation(promise_set: PromiseSet) -> None:
    admin = User.objects.create_superuser("admin", password="x")
    content = csv_file("2025-03-04;Polisen;1.1;Sök;1;Umeå kommun", "2025-03-05;Polisen;1.1;Sök;1;")
    rows = checked(promise_set, content, admin).rows
    assert [r.organisation.name if r.organisation else None for r in rows] == ["Umeå kommun", None]


# All or nothing


def test_one_bad_row_stores_nothing_and_every_error_is_shown(
    client: Client, promise_set: PromiseSet, coordinator: User
) -> None:
    good = [f"2025-03-{day:02d};Polisen;1.1;Sök {day};1;" for day in range(1, 20)]
    response = upload(client, csv_file(*good, "2025-03-20;Polisen;1.1;Sök;tre;"))
    assert response.status_code == 400
    page = response.content.decode()
    assert "inget har sparats" in page
    assert "Rad 21, kolumn antal: &#x27;tre&#x27; är inget antal" in page
    assert Activity.objects.count() == 0


def test_a_failure_while_storing_leaves_no_activity_behind(
    promise_set: PromiseSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = csv_file("2025-03-04;Polisen;1.1;Sök;1;", "2025-03-05;Polisen;2.1;Sök;1;")
    rows = checked(promise_set, content).rows
    link = Activity.commitments.through

    def fail(*args: object, **kwargs: object) -> None:
        raise IntegrityError("lost connection")

    monkeypatch.setattr(link.objects, "bulk_create", fail)
    with pytest.raises(IntegrityError):
        activities_import(
            promise_set=promise_set, rows=rows, acting_user=member("Älvsbyns kommun", "reporter")
        )
    assert Activity.objects.count() == 0


def test_a_preview_is_saved_once_even_when_confirmed_twice(
    client: Client, promise_set: PromiseSet, coordinator: User
) -> None:
    preview = upload(client, csv_file("2025-03-04;Polisen;1.1;Sök;1;"))
    confirm(client, preview, promise_set)
    again = confirm(client, preview, promise_set)
    assert (
        "Förhandsgranskningen finns inte längre" in client.get(again["Location"]).content.decode()
    )
    assert Activity.objects.count() == 1


def test_a_file_that_no_longer_fits_the_set_when_confirmed_stores_nothing(
    client: Client, promise_set: PromiseSet, coordinator: User
) -> None:
    preview = upload(client, csv_file("2025-03-04;Polisen;2.1;Sök;1;"))
    commitment("Trafikkontroll vid skolan").delete()
    response = confirm(client, preview, promise_set)
    assert "Inget har sparats" in client.get(response["Location"]).content.decode()
    assert Activity.objects.count() == 0


# Size


def test_a_file_over_the_size_limit_is_refused(
    client: Client, promise_set: PromiseSet, coordinator: User, settings: object
) -> None:
    settings.MAX_UPLOAD_BYTES = 1024 * 1024  # type: ignore[attr-defined]
    row = "2025-03-04;Polisen;1.1;" + "x" * 200 + ";1;"
    response = upload(client, csv_file(*[row] * 6000))
    assert response.status_code == 400
    assert "Filen är för stor. Största tillåtna storlek är 1 MB" in response.content.decode()
    assert Activity.objects.count() == 0


def test_a_file_of_5000_rows_is_imported(
    client: Client, promise_set: PromiseSet, coordinator: User
) -> None:
    rows = [
        f"2024-{1 + n % 12:02d}-{1 + n % 28:02d};Polisen;1.{1 + n % 2}, 2.1;Aktivitet {n};{n};"
        for n in range(5000)
    ]
    preview = upload(client, csv_file(*rows))
    assert preview.status_code == 200
    assert "… och 4950 rader till" in preview.content.decode()
    confirm(client, preview, promise_set)
    assert Activity.objects.count() == 5000
    assert Activity.commitments.through.objects.count() == 10000


def test_the_import_refuses_what_the_log_form_refuses_in_the_same_words(
    promise_set: PromiseSet,
) -> None:
    long = "x" * 5001
    assert check(promise_set, csv_file(f"2025-03-04;Polisen;1.1;{long};1;")) == [
        "Rad 2, kolumn vad gjordes: beskrivningen är 5 001 tecken lång. "
        "Den får vara högst 5 000 tecken."
    ]
    assert check(promise_set, csv_file("2025-03-04;Polisen;1.1;Sök;2147483648;")) == [
        "Rad 2, kolumn antal: 2 147 483 648 är för stort för ett antal."
    ]
    assert check(promise_set, csv_file(f"2025-03-04;Polisen;1.1;{'x' * 5000};1;")) == []


# Export and round trip


def log_activities(promise_set: PromiseSet) -> None:
    police = Organisation.objects.get(name="Lokalpolisområde Piteå älvdal")
    first = Activity.objects.create(
        promise_set=promise_set,
        party="police",
        organisation=police,
        date=date(2024, 4, 2),
        description='Hundsök; "Vistträsk" skola, årskurs 7–9',
        quantity=3,
    )
    first.commitments.set(
        [commitment("Trafikkontroll vid skolan"), commitment("Hundsök i skolan")],
        through_defaults={"date": first.date},
    )
    second = Activity.objects.create(
        promise_set=promise_set,
        party="joint",
        organisation=police,
        date=date(2024, 10, 1),
        description="Vandring",
    )
    second.commitments.set([commitment("Föräldravandring")], through_defaults={"date": second.date})


def as_rows(promise_set: PromiseSet) -> list[tuple[object, ...]]:
    return [
        (
            a.date,
            a.party,
            a.organisation_id,
            a.description,
            a.quantity,
            sorted(c.pk for c in a.commitments.all()),
        )
        for a in Activity.objects.filter(promise_set=promise_set).order_by("date")
    ]


@pytest.mark.parametrize("file_format", ["xlsx", "csv"])
def test_an_export_imported_again_gives_the_same_activities(
    client: Client, promise_set: PromiseSet, kommunpolis: User, file_format: str
) -> None:
    log_activities(promise_set)
    before = as_rows(promise_set)
    exported = client.get(f"{URL}export.{file_format}")
    assert exported.status_code == 200
    assert exported["Content-Disposition"] == (
        f'attachment; filename="aktiviteter-alvsbyn-2023-2025.{file_format}"'
    )
    content = exported.getvalue()  # a streamed file is read as it is sent
    Activity.objects.all().delete()

    preview = upload(client, content, name=f"export.{file_format}")
    assert preview.status_code == 200, preview.content.decode()
    confirm(client, preview, promise_set)

    assert as_rows(promise_set) == before


FORMULA_LIKE = ('=HYPERLINK("http://x";"klick")', "+46 70 123", "-ingen-", "@alla", "'citat")


def log_formula_like_activities(promise_set: PromiseSet) -> None:
    police = Organisation.objects.get(name="Lokalpolisområde Piteå älvdal")
    for day, description in enumerate(FORMULA_LIKE, start=1):
        activity = Activity.objects.create(
            promise_set=promise_set,
            party="police",
            organisation=police,
            date=date(2024, 5, day),
            description=description,
        )
        activity.commitments.set(
            [commitment("Hundsök i skolan")], through_defaults={"date": activity.date}
        )


def test_the_xlsx_export_holds_no_formula(
    client: Client, promise_set: PromiseSet, coordinator: User
) -> None:
    log_formula_like_activities(promise_set)
    CommitmentFactory(promise=promise_set.promises.first(), what="=1+1", position=3)
    workbook = openpyxl.load_workbook(io.BytesIO(client.get(f"{URL}export.xlsx").getvalue()))
    cells = [c for sheet in workbook for row in sheet.iter_rows() for c in row]
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    descriptions = [r[3] for r in workbook["Aktiviteter"].iter_rows(min_row=2, values_only=True)]
    assert descriptions == ["'" + text for text in FORMULA_LIKE]


def test_the_csv_export_starts_no_cell_with_a_formula_sign(
    client: Client, promise_set: PromiseSet, coordinator: User
) -> None:
    log_formula_like_activities(promise_set)
    text = client.get(f"{URL}export.csv").getvalue().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))[1:]
    assert [row[3] for row in rows] == ["'" + text for text in FORMULA_LIKE]


@pytest.mark.parametrize("file_format", ["xlsx", "csv"])
def test_formula_like_text_comes_back_unchanged_from_an_export(
    client: Client, promise_set: PromiseSet, kommunpolis: User, file_format: str
) -> None:
    log_formula_like_activities(promise_set)
    exported = client.get(f"{URL}export.{file_format}").getvalue()
    Activity.objects.all().delete()
    confirm(client, upload(client, exported, name=f"export.{file_format}"), promise_set)
    stored = Activity.objects.order_by("date").values_list("description", flat=True)
    assert list(stored) == list(FORMULA_LIKE)


def test_the_xlsx_export_lists_commitments_by_number(
    client: Client, promise_set: PromiseSet, coordinator: User
) -> None:
    log_activities(promise_set)
    workbook = openpyxl.load_workbook(io.BytesIO(client.get(f"{URL}export.xlsx").getvalue()))
    activities = [list(r) for r in workbook["Aktiviteter"].iter_rows(values_only=True)]
    assert activities[0] == ["datum", "part", "åtagande", "vad gjordes", "antal", "organisation"]
    assert activities[1][1:] == [
        "Polisen",
        "1.1, 2.1",
        'Hundsök; "Vistträsk" skola, årskurs 7–9',
        3,
        "Lokalpolisområde Piteå älvdal",
    ]
    commitments = [r[:3] for r in workbook["Åtaganden"].iter_rows(values_only=True)]
    assert commitments == [
        ("nummer", "part", "åtagande"),
        ("1.1", "Polisen", "Hundsök i skolan"),
        ("1.2", "Kommunen", "Föräldravandring"),
        ("2.1", "Polisen", "Trafikkontroll vid skolan"),
    ]


def test_the_csv_export_opens_in_swedish_excel(
    client: Client, promise_set: PromiseSet, coordinator: User
) -> None:
    log_activities(promise_set)
    content = client.get(f"{URL}export.csv").getvalue()
    assert content.startswith(b"\xef\xbb\xbfdatum;part;\xc3\xa5tagande;vad gjordes;antal;")
    last_line = content.decode().splitlines()[-1]
    assert last_line == (
        "2024-10-01;Polisen och kommunen tillsammans;1.2;Vandring;;Lokalpolisområde Piteå älvdal"
    )


def test_the_template_is_an_empty_sheet_that_reads_back_as_having_no_rows(
    client: Client, promise_set: PromiseSet, coordinator: User
) -> None:
    template = client.get(f"{URL}mall.xlsx")
    assert template.status_code == 200
    assert check(promise_set, template.getvalue()) == [
        "Rad 1: det finns inga aktiviteter under rubrikraden."
    ]
    assert client.get(f"{URL}mall.csv").getvalue().decode("utf-8-sig") == HEADER + "\r\n"


# Who may


def test_the_pages_need_a_login(client: Client, promise_set: PromiseSet) -> None:
    assert client.get(f"{URL}import/").status_code == 302
    assert client.get(f"{URL}export.csv").status_code == 302


def test_another_kommun_gets_404_everywhere(client: Client, promise_set: PromiseSet) -> None:
    client.force_login(member("Umeå kommun", "coordinator"))
    for path in ("import/", "export.csv", "export.xlsx", "mall.xlsx"):
        assert client.get(f"{URL}{path}").status_code == 404, path
    response = upload(client, csv_file("2025-03-04;Polisen;1.1;Sök;1;"))
    assert response.status_code == 404
    assert Activity.objects.count() == 0


def test_a_preview_cannot_be_confirmed_by_someone_else(
    client: Client, promise_set: PromiseSet, coordinator: User
) -> None:
    preview = upload(client, csv_file("2025-03-04;Polisen;1.1;Sök;1;"))
    client.force_login(member("Lokalpolisområde Piteå älvdal", "editor"))
    confirm(client, preview, promise_set)
    assert Activity.objects.count() == 0


def test_a_viewer_exports_but_does_not_import(client: Client, promise_set: PromiseSet) -> None:
    client.force_login(member("Älvsbyns kommun", "viewer"))
    assert client.get(f"{URL}export.csv").status_code == 200
    assert client.get(f"{URL}import/").status_code == 404


def test_the_police_area_imports_for_the_kommun_it_covers(
    client: Client, promise_set: PromiseSet
) -> None:
    client.force_login(member("Lokalpolisområde Piteå älvdal", "reporter"))
    preview = upload(client, csv_file("2025-03-04;Polisen;1.1;Sök;1;"))
    confirm(client, preview, promise_set)
    assert Activity.objects.count() == 1


def test_drafts_cannot_be_imported_into(client: Client, coordinator: User) -> None:
    draft = PromiseSetFactory()
    CommitmentFactory(promise=PromiseFactory(promise_set=draft))
    assert client.get(f"{URL}import/?lofte={draft.pk}").status_code == 404

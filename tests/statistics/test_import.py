"""Statistics in, as files and from Kolada: all or nothing, and the same figures change nothing."""

import http.server
import threading
from collections.abc import Iterator
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from loften.statistics.formats import StatisticsFileError
from loften.statistics.models import Indicator, Observation, StatisticsImport
from loften.statistics.selectors import trend
from loften.statistics.services import StatisticsError, statistics_import
from tests.factories import member, municipality

pytestmark = pytest.mark.django_db

DATA = Path(__file__).parent / "data"
CRIMES = (DATA / "anmalda_brott.csv").read_bytes()
POPULATION = (DATA / "kolada_N01951.json").read_bytes()


def imported(data: bytes, name: str = "fil") -> str:
    return str(statistics_import(data=data, filename=name, acting_user=None))


def test_reported_crimes_are_read_per_kommun_category_and_year() -> None:
    assert imported(CRIMES) == (
        "8 nya, 0 ändrade, 0 oförändrade värden; 2 rader för län eller riket hoppades över."
    )
    fraud = Observation.objects.get(
        indicator__key="brott:bedrageri", municipality__code="2480", year=2024
    )
    assert fraud.value == Decimal(2615) and fraud.source.source == "Brå, anmälda brott"
    assert Indicator.objects.get(key="brott:skadegorelse").name == "Anmälda brott: Skadegörelse"
    unpublished = Observation.objects.get(
        indicator__key="brott:skadegorelse", municipality__code="2480", year=2024
    )
    assert unpublished.value is None


def test_reported_crimes_saved_as_excel_unicode_text_are_read() -> None:
    unicode_text = CRIMES.decode("cp1252").replace(";", "\t").encode("utf-16")
    assert imported(unicode_text).startswith("8 nya, 0 ändrade, 0 oförändrade värden")


def test_the_same_figures_again_change_nothing_and_a_changed_one_is_updated() -> None:
    imported(CRIMES)
    assert imported(CRIMES) == (
        "0 nya, 0 ändrade, 8 oförändrade värden; 2 rader för län eller riket hoppades över."
    )
    assert StatisticsImport.objects.count() == 1
    revised = CRIMES.replace(
        b"2560 \xc4lvsbyn;Bedr\xe4geri;2024;182", b"2560 \xc4lvsbyn;Bedr\xe4geri;2024;185"
    )
    assert imported(revised).startswith("0 nya, 1 ändrade, 7 oförändrade")
    changed = Observation.objects.get(
        indicator__key="brott:bedrageri", municipality__code="2560", year=2024
    )
    assert changed.value == 185 and changed.source == StatisticsImport.objects.first()


def test_kolada_values_are_read_and_rates_per_thousand_compare_kommun_lan_and_country() -> None:
    imported(CRIMES)
    assert imported(POPULATION).startswith("4 nya, 0 ändrade")
    fraud = Indicator.objects.get(key="brott:bedrageri")
    seen = trend(fraud, municipality("2560"))
    assert [(p.year, round(p.rate, 2)) for p in seen.municipality] == [(2023, 19.75), (2024, 22.61)]
    # Norrbotten holds only Älvsbyn in this data; the country Älvsbyn and Umeå together
    assert seen.county == seen.municipality
    assert round(seen.nation[-1].rate, 2) == round((182 + 2615) * 1000 / (8050 + 131200), 2)


def test_a_kommun_without_a_figure_for_a_year_does_not_dilute_the_countrys_rate() -> None:
    imported(CRIMES)
    imported(POPULATION)
    damage = Indicator.objects.get(key="brott:skadegorelse")
    # Umeå's damage figures are unpublished (".."): the country's rate is Älvsbyn's alone,
    # not Älvsbyn's count over both kommuners' inhabitants
    seen = trend(damage, municipality("2560"))
    assert [(p.year, round(p.rate, 2)) for p in seen.nation] == [
        (2023, round(31 * 1000 / 8100, 2)),
        (2024, round(29 * 1000 / 8050, 2)),
    ]


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (CRIMES.replace(b";", b" "), "Rad 1: kolumnerna är inte åtskilda med semikolon"),
        (CRIMES.replace(b"Antal", b"Summa"), "Rad 1: kolumner saknas: Antal."),
        (
            CRIMES.replace(b"Ume\xe5;Bedr\xe4geri;2024", b"Atlantis;Bedr\xe4geri;2024"),
            "Rad 10, kolumn Region: ”Atlantis” är ingen kommun i registret.",
        ),
        (
            CRIMES.replace(
                b"2560 \xc4lvsbyn;Bedr\xe4geri;2024;182",
                b"2560 \xc4lvsbyn;Bedr\xe4geri;2024;mycket",
            ),
            "Rad 8, kolumn Antal: ”mycket” är inget antal.",
        ),
        (CRIMES.replace(b";2023;", b";23;"), "kolumn År: ”23” är inget år."),
        (CRIMES.decode("cp1252").encode("utf-16-le"), "kunde inte läsas som text"),
        (POPULATION[:-40], "Filen är inte giltig JSON (tecken"),
        (b'{"rows": []}', 'Filen saknar "values"'),
        (CRIMES + "Umeå;Bedrägeri;2024;99\r\n".encode("cp1252"), "två olika värden i samma fil"),
        (POPULATION.replace(b'"2480"', b'"9999"'), "kommunkoden 9999 finns inte i registret"),
    ],
)
def test_bad_files_are_refused_with_the_place_and_nothing_is_stored(
    data: bytes, problem: str
) -> None:
    with pytest.raises(StatisticsFileError) as caught:
        imported(data)
    assert any(problem in line for line in caught.value.problems), caught.value.problems
    assert not Observation.objects.exists() and not StatisticsImport.objects.exists()


def test_only_the_installations_admins_import_statistics() -> None:
    with pytest.raises(StatisticsError, match="administratörer"):
        statistics_import(
            data=CRIMES, filename="f", acting_user=member("Umeå kommun", "coordinator")
        )
    assert not Observation.objects.exists()


class _Kolada(http.server.BaseHTTPRequestHandler):
    pages: dict[str, bytes] = {}
    asked: list[str] = []

    def do_GET(self) -> None:
        self.asked.append(self.path)
        body = self.pages["2" if self.path.endswith("page=2") else "1"]
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture
def kolada() -> Iterator[str]:
    server = http.server.HTTPServer(("127.0.0.1", 0), _Kolada)
    host = f"127.0.0.1:{server.server_address[1]}"
    _Kolada.pages = {
        number: (DATA / f"kolada_page{number}.json").read_bytes().replace(b"HOST", host.encode())
        for number in ("1", "2")
    }
    _Kolada.asked = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://{host}/v2"
    server.shutdown()


def test_fetch_follows_the_pages_of_a_recorded_kolada_answer(kolada: str) -> None:
    out = StringIO()
    places = ["--municipality", "2560", "--municipality", "2480"]
    call_command(
        "stats", "fetch", "--kpi", "N01951", *places, "--year", "2024", "--api", kolada, stdout=out
    )
    assert _Kolada.asked == ["/v2/data/kpi/N01951/municipality/2560,2480/year/2024",
                             "/v2/data/kpi/N01951?page=2"]  # fmt: skip
    assert "4 nya" in out.getvalue()
    assert StatisticsImport.objects.get().source == "Kolada N01951"


def test_the_import_command_names_the_file_and_refuses_in_swedish(tmp_path: Path) -> None:
    path = tmp_path / "brott.csv"
    path.write_bytes(CRIMES.replace(b"Antal", b"Summa"))
    with pytest.raises(
        CommandError, match=r"brott\.csv: nothing imported\.\nRad 1: kolumner saknas"
    ):
        call_command("stats", "import", str(path))


def test_the_public_page_shows_rates_beside_lan_and_country_and_follows_imports() -> None:
    visitor = Client()
    assert (
        "Ingen statistik över anmälda brott"
        in visitor.get("/kommun/alvsbyn/statistik/").content.decode()
    )
    imported(CRIMES)
    imported(POPULATION)
    page = visitor.get("/kommun/alvsbyn/statistik/").content.decode()
    assert "<h2" in page and "Bedrägeri" in page and 'role="img"' in page
    assert "<td>22,6</td>" in page  # 182 frauds among 8 050 inhabitants in 2024
    assert "Norrbottens län" in page and "Hela Sverige" in page


def test_figures_stored_by_another_import_meanwhile_are_refused_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from loften.statistics import services

    store = services._insert

    def meanwhile(rows: list[tuple[object, ...]]) -> None:
        store(rows[:1])  # another import stored one of the same figures a moment before
        store(rows)

    monkeypatch.setattr(services, "_insert", meanwhile)
    with pytest.raises(StatisticsError, match="samtidigt"):
        imported(CRIMES)
    assert not Observation.objects.exists() and not StatisticsImport.objects.exists()

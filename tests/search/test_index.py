"""The search index follows publishing, and `loften search reindex` rebuilds it."""

import importlib
from datetime import date
from io import StringIO

import pytest
from django.apps import apps as django_apps
from django.core.management import call_command
from django.db import connection

from loften.ops.demo import seed_files, seed_load
from loften.ops.generate import generate
from loften.promises.models import PromiseSet
from loften.promises.publishing import promise_set_publish
from loften.search.models import SearchEntry
from loften.search.selectors import SearchFilters, search
from tests.factories import PromiseFactory
from tests.search.conftest import Publish

pytestmark = pytest.mark.django_db


def found(query: str) -> list[str]:
    return sorted(hit.promise.text for hit in search(query, SearchFilters()).hits)


def reindex() -> str:
    out = StringIO()
    call_command("search", "reindex", stdout=out)
    return out.getvalue()


def test_a_set_is_searchable_once_published_and_not_before(publish: Publish) -> None:
    promise_set = publish(
        "2560",
        date(2023, 1, 1),
        date(2025, 12, 31),
        [{"text": "Hundsök i skolan."}],
        status="draft",
    )
    assert found("hundsök") == []

    promise_set_publish(promise_set=promise_set, acting_user=None)

    assert found("hundsök") == ["Hundsök i skolan."]


def test_reindex_shows_progress_and_can_run_again(publish: Publish) -> None:
    for code in ("2560", "2480", "2313"):
        publish(code, date(2023, 1, 1), date(2025, 12, 31), [{"text": f"Trafikkontroll {code}."}])
    before = found("trafikkontroller")

    first, second = reindex(), reindex()

    assert "[####################] 3/3 promise sets 100%" in first
    assert first.endswith("Search index rebuilt: 3 promises searchable.\n")
    assert second == first
    assert (
        found("trafikkontroller")
        == before
        == [
            "Trafikkontroll 2313.",
            "Trafikkontroll 2480.",
            "Trafikkontroll 2560.",
        ]
    )
    assert SearchEntry.objects.count() == 3


def test_reindex_takes_in_later_changes_and_drops_what_is_no_longer_published(
    publish: Publish,
) -> None:
    kept = publish("2560", date(2023, 1, 1), date(2025, 12, 31), [{"text": "Hundsök i skolan."}])
    withdrawn = publish(
        "2480", date(2023, 1, 1), date(2025, 12, 31), [{"text": "Hundsök i parken."}]
    )
    PromiseFactory(promise_set=kept, text="Hundsök på festivalen.")
    PromiseSet.objects.filter(pk=withdrawn.pk).update(status=PromiseSet.Status.DRAFT)

    reindex()

    assert found("hundsök") == ["Hundsök i skolan.", "Hundsök på festivalen."]


def test_migrate_indexes_published_promises_the_index_lacks(publish: Publish) -> None:
    promise_set = publish(
        "2560", date(2023, 1, 1), date(2025, 12, 31), [{"text": "Hundsök i skolan."}]
    )
    PromiseFactory(promise_set=promise_set, text="Hundsök på festivalen.")
    assert found("hundsök") == ["Hundsök i skolan."]

    call_command("migrate", verbosity=0)

    assert found("hundsök") == ["Hundsök i skolan.", "Hundsök på festivalen."]


def test_the_migration_to_compound_parts_empties_the_index_and_migrate_refills_it(
    publish: Publish,
) -> None:
    publish("2560", date(2023, 1, 1), date(2025, 12, 31), [{"text": "Fler trafikkontroller."}])
    migration = importlib.import_module("loften.search.migrations.0003_index_compound_parts")

    class Editor:
        def __init__(self) -> None:
            self.connection = connection

        def execute(self, sql: str) -> None:
            with connection.cursor() as cursor:
                cursor.execute(sql)

    migration.empty_index(django_apps, Editor())
    assert SearchEntry.objects.count() == 0
    assert found("trafikkontroller") == []

    call_command("migrate", verbosity=0)

    assert found("trafik") == ["Fler trafikkontroller."]


def test_a_demo_seed_is_searchable_once_loaded() -> None:
    umea = next(path for path in seed_files() if path.name.startswith("000_"))
    seed_load(umea)

    hits = search("narkotika", SearchFilters()).hits
    assert [hit.municipalities[0].name for hit in hits] == ["Umeå"]
    assert "<mark>narkotika</mark>" in hits[0].text


def test_generated_data_is_searchable_at_once() -> None:
    generate(municipalities=2, years=4, today=date(2026, 11, 23))

    everything = search("", SearchFilters())
    assert (everything.total, everything.municipality_count) == (32, 2)
    assert search("narkotika", SearchFilters()).total > 0

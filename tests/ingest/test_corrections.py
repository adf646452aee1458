"""The review page as the safety net: take a missed passage, correct the document, export it all."""

import json
from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client

from loften.ingest.models import Correction
from loften.ingest.review import review_hints
from loften.ingest.scoring import read_gold
from loften.promises.models import PromiseSet
from loften.registry.models import Municipality
from loften.testing.quality import documents_of
from tests.ingest.test_review import login

pytestmark = pytest.mark.django_db


def passage(promise_set: PromiseSet, opening: str) -> tuple[int, int]:
    """The passage the review page offers that starts with these words."""
    assert promise_set.source_document is not None
    text = promise_set.source_document.text
    hints = review_hints(promise_set, list(promise_set.promises.all()))
    return next((s, e) for s, e in hints.passages if text[s:e].startswith(opening))


def take(client: Client, promise_set: PromiseSet, start: int, end: int) -> str:
    response = client.post(
        f"/arbetsyta/inlasning/utkast/{promise_set.pk}/ta-som-lofte/",
        {"start": start, "end": end},
        follow=True,
    )
    return response.content.decode()


def test_a_missed_passage_becomes_a_promise_with_its_place_in_the_source(
    client: Client, draft: PromiseSet
) -> None:
    login(client, "Älvsbyns kommun")
    start, end = passage(draft, "Målbilden för Älvsbyn")
    before = draft.promises.count()

    page = take(client, draft, start, end)

    added = draft.promises.get(source_start=start)
    assert draft.promises.count() == before + 1
    assert added.text.startswith("Målbilden för Älvsbyn") and added.source_end == end
    assert "Stycket är nu ett löfte i utkastet" in page
    assert f'<mark id="k-{added.pk}">' in page
    assert "Tillagt vid granskningen." in page
    correction = Correction.objects.get(field="promise", before__isnull=True)
    assert correction.after["source"] == {"start": start, "end": end}


def test_a_passage_outside_the_text_or_too_long_is_refused_and_nothing_is_added(
    client: Client, draft: PromiseSet
) -> None:
    login(client, "Älvsbyns kommun")
    assert draft.source_document is not None
    length = len(draft.source_document.text)
    before = draft.promises.count()

    outside = take(client, draft, length + 10, length + 40)
    too_long = take(client, draft, 0, length)

    assert "Stycket finns inte i källtexten" in outside
    assert "Stycket är för långt för ett löfte" in too_long
    assert draft.promises.count() == before
    assert not Correction.objects.exists()


def test_only_the_coordinator_takes_passages_and_another_kommun_cannot_reach_the_draft(
    client: Client, draft: PromiseSet
) -> None:
    start, end = passage(draft, "Målbilden för Älvsbyn")
    login(client, "Lokalpolisområde Piteå älvdal", role="editor")

    refused = take(client, draft, start, end)

    assert "Stycket togs inte som löfte" in refused
    client.logout()
    login(client, "Umeå kommun")
    response = client.post(
        f"/arbetsyta/inlasning/utkast/{draft.pk}/ta-som-lofte/", {"start": start, "end": end}
    )
    assert response.status_code == 404
    assert not draft.promises.filter(source_start=start).exists()


def correct_document(client: Client, draft: PromiseSet, **fields: object) -> str:
    data = {
        "kind": "promise_set",
        "period_start": "2023-01-01",
        "period_end": "2025-12-31",
        "municipalities": [m.pk for m in draft.municipalities.all()],
        "signatories": "Johan Dahlqvist\nAndreas Nyberg",
        **fields,
    }
    return client.post(
        f"/arbetsyta/inlasning/utkast/{draft.pk}/dokumentet/", data, follow=True
    ).content.decode()


def test_the_period_kind_and_signatories_are_corrected_and_each_change_is_kept(
    client: Client, draft: PromiseSet
) -> None:
    login(client, "Älvsbyns kommun")

    page = correct_document(
        client, draft, period_end="2026-06-30", kind="follow_up", signatories="Johan Dahlqvist"
    )

    draft.refresh_from_db()
    assert draft.period_end == date(2026, 6, 30)
    assert [s.name for s in draft.signatories.all()] == ["Johan Dahlqvist"]
    assert "Sparat (3 ändringar)." in page
    kept = {c.field: (c.before, c.after) for c in Correction.objects.all()}
    assert kept["period"][1] == {"start": "2023-01-01", "end": "2026-06-30"}
    assert kept["kind"] == ("promise_set", "follow_up")
    assert kept["signatories"] == (["Johan Dahlqvist", "Andreas Nyberg"], ["Johan Dahlqvist"])


def test_a_kommun_the_coordinator_does_not_work_on_is_not_offered_nor_accepted(
    client: Client, draft: PromiseSet
) -> None:
    login(client, "Älvsbyns kommun")
    umea = Municipality.objects.get(code="2480")

    page = correct_document(client, draft, municipalities=[umea.pk])
    ends_before_it_starts = correct_document(client, draft, period_end="2022-01-01")

    assert "Rättelsen sparades inte" in page
    assert list(draft.municipalities.values_list("code", flat=True)) == ["2560"]
    assert "Perioden kan inte sluta innan den börjar." in ends_before_it_starts
    assert not Correction.objects.exists()


def test_the_corrections_export_reads_back_into_the_scorer(
    client: Client, draft: PromiseSet, tmp_path: Path
) -> None:
    login(client, "Älvsbyns kommun")
    start, end = passage(draft, "Målbilden för Älvsbyn")
    take(client, draft, start, end)
    correct_document(client, draft, period_end="2026-06-30")

    call_command("corrections", "export", str(tmp_path), stdout=StringIO())

    gold = read_gold(tmp_path / "gold.json")
    [(name, answers)] = gold.items()
    [text_file] = documents_of(tmp_path)
    text = text_file.read_text(encoding="utf-8")
    assert answers.period_end == "2026-06-30"
    assert answers.municipality_codes == ("2560",)
    assert len(answers.promises) == draft.promises.count()
    for phrase in answers.promises:
        assert " ".join(text.lower().split()).count(phrase.lower()) == 1
        assert any(phrase in " ".join(line.split()) for line in text.splitlines())
    out = StringIO()
    call_command(
        "extract", "--score", str(tmp_path / "gold.json"), "--details", str(text_file), stdout=out
    )
    assert "saknas: " in out.getvalue()  # the passage the extractor missed is missed again
    assert json.loads((tmp_path / "gold.json").read_text())["docs"][name]["kind"] == "promise_set"

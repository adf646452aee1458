"""Report files are made by the worker: the address asks once, shows progress, then serves."""

import io
import zipfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from django.test import Client
from django_tasks_db.models import DBTaskResult

from loften.followup.models import Activity
from loften.promises.models import PromiseSet
from loften.reports import files
from loften.reports.files import current_fingerprint, report_file_ask, report_file_render
from loften.reports.models import ReportFile
from loften.reports.selectors import report_fingerprint
from tests.factories import (
    ActivityFactory,
    MeasurementFactory,
    OutcomeFactory,
    PromiseFactory,
    PromiseSetFactory,
    member,
    municipality,
)
from tests.reports.conftest import FollowedUp, fetched, work
from tests.reports.test_report_files import pdf_text

pytestmark = pytest.mark.django_db

PUBLIC = "/kommun/stromsund/lofte/{}/sa-gick-det"
WORKSPACE = "/arbetsyta/rapport/{}"


def jobs() -> int:
    return DBTaskResult.objects.filter(task_path__endswith="render_report_file").count()


@pytest.fixture
def coordinator(client: Client) -> Iterator[Client]:
    client.force_login(member("Strömsunds kommun", "coordinator"))
    yield client


def test_asking_twice_queues_one_job_and_says_in_swedish_that_it_is_being_made(
    client: Client, stromsund: FollowedUp
) -> None:
    address = PUBLIC.format(stromsund.promise_set.pk) + ".pdf"

    first, second = client.get(address), client.get(address)

    for response in (first, second):
        assert response.status_code == 202
        page = response.content.decode()
        assert "Rapporten skapas" in page
        assert "Väntar på sin tur" in page
        assert '<meta http-equiv="refresh"' in page
        assert "<script" not in page
        assert response["Cache-Control"] == "no-store"
    assert jobs() == 1
    assert ReportFile.objects.count() == 1


def test_the_worker_makes_the_files_and_the_address_then_serves_them(
    client: Client, stromsund: FollowedUp, tmp_path: Path
) -> None:
    base = PUBLIC.format(stromsund.promise_set.pk)
    client.get(f"{base}.pdf")
    client.get(f"{base}.docx")

    work()

    pdf = client.get(f"{base}.pdf")
    assert pdf.status_code == 200
    assert pdf.content.startswith(b"%PDF")
    assert pdf["Content-Disposition"] == (
        'attachment; filename="sa-gick-det-stromsund-2019-2021.pdf"'
    )
    assert pdf["ETag"]
    docx = client.get(f"{base}.docx")
    assert zipfile.ZipFile(io.BytesIO(docx.content)).testzip() is None
    assert docx["Content-Disposition"].endswith('.docx"')
    assert client.get(f"{base}.pdf", headers={"if-none-match": pdf["ETag"]}).status_code == 304
    assert jobs() == 2


def test_a_changed_activity_makes_a_new_file_and_drops_the_old(
    coordinator: Client, stromsund: FollowedUp
) -> None:
    address = WORKSPACE.format(stromsund.promise_set.pk) + ".docx"
    fetched(coordinator, address)
    served = coordinator.get(address)
    assert served.status_code == 200

    activity = Activity.objects.get(description="Narkotikahund i högstadieskolorna")
    activity.description = "Narkotikahund i alla skolor"
    activity.save()

    assert coordinator.get(address).status_code == 202
    (row,) = ReportFile.objects.all()
    assert (row.status, bytes(row.content)) == (ReportFile.Status.WAITING, b"")
    assert jobs() == 2
    work()
    again = coordinator.get(address)
    assert again.status_code == 200
    assert again["ETag"] != served["ETag"]
    assert b"Narkotikahund i alla skolor" in zipfile.ZipFile(io.BytesIO(again.content)).read(
        "word/document.xml"
    )


def test_the_public_never_gets_the_back_office_file_of_a_draft(
    coordinator: Client, client: Client
) -> None:
    draft = PromiseSetFactory(
        title="Medborgarlöften 2022–2023 (utkast)", municipalities=[municipality("2313")]
    )
    PromiseFactory(promise_set=draft, text="Ett löfte som ännu inte är beslutat.")
    assert fetched(coordinator, WORKSPACE.format(draft.pk) + ".pdf").status_code == 200

    coordinator.logout()
    for suffix in (".pdf", ".docx"):
        assert client.get(PUBLIC.format(draft.pk) + suffix).status_code == 404
    outsider = Client()
    outsider.force_login(member("Älvsbyns kommun", "coordinator"))
    assert outsider.get(WORKSPACE.format(draft.pk) + ".pdf").status_code == 404


def test_the_public_file_leaves_out_what_the_back_office_file_tells(
    coordinator: Client, stromsund: FollowedUp, tmp_path: Path
) -> None:
    back_office = fetched(coordinator, WORKSPACE.format(stromsund.promise_set.pk) + ".pdf")
    coordinator.logout()

    public = fetched(coordinator, PUBLIC.format(stromsund.promise_set.pk) + ".pdf")

    reason = "A-traktorer"
    assert reason in pdf_text(back_office.content, tmp_path)
    assert reason not in pdf_text(public.content, tmp_path)
    assert ReportFile.objects.filter(public=True).count() == 1


def test_a_failed_file_says_so_and_is_made_when_asked_again(
    coordinator: Client, stromsund: FollowedUp, monkeypatch: pytest.MonkeyPatch
) -> None:
    address = WORKSPACE.format(stromsund.promise_set.pk) + ".pdf"

    def broken(report: object) -> bytes:
        raise RuntimeError("Pango is missing")

    monkeypatch.setitem(files.RENDERERS, "pdf", (broken, "application/pdf"))
    coordinator.get(address)
    work()

    failed = coordinator.get(address)
    assert failed.status_code == 500
    assert "Rapporten kunde inte skapas" in failed.content.decode()
    assert "Försök igen" in failed.content.decode()
    assert coordinator.get(address).status_code == 500
    assert jobs() == 1

    monkeypatch.undo()
    retried = coordinator.post(address)
    assert retried.status_code == 303
    assert coordinator.get(address).status_code == 202
    work()
    assert coordinator.get(address).content.startswith(b"%PDF")
    assert jobs() == 2


def ask(promise_set: PromiseSet) -> ReportFile:
    return report_file_ask(
        promise_set=promise_set,
        round_number=0,
        file_format="docx",
        public=False,
        fingerprint=current_fingerprint(promise_set, 0, on=date(2022, 3, 1)),
    )


def test_a_file_left_half_made_by_a_stopped_worker_is_made_when_its_job_runs_again(
    stromsund: FollowedUp,
) -> None:
    row = ask(stromsund.promise_set)
    # The worker took the job, marked the file running, and was killed.
    ReportFile.objects.filter(pk=row.pk).update(status=ReportFile.Status.RUNNING, progress=40)

    assert report_file_render(row.pk) == ReportFile.Status.DONE
    made = ReportFile.objects.get(pk=row.pk)
    assert bytes(made.content).startswith(b"PK")
    # Run twice (its job queued again after all): nothing changes.
    assert report_file_render(row.pk) == ReportFile.Status.DONE
    assert ReportFile.objects.get(pk=row.pk).finished_at == made.finished_at
    assert jobs() == 1


def test_data_changed_while_the_file_is_made_queues_the_next(
    stromsund: FollowedUp, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = ask(stromsund.promise_set)
    render, content_type = files.RENDERERS["docx"]

    def logging_meanwhile(report: object) -> bytes:
        ActivityFactory(promise_set=stromsund.promise_set, date=date(2021, 11, 1))
        ask(stromsund.promise_set)  # a reader asks while the file is being made
        return render(report)

    monkeypatch.setitem(files.RENDERERS, "docx", (logging_meanwhile, content_type))
    assert report_file_render(row.pk) == ReportFile.Status.WAITING
    assert jobs() == 2

    monkeypatch.undo()
    work()
    assert ReportFile.objects.get(pk=row.pk).status == ReportFile.Status.DONE


def _outcome(data: FollowedUp) -> None:
    OutcomeFactory(promise=data.fraud, text="Föreläsning om bedrägerier för seniorer.")


def _measurement(data: FollowedUp) -> None:
    MeasurementFactory(target=data.fraud_target, value=120, measured_on=date(2021, 12, 1))


def _promise_text(data: FollowedUp) -> None:
    data.traffic.text = "Polisen och kommunen lovar trafiksäkra skolvägar."
    data.traffic.save()


def _commitment(data: FollowedUp) -> None:
    data.dog_search.what = "Hundsök i alla skolor"
    data.dog_search.save()


def _round_published(data: FollowedUp) -> None:
    data.second_round.published_at = data.first_round.published_at
    data.second_round.save(update_fields=["published_at"])


def _activity_removed(data: FollowedUp) -> None:
    Activity.objects.filter(description__startswith="Utbildningsdag").delete()


@pytest.mark.parametrize(
    "change",
    [_outcome, _measurement, _promise_text, _commitment, _round_published, _activity_removed],
)
def test_the_fingerprint_changes_with_what_the_report_tells(
    stromsund: FollowedUp, change: Callable[[FollowedUp], None]
) -> None:
    def fingerprint() -> str:
        return report_fingerprint(stromsund.promise_set, status_on=date(2021, 12, 31))

    before = fingerprint()
    assert fingerprint() == before

    change(stromsund)

    assert fingerprint() != before


def test_the_fingerprint_of_a_report_of_today_changes_with_the_day(
    stromsund: FollowedUp,
) -> None:
    first = report_fingerprint(stromsund.promise_set, status_on=date(2021, 6, 1))

    assert report_fingerprint(stromsund.promise_set, status_on=date(2021, 6, 2)) != first

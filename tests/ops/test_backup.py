"""`loften backup` and `loften restore`: one file holds everything, and comes back whole."""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import stat
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
from axes.models import AccessAttempt, AccessAttemptExpiration, AccessFailureLog, AccessLog
from django.apps import apps
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.auth.models import Group, Permission, User
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client
from django.utils import timezone
from PIL import Image

from loften.assessments.services import assessment_approve, assessment_draft
from loften.dialogue.services import NoteDraft, comment_submit, note_create
from loften.followup.models import ActivityAttachment, FollowUpRound, Subscription
from loften.incidents.categories import Category
from loften.incidents.services import Place, areas_upload, est_actor_add, incident_report
from loften.ingest.models import Correction, SourceDocument, Upload
from loften.ingest.tasks import import_upload
from loften.notifications.models import (
    Announcement,
    CommitmentReminder,
    ReminderRun,
    RoundDigest,
    SubscriptionRequest,
)
from loften.ops import backup
from loften.ops.demo import seed_files, seed_load
from loften.ops.models import WorkerHeartbeat
from loften.promises.models import Approval, Attachment, PromiseSet, Target
from loften.registry.models import Agreement, Municipality, Organisation
from loften.reports.models import ReportFile
from loften.search.services import search_index_rebuild
from loften.statistics.services import statistics_import
from loften.surveys.questions import COLUMNS
from loften.surveys.services import (
    LocalQuestionDraft,
    question_bank_edit,
    response_submit,
    responses_import,
    survey_codes_create,
    survey_create,
)
from loften.walks.categories import FindingCategory
from loften.walks.models import FindingReminder
from loften.walks.services import FindingFields, Photo, WalkFields, finding_add, walk_record
from tests.factories import (
    ActivityFactory,
    CommitmentFactory,
    MeasurementFactory,
    PromiseSetFactory,
    member,
)
from tests.incidents.conftest import geojson, square

pytestmark = pytest.mark.django_db(transaction=True)

DAMAGED = (
    "is not a Löften backup, or it is damaged or incomplete "
    "(make a new backup, or take an older one)."
)


def a_database_with_everything() -> None:
    """Every kind of object Löften keeps, at least one row in every table of every model."""
    for path in seed_files():  # published and superseded sets, source documents, rounds
        seed_load(path)
    published = PromiseSet.objects.filter(status=PromiseSet.Status.PUBLISHED).first()
    assert published is not None
    commitment = CommitmentFactory(promise=published.promises.first())
    coordinator = member("Älvsbyns kommun", "coordinator", "samordnare")
    editor = member("Lokalpolisområde Piteå älvdal", "editor", "redaktor")
    draft = PromiseSetFactory()
    for_signing = PromiseSetFactory(status=PromiseSet.Status.FOR_SIGNING)
    Approval.objects.create(
        promise_set=for_signing,
        organisation=Organisation.objects.get(name="Älvsbyns kommun"),
        approved_by=coordinator,
        signatory_name="Anna Andersson",
        signatory_title="kommunstyrelsens ordförande",
    )
    activity = ActivityFactory(promise_set=published, commitments=[commitment])
    ActivityAttachment.objects.create(
        activity=activity,
        filename="foto.png",
        content_type="image/png",
        size=12,
        content=b"\x89PNG\r\n\x1a\n\x00\xff\x00\x01",
    )
    MeasurementFactory(target=Target.objects.first())
    Subscription.objects.create(promise_set=published, email="a@example.org", token="t1")
    SubscriptionRequest.objects.create(
        promise_set=published, email="b@example.org", token="t2", requested_at=timezone.now()
    )
    superseded = PromiseSet.objects.filter(status=PromiseSet.Status.SUPERSEDED).first()
    Announcement.objects.create(promise_set=superseded, event="superseded", successor=published)
    CommitmentReminder.objects.create(
        commitment=commitment,
        kind="due_soon",
        window="2024-01-01/2024-12-31",
        recipient="c@example.org",
        sent_on=date(2024, 6, 1),
    )
    a_round = FollowUpRound.objects.first()
    RoundDigest.objects.create(
        follow_up_round=a_round, recipient=coordinator, sent_on=date(2024, 6, 1)
    )
    ReminderRun.objects.create(on=date(2024, 6, 1), summary="2 påminnelser")
    ReportFile.objects.create(
        promise_set=published,
        file_format="pdf",
        public=True,
        fingerprint="0" * 64,
        status=ReportFile.Status.DONE,
        content=b"%PDF-1.7 \x00\x01",
        filename="sa-gick-det.pdf",
        requested_at=datetime(2024, 6, 1, tzinfo=UTC),
    )
    upload = Upload.objects.create(
        filename="nytt.pdf",
        content=b"%PDF-1.7 \x00\x01\x02",
        size=13,
        municipality=Municipality.objects.get(code="2560"),
        uploaded_by=coordinator,
    )
    upload.promise_sets.add(draft)
    import_upload.enqueue(upload.pk)
    # A worker's heartbeat goes along; restored elsewhere it is stale and swept away.
    WorkerHeartbeat.objects.create(
        worker_id="w1", host="app-1", pid=4242, started_at=timezone.now(), last_seen=timezone.now()
    )
    Correction.objects.create(
        promise_set=draft,
        field="text",
        before="Polisen",
        after="Polisen lovar",
        corrected_by=editor,
    )
    Attachment.objects.create(
        promise_set=published, title="Bilaga 1", document=SourceDocument.objects.first()
    )
    agreement = Agreement.objects.first()
    assert agreement is not None
    agreement.parties.add(Organisation.objects.get(name="Älvsbyns kommun"))
    group = Group.objects.create(name="Redaktörer")
    group.permissions.add(Permission.objects.first())
    coordinator.groups.add(group)
    coordinator.user_permissions.add(Permission.objects.last())
    LogEntry.objects.create(
        user=coordinator,
        content_type=ContentType.objects.get_for_model(PromiseSet),
        object_id=str(draft.pk),
        object_repr=str(draft),
        action_flag=ADDITION,
    )
    attempt = AccessAttempt.objects.create(
        username="okand", ip_address="10.0.0.1", failures_since_start=1, get_data="", post_data=""
    )
    AccessAttemptExpiration.objects.create(access_attempt=attempt, expires_at=timezone.now())
    AccessFailureLog.objects.create(username="okand", ip_address="10.0.0.1")
    AccessLog.objects.create(username="samordnare", ip_address="10.0.0.2")
    Client().force_login(coordinator)  # a session
    cache.set("public-page", "cached")
    question_bank_edit(
        municipality=Municipality.objects.get(code="2560"), based_on=0, acting_user=coordinator,
        questions=[LocalQuestionDraft(text="hundbajs på gångvägar", kind="problem")],
    )  # fmt: skip
    survey = survey_create(
        municipality=Municipality.objects.get(code="2560"), title="Trygghet", year=2026,
        opens_on=timezone.localdate(), min_group=1, acting_user=coordinator,
    )  # fmt: skip
    responses_import(
        survey=survey, filename="svar.csv", acting_user=coordinator,
        data=(";".join(COLUMNS) + "\nCentrum;kvinna;25-44" + ";1" * (len(COLUMNS) - 3)).encode(),
    )  # fmt: skip
    response_submit(
        survey=survey, answers={"otrygg_kvall": 1, "egen_1": 2}, form_digest="ett formulär"
    )
    survey_codes_create(survey=survey, count=2, acting_user=coordinator)
    assessment = assessment_draft(municipality=survey.municipality, acting_user=coordinator)
    assessment_approve(assessment=assessment, acting_user=coordinator)
    crimes = "Region;Brottskategori;År;Antal\nÄlvsbyn;Bedrägeri;2024;182\n"
    statistics_import(data=crimes.encode(), filename="brott.csv", acting_user=None)
    note_create(
        municipality=survey.municipality, acting_user=editor,
        draft=NoteDraft(kind="medborgardialog", organiser="Polisen", held_on=date(2026, 3, 1),
                        text="Ring Erik om klottret."),
    )  # fmt: skip
    comment_submit(municipality=survey.municipality, text="Knark", area="", form_digest="ett")
    housing = Organisation.objects.create(name="Bostadsbolaget AB", kind=Organisation.Kind.OTHER)
    est_actor_add(municipality=survey.municipality, organisation=housing, acting_user=coordinator)
    areas_upload(
        municipality=survey.municipality, data=geojson(square("Centrum", 21.0, 65.67)),
        acting_user=coordinator,
    )  # fmt: skip
    incident_report(
        municipality=survey.municipality, organisation=housing, category=Category.GRAFFITI,
        occurred_at=timezone.now(), place=Place(65.68, 21.01), description="Klotter",
        acting_user=coordinator,
    )  # fmt: skip
    walk = walk_record(
        municipality=survey.municipality, acting_user=coordinator,
        fields=WalkFields(housing, "Centrum", date(2026, 3, 2), "", {"boende": 4}),
    )  # fmt: skip
    finding = finding_add(
        walk=walk, due_date=date(2026, 4, 1), acting_user=coordinator,
        fields=FindingFields(FindingCategory.LIGHTING, "Mörkt", housing, address="Storgatan 1"),
    )  # fmt: skip
    FindingReminder.objects.create(
        finding=finding, due_date=date(2026, 4, 1), recipient="a@b.se", sent_on=date(2026, 4, 2)
    )
    search_index_rebuild()  # the commitment added above is searchable, as after any edit


def model_tables() -> set[str]:
    """The tables of every model (the SQLite-only search words are compared, not required)."""
    return {
        model._meta.db_table
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed
    }


def raw(target: str | None = None) -> Any:
    """A plain DB-API connection to the test database, or to the `target` database beside it."""
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        return sqlite3.connect(target or settings["NAME"], uri=target is None)
    return psycopg.connect(
        host=settings["HOST"],
        port=settings["PORT"],
        user=settings["USER"],
        dbname=target or settings["NAME"],
    )


def contents(database: Any) -> dict[str, list[str]]:
    """Every row of every table (including the search index's own), in a stable order."""
    cursor = database.cursor()
    if connection.vendor == "sqlite":
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    else:
        cursor.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        )
    tables = sorted(name for (name,) in cursor.fetchall())
    found = {}
    for table in tables:
        cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608
        found[table] = sorted(repr(row) for row in cursor.fetchall())
    database.close()
    return found


@pytest.fixture
def target(tmp_path: Path) -> Iterator[tuple[str, str]]:
    """An empty database on the same server: its DATABASE_URL and its name for `raw`."""
    if connection.vendor == "sqlite":
        path = tmp_path / "new-machine" / "loften.sqlite3"  # the folder does not exist yet
        yield f"sqlite:///{path}", str(path)
        return
    settings = connection.settings_dict
    with connection.cursor() as cursor:
        cursor.execute("CREATE DATABASE restored")
    yield (
        f"postgres://{settings['USER']}@{settings['HOST']}:{settings['PORT']}/restored",
        "restored",
    )
    with connection.cursor() as cursor:
        cursor.execute("DROP DATABASE restored WITH (FORCE)")


def loften(*args: str, database_url: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The `loften` command in its own process, as an operator on the new machine runs it."""
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", f"from loften.cli import main; main({list(args)!r})"],
        capture_output=True,
        text=True,
        env={**os.environ, "DATABASE_URL": database_url, **env},
        check=False,
    )


def test_a_backup_restored_into_an_empty_database_holds_everything_the_original_held(
    tmp_path: Path, target: tuple[str, str]
) -> None:
    a_database_with_everything()
    original = contents(raw())
    assert sorted(model_tables() - {t for t, rows in original.items() if rows}) == []
    archive = tmp_path / "loften.tar"
    call_command("backup", "--output", str(archive))

    database_url, name = target
    restored = loften("restore", str(archive), database_url=database_url)

    assert restored.returncode == 0, restored.stderr
    assert contents(raw(name)) == original
    tenure = loften("tenure", "rebuild", database_url=database_url)
    assert tenure.stdout == "Tabellen stämmer: inget att rätta.\n"


def test_the_manifest_says_what_the_backup_holds(tmp_path: Path) -> None:
    archive = tmp_path / "loften.tar"
    call_command("backup", "--output", str(archive))

    with tarfile.open(archive) as packed:
        assert packed.getnames() == ["manifest.json", backup.PAYLOAD[connection.vendor]]
        manifest = json.loads(packed.extractfile("manifest.json").read())  # type: ignore[union-attr]
    assert manifest["format"] == "loften-backup"
    assert manifest["format_version"] == 2
    assert manifest["files"] == []
    assert manifest["vendor"] == connection.vendor
    assert manifest["loften_version"] == "0.1.0"
    assert "promises.0006_tenure" in manifest["migrations"]
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600  # it holds password hashes


def test_restore_refuses_a_database_that_holds_data_unless_told_to_replace_it(
    tmp_path: Path,
) -> None:
    member("Älvsbyns kommun", "coordinator", "samordnare")
    archive = tmp_path / "loften.tar"
    call_command("backup", "--output", str(archive))
    member("Älvsbyns kommun", "editor", "ny")
    before = contents(raw())

    with pytest.raises(CommandError) as refused:
        call_command("restore", str(archive))

    assert str(refused.value) == (
        "The target database already holds data (in accounts_membership, auth_user). "
        "Restore into an empty database, or add --replace to overwrite everything in it."
    )
    assert contents(raw()) == before
    call_command("restore", str(archive), "--replace")
    assert list(User.objects.values_list("username", flat=True)) == ["samordnare"]


def test_a_database_that_migrate_has_just_made_counts_as_empty(tmp_path: Path) -> None:
    archive = tmp_path / "loften.tar"
    call_command("backup", "--output", str(archive))
    before = contents(raw())

    call_command("restore", str(archive))

    assert contents(raw()) == before


def damaged_copies(archive: Path) -> Iterator[bytes]:
    whole = archive.read_bytes()
    yield whole[: len(whole) // 2]  # cut off while copying
    yield b"not a backup at all\n" * 100
    with tarfile.open(archive) as packed:  # a database that is not the one the manifest names
        manifest = packed.extractfile("manifest.json").read()  # type: ignore[union-attr]
    yield packed_file(manifest, backup.PAYLOAD[connection.vendor], b"SQLite format 3\x00 other")


def packed_file(manifest: bytes, name: str, payload: bytes) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as packed:
        for member_name, content in ((backup.MANIFEST, manifest), (name, payload)):
            info = tarfile.TarInfo(member_name)
            info.size = len(content)
            packed.addfile(info, io.BytesIO(content))
    return out.getvalue()


def test_restore_refuses_a_damaged_file_and_leaves_the_database_as_it_was(
    tmp_path: Path,
) -> None:
    archive = tmp_path / "loften.tar"
    call_command("backup", "--output", str(archive))
    before = contents(raw())
    for number, damaged in enumerate(damaged_copies(archive)):
        copy = tmp_path / f"damaged-{number}.tar"
        copy.write_bytes(damaged)

        with pytest.raises(CommandError) as refused:
            call_command("restore", str(copy))

        assert str(refused.value) == f"{copy} {DAMAGED}"
        assert contents(raw()) == before


def made_elsewhere(path: Path, *, vendor: str, migrations: list[str]) -> Path:
    """A well-formed backup file, as another installation might have made it."""
    payload = b"a database from elsewhere"
    manifest = backup.Manifest(
        vendor=vendor,
        loften_version="9.0.0",
        created_at="2026-12-01T03:00:00+00:00",
        migrations=migrations,
        sha256=hashlib.sha256(payload).hexdigest(),
        size=len(payload),
    )
    path.write_bytes(packed_file(manifest.as_json(), backup.PAYLOAD[vendor], payload))
    return path


def test_restore_refuses_a_backup_of_the_other_kind_of_database(tmp_path: Path) -> None:
    other = "postgresql" if connection.vendor == "sqlite" else "sqlite"
    copy = made_elsewhere(tmp_path / "other.tar", vendor=other, migrations=[])
    before = contents(raw())

    with pytest.raises(CommandError) as refused:
        call_command("restore", str(copy))

    names = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
    assert str(refused.value) == (
        f"The backup is of a {names[other]} database, the target is "
        f"{names[connection.vendor]}. A backup can only be restored into the same kind "
        "of database."
    )
    assert contents(raw()) == before


def test_an_old_pg_dump_is_refused_before_it_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tmp_path / "pg_dump"
    old.write_text("#!/bin/sh\necho 'pg_dump (PostgreSQL) 13.4'\n")
    old.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(backup, "PG_TOOL_DIRS", str(tmp_path / "none"))

    with pytest.raises(backup.BackupError) as refused:
        backup._pg_tool("pg_dump", at_least=15, need="A PostgreSQL 15 server")

    assert str(refused.value) == (
        f"A PostgreSQL 15 server needs pg_dump 15 or later; the newest found is 13 ({old}). "
        "Install postgresql-client-15 (or newer)."
    )


def test_restore_refuses_a_backup_made_by_a_newer_loften(tmp_path: Path) -> None:
    copy = made_elsewhere(
        tmp_path / "newer.tar",
        vendor=connection.vendor,
        migrations=["promises.0006_tenure", "promises.0099_future"],
    )
    before = contents(raw())

    with pytest.raises(CommandError) as refused:
        call_command("restore", str(copy))

    assert str(refused.value) == (
        "The backup was made by a newer Löften (9.0.0): this one does not know the "
        "migration promises.0099_future. Install that version or later."
    )
    assert contents(raw()) == before


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite replaces the whole file")
def test_restore_refuses_a_postgresql_database_with_tables_the_backup_lacks(
    tmp_path: Path,
) -> None:
    archive = tmp_path / "loften.tar"
    call_command("backup", "--output", str(archive))
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE promises_newer (id integer)")  # a newer Löften's migrate
    before = contents(raw())

    with pytest.raises(CommandError) as refused:
        call_command("restore", str(archive))

    assert str(refused.value) == (
        "The target database has tables the backup lacks (promises_newer), probably from a "
        "newer Löften. Restore into a new, empty database (createdb), then run loften migrate."
    )
    assert contents(raw()) == before
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE promises_newer")


@pytest.mark.skipif(connection.vendor != "sqlite", reason="pg_dump reads one snapshot itself")
def test_a_sqlite_backup_is_taken_while_the_site_writes_and_holds_only_what_was_committed(
    tmp_path: Path, data_dir: Path
) -> None:
    database = data_dir / "loften.sqlite3"
    database_url = f"sqlite:///{database}"
    site = sqlite3.connect(database, isolation_level=None)
    site.execute("INSERT INTO auth_group (name) VALUES ('sparad')")
    site.execute("BEGIN IMMEDIATE")  # the site is in the middle of a write
    site.execute("INSERT INTO auth_group (name) VALUES ('halvfärdig')")

    made = loften("backup", "--output", str(tmp_path / "loften.tar"), database_url=database_url)

    site.execute("COMMIT")
    site.close()
    assert made.returncode == 0, made.stderr
    with tarfile.open(tmp_path / "loften.tar") as packed:
        packed.extract("database.sqlite3", tmp_path / "unpacked", filter="data")
    copy = sqlite3.connect(tmp_path / "unpacked" / "database.sqlite3")
    assert copy.execute("SELECT name FROM auth_group").fetchall() == [("sparad",)]
    copy.close()


@pytest.fixture
def photographed(photo_folder: Path) -> Any:
    """A safety-walk finding with a photo, kept as a file on the old machine."""
    coordinator = member("Älvsbyns kommun", "coordinator", "samordnare")
    kommun = Municipality.objects.get(name="Älvsbyn")
    housing = Organisation.objects.create(name="Bostadsbolaget AB", kind=Organisation.Kind.OTHER)
    est_actor_add(municipality=kommun, organisation=housing, acting_user=coordinator)
    walk = walk_record(
        municipality=kommun, acting_user=coordinator,
        fields=WalkFields(housing, "Centrum", date(2026, 3, 2), "", {"boende": 4}),
    )  # fmt: skip
    image = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 120, 40)).save(image, "JPEG")
    return finding_add(
        walk=walk, acting_user=coordinator, photo=Photo("lampa.jpg", image.getvalue()),
        fields=FindingFields(
            FindingCategory.LIGHTING, "Trasig lampa", housing, address="Storgatan 1"
        ),
    )  # fmt: skip


def test_the_photos_of_findings_come_back_with_the_database(
    tmp_path: Path, target: tuple[str, str], photographed: Any
) -> None:
    archive = tmp_path / "loften.tar"
    call_command("backup", "--output", str(archive))
    new_machine = tmp_path / "new-machine"

    restored = loften(
        "restore", str(archive), database_url=target[0], LOFTEN_DATA_DIR=str(new_machine)
    )

    assert restored.returncode == 0, restored.stderr
    assert "Stored files restored: 1." in restored.stderr
    with photographed.photo.open("rb") as original:
        assert (new_machine / "photos" / photographed.photo.name).read_bytes() == original.read()


def test_a_damaged_photo_in_the_backup_is_refused_before_anything_is_written(
    tmp_path: Path, target: tuple[str, str], photographed: Any
) -> None:
    archive = tmp_path / "loften.tar"
    call_command("backup", "--output", str(archive))
    damaged = tmp_path / "damaged.tar"
    with tarfile.open(archive) as packed, tarfile.open(damaged, "w") as copy:
        for member in packed.getmembers():
            content = packed.extractfile(member).read()  # type: ignore[union-attr]
            if member.name.startswith("files/"):
                content = content[:-1] + bytes([content[-1] ^ 1])
            copy.addfile(member, io.BytesIO(content))
    new_machine = tmp_path / "new-machine"

    restored = loften(
        "restore", str(damaged), database_url=target[0], LOFTEN_DATA_DIR=str(new_machine)
    )

    assert restored.returncode == 1 and DAMAGED in restored.stderr
    assert not (new_machine / "photos").exists()


def test_a_photo_missing_from_its_storage_is_told_and_the_rest_backed_up(
    tmp_path: Path, photographed: Any
) -> None:
    photographed.photo.storage.delete(photographed.photo.name)
    archive = tmp_path / "loften.tar"
    told = io.StringIO()

    call_command("backup", "--output", str(archive), stderr=told)

    assert (
        f"Missing from the storage of walks.finding.photo, left out: {photographed.photo.name}."
        in (told.getvalue())
    )
    with tarfile.open(archive) as packed:
        assert packed.getnames() == ["manifest.json", backup.PAYLOAD[connection.vendor]]


def test_a_backup_with_files_of_a_field_this_loften_lacks_is_refused(
    tmp_path: Path, target: tuple[str, str]
) -> None:
    archive = tmp_path / "loften.tar"
    call_command("backup", "--output", str(archive))
    stranger = backup.StoredFile("gone.model.file", "a.txt", hashlib.sha256(b"a").hexdigest(), 1)
    newer = tmp_path / "newer.tar"
    with tarfile.open(archive) as packed, tarfile.open(newer, "w") as copy:
        for member in packed.getmembers():
            content = packed.extractfile(member).read()  # type: ignore[union-attr]
            if member.name == "manifest.json":
                manifest = json.loads(content)
                manifest["files"] = [stranger.__dict__]
                content = json.dumps(manifest).encode()
                member.size = len(content)
            copy.addfile(member, io.BytesIO(content))
        info = tarfile.TarInfo(stranger.member)
        info.size = 1
        copy.addfile(info, io.BytesIO(b"a"))

    restored = loften("restore", str(newer), database_url=target[0])

    assert restored.returncode == 1
    assert "holds files of gone.model.file, which this Löften does not have" in restored.stderr

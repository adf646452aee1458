"""Backing up the whole installation to one file, and restoring it into an empty database.

Almost everything Löften keeps is in its database: the registry, promise sets and
their parts, follow-up, users, the history, the tenure table and the search index,
and most files people sent: uploads waiting for the worker, source documents and
activity attachments are binary columns. Sessions, the cache and the job queue are
tables too. The files of file fields (the photos of safety-walk findings) live in a
Django storage instead, on disk or in a bucket; a backup reads every one the
database names, through the storage API. The data folder
(`LOFTEN_DATA_DIR`) holds besides only the SQLite file itself and the static files
`loften serve` collects again. So a backup is a tar file:

    manifest.json       format and its version, database vendor, Löften version,
                        creation time, the migrations applied, the payload's
                        SHA-256 and size, and each stored file's name, SHA-256 and size
    database.sqlite3    SQLite: a copy made with the online backup API (the tar is gzipped)
    database.pgdump     PostgreSQL: `pg_dump --format=custom` (compressed already)
    files/<field>/…     the stored files, under their field ("walks.finding.photo")

Both copies are consistent while the site runs: SQLite's backup API copies in
one step under a read lock, which in WAL mode does not hold up writers, and
pg_dump reads one snapshot. A restore checks the whole file (manifest, checksum,
the payload itself, every stored file) and the target (empty, same vendor) before it
changes anything, writes the stored files, and then replaces the database in one
transaction; when that fails, the files it wrote are removed again, so a refused or
failed restore leaves the target as it was.
"""

from __future__ import annotations

import glob
import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any

from django.apps import apps
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.files import File
from django.db import connection, models
from django.db.backends.postgresql.client import DatabaseClient
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

from loften.opendata.models import PublicationVersion
from loften.registry.models import (
    County,
    Municipality,
    Organisation,
    PoliceArea,
    PoliceAreaCoverage,
)

FORMAT = "loften-backup"
FORMAT_VERSION = 2  # 2: stored files; version 1 backups (no files) are read too
READABLE_VERSIONS = (1, 2)
MANIFEST = "manifest.json"
FILES = "files"
PAYLOAD = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}
VENDOR_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
# What `loften migrate` writes into a new database: a target holding only these is empty.
WRITTEN_BY_MIGRATE = (
    ContentType,
    Permission,
    PublicationVersion,
    County,
    Municipality,
    PoliceArea,
    PoliceAreaCoverage,
    Organisation,
)
PG_TOOL_DIRS = "/usr/lib/postgresql/*/bin"

Log = Callable[[str], None]


class BackupError(Exception):
    """A backup or restore that cannot be done; the message says why and what to do."""


@dataclass(frozen=True)
class StoredFile:
    """A file of a file field ("walks.finding.photo"), as kept in the field's storage."""

    field: str
    name: str
    sha256: str
    size: int

    @property
    def member(self) -> str:
        """Its path in the backup."""
        return f"{FILES}/{self.field}/{self.name}"


@dataclass(frozen=True)
class Manifest:
    vendor: str
    loften_version: str
    created_at: str
    migrations: list[str]
    sha256: str
    size: int
    pg_dump_major: int | None = None
    files: tuple[StoredFile, ...] = ()

    def as_json(self) -> bytes:
        fields = {"format": FORMAT, "format_version": FORMAT_VERSION, **self.__dict__}
        fields["payload"] = PAYLOAD[self.vendor]
        fields["files"] = [stored.__dict__ for stored in self.files]
        return json.dumps(fields, indent=2).encode()

    @classmethod
    def from_json(cls, raw: bytes) -> Manifest:
        fields = json.loads(raw)
        if fields.get("format") != FORMAT:
            raise ValueError("not a Löften backup")
        if fields.get("format_version") not in READABLE_VERSIONS:
            raise BackupError(
                f"The backup has format version {fields.get('format_version')}; this Löften "
                f"reads version {FORMAT_VERSION}. Restore it with the Löften that made it."
            )
        return cls(
            vendor=str(fields["vendor"]),
            loften_version=str(fields["loften_version"]),
            created_at=str(fields["created_at"]),
            migrations=[str(name) for name in fields["migrations"]],
            sha256=str(fields["sha256"]),
            size=int(fields["size"]),
            pg_dump_major=fields.get("pg_dump_major"),
            files=tuple(
                StoredFile(str(f["field"]), str(f["name"]), str(f["sha256"]), int(f["size"]))
                for f in fields.get("files", [])
            ),
        )


def backup_create(output: Path, *, log: Log) -> Manifest:
    """Write a backup of the configured database to `output` (replaced only when complete).

    The file is readable by its owner only; `created_at` is when the copy began.
    """
    vendor = _vendor()
    output = output.resolve()
    if not output.parent.is_dir():
        raise BackupError(f"The folder {output.parent} does not exist.")
    with tempfile.TemporaryDirectory(prefix=".loften-backup-", dir=output.parent) as work:
        payload = Path(work) / PAYLOAD[vendor]
        pg_dump_major = None
        started = datetime.now(UTC)
        if vendor == "sqlite":
            log("Copying the SQLite database with the online backup API.")
            _sqlite_copy(payload)
        else:
            pg_dump_major = _pg_dump(payload, log=log)
        log(f"Database copied: {_megabytes(payload.stat().st_size)}.")
        files = _files_copy(Path(work) / FILES, log=log)
        manifest = Manifest(
            vendor=vendor,
            loften_version=version("loften"),
            created_at=started.isoformat(timespec="seconds"),
            migrations=_applied_migrations(),
            sha256=_sha256(payload),
            size=payload.stat().st_size,
            pg_dump_major=pg_dump_major,
            files=files,
        )
        partial = Path(work) / "backup.partial"
        with tarfile.open(partial, "w:gz" if vendor == "sqlite" else "w") as archive:
            _add(archive, MANIFEST, manifest.as_json())
            archive.add(payload, arcname=PAYLOAD[vendor], recursive=False)
            for stored in files:
                archive.add(Path(work) / stored.member, arcname=stored.member, recursive=False)
        partial.chmod(0o600)  # password hashes and e-mail addresses: the owner's eyes only
        os.replace(partial, output)
    log(f"Backup written to {output} ({_megabytes(output.stat().st_size)}).")
    return manifest


def backup_restore(archive: Path, *, replace: bool, log: Log) -> Manifest:
    """Restore the backup in `archive` into the configured database.

    The target must hold no data (a new database, or one `loften migrate` has
    just made), unless `replace`. Nothing is changed when anything is amiss.
    Run `loften migrate` afterwards to bring a backup of an older Löften up to date.
    """
    vendor = _vendor()
    with _unpacked(archive, log=log) as (manifest, payload, unpacked_files):
        if manifest.vendor != vendor:
            raise BackupError(
                f"The backup is of a {VENDOR_NAMES[manifest.vendor]} "
                f"database, the target is {VENDOR_NAMES[vendor]}. A backup can only be "
                "restored into the same kind of database."
            )
        unknown = sorted(set(manifest.migrations) - _known_migrations())
        if unknown:
            raise BackupError(
                f"The backup was made by a newer Löften ({manifest.loften_version}): this one "
                f"does not know the migration {unknown[0]}. Install that version or later."
            )
        if vendor == "sqlite":
            _sqlite_check(payload)
            _sqlite_folder_create()
            _target_check(replace=replace)
        else:
            tables = _pg_check(payload, manifest)
            _target_check(replace=replace)
            _pg_target_tables_check(tables)
        written = _files_restore(manifest.files, unpacked_files, log=log)
        try:
            if vendor == "sqlite":
                log("Restoring the SQLite database.")
                _sqlite_restore(payload)
            else:
                log("Restoring the PostgreSQL database with pg_restore, in one transaction.")
                _pg_restore(payload, manifest)
        except BaseException:
            _files_remove(written)
            raise
    log(f"Restored the backup of {manifest.created_at} (Löften {manifest.loften_version}).")
    return manifest


def _vendor() -> str:
    vendor = connection.vendor
    if vendor not in PAYLOAD:
        raise BackupError(f"Backups are made of SQLite and PostgreSQL databases, not {vendor}.")
    return vendor


def _applied_migrations() -> list[str]:
    applied = MigrationRecorder(connection).applied_migrations()
    return sorted(f"{app}.{name}" for app, name in applied)


def _known_migrations() -> set[str]:
    return {f"{app}.{name}" for app, name in MigrationLoader(None).disk_migrations}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _add(archive: tarfile.TarFile, name: str, content: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(content)
    info.mtime = int(datetime.now(UTC).timestamp())
    archive.addfile(info, io.BytesIO(content))


@contextmanager
def _unpacked(archive: Path, *, log: Log) -> Iterator[tuple[Manifest, Path, Path]]:
    """The manifest, the database file and the folder of stored files of a backup, each
    file checked against the manifest."""
    damaged = (
        f"{archive} is not a Löften backup, or it is damaged or incomplete "
        "(make a new backup, or take an older one)."
    )
    if not archive.is_file():
        raise BackupError(f"{archive} does not exist or is not a file.")
    log(f"Checking {archive}.")
    with tempfile.TemporaryDirectory(prefix="loften-restore-") as work:
        try:
            with tarfile.open(archive, "r:*") as packed:
                manifest = Manifest.from_json(_read(packed, MANIFEST))
                payload = Path(work) / PAYLOAD[manifest.vendor]
                source = packed.extractfile(packed.getmember(PAYLOAD[manifest.vendor]))
                if source is None:
                    raise ValueError("the database is not a file")
                with source, payload.open("wb") as target:
                    shutil.copyfileobj(source, target, 1 << 20)
                for stored in manifest.files:
                    _extract(packed, stored.member, Path(work) / stored.member)
        except BackupError:
            raise
        except (tarfile.TarError, EOFError, OSError, zlib.error, ValueError, KeyError) as exc:
            raise BackupError(damaged) from exc
        if payload.stat().st_size != manifest.size or _sha256(payload) != manifest.sha256:
            raise BackupError(damaged)
        for stored in manifest.files:
            path = Path(work) / stored.member
            if path.stat().st_size != stored.size or _sha256(path) != stored.sha256:
                raise BackupError(damaged)
        log(
            f"Backup of {VENDOR_NAMES[manifest.vendor]}, made {manifest.created_at} by "
            f"Löften {manifest.loften_version}; checksum correct."
        )
        yield manifest, payload, Path(work) / FILES


def _read(packed: tarfile.TarFile, name: str) -> bytes:
    member = packed.extractfile(packed.getmember(name))
    if member is None:
        raise ValueError(f"{name} is not a file")
    with member:
        return member.read()


def _target_check(*, replace: bool) -> None:
    """Refuse a target that holds data, unless it is to be replaced."""
    holding = _tables_with_data()
    if holding and not replace:
        raise BackupError(
            f"The target database already holds data (in {', '.join(holding[:3])}"
            f"{' and more' if len(holding) > 3 else ''}). Restore into an empty database, "
            "or add --replace to overwrite everything in it."
        )


def _tables_with_data() -> list[str]:
    present = set(connection.introspection.table_names())
    skipped = {model._meta.db_table for model in WRITTEN_BY_MIGRATE}
    tables = sorted(
        {
            model._meta.db_table
            for model in apps.get_models(include_auto_created=True)
            if model._meta.managed  # the search words on SQLite follow the search entries
        }
        & (present - skipped)
    )
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        holding = []
        for table in tables:
            cursor.execute(f"SELECT 1 FROM {quote(table)} LIMIT 1")  # noqa: S608
            if cursor.fetchone():
                holding.append(table)
    return holding


# Stored files


def _extract(packed: tarfile.TarFile, member: str, path: Path) -> None:
    """Copy one member of the backup to `path`; a name that would leave the folder is refused."""
    if ".." in Path(member).parts or Path(member).is_absolute():
        raise ValueError(f"{member} leaves the backup's folder")
    source = packed.extractfile(packed.getmember(member))
    if source is None:
        raise ValueError(f"{member} is not a file")
    path.parent.mkdir(parents=True, exist_ok=True)
    with source, path.open("wb") as target:
        shutil.copyfileobj(source, target, 1 << 20)


def _file_fields() -> dict[str, models.FileField]:
    """Every file field of every model, by "app.model.field" ("walks.finding.photo")."""
    return {
        f"{model._meta.label_lower}.{field.name}": field
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if isinstance(field, models.FileField)
    }


def _stored_names() -> dict[str, set[str]]:
    """Per file field, the names of the files its rows name."""
    return {
        label: {
            name
            for name in field.model._default_manager.exclude(**{field.name: ""}).values_list(
                field.name, flat=True
            )
            if name
        }
        for label, field in _file_fields().items()
    }


def _files_copy(folder: Path, *, log: Log) -> tuple[StoredFile, ...]:
    """Copy every stored file the database names into `folder`/<field>/<name>.

    A file the database names but its storage lacks is told and left out: the
    backup of everything else is worth more than a refusal.
    """
    copied: list[StoredFile] = []
    fields = _file_fields()
    for label, names in sorted(_stored_names().items()):
        for name in sorted(names):
            path = folder / label / name
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                with fields[label].storage.open(name, "rb") as source, path.open("wb") as target:
                    shutil.copyfileobj(source, target, 1 << 20)
            except FileNotFoundError:
                log(f"Missing from the storage of {label}, left out: {name}.")
                continue
            copied.append(StoredFile(label, name, _sha256(path), path.stat().st_size))
    if copied:
        size = sum(stored.size for stored in copied)
        log(f"Stored files copied: {len(copied)} ({_megabytes(size)}).")
    return tuple(copied)


def _files_restore(files: tuple[StoredFile, ...], folder: Path, *, log: Log) -> list[StoredFile]:
    """Write the backup's stored files into their storages; the ones written are returned.

    A file already there with the same content is left alone; another one under
    the name is replaced (the target is empty, or to be replaced).
    """
    written: list[StoredFile] = []
    fields = _file_fields()
    unknown = sorted({stored.field for stored in files} - fields.keys())
    if unknown:
        raise BackupError(
            f"The backup holds files of {unknown[0]}, which this Löften does not have. "
            "Install the Löften that made the backup, or a later one."
        )
    try:
        for stored in files:
            storage = fields[stored.field].storage
            path = folder / stored.field / stored.name
            if storage.exists(stored.name):
                with storage.open(stored.name, "rb") as present:
                    if hashlib.sha256(present.read()).hexdigest() == stored.sha256:
                        continue
                storage.delete(stored.name)
            with path.open("rb") as content:
                saved = storage.save(stored.name, File(content))
            if saved != stored.name:
                storage.delete(saved)
                raise BackupError(
                    f"The storage of {stored.field} renamed {stored.name} to {saved}."
                )
            written.append(stored)
    except BaseException:
        _files_remove(written)
        raise
    if written:
        log(f"Stored files restored: {len(written)}.")
    return written


def _files_remove(written: list[StoredFile]) -> None:
    fields = _file_fields()
    for stored in written:
        fields[stored.field].storage.delete(stored.name)


# SQLite


def _sqlite_copy(payload: Path) -> None:
    connection.ensure_connection()
    target = sqlite3.connect(payload)
    try:
        connection.connection.backup(target)
    finally:
        target.close()


def _sqlite_check(payload: Path) -> None:
    try:
        database = sqlite3.connect(f"file:{payload}?mode=ro", uri=True)
        try:
            problems = database.execute("PRAGMA quick_check").fetchall()
            database.execute("SELECT 1 FROM django_migrations LIMIT 1")
        finally:
            database.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"The database in the backup cannot be read: {exc}.") from exc
    if problems != [("ok",)]:
        raise BackupError(f"The database in the backup is damaged: {problems[0][0]}.")


def _sqlite_folder_create() -> None:
    """A new machine may not have the data folder yet."""
    name = str(connection.settings_dict["NAME"])
    if not connection.creation.is_in_memory_db(name):  # type: ignore[attr-defined]
        Path(name).parent.mkdir(parents=True, exist_ok=True)


def _sqlite_restore(payload: Path) -> None:
    """Copy the backup over the target in one write transaction (all or nothing)."""
    connection.ensure_connection()
    source = sqlite3.connect(f"file:{payload}?mode=ro", uri=True)
    try:
        source.backup(connection.connection)
    except sqlite3.Error as exc:
        raise BackupError(f"Restoring failed, the database is as it was: {exc}.") from exc
    finally:
        source.close()
        connection.close()


# PostgreSQL


def _pg_env() -> dict[str, str]:
    """libpq's environment for the configured database: nothing on the command line for ps."""
    settings_dict: dict[str, Any] = connection.settings_dict
    _, secrets = DatabaseClient.settings_to_cmd_args_env(settings_dict, [])
    env = {**os.environ, **(secrets or {})}
    for variable, key in (
        ("PGHOST", "HOST"),
        ("PGPORT", "PORT"),
        ("PGUSER", "USER"),
        ("PGDATABASE", "NAME"),
    ):
        if settings_dict.get(key):
            env[variable] = str(settings_dict[key])
    return env


def _pg_tool(name: str, *, at_least: int, need: str) -> Path:
    """The newest `name` found on PATH or in Debian's versioned folders, if new enough."""
    found = {Path(path) for path in glob.glob(f"{PG_TOOL_DIRS}/{name}")}
    on_path = shutil.which(name)
    if on_path:
        found.add(Path(on_path))
    versions = {path: _tool_major(path) for path in found}
    if not versions:
        raise BackupError(
            f"{name} was not found on PATH or in {PG_TOOL_DIRS}: install the PostgreSQL "
            f"client tools, version {at_least} or later (apt-get install postgresql-client)."
        )
    tool, major = max(versions.items(), key=lambda item: item[1])
    if major < at_least:
        raise BackupError(
            f"{need} needs {name} {at_least} or later; the newest found is {major} ({tool}). "
            f"Install postgresql-client-{at_least} (or newer)."
        )
    return tool


def _tool_major(tool: Path) -> int:
    result = subprocess.run(  # noqa: S603
        [str(tool), "--version"], capture_output=True, text=True, check=False
    )
    match = re.search(r"\(PostgreSQL\) (\d+)", result.stdout)
    return int(match.group(1)) if match else 0


def _pg_run(command: list[str], *, what: str) -> str:
    result = subprocess.run(  # noqa: S603
        command, capture_output=True, text=True, env=_pg_env(), check=False
    )
    if result.returncode != 0:
        raise BackupError(f"{what} failed: {result.stderr.strip() or result.returncode}")
    return result.stdout


def _pg_dump(payload: Path, *, log: Log) -> int:
    connection.ensure_connection()
    server = connection.connection.info.server_version // 10000
    pg_dump = _pg_tool("pg_dump", at_least=server, need=f"A PostgreSQL {server} server")
    major = _tool_major(pg_dump)
    log(f"Dumping the PostgreSQL {server} database with {pg_dump} ({major}).")
    _pg_run(
        [str(pg_dump), "--format=custom", "--no-password", f"--file={payload}"],
        what="pg_dump",
    )
    return major


def _pg_restore_tool(manifest: Manifest) -> Path:
    made_by = manifest.pg_dump_major or 0
    return _pg_tool("pg_restore", at_least=made_by, need=f"A backup made by pg_dump {made_by}")


def _pg_check(payload: Path, manifest: Manifest) -> set[str]:
    """The tables in a readable dump; refuse one pg_restore cannot read."""
    result = subprocess.run(  # noqa: S603
        [str(_pg_restore_tool(manifest)), "--list", str(payload)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise BackupError(f"The database in the backup cannot be read: {result.stderr.strip()}")
    return set(re.findall(r"^\d+; \d+ \d+ TABLE \S+ (\S+) ", result.stdout, re.MULTILINE))


def _pg_target_tables_check(tables: set[str]) -> None:
    """pg_restore replaces the tables in the dump; others would be left behind, half-linked."""
    extra = sorted(set(connection.introspection.table_names()) - tables)
    if extra:
        raise BackupError(
            f"The target database has tables the backup lacks ({', '.join(extra[:3])}), "
            "probably from a newer Löften. Restore into a new, empty database "
            "(createdb), then run loften migrate."
        )


def _pg_restore(payload: Path, manifest: Manifest) -> None:
    name = str(connection.settings_dict["NAME"])
    connection.close()
    _pg_run(
        [
            str(_pg_restore_tool(manifest)),
            "--no-password",
            f"--dbname={name}",
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
            str(payload),
        ],
        what="pg_restore (in one transaction: the database is as it was)",
    )

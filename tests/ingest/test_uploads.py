"""Uploading documents in the back office: the request only queues, a worker reads them."""

import io
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from django.utils.datastructures import MultiValueDict
from django_tasks_db.models import DBTaskResult

from loften.accounts.models import Membership
from loften.ingest.models import SourceDocument, Upload
from loften.promises.models import PromiseSet
from loften.registry.models import Organisation

pytestmark = pytest.mark.django_db(transaction=True)

SEEDS = Path(__file__).resolve().parents[2] / "src" / "loften" / "ops" / "seeds"
ALVSBYN = SEEDS / "002_307e26fc5e31ffd9.txt"


def member(username: str, organisation: str, role: str = "coordinator") -> User:
    user = User.objects.create_user(username, password="pw")
    Membership.objects.create(
        user=user, organisation=Organisation.objects.get(name=organisation), role=role
    )
    return user


def upload(client: Client, *files: tuple[str, bytes], municipality: str = "2560") -> object:
    from loften.registry.models import Municipality

    return client.post(
        "/arbetsyta/inlasning/",
        {
            "municipality": Municipality.objects.get(code=municipality).pk,
            "documents": [SimpleUploadedFile(name, content) for name, content in files],
        },
    )


def work() -> None:
    call_command("worker", "--batch", "--no-startup-delay", verbosity=0)


def test_the_upload_page_needs_a_login(client: Client) -> None:
    response = client.get("/arbetsyta/inlasning/")
    assert response.status_code == 302
    assert response["Location"].startswith("/konto/logga-in/")


def test_an_upload_is_queued_then_read_by_a_worker_into_a_draft(client: Client) -> None:
    client.force_login(member("samordnare", "Älvsbyns kommun"))
    response = upload(client, ("lofte.txt", ALVSBYN.read_bytes()))
    assert response.status_code == 302
    queued = Upload.objects.get()
    assert queued.status == Upload.Status.WAITING
    assert PromiseSet.objects.count() == 0
    assert 'http-equiv="refresh"' in client.get("/arbetsyta/inlasning/").content.decode()

    work()

    queued.refresh_from_db()
    assert queued.status == Upload.Status.DONE
    assert queued.message == "1 utkast med 11 löften"
    assert queued.content in (b"", memoryview(b""))
    draft = queued.promise_sets.get()
    assert draft.status == PromiseSet.Status.DRAFT
    record = draft.history.get()  # type: ignore[attr-defined]
    assert (record.history_user, record.history_change_reason) == (
        None,
        "jobb loften.ingest.tasks.import_upload",
    )
    page = client.get("/arbetsyta/inlasning/").content.decode()
    assert "klar" in page
    assert 'http-equiv="refresh"' not in page


def test_a_file_with_hundreds_of_promises_is_refused_and_nothing_is_stored(
    client: Client,
) -> None:
    """No real promise document holds 200 promises; a draft of one could not be reviewed."""
    lines = ["Medborgarlöfte för Älvsbyns kommun 2024–2025", "", "Polisen och kommunen lovar att:"]
    lines += [f"• Polisen genomför trygghetsvandring nummer {n} i centrum." for n in range(200)]
    client.force_login(member("samordnare", "Älvsbyns kommun"))
    upload(client, ("allt.txt", "\n".join(lines).encode()))

    work()

    failed = Upload.objects.get()
    assert failed.status == Upload.Status.FAILED
    assert failed.message == (
        "I dokumentet hittades 200 stycken som liknar löften. Ett medborgarlöfte har sällan "
        "fler än några tiotal, och dokument med fler än 150 läses inte in. Ladda upp bara "
        "medborgarlöftet."
    )
    assert (PromiseSet.objects.count(), SourceDocument.objects.count()) == (0, 0)
    assert "stycken som liknar löften" in client.get("/arbetsyta/inlasning/").content.decode()


def test_the_importer_follows_the_operators_file_size_limit(client: Client, settings: Any) -> None:
    """A limit raised above the reader's default lets the file through to the importer too."""
    settings.MAX_UPLOAD_BYTES = 30 * 1024 * 1024
    settings.MAX_REQUEST_BYTES = 40 * 1024 * 1024
    client.force_login(member("samordnare", "Älvsbyns kommun"))
    padding = b" " * (21 * 1024 * 1024)
    upload(client, ("lofte.txt", ALVSBYN.read_bytes() + padding))

    work()

    done = Upload.objects.get()
    assert (done.status, done.message) == (Upload.Status.DONE, "1 utkast med 11 löften")


def test_many_large_files_in_one_request_are_refused_as_a_whole(
    client: Client, settings: Any
) -> None:
    """Each file is under its own limit; together they are more than one request may be."""
    settings.MAX_UPLOAD_BYTES = 2 * 1024 * 1024
    settings.MAX_REQUEST_BYTES = 5 * 1024 * 1024
    client.force_login(member("samordnare", "Älvsbyns kommun"))
    files = [(f"del-{n}.txt", b"x" * (1900 * 1024)) for n in range(4)]

    response = upload(client, *files)

    assert response.status_code == 413
    page = response.content.decode()
    assert "Det du skickade är 7,4 MB. Högst 5 MB kan skickas åt gången." in page
    assert '<html lang="sv">' in page
    assert Upload.objects.count() == 0


def test_the_form_adds_up_the_files_when_the_request_does_not_say_its_size(
    settings: Any,
) -> None:
    from loften.ingest.forms import UploadForm
    from loften.registry.models import Municipality

    settings.MAX_UPLOAD_BYTES = 2 * 1024 * 1024
    settings.MAX_REQUEST_BYTES = 5 * 1024 * 1024
    files = [SimpleUploadedFile(f"del-{n}.txt", b"x" * (1900 * 1024)) for n in range(4)]
    form = UploadForm(
        {"municipality": Municipality.objects.get(code="2560").pk},
        MultiValueDict({"documents": files}),
        municipalities=Municipality.objects.all(),
    )
    assert not form.is_valid()
    assert form.errors["documents"] == [
        "Filerna är tillsammans 7,4 MB. Högst 5 MB kan laddas upp åt gången; "
        "ladda upp dem i flera omgångar."
    ]


def test_several_files_at_once_each_get_their_own_result(client: Client) -> None:
    client.force_login(member("samordnare", "Älvsbyns kommun"))
    upload(client, ("lofte.txt", ALVSBYN.read_bytes()), ("trasig.pdf", b"%PDF-1.4 trasig"))
    work()
    results = dict(Upload.objects.values_list("filename", "status"))
    assert results == {"lofte.txt": "done", "trasig.pdf": "failed"}
    failed = Upload.objects.get(filename="trasig.pdf")
    assert failed.message
    assert SourceDocument.objects.count() == 1


def test_the_page_shows_how_far_a_batch_has_come(client: Client) -> None:
    client.force_login(member("samordnare", "Älvsbyns kommun"))
    upload(client, ("a.txt", b"Polisen lovar att patrullera."), ("b.txt", b"Kommunen lovar."))
    assert "0 av 2 filer inlästa" in client.get("/arbetsyta/inlasning/").content.decode()
    Upload.objects.filter(filename="a.txt").update(
        status=Upload.Status.DONE, finished_at=timezone.now()
    )
    page = client.get("/arbetsyta/inlasning/").content.decode()
    assert "1 av 2 filer inlästa" in page
    assert '<progress id="batch-progress" value="1" max="2">' in page
    work()
    assert "filer inlästa" not in client.get("/arbetsyta/inlasning/").content.decode()


def test_the_same_file_twice_is_reported_not_duplicated(client: Client) -> None:
    client.force_login(member("samordnare", "Älvsbyns kommun"))
    upload(client, ("lofte.txt", ALVSBYN.read_bytes()))
    work()
    upload(client, ("igen.txt", ALVSBYN.read_bytes()))
    work()
    assert Upload.objects.get(filename="igen.txt").status == Upload.Status.DUPLICATE
    assert PromiseSet.objects.count() == 1


def test_a_police_area_uploads_for_the_kommuner_it_covers_only(client: Client) -> None:
    client.force_login(member("kommunpolis", "Lokalpolisområde Piteå älvdal", "editor"))
    page = client.get("/arbetsyta/inlasning/").content.decode()
    assert "Älvsbyn" in page
    assert "Umeå" not in page
    response = upload(client, ("lofte.txt", ALVSBYN.read_bytes()), municipality="2480")
    assert response.status_code == 400
    assert Upload.objects.count() == 0


def test_an_empty_file_is_refused_with_a_message(client: Client) -> None:
    client.force_login(member("samordnare", "Älvsbyns kommun"))
    response = upload(client, ("tom.txt", b""))
    assert response.status_code == 400
    assert "Den skickade filen är tom." in response.content.decode()
    assert Upload.objects.count() == 0


def test_a_viewer_cannot_upload(client: Client) -> None:
    client.force_login(member("läsare", "Älvsbyns kommun", "viewer"))
    assert "hör inte till någon kommun" in client.get("/arbetsyta/inlasning/").content.decode()
    assert upload(client, ("lofte.txt", ALVSBYN.read_bytes())).status_code == 400


def test_the_login_page_speaks_swedish(client: Client) -> None:
    member("samordnare", "Älvsbyns kommun")
    response = client.post("/konto/logga-in/", {"username": "samordnare", "password": "fel"})
    assert "Fel användarnamn eller lösenord" in response.content.decode()
    response = client.post("/konto/logga-in/", {"username": "samordnare", "password": "pw"})
    assert response["Location"] == "/arbetsyta/"


def png() -> bytes:
    """A real one-pixel PNG, as Pillow writes it."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (1, 1), "white").save(buffer, format="PNG")
    return buffer.getvalue()


def test_a_picture_is_refused_before_it_is_queued(client: Client) -> None:
    client.force_login(member("samordnare", "Älvsbyns kommun"))
    response = upload(client, ("lofte.txt", ALVSBYN.read_bytes()), ("karta.png", png()))
    assert response.status_code == 400
    page = response.content.decode()
    assert "karta.png kan inte läsas in. Filen innehåller binärdata" in page
    assert "Ladda upp en PDF, ett Word-dokument (.docx)" in page
    assert Upload.objects.count() == 0
    assert not DBTaskResult.objects.exists()
    assert 'accept=".pdf,.docx,.html,.htm,.txt"' in page


def test_a_file_read_before_links_to_the_draft_it_made(client: Client) -> None:
    client.force_login(member("samordnare", "Älvsbyns kommun"))
    upload(client, ("lofte.txt", ALVSBYN.read_bytes()))
    work()
    upload(client, ("igen.txt", ALVSBYN.read_bytes()))
    work()
    draft = PromiseSet.objects.get()

    page = client.get("/arbetsyta/inlasning/").content.decode()

    again = page[page.index("<td>igen.txt</td>") : page.index("</tr>", page.index("igen.txt"))]
    assert again.count("redan inläst") == 1
    assert f'<a href="/arbetsyta/inlasning/utkast/{draft.pk}/">Granska {draft.title}</a>' in again


def test_a_file_read_before_by_another_kommun_links_nothing(client: Client) -> None:
    client.force_login(member("samordnare", "Älvsbyns kommun"))
    upload(client, ("lofte.txt", ALVSBYN.read_bytes()))
    work()
    client.force_login(member("umea", "Umeå kommun"))
    upload(client, ("igen.txt", ALVSBYN.read_bytes()), municipality="2480")
    work()

    page = client.get("/arbetsyta/inlasning/").content.decode()

    assert "redan inläst" in page
    assert "Granska" not in page
    assert "/arbetsyta/inlasning/utkast/" not in page

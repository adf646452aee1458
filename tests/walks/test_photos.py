"""Photos: only real images, no bigger than allowed, stored without where or with what
camera they were taken."""

from io import BytesIO

import pytest
from django.contrib.auth.models import User
from PIL import Image

from loften.registry.models import Organisation
from loften.walks.models import Walk
from loften.walks.photos import MAX_BYTES, PhotoError, clean_photo
from loften.walks.services import WalkError
from tests.walks.conftest import add_finding, jpeg, photo

pytestmark = pytest.mark.django_db


def test_gps_and_camera_metadata_are_stripped_before_storage(
    walk: Walk, editor: User, energy: Organisation
) -> None:
    original = jpeg(gps=True)
    assert Image.open(BytesIO(original)).getexif().get_ifd(0x8825)  # the test file has GPS
    finding = add_finding(walk, editor, energy, photo=photo(original))
    with finding.photo.open("rb") as stored:
        image = Image.open(BytesIO(stored.read()))
        assert image.format == "JPEG"
        assert not image.getexif()
        assert "exif" not in image.info
    assert not finding.photo.name.endswith("bild.jpg")


def test_a_file_that_is_not_an_image_is_refused() -> None:
    with pytest.raises(PhotoError, match="inte en bild"):
        clean_photo("bild.jpg", b"%PDF-1.7 det har ar ingen bild")


def test_an_image_named_as_another_format_is_refused() -> None:
    out = BytesIO()
    Image.new("RGB", (10, 10)).save(out, "PNG")
    with pytest.raises(PhotoError, match="inte den bild filnamnet säger"):
        clean_photo("bild.jpg", out.getvalue())


def test_a_wrong_extension_is_refused() -> None:
    with pytest.raises(PhotoError, match="JPEG- eller PNG"):
        clean_photo("bild.gif", jpeg())


def test_a_huge_file_is_refused_and_the_finding_not_stored(
    walk: Walk, editor: User, energy: Organisation
) -> None:
    with pytest.raises(WalkError, match="högst 10 MB"):
        add_finding(walk, editor, energy, photo=photo(b"\xff" * (MAX_BYTES + 1)))
    assert not walk.findings.exists()


def test_a_png_stays_a_png() -> None:
    out = BytesIO()
    Image.new("RGBA", (10, 10)).save(out, "PNG")
    cleaned = clean_photo("karta.PNG", out.getvalue())
    assert cleaned.name == "foto.png"
    assert Image.open(BytesIO(cleaned.read())).format == "PNG"

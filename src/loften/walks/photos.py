"""Photos of findings: checked to be the image they claim, re-encoded without metadata.

A photo is opened and verified with Pillow, opened again and saved anew as JPEG or PNG
with no EXIF (so no GPS position, camera or time taken) and no other metadata.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import PurePath

from django.core.files.base import ContentFile
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000
# The file name's extension, and the formats a file with it may be.
FORMATS = {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG"}


class PhotoError(ValueError):
    """The photo is refused; the message says why, in Swedish."""


def clean_photo(name: str, data: bytes) -> ContentFile[bytes]:
    """The photo re-encoded without metadata, named `foto.jpg` or `foto.png`."""
    extension = PurePath(name).suffix.lower()
    if extension not in FORMATS:
        raise PhotoError("Bara foton i JPEG- eller PNG-format går att ladda upp.")
    if len(data) > MAX_BYTES:
        raise PhotoError(
            f"Fotot är {len(data) / 1024 / 1024:.1f} MB; högst {MAX_BYTES // 1024 // 1024} MB går."
        )
    try:
        with Image.open(BytesIO(data)) as probe:
            probe.verify()
            claimed = probe.format
        if claimed != FORMATS[extension]:
            raise PhotoError("Filen är inte den bild filnamnet säger. Välj ett riktigt foto.")
        with Image.open(BytesIO(data)) as image:
            if image.width * image.height > MAX_PIXELS:
                raise PhotoError("Fotot är för stort (för många bildpunkter). Välj en mindre bild.")
            upright = ImageOps.exif_transpose(image)
            out = BytesIO()
            if claimed == "JPEG":
                upright.convert("RGB").save(out, "JPEG", quality=85)
            else:
                upright.save(out, "PNG")
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError) as exc:
        raise PhotoError("Filen är inte en bild som går att läsa. Välj ett riktigt foto.") from exc
    return ContentFile(out.getvalue(), name="foto.jpg" if claimed == "JPEG" else "foto.png")

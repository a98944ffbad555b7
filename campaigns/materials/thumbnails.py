"""Preview images for the catalogue: a PDF's first page, or a smaller copy of an image.

Visitors choose a leaflet by its look before downloading several megabytes; a WebP of at most
600 pixels across is a few tens of kilobytes. Videos get none (their poster frame would need a
video decoder on the server).
"""

import io
import logging

import pypdfium2 as pdfium
from PIL import Image, ImageOps

from .validation import PDFIUM_LOCK

logger = logging.getLogger(__name__)

THUMBNAIL_WIDTH = 600
# A tall roll-up banner still gets a preview that fits a card.
THUMBNAIL_MAX_HEIGHT = 1200
THUMBNAIL_FORMAT = "WEBP"
THUMBNAIL_EXTENSION = ".webp"


def _pdf_first_page(data):
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(data)
        try:
            page = document[0]
            width, height = page.get_size()
            scale = min(THUMBNAIL_WIDTH / width, THUMBNAIL_MAX_HEIGHT / height)
            bitmap = page.render(scale=scale)
            image = bitmap.to_pil().copy()
            page.close()
        finally:
            document.close()
    return image


def _image_copy(file):
    file.seek(0)
    with Image.open(file) as image:
        # JPEG decodes at a fraction of its size when asked; the others ignore this.
        image.draft("RGB", (THUMBNAIL_WIDTH * 2, THUMBNAIL_MAX_HEIGHT * 2))
        image = ImageOps.exif_transpose(image)
        image.load()
        return image.copy()


def render_thumbnail(file, kind):
    """The WebP bytes of `file`'s preview, or None for a video or an image that fails to decode.

    `file` has passed validation.inspect_upload, so it is a PDF or image of allowed size.
    """
    try:
        if kind == "pdf":
            file.seek(0)
            image = _pdf_first_page(file.read())
        elif kind == "image":
            image = _image_copy(file)
        else:
            return None
        if image.mode not in ("RGB", "RGBA"):
            image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
        image.thumbnail((THUMBNAIL_WIDTH, THUMBNAIL_MAX_HEIGHT), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        image.save(out, THUMBNAIL_FORMAT, quality=80, method=4)
        return out.getvalue()
    except Exception:  # A preview is a convenience: the upload itself has been checked.
        logger.warning("No thumbnail for %s", getattr(file, "name", file), exc_info=True)
        return None
    finally:
        file.seek(0)

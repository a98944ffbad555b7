"""Print-ready QR images of a short link, drawn with segno."""

import io

import segno
from PIL import Image

# Error correction M survives a crease or a smudge (15 % of the code) while keeping the code
# small; it is not boosted, so every code of the same link is the same.
ERROR_CORRECTION = "m"
# The quiet zone the QR standard asks for around the code, in modules.
QUIET_ZONE = 4
PNG_SIZE = 1200
PNG_DPI = 300


def make(url):
    return segno.make(url, error=ERROR_CORRECTION, boost_error=False, micro=False)


def png_bytes(url):
    """A square PNG of exactly PNG_SIZE pixels, black on white, with at least the quiet zone.

    Modules are whole pixels (no blurry scaling); what the integer scale leaves over widens the
    white margin.
    """
    code = make(url)
    modules = code.symbol_size(scale=1, border=QUIET_ZONE)[0]
    drawn = io.BytesIO()
    code.save(drawn, kind="png", scale=PNG_SIZE // modules, border=QUIET_ZONE, light="#fff")
    drawn.seek(0)
    with Image.open(drawn) as image:
        canvas = Image.new("1", (PNG_SIZE, PNG_SIZE), 1)
        offset = (PNG_SIZE - image.width) // 2
        canvas.paste(image.convert("1"), (offset, offset))
    out = io.BytesIO()
    canvas.save(out, format="PNG", dpi=(PNG_DPI, PNG_DPI), optimize=True)
    return out.getvalue()


def svg_bytes(url):
    """A vector QR with only a viewBox, so it takes whatever size the layout gives it."""
    out = io.BytesIO()
    make(url).save(
        out,
        kind="svg",
        border=QUIET_ZONE,
        light="#fff",
        omitsize=True,
        xmldecl=True,
        title=url,
    )
    return out.getvalue()

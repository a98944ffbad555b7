"""Build the demo materials' files in `campaigns/demo/files/` from `materials_content.py`.

    .venv/bin/python campaigns/demo/build_demo_files.py            # every file
    .venv/bin/python campaigns/demo/build_demo_files.py telverde-card   # one material

Each material is printed once per language to `files/<key>-<language>.pdf`; the social graphic
becomes `files/<key>-<language>.png` (1080 by 1080 px). The files are committed, so `make run` and
the tests need neither this script nor Chromium; run it again after changing the texts, and the
demo loader replaces exactly the files whose SHA-256 changed.

How, and why this way:

- Debian's Chromium (`apt-get install chromium`) prints an HTML page headless. Its HarfBuzz
  shaping is what Devanagari conjuncts, Bengali and Sinhala vowel signs and Nastaliq's joined,
  stacked Urdu need; PDF libraries such as reportlab draw one glyph per character and cannot.
- The fonts are the site's own subset WOFF2 files (`site/static/fonts/`), declared by file://
  URL from the rules of `site/static/css/fonts.css`, so the PDFs use exactly the site's faces and
  embed only the glyphs they use (a file is 12-120 KB; there are no images).
- The page is the trim size plus the bleed on each side (`@page { size: ...; margin: 0 }`);
  backgrounds run into the bleed. Chromium rounds a page size to 1/100 inch, so the page is
  printed half a millimetre larger and then cropped with pypdfium2 to the exact size, with a
  TrimBox (the finished size) and a BleedBox, as a print shop expects.
- Urdu pages are `dir="rtl"`; numbers such as 0800 800 678 are isolated left-to-right, or the
  bidirectional algorithm would print their groups in reverse order.
- Each PDF is checked after printing: it opens, has exactly one page (more means the text
  overflowed its format) and has the declared size. The dates and the file ID are fixed, so an
  unchanged text gives a byte-identical file.
"""

import argparse
import concurrent.futures
import hashlib
import html
import io
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image

try:
    from campaigns.demo import materials_content as content
except ImportError:  # run as a file from a checkout without the project installed
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from campaigns.demo import materials_content as content

ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = Path(__file__).resolve().parent / "files"
FONTS_DIR = ROOT / "site" / "static" / "fonts"
FONTS_CSS = ROOT / "site" / "static" / "css" / "fonts.css"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_SECONDS = 90
WORKERS = 4

RTL_LANGUAGES = {"ar", "ur"}
# Scripts the site ships in one weight: bold would be synthesised by smearing the outlines, so
# headings use colour and size instead.
SINGLE_WEIGHT_LANGUAGES = {"ne", "hi", "bn", "si", "ur", "ar"}

MM_PER_POINT = 25.4 / 72
# Printed this much larger than the page, then cropped exactly (Chromium's 1/100 inch rounding).
OVERSIZE_MM = 0.5
# The fixed date written into every PDF, as long as Chromium's own so no offset moves.
FIXED_PDF_DATE = b"D:20260101000000+00'00'"
SIZE_TOLERANCE_MM = 0.05

# Per print format: base font size (pt) and the margin inside the trim line (mm).
FORMAT_STYLES = {
    "A3": (17, 18),
    "A4": (10.4, 14),
    "A5": (8.1, 8),
    "DL": (9.0, 7),
    "A6": (7.4, 6),
    "card": (6.6, 4),
}

CSS = """
@page { size: %(page_w).2fmm %(page_h).2fmm; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-size: %(base)spt; line-height: 1.38; color: #1d2430; }
.page {
  position: relative; display: flex; flex-direction: column;
  width: %(sheet_w).2fmm; height: %(sheet_h).2fmm; background: #ffffff;
}
.band {
  background: #0b3d62; color: #ffffff;
  padding: %(top).2fmm %(side).2fmm %(gap).2fmm;
  border-bottom: 1.6mm solid #ffd23f;
}
.kicker { margin: 0 0 0.5em; font-size: 0.95em; color: #ffd23f; letter-spacing: 0.01em; }
h1 { margin: 0; font-size: 2.05em; line-height: 1.15; font-weight: 700; }
.content { flex: 1; padding: %(gap).2fmm %(side).2fmm 0; }
.meta { display: grid; grid-template-columns: auto 1fr; gap: 0.2em 1.2em; margin: 0 0 0.9em;
  padding: 0.6em 0.9em; background: #f2f5f8; border-radius: 1.5mm; }
.meta dt { font-weight: 700; color: #0b3d62; }
.meta dd { margin: 0; }
.lead { margin: 0 0 0.9em; font-size: 1.12em; line-height: 1.35; }
section { margin: 0 0 0.8em; }
h2 { margin: 0 0 0.4em; font-size: 1.2em; line-height: 1.2; color: #0b3d62; font-weight: 700; }
ul, ol { list-style: none; margin: 0; padding: 0; }
li { position: relative; padding-inline-start: 1.3em; margin: 0 0 0.35em; }
ul li::before {
  content: ""; position: absolute; inset-inline-start: 0.1em; top: 0.42em;
  width: 0.55em; height: 0.55em; border-radius: 50%%; background: #ffd23f;
  border: 0.08em solid #0b3d62;
}
ol { counter-reset: step; }
ol li { counter-increment: step; padding-inline-start: 1.9em; }
ol li::before {
  content: counter(step); position: absolute; inset-inline-start: 0; top: 0.05em;
  width: 1.4em; height: 1.4em; border-radius: 50%%; background: #0b3d62; color: #ffffff;
  font-size: 0.9em; font-weight: 700; line-height: 1.4em; text-align: center;
}
li strong { display: block; color: #0b3d62; }
.note { margin: 0 0 0.8em; padding: 0.5em 0.8em; background: #fff4d6; border-radius: 1.5mm;
  border-inline-start: 1mm solid #ffd23f; }
.hotline { margin: 0 %(side).2fmm; padding: 0.7em 1em; background: #072a44; color: #ffffff;
  border-radius: 2mm; }
.hotline .number { margin: 0 0 0.2em; font-size: 1.55em; font-weight: 700; color: #ffd23f;
  line-height: 1.2; }
.hotline p { margin: 0; }
.emergency { margin: 0.6em %(side).2fmm 0; font-weight: 700; color: #a4161a; }
footer { margin: 0.7em %(side).2fmm 0; padding: 0.45em 0 %(bottom).2fmm;
  border-top: 0.25mm solid #c9d2dc; font-size: 0.72em; color: #4a5565;
  display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.2em 1em; }
footer .version { white-space: nowrap; }
.form { margin: 0 0 0.8em; padding: 0.6em 0.9em; border: 0.3mm solid #0b3d62;
  border-radius: 1.5mm; }
.form h2 { font-size: 1em; }
.form p { display: flex; gap: 0.6em; margin: 0.5em 0 0; }
.form p span:last-child { flex: 1; border-bottom: 0.25mm solid #4a5565; }
.tel { white-space: nowrap; direction: ltr; unicode-bidi: isolate; }

/* Wallet card: the number is the message. */
.card .band { padding-bottom: 1.2mm; border-bottom-width: 0.8mm; }
.card .kicker { margin: 0; font-size: 1em; color: #ffffff; }
.card h1 { display: none; }
.card .content { display: flex; flex-direction: column; justify-content: center;
  padding-top: 1mm; }
.card .big { margin: 0; font-size: 3.4em; font-weight: 700; color: #0b3d62; line-height: 1.1;
  white-space: nowrap; }
.card .lead { margin: 0.2em 0 0; font-size: 1em; }
.card .emergency { margin-top: 0; }
.card footer { margin-top: 0.4em; padding-top: 0.3em; font-size: 0.78em; }

/* Posters: one idea per line, read from a distance. */
.poster h1 { font-size: 2.5em; }
.poster section ul, .poster section ol { columns: 1; }

/* Social graphic (pixels, not print). */
.social body, body.social { font-size: %(base)spx; }
.social .page { width: 1080px; height: 1080px; }
.social .band { padding: 64px 72px 40px; border-bottom-width: 14px; }
.social .content { padding: 40px 72px 0; }
.social h1 { font-size: 2.3em; }
.social .hotline { margin: 0 72px; }
.social .emergency { margin: 18px 72px 0; }
.social footer { margin: 20px 72px 0; padding-bottom: 44px; }

/* Single-weight scripts: no smeared bold. */
.single-weight h1, .single-weight h2, .single-weight strong, .single-weight dt,
.single-weight .number, .single-weight .emergency, .single-weight .big { font-weight: 400; }
/* Nastaliq descends and stacks: it needs about twice its size in line height (fonts.css), so
   it is set a little smaller to keep the page's length. */
[lang="ur"] body { font-size: %(base_ur)spt; }
[lang="ur"] * { line-height: 1.9; }
[lang="ur"] h1, [lang="ur"] h2, [lang="ur"] .hotline .number { line-height: 1.7; }
[lang="ur"] .tel, [lang="ur"] bdi { line-height: 1; }

/* Leaflets and posters spread their sections over the page; a lesson plan reads top down. */
.leaflet .content, .poster .content { display: flex; flex-direction: column;
  justify-content: space-between; padding-bottom: %(gap).2fmm; }
"""


def font_faces():
    """The site's @font-face rules and per-language stacks, with the fonts' file:// URLs."""
    css = FONTS_CSS.read_text(encoding="utf-8")
    css = css.replace('url("../fonts/', f'url("{FONTS_DIR.as_uri()}/')
    # A print waits for nothing: have text wait for its face rather than print a fallback.
    return css.replace("font-display: swap;", "font-display: block;")


def _inline(text, rtl):
    """Escape `text`; keep the phone number whole and, in right-to-left text, in its order."""
    escaped = html.escape(text, quote=False)
    escaped = re.sub(r"0800 800 678", r'<span class="tel">\g<0></span>', escaped)
    if rtl:
        # A run of digits and spaces outside the number (none today) still reads left to right.
        escaped = re.sub(r"(?<![\d>])(\d+(?: \d+)+)(?![\d<])", r"<bdi>\1</bdi>", escaped)
    return escaped


def _section(section, rtl):
    tag = "ol" if section.get("numbered") else "ul"
    items = []
    for item in section["items"]:
        if isinstance(item, dict):
            items.append(
                f"<li><strong>{_inline(item['title'], rtl)}</strong>{_inline(item['text'], rtl)}"
                "</li>"
            )
        else:
            items.append(f"<li>{_inline(item, rtl)}</li>")
    return (
        f"<section><h2>{_inline(section['heading'], rtl)}</h2>"
        f"<{tag}>{''.join(items)}</{tag}></section>"
    )


def page_html(material, language, *, social=False):
    """The HTML page for one file: its text in `language`, laid out for the material's format."""
    text = material["files"][language]
    rtl = language in RTL_LANGUAGES
    spec = material["print"]
    print_format = spec["format"]
    if social:
        base, margin = 30, 0
        page_w = page_h = sheet_w = sheet_h = 0
        bleed = 0
    else:
        base, margin = FORMAT_STYLES[print_format]
        bleed = spec["bleed_mm"]
        sheet_w = spec["width_mm"] + 2 * bleed
        sheet_h = spec["height_mm"] + 2 * bleed
        page_w, page_h = sheet_w + OVERSIZE_MM, sheet_h + OVERSIZE_MM
    css = CSS % {
        "page_w": page_w,
        "page_h": page_h,
        "sheet_w": sheet_w,
        "sheet_h": sheet_h,
        "base": base,
        "base_ur": round(base * 0.92, 2),
        "top": bleed + margin,
        "side": bleed + margin,
        "bottom": bleed + margin * 0.6,
        "gap": margin * 0.7,
    }
    classes = ["social" if social else material["type"].replace("_", "-")]
    if print_format == "card":
        classes.append("card")
    if material["type"] == "poster":
        classes.append("poster")
    if language in SINGLE_WEIGHT_LANGUAGES:
        classes.append("single-weight")

    parts = [
        '<div class="page"><header class="band">',
        f'<p class="kicker">{_inline(text["kicker"], rtl)}</p>',
        f"<h1>{_inline(text['heading'], rtl)}</h1>",
        '</header><div class="content">',
    ]
    if print_format == "card":
        parts.append(f'<p class="big"><span class="tel">{html.escape(text["heading"])}</span></p>')
    if text.get("meta"):
        rows = "".join(
            f"<dt>{_inline(label, rtl)}</dt><dd>{_inline(value, rtl)}</dd>"
            for label, value in text["meta"]
        )
        parts.append(f'<dl class="meta">{rows}</dl>')
    if text.get("lead"):
        parts.append(f'<p class="lead">{_inline(text["lead"], rtl)}</p>')
    parts.extend(_section(section, rtl) for section in text.get("sections", ()))
    if text.get("note"):
        parts.append(f'<p class="note">{_inline(text["note"], rtl)}</p>')
    if text.get("form"):
        fields = "".join(
            f"<p><span>{_inline(field, rtl)}</span><span></span></p>"
            for field in text["form"]["fields"]
        )
        parts.append(
            f'<div class="form"><h2>{_inline(text["form"]["heading"], rtl)}</h2>{fields}</div>'
        )
    parts.append("</div>")
    if text.get("hotline"):
        parts.append(
            f'<aside class="hotline"><p class="number">{_inline(text["hotline"]["title"], rtl)}'
            f"</p><p>{_inline(text['hotline']['text'], rtl)}</p></aside>"
        )
    parts.append(f'<p class="emergency">{_inline(text["emergency"], rtl)}</p>')
    # Who speaks, and (on print) which edition: posts order and report by key and version.
    agency = "ANITP" if print_format == "card" else _inline(content.AGENCY[language], rtl)
    version = "" if social else f"{material['key']} · v{material['version']}"
    parts.append(
        f"<footer><span>{agency} · {content.WEBSITE}</span>"
        f'<span class="version" dir="ltr">{version}</span></footer></div>'
    )
    return (
        f'<!doctype html><html lang="{language}" dir="{"rtl" if rtl else "ltr"}" '
        f'class="{" ".join(classes)}"><head><meta charset="utf-8">'
        f"<title>{html.escape(material['title'].get(language) or material['title']['ro'])}"
        f"</title><style>{font_faces()}{css}</style></head>"
        f"<body>{''.join(parts)}</body></html>"
    )


def _chromium(args, workdir):
    command = [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={workdir / 'profile'}", *args]
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"chromium failed ({result.returncode}): {result.stderr[-2000:]}")


def _reproducible(data):
    """Fix what changes from run to run (dates, file ID), keeping every byte offset.

    An unchanged text then gives a byte-identical file, so the demo loader, which replaces a
    file only when its SHA-256 changed, leaves it alone.
    """

    def fixed_date(match):
        if len(match.group(2)) != len(FIXED_PDF_DATE):
            return match.group(0)
        return match.group(1) + FIXED_PDF_DATE + b")"

    data = re.sub(rb"(/(?:CreationDate|ModDate) ?\()(D:[^)]*)\)", fixed_date, data)
    ids = re.compile(rb"(/ID ?\[ ?<)([0-9A-Fa-f]{32})(> ?<)([0-9A-Fa-f]{32})(>)")
    digest = hashlib.md5(ids.sub(rb"\1\3\5", data), usedforsecurity=False).hexdigest().upper()
    return ids.sub(
        lambda m: m.group(1) + digest.encode() + m.group(3) + digest.encode() + m.group(5), data
    )


def _crop_to_size(pdf_path, spec, name):
    """Set the page to the exact trim + bleed size, with TrimBox and BleedBox; save in place."""
    bleed_pt = spec["bleed_mm"] / MM_PER_POINT
    width_pt = (spec["width_mm"] + 2 * spec["bleed_mm"]) / MM_PER_POINT
    height_pt = (spec["height_mm"] + 2 * spec["bleed_mm"]) / MM_PER_POINT
    document = pdfium.PdfDocument(pdf_path.read_bytes())
    try:
        if len(document) != 1:
            raise RuntimeError(f"{name}: {len(document)} pages; the text does not fit one page")
        page = document[0]
        printed_w, printed_h = page.get_size()
        if printed_w < width_pt or printed_h < height_pt:
            raise RuntimeError(f"{name}: printed smaller than the page")
        # PDF space starts bottom left; Chromium lays out from the top left, so keep the top.
        bottom = printed_h - height_pt
        box = (0, bottom, width_pt, printed_h)
        page.set_mediabox(*box)
        page.set_cropbox(*box)
        page.set_bleedbox(*box)
        page.set_trimbox(bleed_pt, bottom + bleed_pt, width_pt - bleed_pt, printed_h - bleed_pt)
        buffer = io.BytesIO()
        document.save(buffer)
    finally:
        document.close()
    pdf_path.write_bytes(_reproducible(buffer.getvalue()))


def check_pdf(pdf_path, spec):
    """Opens, one page, the declared trim + bleed size. Returns (width_mm, height_mm)."""
    document = pdfium.PdfDocument(pdf_path.read_bytes())
    try:
        if len(document) != 1:
            raise RuntimeError(f"{pdf_path.name}: {len(document)} pages")
        width, height = (value * MM_PER_POINT for value in document[0].get_size())
    finally:
        document.close()
    expected = (spec["width_mm"] + 2 * spec["bleed_mm"], spec["height_mm"] + 2 * spec["bleed_mm"])
    if (
        abs(width - expected[0]) > SIZE_TOLERANCE_MM
        or abs(height - expected[1]) > SIZE_TOLERANCE_MM
    ):
        raise RuntimeError(f"{pdf_path.name}: {width:.2f} × {height:.2f} mm, not {expected}")
    return width, height


def build_pdf(material, language):
    out = OUT_DIR / f"{material['key']}-{language}.pdf"
    with tempfile.TemporaryDirectory(prefix="anitp-demo-") as tmp:
        workdir = Path(tmp)
        page = workdir / "page.html"
        page.write_text(page_html(material, language), encoding="utf-8")
        printed = workdir / "out.pdf"
        _chromium(["--no-pdf-header-footer", f"--print-to-pdf={printed}", page.as_uri()], workdir)
        _crop_to_size(printed, material["print"], out.name)
        shutil.copyfile(printed, out)
    check_pdf(out, material["print"])
    return out


def build_png(material, language):
    out = OUT_DIR / f"{material['key']}-{language}.png"
    size = content.SOCIAL_GRAPHIC_PX
    with tempfile.TemporaryDirectory(prefix="anitp-demo-") as tmp:
        workdir = Path(tmp)
        page = workdir / "page.html"
        page.write_text(page_html(material, language, social=True), encoding="utf-8")
        shot = workdir / "shot.png"
        _chromium(
            [
                "--hide-scrollbars",
                "--force-device-scale-factor=1",
                f"--window-size={size},{size}",
                f"--screenshot={shot}",
                page.as_uri(),
            ],
            workdir,
        )
        with Image.open(shot) as image:
            if image.size != (size, size):
                raise RuntimeError(f"{out.name}: screenshot is {image.size}, not {size}×{size}")
            # Flat colours and text: a 64-colour palette keeps it sharp at a fraction of the size.
            image.convert("RGB").quantize(colors=64, dither=Image.Dither.NONE).save(
                out, optimize=True
            )
    return out


def jobs(only=()):
    for material in content.MATERIALS:
        if only and material["key"] not in only:
            continue
        build = build_png if material["type"] == "social_graphic" else build_pdf
        for language in material["files"]:
            yield build, material, language


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("keys", nargs="*", help="only these materials (default: all)")
    args = parser.parse_args(argv)
    unknown = set(args.keys) - {material["key"] for material in content.MATERIALS}
    if unknown:
        parser.error(f"unknown material: {', '.join(sorted(unknown))}")
    if not Path(CHROMIUM).exists():
        parser.error(f"{CHROMIUM} not found: apt-get install chromium")
    OUT_DIR.mkdir(exist_ok=True)

    with concurrent.futures.ThreadPoolExecutor(max_workers=WORKERS) as pool:
        futures = [pool.submit(build, *job) for build, *job in jobs(args.keys)]
        outputs, errors = [], []
        for future in futures:
            try:
                outputs.append(future.result())
            except (RuntimeError, subprocess.SubprocessError) as error:
                errors.append(str(error))
    if errors:
        sys.exit("\n".join(["Not built:", *errors]))
    outputs.sort()

    for path in outputs:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
        print(f"{path.stat().st_size / 1024:7.1f} KB  {digest}  {path.relative_to(ROOT)}")
    expected = {f"{m['key']}-{lang}" for m in content.MATERIALS for lang in m["files"]}
    stale = sorted(p.name for p in OUT_DIR.iterdir() if p.stem not in expected)
    if stale:
        print(f"Not from materials_content.py (delete them?): {', '.join(stale)}")
    total = sum(path.stat().st_size for path in OUT_DIR.iterdir() if path.is_file())
    print(f"{len(outputs)} files built; files/ holds {total / 1024 / 1024:.2f} MB in all")


if __name__ == "__main__":
    main()

"""The committed web fonts draw every language's text and keep a Nepali page inside its budget.

These read the files in site/static with fontTools, so a rebuild that drops a script, breaks a
url or outgrows the budget fails here instead of on a visitor's phone. No database is needed.
"""

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

STATIC_DIR = Path(__file__).resolve().parents[2] / "site" / "static"
CSS_PATH = STATIC_DIR / "css" / "fonts.css"

# A Nepali first view must stay under 150 KB and its HTML and CSS take about 30 KB.
NEPALI_FONT_BUDGET = 100_000

NEPALI_PAGE = (
    "मानव बेचबिखन विरुद्ध सँगै। निःशुल्क सूचना लाइनमा फोन गर्नुहोस्। "
    "मानव बेचबिखन विरुद्ध हटलाइन: १२३४ / 1145, +977-1-4200000. उसले के गर्\u200dयो? "
    "ANITP © 2025 — “Stop”"
)

SAMPLES = {
    "ne": "मानव बेचबिखन विरुद्ध हटलाइन",
    "si": "මිනිස් ජාවාරම",
    "bn": "মানব পাচার",
    "ur": "انسانی اسمگلنگ",
    "ar": "الاتجار بالبشر",
    "uk": "торгівля людьми",
    "ro": "Împreună împotriva traficului de persoane, ș ț",
    "vi": "Buôn bán người",
}

# The files a page in each language should need, by weight: scripts without a Bold file are
# drawn from their Regular file (the browser synthesises bold).
EXPECTED_FILES = {
    "ne": {400: {"devanagari-400", "latin-400"}, 700: {"devanagari-400", "latin-700"}},
    "si": {400: {"sinhala-400", "latin-400"}, 700: {"sinhala-400", "latin-700"}},
    "bn": {400: {"bengali-400", "latin-400"}, 700: {"bengali-400", "latin-700"}},
    "ur": {400: {"nastaliq-400", "latin-400"}, 700: {"nastaliq-400", "latin-700"}},
    "ar": {400: {"arabic-400", "latin-400"}, 700: {"arabic-400", "latin-700"}},
    "uk": {400: {"cyrillic-400", "latin-400"}, 700: {"cyrillic-700", "latin-700"}},
    "ro": {400: {"latin-400"}, 700: {"latin-700"}},
    "vi": {400: {"vietnamese-400", "latin-400"}, 700: {"vietnamese-700", "latin-700"}},
}

# What each file must draw: its language's sample, less what the basic Latin file already draws.
SAMPLE_FOR_FILE = {
    "latin": SAMPLES["ro"],
    "latin-ext": "ășțőűğış ǎǐǒǔ",
    "vietnamese": SAMPLES["vi"],
    "cyrillic": SAMPLES["uk"],
    "devanagari": SAMPLES["ne"],
    "bengali": SAMPLES["bn"],
    "sinhala": SAMPLES["si"],
    "arabic": SAMPLES["ar"],
    "nastaliq": SAMPLES["ur"],
}


@dataclass(frozen=True)
class FontFace:
    family: str
    weight: int
    url: str
    codepoints: frozenset

    @property
    def path(self):
        return (CSS_PATH.parent / self.url).resolve()

    @property
    def stem(self):
        return Path(self.url).stem


def parse_unicode_range(text):
    codepoints = set()
    for part in text.split(","):
        bounds = part.strip().upper().removeprefix("U+").split("-")
        codepoints.update(range(int(bounds[0], 16), int(bounds[-1], 16) + 1))
    return frozenset(codepoints)


@cache
def stylesheet():
    return re.sub(r"/\*.*?\*/", "", CSS_PATH.read_text(encoding="utf-8"), flags=re.DOTALL)


@cache
def font_faces():
    faces = []
    for body in re.findall(r"@font-face\s*\{([^}]*)\}", stylesheet()):
        descriptors = dict(re.findall(r"([a-z-]+)\s*:\s*([^;]+);", body))
        faces.append(
            FontFace(
                family=descriptors["font-family"].strip().strip('"'),
                weight=int(descriptors["font-weight"]),
                url=re.fullmatch(r'url\("([^"]+)"\)\s+format\("woff2"\)', descriptors["src"])[1],
                codepoints=parse_unicode_range(descriptors["unicode-range"]),
            )
        )
    return tuple(faces)


@cache
def font_stacks():
    """Family lists by language ("" for the page default), from body and :lang() rules."""
    stacks = {}
    rules = re.sub(r"@font-face\s*\{[^}]*\}", "", stylesheet())
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", rules):
        match = re.search(r"font-family\s*:\s*([^;]+);", body)
        if not match:
            continue
        families = [name.strip().strip('"') for name in match[1].split(",")]
        for selector in selectors.split(","):
            selector = selector.strip()
            if selector == "body":
                stacks[""] = families
            elif lang := re.fullmatch(r":lang\(([a-z-]+)\)", selector):
                stacks[lang[1]] = families
    return stacks


@cache
def cmap(path):
    return frozenset(TTFont(path).getBestCmap())


def faces_for_weight(family, weight):
    """Browsers pick one weight per family first, and only then look at unicode-range."""
    faces = [face for face in font_faces() if face.family == family]
    if not faces:
        return []
    chosen = min({face.weight for face in faces}, key=lambda w: (abs(w - weight), w < weight))
    return [face for face in faces if face.weight == chosen]


def resolve(char, lang, weight):
    """The face a browser draws `char` with: the stack in order, later @font-face rules first."""
    stack = font_stacks().get(lang, font_stacks()[""])
    for family in stack:
        for face in reversed(faces_for_weight(family, weight)):
            if ord(char) in face.codepoints and ord(char) in cmap(face.path):
                return face
    return None


def files_for(text, lang, weight):
    used = set()
    for char in text:
        face = resolve(char, lang, weight)
        assert face, f"U+{ord(char):04X} {char!r} would fall back to a system font ({lang})"
        used.add(face)
    return used


def test_fonts_css_declares_the_families():
    families = {face.family for face in font_faces()}
    assert {"Site Sans", "Site Nastaliq"} <= families
    assert font_stacks()[""][0] == "Site Sans"
    assert font_stacks()["ur"][:2] == ["Site Nastaliq", "Site Sans"]


def test_every_font_face_points_to_an_existing_woff2():
    assert font_faces(), "fonts.css declares no @font-face"
    for face in font_faces():
        assert face.url.startswith("../fonts/"), f"{face.url} is not relative to css/"
        assert face.path.is_file(), f"{face.url} is missing"
        assert TTFont(face.path).flavor == "woff2", f"{face.url} is not woff2"


def test_every_face_can_draw_all_of_its_unicode_range():
    """A character in the range but not in the file costs a download and still falls back."""
    for face in font_faces():
        missing = face.codepoints - cmap(face.path)
        assert not missing, f"{face.url} lacks {sorted(f'U+{c:04X}' for c in missing)[:10]}"


def test_every_woff2_in_fonts_dir_is_declared():
    declared = {face.path for face in font_faces()}
    assert set((STATIC_DIR / "fonts").glob("*.woff2")) == declared


@pytest.mark.parametrize("path", sorted((STATIC_DIR / "fonts").glob("*.woff2")), ids=str)
def test_each_woff2_covers_a_sample_sentence_in_its_script(path):
    script = path.stem.rpartition("-")[0]
    needed = {ord(char) for char in SAMPLE_FOR_FILE[script] if not char.isspace()}
    if script not in {"latin", "latin-ext"}:
        needed -= cmap(STATIC_DIR / "fonts" / "latin-400.woff2")
    assert needed
    missing = needed - cmap(path)
    assert not missing, f"{path.name} lacks {sorted(chr(c) for c in missing)}"


@pytest.mark.parametrize("weight", [400, 700])
@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_sample_sentence_is_drawn_by_its_own_fonts(lang, weight):
    used = files_for(SAMPLES[lang], lang, weight)
    assert {face.stem for face in used} == EXPECTED_FILES[lang][weight]


@pytest.mark.parametrize("script", ["devanagari", "bengali", "sinhala"])
def test_joiners_are_in_the_script_faces(script):
    """Browsers give a face only the characters in its unicode-range; without ZWJ and ZWNJ,
    Sinhala rakaransaya and yansaya, Devanagari eyelash ra and Bengali khanda ta break."""
    faces = [face for face in font_faces() if face.stem == f"{script}-400"]
    assert faces
    for face in faces:
        assert {0x200C, 0x200D, 0x25CC} <= face.codepoints & cmap(face.path)


def test_nepali_page_fonts_fit_the_budget():
    used = files_for(NEPALI_PAGE, "ne", 400) | files_for(NEPALI_PAGE, "ne", 700)
    paths = {face.path for face in used}
    total = sum(path.stat().st_size for path in paths)
    names = sorted(path.name for path in paths)
    assert total < NEPALI_FONT_BUDGET, f"{names} total {total} bytes"
    assert not {"bengali", "sinhala", "arabic", "nastaliq"} & {
        face.stem.rpartition("-")[0] for face in used
    }, f"a Nepali page fetches {names}"


def test_urdu_gets_room_for_nastaliq():
    rules = re.findall(r":lang\(ur\)\s*\{([^}]*)\}", stylesheet())
    heights = [float(h) for body in rules for h in re.findall(r"line-height\s*:\s*([\d.]+)", body)]
    assert heights
    assert max(heights) >= 1.9

"""Caption uploads: a WebVTT file read whole, its header, blocks, cue timings and markup.

Captions are shown over the video on the public site, so their text may use only the markup
WebVTT itself defines (b, i, u, c, v, lang, ruby, rt and timestamps), never HTML: no <script>,
no <img>, no links. STYLE blocks (CSS, which can fetch addresses) are refused too; a caption
file is text. A cue the browser would silently skip (no timing, end before start) is refused
with its line, so the captions a visitor sees are the captions that were uploaded.
"""

import re

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from .uploads import MB, extension, file_name, file_size, read_all, refusal, size_limit

MAX_CAPTIONS_BYTES = 1 * MB
# Accept attribute for the admin's file input (the server decides anyway).
CAPTIONS_ACCEPT = ".vtt,text/vtt"

# (hh:)mm:ss.ttt, hours at least two digits (WebVTT, 6.1 "collect a WebVTT timestamp").
_TIMESTAMP = r"(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})"
_TIMING = re.compile(rf"^{_TIMESTAMP}[ \t]+-->[ \t]+{_TIMESTAMP}(?:[ \t]+(.*))?$")
_INNER_TIMESTAMP = re.compile(rf"^{_TIMESTAMP}$")
CUE_SETTINGS = frozenset({"vertical", "line", "position", "size", "align", "region"})
# Cue text tags: the name, then classes (.a.b); v and lang take an annotation.
CUE_TAGS = frozenset({"b", "i", "u", "c", "v", "lang", "ruby", "rt"})
_TAG = re.compile(r"^(/?)([A-Za-z0-9]*)((?:\.[^\s.<>/]+)*)(?:[ \t]+([^<>]*))?$")
_NEWLINE = re.compile(r"\r\n|\r|\n")


class CaptionsError(Exception):
    """A problem in the captions: `line` (counted from 1) and `problem`, in the reader's words."""

    def __init__(self, line, problem):
        super().__init__(line, str(problem))
        self.line = line
        self.problem = problem


def _milliseconds(hours, minutes, seconds, thousandths):
    return ((int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + int(thousandths)


def _check_timing(number, line):
    match = _TIMING.match(line)
    if match is None:
        raise CaptionsError(
            number,
            _("the cue timing “%(timing)s” is not valid; write it as 00:00:01.000 --> 00:00:04.000")
            % {"timing": line[:80]},
        )
    start = _milliseconds(*match.group(1, 2, 3, 4))
    end = _milliseconds(*match.group(5, 6, 7, 8))
    if end <= start:
        raise CaptionsError(number, _("the cue ends before it starts"))
    for setting in (match.group(9) or "").split():
        name, colon, value = setting.partition(":")
        if not colon or not value or name not in CUE_SETTINGS:
            raise CaptionsError(
                number, _("“%(setting)s” is not a cue setting") % {"setting": setting[:40]}
            )


def _is_cue_tag(tag):
    match = _TAG.match(tag)
    if match is None:
        return False
    closing, name, _classes, annotation = match.groups()
    # Only a voice (<v Name>) and a language (<lang ro>) carry an annotation.
    return name in CUE_TAGS and (not annotation or closing or name in ("v", "lang"))


def _check_text(number, line):
    if "-->" in line:
        raise CaptionsError(number, _("“-->” may only appear in a cue timing line"))
    position = line.find("<")
    while position >= 0:
        end = line.find(">", position)
        if end < 0:
            raise CaptionsError(
                number, _("a “<” that starts no caption tag; write “&lt;” to show the sign")
            )
        tag = line[position + 1 : end]
        if not (_INNER_TIMESTAMP.match(tag) or _is_cue_tag(tag)):
            raise CaptionsError(
                number,
                _(
                    "the tag “<%(tag)s>” is not allowed in captions; only b, i, u, c, v, lang, "
                    "ruby and rt are"
                )
                % {"tag": tag[:40]},
            )
        position = line.find("<", end)


def _blocks(lines, first):
    """(line number of its first line, its lines) for each block after the header."""
    block, start = [], None
    for number, line in enumerate(lines[first:], start=first + 1):
        if line.strip(" \t"):
            if not block:
                start = number
            block.append(line)
        elif block:
            yield start, block
            block = []
    if block:
        yield start, block


def _starts_with_word(line, word):
    return line == word or line.startswith((word + " ", word + "\t"))


def check_webvtt(text):
    """Raise CaptionsError at the first thing in `text` that is not clean WebVTT."""
    if "\x00" in text:
        raise CaptionsError(1, _("it contains a NUL character, so it is not text"))
    lines = _NEWLINE.split(text)
    if not _starts_with_word(lines[0], "WEBVTT") or "-->" in lines[0]:
        raise CaptionsError(1, _("the first line must be WEBVTT"))
    # Header lines run to the first blank line.
    first = 1
    while first < len(lines) and lines[first].strip(" \t"):
        if "-->" in lines[first]:
            raise CaptionsError(
                first + 1, _("a blank line must separate WEBVTT from the first cue")
            )
        first += 1
    cues = 0
    for start, block in _blocks(lines, first):
        head = block[0]
        if _starts_with_word(head, "NOTE"):
            for offset, line in enumerate(block):
                if "-->" in line:
                    raise CaptionsError(start + offset, _("“-->” may not appear in a NOTE"))
            continue
        if _starts_with_word(head, "STYLE"):
            raise CaptionsError(
                start, _("STYLE blocks (CSS) are not accepted; captions carry text only")
            )
        if _starts_with_word(head, "REGION") and not cues:
            for offset, line in enumerate(block):
                if "-->" in line:
                    raise CaptionsError(start + offset, _("“-->” may not appear in a REGION"))
            continue
        timing = 0 if "-->" in head else 1
        if timing >= len(block) or "-->" not in block[timing]:
            raise CaptionsError(start + timing, _("this cue has no timing line"))
        _check_timing(start + timing, block[timing])
        for offset, line in enumerate(block[timing + 1 :], start=timing + 1):
            _check_text(start + offset, line)
        cues += 1
    if not cues:
        raise CaptionsError(len(lines), _("it has no cues"))


def check_captions(file):
    """A WebVTT caption file of at most 1 MB: UTF-8 text, clean WebVTT from start to end."""
    name = file_name(file)
    size = file_size(file)
    if size > MAX_CAPTIONS_BYTES:
        raise refusal(
            _("“%(name)s” is %(size)s; caption files may be at most %(limit)s."),
            "captions_too_large",
            name=name,
            size=filesizeformat(size),
            limit=size_limit(MAX_CAPTIONS_BYTES),
        )
    not_webvtt = refusal(
        _(
            "“%(name)s” is not a WebVTT caption file: it must be a .vtt file whose first line "
            "is WEBVTT."
        ),
        "captions_not_webvtt",
        name=name,
    )
    if extension(name) != ".vtt":
        raise not_webvtt
    try:
        text = read_all(file).decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise refusal(
            _("“%(name)s” is not UTF-8 text. Save the captions as UTF-8."),
            "captions_not_utf8",
            name=name,
        ) from error
    if not _starts_with_word(_NEWLINE.split(text, maxsplit=1)[0], "WEBVTT"):
        raise not_webvtt
    try:
        check_webvtt(text)
    except CaptionsError as error:
        raise refusal(
            _("“%(name)s”, line %(line)s: %(problem)s."),
            "captions_invalid",
            name=name,
            line=error.line,
            problem=error.problem,
        ) from error

"""Captions are read whole: WebVTT structure and cue markup, never HTML."""

import pytest
from django.core.exceptions import ValidationError

from campaigns.materials.captions import check_captions

from . import files


def check(text, name="ro.vtt"):
    check_captions(files.upload(text.encode() if isinstance(text, str) else text, name))


def refusal(text):
    with pytest.raises(ValidationError) as caught:
        check(text)
    [message] = caught.value.messages
    return message


CUE = "00:00:01.000 --> 00:00:04.000"


@pytest.mark.parametrize(
    "text",
    [
        "WEBVTT\n\n00:00.000 --> 00:02.000\nSună gratuit la 0800 800 678.\n",
        "WEBVTT - subtitrări\r\n\r\n1\r\n" + CUE + "\r\nCRLF line ends\r\n",
        "WEBVTT\rKind: captions\r\r" + CUE + "\rCR line ends\r",
        "WEBVTT\n\nNOTE made by the Iași centre\n\nintro\n" + CUE + " align:start line:0\nText\n",
        "WEBVTT\n\nREGION\nid:fill width:40%\n\n" + CUE + " region:fill\nText\n",
        "WEBVTT\n\n"
        + CUE
        + "\n<v Ana>Nu</v> <b>e</b> <i>vina</i> <u>ta</u> <c.yellow.bg>.</c>\n"
        + "<lang ro>da</lang> <ruby>漢<rt>kan</rt></ruby> <00:00:02.000>acum &lt;3 &amp;\n",
        "WEBVTT\n\n01:00:00.000 --> 100:00:00.000\nHours may have more than two digits\n",
    ],
)
def test_clean_webvtt_is_accepted(text):
    check(text)


def test_a_byte_order_mark_is_accepted():
    check(b"\xef\xbb\xbf" + files.VTT)


HOSTILE_CAPTIONS = {
    "script": (f"WEBVTT\n\n{CUE}\n<script>alert(1)</script>\n", 4, "the tag “<script>”"),
    "closing script": (f"WEBVTT\n\n{CUE}\nHi</script>\n", 4, "the tag “</script>”"),
    "image": (f"WEBVTT\n\n{CUE}\n<img src=x onerror=alert(1)>\n", 4, "the tag “<img "),
    "link": (f"WEBVTT\n\n{CUE}\n<a href='https://evil.example'>go</a>\n", 4, "the tag “<a "),
    "handler on an allowed tag": (f"WEBVTT\n\n{CUE}\n<b onclick=alert(1)>x</b>\n", 4, "<b onc"),
    "upper case tag": (f"WEBVTT\n\n{CUE}\n<B>x</B>\n", 4, "the tag “<B>”"),
    "font": (f"WEBVTT\n\n{CUE}\n<font color=red>x</font>\n", 4, "the tag “<font "),
    "unclosed": (f"WEBVTT\n\n{CUE}\n1 < 2\n", 4, "a “<” that starts no caption tag"),
    "style block": ("WEBVTT\n\nSTYLE\n::cue { background: url(https://x) }\n", 3, "STYLE"),
    "bad timing": ("WEBVTT\n\n00:00:01,000 --> 00:00:04,000\nSRT commas\n", 3, "is not valid"),
    "end before start": ("WEBVTT\n\n00:00:04.000 --> 00:00:01.000\nx\n", 3, "ends before"),
    "unknown setting": (f"WEBVTT\n\n{CUE} onload:x\nx\n", 3, "“onload:x” is not a cue setting"),
    "no timing": ("WEBVTT\n\nintro\nno timing here\n", 4, "this cue has no timing line"),
    "arrow in text": (f"WEBVTT\n\n{CUE}\nthen --> now\n", 4, "“-->” may only appear"),
    "arrow in a note": (f"WEBVTT\n\nNOTE\n{CUE}\n", 4, "may not appear in a NOTE"),
    "no blank line after the header": (f"WEBVTT\n{CUE}\nx\n", 2, "a blank line must"),
    "no cues": ("WEBVTT\n\nNOTE only a note\n", 4, "it has no cues"),
    "NUL": (f"WEBVTT\n\n{CUE}\nx\x00y\n", 1, "NUL"),
}


@pytest.mark.parametrize(
    ("text", "line", "problem"), HOSTILE_CAPTIONS.values(), ids=HOSTILE_CAPTIONS
)
def test_captions_with_anything_but_webvtt_are_refused(text, line, problem):
    message = refusal(text)
    assert message.startswith(f"“ro.vtt”, line {line}: ")
    assert problem in message


def test_no_hostile_captions_get_through():
    accepted = []
    for name, (text, _line, _problem) in HOSTILE_CAPTIONS.items():
        try:
            check(text)
        except ValidationError:
            continue
        accepted.append(name)
    assert (len(HOSTILE_CAPTIONS), accepted) == (18, [])


def test_captions_must_start_with_webvtt():
    expected = "is not a WebVTT caption file: it must be a .vtt file whose first line is WEBVTT."
    assert refusal("1\n00:00:00,000 --> 00:00:02,000\nHi\n") == f"“ro.vtt” {expected}"
    assert refusal("<html><script>alert(1)</script></html>") == f"“ro.vtt” {expected}"

"""Checks a translated text must pass before it replaces anything on a page.

Rich text goes into the page as HTML, so a translation may only use the markup the editor's
features produce, balanced, with the same tags and links as the source. Placeholders and the
numbers people dial (0800 800 678, 112) must reach every language exactly as written.
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.utils.translation import gettext_lazy as _

# What RICH_TEXT_FEATURES (bold, italic, link, ol, ul) store, plus the equivalents editors paste.
ALLOWED_TAGS = frozenset({"p", "b", "i", "strong", "em", "a", "ul", "ol", "li", "br"})
VOID_TAGS = frozenset({"br"})
# External links carry href; links to pages are stored by Wagtail as linktype="page" id="…".
ALLOWED_ATTRIBUTES = {"a": frozenset({"href", "linktype", "id"})}

_FORMAT_PLACEHOLDER = re.compile(r"%\([^()\s]+\)[sdifr]|%[sdifr]|\{[A-Za-z0-9_]*\}")
# Digit runs, with the single spaces or hyphens that group a phone number. \d also matches
# other scripts' digits, so "०८००" for "0800" counts as a different number, as it should.
_NUMBER = re.compile(r"(?<!\w)\d+(?:[ \u00a0\-]\d+)*(?!\w)")


@dataclass
class Markup:
    tags: set = field(default_factory=set)
    links: set = field(default_factory=set)
    text: str = ""
    problems: list = field(default_factory=list)


class _MarkupParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.markup = Markup()
        self.open = []
        self.texts = []

    def _start(self, tag, attrs):
        if tag not in ALLOWED_TAGS:
            self.markup.problems.append(_("the tag <%(tag)s> is not allowed") % {"tag": tag})
        allowed = ALLOWED_ATTRIBUTES.get(tag, frozenset())
        for name, _value in attrs:
            if name not in allowed:
                self.markup.problems.append(
                    _("the attribute “%(attribute)s” is not allowed on <%(tag)s>")
                    % {"attribute": name, "tag": tag}
                )
        self.markup.tags.add(tag)
        if tag == "a":
            values = dict(attrs)
            if values.get("href") is not None:
                self.markup.links.add(values["href"])
            elif values.get("linktype"):
                self.markup.links.add(f"{values['linktype']}:{values.get('id', '')}")

    def handle_starttag(self, tag, attrs):
        self._start(tag, attrs)
        if tag not in VOID_TAGS:
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        self._start(tag, attrs)

    def handle_endtag(self, tag):
        if tag in VOID_TAGS:
            self.markup.problems.append(_("</%(tag)s> is not a valid closing tag") % {"tag": tag})
        elif not self.open:
            self.markup.problems.append(
                _("</%(tag)s> closes a tag that was never opened") % {"tag": tag}
            )
        elif self.open[-1] != tag:
            self.markup.problems.append(
                _("<%(open)s> is closed by </%(tag)s>") % {"open": self.open[-1], "tag": tag}
            )
            if tag in self.open:
                while self.open.pop() != tag:
                    pass
        else:
            self.open.pop()

    def handle_data(self, data):
        self.texts.append(data)

    def handle_comment(self, data):
        self.markup.problems.append(_("HTML comments are not allowed"))

    def handle_decl(self, decl):
        self.markup.problems.append(
            _("the declaration <!%(decl)s> is not allowed") % {"decl": decl}
        )

    def handle_pi(self, data):
        self.markup.problems.append(_("processing instructions are not allowed"))

    def unknown_decl(self, data):
        self.markup.problems.append(
            _("the declaration <!%(decl)s> is not allowed") % {"decl": data}
        )


def parse_markup(html):
    parser = _MarkupParser()
    parser.feed(html)
    parser.close()
    for tag in reversed(parser.open):
        parser.markup.problems.append(_("<%(tag)s> is not closed") % {"tag": tag})
    parser.markup.text = "".join(parser.texts)
    return parser.markup


def placeholders(text):
    """Format placeholders and numbers of three or more digits, counted."""
    text = text.replace("%%", "")
    found = Counter(_FORMAT_PLACEHOLDER.findall(text))
    for number in _NUMBER.findall(text):
        if sum(character.isdigit() for character in number) >= 3:
            found[number] += 1
    return found


def _listing(items):
    return ", ".join(sorted(items))


def check_translation(source_text, translation, format, max_length=None):
    """The problems of `translation` (a lazy string each), or an empty list."""
    from .segments import HTML

    problems = []
    if format == HTML:
        source, target = parse_markup(source_text), parse_markup(translation)
        problems.extend(target.problems)
        if not target.problems and target.tags != source.tags:
            problems.append(
                _("the translation uses the tags %(found)s where the source uses %(expected)s")
                % {
                    "found": _listing(f"<{tag}>" for tag in target.tags) or str(_("none")),
                    "expected": _listing(f"<{tag}>" for tag in source.tags) or str(_("none")),
                }
            )
        if target.links != source.links:
            missing, added = source.links - target.links, target.links - source.links
            if missing:
                problems.append(
                    _("links of the source are missing: %(links)s") % {"links": _listing(missing)}
                )
            if added:
                problems.append(
                    _("links not in the source were added: %(links)s") % {"links": _listing(added)}
                )
        source_text, translation = source.text, target.text
    expected, found = placeholders(source_text), placeholders(translation)
    if expected != found:
        missing = expected - found
        added = found - expected
        details = []
        if missing:
            details.append(_("missing %(items)s") % {"items": _listing(missing.elements())})
        if added:
            details.append(_("not in the source %(items)s") % {"items": _listing(added.elements())})
        problems.append(
            _(
                "placeholders and numbers (such as %%(name)s, {name}, 0800 800 678 or 112) must "
                "stay exactly as in the source: %(details)s"
            )
            % {"details": "; ".join(str(detail) for detail in details)}
        )
    if max_length and len(translation) > max_length:
        problems.append(
            _("the translation is %(length)s characters long; this text allows at most %(max)s")
            % {"length": len(translation), "max": max_length}
        )
    return problems

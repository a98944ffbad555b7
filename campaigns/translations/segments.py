"""A page's translatable text, cut into segments a translator works on one at a time.

Segments are read from the raw (JSON) form of StreamFields rather than from block values:
converting chooser blocks to Python loads images and documents, one query per page and
language, and the text never needs them. The same walk finds the slot of each text leaf,
so a translated stream is built by copying the Romanian one and writing into those slots.
"""

import copy
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from django.conf import settings
from django.db import models
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from wagtail import blocks
from wagtail.fields import StreamField

from campaigns.languages import registry

# Registered on Wagtail's Page by wagtail-modeltranslation, but addresses and search metadata
# are not what translators are asked for.
EXCLUDED_FIELDS = frozenset({"slug", "url_path", "seo_title", "search_description"})

PLAIN = "plain"
HTML = "html"

# The rich text editor's own bookkeeping; the editor makes new keys when they are missing, and
# translators should not have to carry them through.
_BLOCK_KEY = re.compile(r'(<[a-zA-Z][a-zA-Z0-9]*)\s+data-block-key="[^"<>]*"')


def source_language():
    return settings.LANGUAGE_CODE


def target_languages():
    return tuple(code for code in registry.language_codes() if code != source_language())


def english_name(code):
    """For texts read by translators anywhere: registry names follow the interface language."""
    return registry.babel_locale(code).get_display_name("en")


@dataclass(frozen=True)
class Segment:
    field: str  # the model field: "title", "body"
    context: str  # stable within the page: "title", "body/<block id>/text"
    text: str
    format: str  # PLAIN or HTML
    labels: tuple  # field and block labels, lazily translated
    max_length: int | None = None

    @property
    def label(self):
        return " > ".join(str(label) for label in self.labels if str(label))

    @property
    def is_empty(self):
        return not self.text.strip()


@dataclass(frozen=True)
class _Slot:
    """Where a text leaf lives inside raw stream data: container[key]."""

    context: str
    labels: tuple
    block: blocks.Block
    container: object
    key: object

    def read(self):
        if isinstance(self.container, dict):
            return self.container.get(self.key)
        return self.container[self.key]

    def write(self, value):
        self.container[self.key] = value


@cache
def translatable_fields(model):
    """The model's translated fields a translator works on, in the model's field order."""
    names = set(translator.get_options_for_model(model).all_fields) - EXCLUDED_FIELDS
    return tuple(field for field in model._meta.concrete_fields if field.name in names)


def _leaf_format(block):
    if isinstance(block, blocks.RichTextBlock):
        return HTML
    if isinstance(block, blocks.CharBlock | blocks.TextBlock):
        return PLAIN
    return None


def _walk(block, container, key, path, labels):
    """Yield a _Slot for each text leaf under container[key], read with `block`."""
    raw = container.get(key) if isinstance(container, dict) else container[key]
    if _leaf_format(block):
        yield _Slot("/".join(path), labels, block, container, key)
    elif isinstance(block, blocks.StructBlock):
        if not isinstance(raw, dict):
            return
        for name, child in block.child_blocks.items():
            yield from _walk(child, raw, name, [*path, name], (*labels, child.label))
    elif isinstance(block, blocks.ListBlock):
        for index, item in enumerate(raw or []):
            if block._item_is_in_block_format(item):
                yield from _walk(block.child_block, item, "value", [*path, item["id"]], labels)
            else:
                # Lists saved in the pre-Wagtail-2.16 format have no item ids until the page is
                # next saved from the editor; their position is stable until then.
                yield from _walk(block.child_block, raw, index, [*path, str(index)], labels)
    elif isinstance(block, blocks.StreamBlock):
        for item in raw or []:
            child = block.child_blocks.get(item.get("type"))
            if child is not None and item.get("id"):
                yield from _walk(child, item, "value", [*path, item["id"]], (*labels, child.label))


def stream_slots(field, raw_stream):
    """The text leaves of a StreamField's raw data (a list of {"type", "value", "id"})."""
    holder = {field.name: raw_stream}
    return list(_walk(field.stream_block, holder, field.name, [field.name], (field.verbose_name,)))


def _text(value, format):
    if value is None:
        return ""
    text = str(value)
    return _BLOCK_KEY.sub(r"\1", text) if format == HTML else text


def _max_length(block):
    field = getattr(block, "field", None)
    return getattr(field, "max_length", None) if _leaf_format(block) == PLAIN else None


class PageContent:
    """The translated columns of one version of a page: the page row or a revision's content."""

    def __init__(self, model, values: Mapping):
        self.model = model
        self._values = values

    @classmethod
    def from_page(cls, page):
        return cls(type(page), _InstanceValues(page))

    @classmethod
    def from_revision_content(cls, model, content):
        return cls(model, content)

    def raw(self, field, language):
        """The column's value in raw form: text, or a StreamField's list of block dicts."""
        value = self._values.get(build_localized_fieldname(field.name, language))
        if isinstance(field, StreamField):
            if value is None or value == "":
                return []
            if isinstance(value, str):
                return json.loads(value)
            if hasattr(value, "raw_data"):
                return list(value.raw_data)
            return list(value)
        return value

    def segments(self, language):
        """Every text segment of this content in `language`, empty ones included."""
        result = []
        for field in translatable_fields(self.model):
            if isinstance(field, StreamField):
                for slot in stream_slots(field, self.raw(field, language)):
                    format = _leaf_format(slot.block)
                    result.append(
                        Segment(
                            field=field.name,
                            context=slot.context,
                            text=_text(slot.read(), format),
                            format=format,
                            labels=slot.labels,
                            max_length=_max_length(slot.block),
                        )
                    )
            else:
                result.append(
                    Segment(
                        field=field.name,
                        context=field.name,
                        text=_text(self.raw(field, language), PLAIN),
                        format=PLAIN,
                        labels=(field.verbose_name,),
                        max_length=field.max_length
                        if isinstance(field, models.CharField)
                        else None,
                    )
                )
        return result


class _InstanceValues(Mapping):
    def __init__(self, instance):
        self.instance = instance

    def __getitem__(self, key):
        try:
            return getattr(self.instance, key)
        except AttributeError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(field.attname for field in self.instance._meta.concrete_fields)

    def __len__(self):
        return len(self.instance._meta.concrete_fields)


def page_segments(page, language):
    """The segments of a (specific) page instance as it is in memory."""
    return PageContent.from_page(page).segments(language)


def digest(segments):
    """sha256 over the segments' contexts and texts: changes whenever any text does."""
    payload = json.dumps([[segment.context, segment.text] for segment in segments])
    return hashlib.sha256(payload.encode()).hexdigest()


def text_hash(text):
    """A short fingerprint of one source text, to tell later which segments changed."""
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def all_empty(segments):
    return all(segment.is_empty for segment in segments)


def translated_stream(field, source_raw, translations):
    """A copy of the source stream (same structure and block ids) with its text translated.

    `translations` maps a segment context to its translated text; leaves without one keep
    the source's value (only empty source leaves are left so).
    """
    data = copy.deepcopy(source_raw)
    for slot in stream_slots(field, data):
        if slot.context in translations:
            slot.write(translations[slot.context])
    return data

"""Pages to and from PO files, the format every translation tool and agency reads.

One PO file holds one target language, for one page or for many. Each message is one
Romanian source segment, its msgctxt names the page and the segment
(`page:<id>:<segment context>`), so a file can be checked against the pages as they are now
when it comes back. An import is all or nothing: any problem rejects the whole file.
"""

import io
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from babel.messages.catalog import Catalog
from babel.messages.pofile import PoFileError, read_po, write_po
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.fields import StreamField
from wagtail.models import Page

from campaigns.frame.inputs import database_key
from campaigns.languages import registry

from .checks import check_translation
from .segments import (
    PageContent,
    english_name,
    source_language,
    target_languages,
    text_hash,
    translatable_fields,
    translated_stream,
)
from .status import (
    OUTDATED,
    is_translatable,
    latest_contents,
    page_statuses,
    records_by_page,
    report_pages,
)

CONTEXT_PATTERN = re.compile(r"^page:(?P<page_id>\d+):(?P<context>.+)$")
PO_CONTENT_TYPE = "text/x-gettext-translation; charset=utf-8"


def message_context(page_id, segment_context):
    return f"page:{page_id}:{segment_context}"


def _check_target(language):
    if language not in target_languages():
        raise ValueError(f"{language!r} is not a target content language")


# Export ---------------------------------------------------------------------------------


def export_catalog(pages, language):
    """A babel Catalog for `language` with every non-empty source segment of `pages`.

    A segment's current translation is given when the target has a segment with the same
    context (imports copy the source's block ids). It is flagged fuzzy when its source text
    changed since the translation was made, so the translator sees exactly what to review.
    """
    _check_target(language)
    # Read afresh: which version is the latest depends on the row's revision fields.
    fresh = Page.objects.filter(pk__in=[page.pk for page in pages]).specific().in_bulk()
    pages = [fresh[page.pk] for page in pages if page.pk in fresh]
    contents = latest_contents(pages)
    records = records_by_page(pages, [language])
    now = timezone.now()
    catalog = Catalog(
        locale=language,
        project="ANITP campaigns",
        version=now.strftime("%Y-%m-%d"),
        copyright_holder="ANITP",
        creation_date=now,
        revision_date=now,
        fuzzy=False,
        header_comment=(
            f"# Pages of the ANITP campaign site, Romanian source, for translation into "
            f"{english_name(language)} ({language}).\n"
            "# Fill in each msgstr; keep the markup, placeholders and phone numbers as they are."
        ),
    )
    for page in pages:
        content = contents[page.pk]
        source = [
            segment for segment in content.segments(source_language()) if not segment.is_empty
        ]
        target = {segment.context: segment for segment in content.segments(language)}
        record = records[page.pk].get(language)
        fingerprints = record.source_segments if record else {}
        title = next((segment.text for segment in source if segment.context == "title"), "")
        for segment in source:
            translation = target.get(segment.context)
            string = "" if translation is None or translation.is_empty else translation.text
            stale = string and fingerprints.get(segment.context) != text_hash(segment.text)
            message = catalog.add(
                segment.text,
                string=string,
                context=message_context(page.pk, segment.context),
                auto_comments=[
                    str(_("Page: %(title)s (id %(id)s)") % {"title": title, "id": page.pk}),
                    str(_("Field: %(label)s") % {"label": segment.label}),
                ],
                flags=("fuzzy",) if stale else (),
            )
            # Babel guesses python-format from any "%" ("81% dintre"); editors would then
            # check the translation as a format string. Placeholders are checked on import.
            message.flags.discard("python-format")
    return catalog


def export_po(pages, language):
    """The PO file for `pages` in `language`, as UTF-8 bytes."""
    buffer = io.BytesIO()
    write_po(buffer, export_catalog(pages, language), sort_output=False, ignore_obsolete=True)
    return buffer.getvalue()


def pages_to_translate(language, statuses=(OUTDATED,), user=None):
    """Pages of the report's types whose translation into `language` has one of `statuses`.

    With a user, only pages that user may edit.
    """
    _check_target(language)
    pages = report_pages(user)
    found = page_statuses(pages, [language])
    return [page for page in pages if found[page.pk][language] in statuses]


def export_filename(language, page=None, statuses=()):
    if page is not None:
        return f"anitp-page-{page.pk}-{language}.po"
    return f"anitp-{'-'.join(sorted(statuses)) or 'pages'}-{language}.po"


# Import ---------------------------------------------------------------------------------


class ImportRejected(Exception):
    """The file was not imported; `errors` says why, one message per problem."""

    def __init__(self, errors):
        super().__init__("\n".join(str(error) for error in errors))
        self.errors = list(errors)


@dataclass
class ImportSummary:
    language: str
    pages_changed: list = field(default_factory=list)
    segments_translated: int = 0


@dataclass
class _Entry:
    message: object
    page_id: int
    context: str

    @property
    def translation(self):
        return self.message.string if isinstance(self.message.string, str) else ""


def _entry_error(message, problem):
    return _("Line %(line)s, entry “%(entry)s”: %(problem)s") % {
        "line": message.lineno,
        "entry": message.context or message.id,
        "problem": problem,
    }


def _read(data):
    try:
        return read_po(io.BytesIO(data), abort_invalid=True), None
    except PoFileError as error:
        return None, _("Line %(line)s: this is not a valid PO file (%(problem)s).") % {
            "line": error.lineno + 1,
            "problem": str(error).rsplit(" on ", 1)[0],
        }
    except (UnicodeDecodeError, ValueError, LookupError) as error:
        return None, _("This is not a valid PO file: %(problem)s.") % {"problem": error}


def _header_line(data):
    for number, line in enumerate(data.splitlines(), start=1):
        if line.lstrip().startswith(b'"Language:'):
            return number
    return 1


def _language_errors(catalog, data, language):
    found = (catalog.locale_identifier or "").replace("_", "-")
    if found not in registry.language_codes():
        # Translation tools often write a region ("ne_NP"); the site's languages have none.
        found = found.split("-")[0] if found.split("-")[0] in registry.language_codes() else found
    line = _header_line(data)
    expected = registry.get(language)
    if not found:
        return [
            _("Line %(line)s: the file has no Language header; it must say “%(expected)s”.")
            % {"line": line, "expected": language}
        ]
    if found not in registry.language_codes() or found == source_language():
        return [
            _(
                "Line %(line)s: the file's language “%(found)s” is not one of the site's "
                "translation languages."
            )
            % {"line": line, "found": found}
        ]
    if found != language:
        return [
            _(
                "Line %(line)s: the file is in “%(found)s” but is being imported as "
                "“%(expected)s” (%(name)s)."
            )
            % {"line": line, "found": found, "expected": language, "name": expected.native_name}
        ]
    return []


def _load_pages(page_ids):
    # An id past the database's integers (a hand-edited msgctxt) names no page, like any other
    # unknown id; querying for it would fail.
    page_ids = [page_id for page_id in page_ids if database_key(Page, page_id) is not None]
    pages = {}
    for page in Page.objects.filter(pk__in=page_ids).select_for_update().specific():
        if is_translatable(type(page)):
            pages[page.pk] = page
    return pages


def import_po(data, language, user):
    """Validate a PO file against the pages as they are now and, if it passes, apply it.

    Each translated page gets a new revision by `user` (not published: the review workflow
    publishes). Raises ImportRejected with every problem found, having changed nothing.
    """
    _check_target(language)
    if hasattr(data, "read"):
        data = data.read()
    if isinstance(data, str):
        data = data.encode("utf-8")
    catalog, error = _read(data)
    if error:
        raise ImportRejected([error])

    with transaction.atomic():
        errors = _language_errors(catalog, data, language)
        entries = []
        for message in catalog:
            if not message.id and not message.context:
                continue  # the header
            match = CONTEXT_PATTERN.match(message.context or "")
            if not match or not isinstance(message.id, str):
                errors.append(
                    _entry_error(message, _("this is not an entry of a page segment export."))
                )
                continue
            entries.append(_Entry(message, int(match["page_id"]), match["context"]))

        pages = _load_pages({entry.page_id for entry in entries})
        objects, sources, targets = {}, {}, {}
        for page_id, page in pages.items():
            objects[page_id] = page.get_latest_revision_as_object()
            content = PageContent.from_page(objects[page_id])
            sources[page_id] = {
                segment.context: segment
                for segment in content.segments(source_language())
                if not segment.is_empty
            }
            targets[page_id] = content

        denied = set()
        translated = defaultdict(dict)  # (page id, field) -> {context: text}
        for entry in entries:
            message, page = entry.message, pages.get(entry.page_id)
            if page is None:
                errors.append(
                    _entry_error(
                        message,
                        _("page %(id)s no longer exists or is not a translatable page.")
                        % {"id": entry.page_id},
                    )
                )
                continue
            if page.pk not in denied:
                problem = _edit_problem(page, user)
                if problem:
                    denied.add(page.pk)
                    errors.append(_entry_error(message, problem))
            source = sources[page.pk].get(entry.context)
            if source is None:
                errors.append(
                    _entry_error(
                        message,
                        _(
                            "this segment is no longer in the Romanian text of “%(title)s”; "
                            "export the page again."
                        )
                        % {"title": page.title_ro},
                    )
                )
                continue
            if message.id != source.text:
                errors.append(
                    _entry_error(
                        message,
                        _(
                            "the Romanian source changed since this file was exported (the "
                            "msgid no longer matches it); export again."
                        ),
                    )
                )
                continue
            if message.fuzzy:
                errors.append(
                    _entry_error(
                        message,
                        _(
                            "the entry is marked fuzzy (needs review): check the translation "
                            "against the source and remove the fuzzy flag."
                        ),
                    )
                )
                continue
            if not entry.translation:
                continue
            control = _control_character(entry.translation)
            if control:
                errors.append(
                    _entry_error(
                        message,
                        _(
                            "the translation contains the control character %(character)s, "
                            "which no page text may hold; remove it."
                        )
                        % {"character": control},
                    )
                )
                continue
            for problem in check_translation(
                source.text, entry.translation, source.format, source.max_length
            ):
                errors.append(_entry_error(message, problem))
            translated[(page.pk, source.field)][entry.context] = entry.translation

        errors.extend(_partial_field_errors(translated, sources, pages, entries))
        if errors:
            raise ImportRejected(errors)
        return _apply(language, user, translated, objects, targets)


def _control_character(text):
    """The first control character of `text` other than a line break or tab, as U+XXXX."""
    for character in text:
        if character not in "\n\t" and unicodedata.category(character) == "Cc":
            return f"U+{ord(character):04X}"
    return None


def _edit_problem(page, user):
    if not page.permissions_for_user(user).can_edit():
        return _("you may not edit the page “%(title)s”.") % {"title": page.title_ro}
    lock = page.get_lock()
    if lock and lock.for_user(user):
        return _("the page “%(title)s” is locked: %(reason)s") % {
            "title": page.title_ro,
            "reason": strip_tags(str(lock.get_message(user) or "")),
        }
    return None


def _partial_field_errors(translated, sources, pages, entries):
    """A field is translated entirely or not at all: half a body would mix two languages."""
    lines = {(entry.page_id, entry.context): entry.message for entry in entries}
    errors = []
    for (page_id, field_name), done in translated.items():
        expected = [segment for segment in sources[page_id].values() if segment.field == field_name]
        missing = [segment for segment in expected if segment.context not in done]
        if not missing:
            continue
        page = pages[page_id]
        for segment in missing:
            details = {
                "field": segment.labels[0],
                "title": page.title_ro,
                "count": len(done),
            }
            message = lines.get((page_id, segment.context))
            if message is not None:
                errors.append(
                    _entry_error(
                        message,
                        _(
                            "the field “%(field)s” of “%(title)s” is translated only in part: "
                            "this segment has no translation while %(count)s others have one."
                        )
                        % details,
                    )
                )
            else:
                errors.append(
                    _(
                        "Entry “%(entry)s” is not in the file, but the field “%(field)s” of "
                        "“%(title)s” is translated only in part without it."
                    )
                    % {**details, "entry": message_context(page_id, segment.context)}
                )
    return errors


def _apply(language, user, translated, objects, targets):
    summary = ImportSummary(language=language)
    by_page = defaultdict(dict)
    for (page_id, field_name), texts in translated.items():
        by_page[page_id][field_name] = texts
    for page_id, fields in by_page.items():
        page, content = objects[page_id], targets[page_id]
        changed = False
        for model_field in translatable_fields(type(page)):
            texts = fields.get(model_field.name)
            if texts is None:
                continue
            summary.segments_translated += len(texts)
            current = content.raw(model_field, language)
            if isinstance(model_field, StreamField):
                new = translated_stream(
                    model_field, content.raw(model_field, source_language()), texts
                )
            else:
                new = texts[model_field.name]
            if new != current:
                setattr(page, build_localized_fieldname(model_field.name, language), new)
                changed = True
        if changed:
            try:
                page.save_revision(user=user, log_action=True)
            except ValidationError as error:
                raise ImportRejected(
                    [
                        _("The page “%(title)s” could not be saved: %(problems)s")
                        % {"title": page.title_ro, "problems": "; ".join(error.messages)}
                    ]
                ) from error
            summary.pages_changed.append(page)
    return summary

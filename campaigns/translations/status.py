"""Whether each page's translation into each language is missing, outdated or complete.

Every saved revision (the editor, the PO import, the demo loader all save one) updates the
TranslationRecord of each language whose own text it changed, noting the Romanian source it
was written against. A translation is outdated once the Romanian source no longer matches.
"""

from collections import defaultdict

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Revision

from campaigns.pages.models import BasePage

from .models import TranslationRecord
from .segments import (
    PageContent,
    all_empty,
    digest,
    source_language,
    target_languages,
    text_hash,
)

MISSING = "missing"
OUTDATED = "outdated"
COMPLETE = "complete"
STATUS_LABELS = {
    MISSING: _("Missing"),
    OUTDATED: _("Outdated"),
    COMPLETE: _("Complete"),
}

# Page types the translations report lists and bulk export offers; add others as they need it.
REPORT_PAGE_TYPES = ["pages.CampaignPage"]


def report_page_models():
    return [apps.get_model(label) for label in REPORT_PAGE_TYPES]


def report_pages(user=None):
    """Pages of the report's types in tree order; with a user, only those they may edit."""
    pages = {}
    for model in report_page_models():
        for page in model.objects.order_by("path"):
            pages.setdefault(page.pk, page)
    if user is None:
        return list(pages.values())
    return [page for page in pages.values() if page.permissions_for_user(user).can_edit()]


def is_translatable(model):
    return isinstance(model, type) and issubclass(model, BasePage)


def latest_content(page):
    """The version of `page` an editor sees: its latest revision when it has unpublished changes.

    Mirrors Wagtail's get_latest_revision_as_object without building the page object.
    """
    return latest_contents([page])[page.pk]


def latest_contents(pages):
    """latest_content for many (specific) pages, with one query for all their revisions."""
    revision_ids = [
        page.latest_revision_id
        for page in pages
        if page.has_unpublished_changes and page.latest_revision_id
    ]
    revisions = (
        dict(Revision.objects.filter(pk__in=revision_ids).values_list("pk", "content"))
        if revision_ids
        else {}
    )
    contents = {}
    for page in pages:
        content = revisions.get(page.latest_revision_id) if page.has_unpublished_changes else None
        if content is None:
            contents[page.pk] = PageContent.from_page(page)
        else:
            contents[page.pk] = PageContent.from_revision_content(type(page), content)
    return contents


def source_fingerprints(source_segments):
    return {segment.context: text_hash(segment.text) for segment in source_segments}


def record_translations(page_id, content):
    """Note the current source against each language whose own text differs from its record."""
    source = content.segments(source_language())
    source_digest = digest(source)
    records = {
        record.language: record for record in TranslationRecord.objects.filter(page_id=page_id)
    }
    created, changed = [], []
    for code in target_languages():
        segments = content.segments(code)
        content_digest = digest(segments)
        record = records.get(code)
        if record is None:
            if all_empty(segments):
                continue
            record = TranslationRecord(page_id=page_id, language=code)
            created.append(record)
        elif record.content_digest == content_digest:
            continue
        else:
            changed.append(record)
        record.source_digest = source_digest
        record.content_digest = content_digest
        record.source_segments = source_fingerprints(source)
    TranslationRecord.objects.bulk_create(created)
    if changed:
        # bulk_update skips auto_now; the date says when the translation last changed.
        now = timezone.now()
        for record in changed:
            record.updated_at = now
        TranslationRecord.objects.bulk_update(
            changed, ["source_digest", "content_digest", "source_segments", "updated_at"]
        )


def track_revision(sender, instance, created, raw=False, **kwargs):
    """post_save of wagtail.models.Revision: every way a page's content changes saves one."""
    if not created or raw:
        return
    model = ContentType.objects.get_for_id(instance.content_type_id).model_class()
    if not is_translatable(model):
        return
    content = PageContent.from_revision_content(model, instance.content)
    record_translations(int(instance.object_id), content)


def status_of(segments, record, source_digest):
    """A translation with no record was written before tracking began: it needs checking."""
    if all_empty(segments):
        return MISSING
    if record is None or record.source_digest != source_digest:
        return OUTDATED
    return COMPLETE


def records_by_page(pages, languages):
    records = defaultdict(dict)
    for record in TranslationRecord.objects.filter(
        page_id__in=[page.pk for page in pages], language__in=languages
    ):
        records[record.page_id][record.language] = record
    return records


def page_statuses(pages, languages=None):
    """{page id: {language: status}} for specific pages, in a fixed number of queries."""
    languages = tuple(languages or target_languages())
    records = records_by_page(pages, languages)
    contents = latest_contents(pages)
    statuses = {}
    for page in pages:
        content = contents[page.pk]
        source_digest = digest(content.segments(source_language()))
        statuses[page.pk] = {
            code: status_of(content.segments(code), records[page.pk].get(code), source_digest)
            for code in languages
        }
    return statuses

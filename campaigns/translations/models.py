"""What a translation was made from, so a later change of the Romanian source shows."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslationRecord(models.Model):
    """One page's translation into one language, as of the last revision that changed it.

    `source_digest` is the Romanian source's digest when the translation last changed: when it
    no longer matches the source, the translation is outdated. `source_segments` fingerprints
    each source text then, so an export can flag exactly the segments whose source changed.
    """

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="translation_records",
    )
    language = models.CharField(_("language"), max_length=10)
    source_digest = models.CharField(_("source digest"), max_length=64)
    content_digest = models.CharField(_("content digest"), max_length=64)
    source_segments = models.JSONField(_("source segment fingerprints"), default=dict, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("translation record")
        verbose_name_plural = _("translation records")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "language"], name="translations_record_unique_page_language"
            )
        ]

    def __str__(self):
        return f"{self.page_id}/{self.language}"

"""Prevention materials and their print-ready files, one per language.

A file is checked when it is uploaded (validation.py decides its type from its content) and
described when it is saved: kind, size, SHA-256 (posts verify downloads against it) and a
thumbnail for the catalogue.
"""

import posixpath

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from campaigns.languages import registry

from . import downloads, validation
from .captions import CAPTIONS_ACCEPT, check_captions
from .thumbnails import THUMBNAIL_EXTENSION, render_thumbnail


class MaterialQuerySet(models.QuerySet):
    def current(self, today=None):
        """Materials the public and the API may see: not past their review-by date."""
        return self.filter(review_by__gte=today or timezone.localdate())

    def withdrawn(self, today=None):
        return self.filter(review_by__lt=today or timezone.localdate())

    def with_files(self):
        """Materials with at least one file: without one there is nothing to download."""
        return self.filter(
            models.Exists(MaterialFile.objects.filter(material=models.OuterRef("pk")))
        )

    def with_file_in(self, language_code):
        return self.filter(
            models.Exists(
                MaterialFile.objects.filter(material=models.OuterRef("pk"), language=language_code)
            )
        )

    def for_public(self):
        """Current materials with a file, their files and taxonomies fetched in fixed queries."""
        return (
            self.current().with_files().prefetch_related("files", "audiences", "exploitation_forms")
        )


class Material(index.Indexed, ClusterableModel):
    """A prevention material, with one print-ready file per language.

    A material past its review-by date is withdrawn from the public catalogue and the API until
    someone reviews it and moves the date on.
    """

    class Type(models.TextChoices):
        # Translators: shown to the public.
        LEAFLET = "leaflet", _("Leaflet")
        # Translators: shown to the public.
        POSTER = "poster", _("Poster")
        # Translators: shown to the public.
        WALLET_CARD = "wallet_card", _("Wallet card")
        # Translators: shown to the public.
        BOOKLET = "booklet", _("Booklet")
        # Translators: shown to the public.
        VIDEO = "video", _("Video")
        # Translators: shown to the public.
        SOCIAL_GRAPHIC = "social_graphic", _("Social media graphic")
        # Translators: shown to the public.
        LESSON_PLAN = "lesson_plan", _("Lesson plan")

    key = models.SlugField(
        _("key"),
        max_length=60,
        unique=True,
        help_text=_("Stable identifier used in addresses, QR codes and the API."),
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    type = models.CharField(_("type"), max_length=20, choices=Type.choices)
    audiences = ParentalManyToManyField(
        "taxonomy.Audience", verbose_name=_("audiences"), related_name="materials"
    )
    exploitation_forms = ParentalManyToManyField(
        "taxonomy.ExploitationForm",
        verbose_name=_("exploitation forms"),
        related_name="materials",
        blank=True,
    )
    campaigns = ParentalManyToManyField(
        "pages.CampaignPage", verbose_name=_("campaigns"), related_name="materials", blank=True
    )
    pna_actions = ParentalManyToManyField(
        "pna.Action", verbose_name=_("PNA actions"), related_name="materials", blank=True
    )
    version = models.CharField(_("version"), max_length=20, default="1.0")
    review_by = models.DateField(
        _("review by"),
        help_text=_("After this date the material is withdrawn until it is reviewed again."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = MaterialQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("key"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("type"), FieldPanel("version"), FieldPanel("review_by")]),
        MultiFieldPanel(
            [
                FieldPanel("audiences"),
                FieldPanel("exploitation_forms"),
                FieldPanel("campaigns"),
                FieldPanel("pna_actions"),
            ],
            heading=_("Used for"),
        ),
        InlinePanel("files", label=_("Files per language")),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("description"),
        index.AutocompleteField("title"),
        index.FilterField("type"),
    ]

    class Meta:
        ordering = ["key"]
        verbose_name = _("material")
        verbose_name_plural = _("materials")

    def __str__(self):
        return self.title or self.key

    @property
    def is_withdrawn(self):
        return self.review_by < timezone.localdate()

    def files_in_order(self, first=None):
        """Files in the site's language order, `first`'s file (if any) leading.

        Uses the prefetched files when there are any.
        """
        order = {code: position for position, code in enumerate(registry.language_codes())}
        if first in order:
            order[first] = -1
        return sorted(self.files.all(), key=lambda item: order.get(item.language, len(order)))

    def file_for(self, language_code=None):
        """The file a reader of `language_code` should see first: theirs, then their fallbacks."""
        language_code = language_code or registry.current().code
        files = {item.language: item for item in self.files.all()}
        for code in (language_code, *registry.fallback_chain(language_code)):
            if code in files:
                return files[code]
        ordered = self.files_in_order()
        return ordered[0] if ordered else None


class MaterialFile(Orderable):
    """One language version of a material: the file to print or show, and how to print it."""

    class Kind(models.TextChoices):
        PDF = "pdf", _("Print-ready PDF")
        IMAGE = "image", _("Image")
        VIDEO = "video", _("Video")

    class PrintFormat(models.TextChoices):
        A3 = "A3", "A3 (297 × 420 mm)"
        A4 = "A4", "A4 (210 × 297 mm)"
        A5 = "A5", "A5 (148 × 210 mm)"
        A6 = "A6", "A6 (105 × 148 mm)"
        DL = "DL", "DL (99 × 210 mm)"
        # Translators: shown to the public.
        CARD = "card", _("Wallet card (85 × 55 mm)")
        # Translators: shown to the public.
        CUSTOM = "custom", _("Custom size")
        # Translators: shown to the public.
        DIGITAL = "digital", _("Screen only, not for print")

    material = ParentalKey(Material, related_name="files", on_delete=models.CASCADE)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    file = models.FileField(_("file"), upload_to="materials/%Y/%m/")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, editable=False)
    captions = models.FileField(
        _("captions"),
        upload_to="materials/%Y/%m/",
        blank=True,
        help_text=_("For videos: a WebVTT (.vtt) caption file in this language."),
    )
    thumbnail = models.ImageField(
        _("thumbnail"),
        upload_to="materials/thumbnails/",
        blank=True,
        editable=False,
        width_field="thumbnail_width",
        height_field="thumbnail_height",
    )
    # Kept so pages give the preview its size without opening the file (no layout shift).
    thumbnail_width = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    thumbnail_height = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    print_format = models.CharField(
        _("print format"), max_length=10, choices=PrintFormat.choices, default=PrintFormat.A5
    )
    width_mm = models.PositiveSmallIntegerField(_("width (mm)"), null=True, blank=True)
    height_mm = models.PositiveSmallIntegerField(_("height (mm)"), null=True, blank=True)
    bleed_mm = models.PositiveSmallIntegerField(_("bleed (mm)"), default=3)
    file_size = models.PositiveBigIntegerField(_("file size"), default=0, editable=False)
    sha256 = models.CharField(max_length=64, blank=True, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    panels = [
        FieldRowPanel(
            [
                FieldPanel("language"),
                FieldPanel(
                    "file", widget=forms.ClearableFileInput(attrs={"accept": validation.ACCEPT})
                ),
            ]
        ),
        FieldPanel(
            "captions",
            widget=forms.ClearableFileInput(attrs={"accept": CAPTIONS_ACCEPT}),
        ),
        FieldRowPanel(
            [
                FieldPanel("print_format"),
                FieldPanel("width_mm"),
                FieldPanel("height_mm"),
                FieldPanel("bleed_mm"),
            ],
            heading=_("Print specification"),
        ),
    ]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["material", "language"], name="one_file_per_material_and_language"
            )
        ]
        verbose_name = _("material file")
        verbose_name_plural = _("material files")

    def __str__(self):
        return f"{self.material} [{self.language}]"

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        # What was stored, to tell on save whether the file or captions were replaced.
        instance._stored_names = (instance.__dict__.get("file"), instance.__dict__.get("captions"))
        return instance

    def _stored(self, index):
        stored = getattr(self, "_stored_names", (None, None))[index]
        return getattr(stored, "name", stored)

    def file_is_new(self):
        """An upload not yet inspected: a fresh upload, another stored file, or never hashed."""
        if not self.file:
            return False
        return (
            not getattr(self.file, "_committed", True)
            or self.file.name != self._stored(0)
            or not self.sha256
        )

    def captions_are_new(self):
        if not self.captions:
            return False
        return not getattr(self.captions, "_committed", True) or self.captions.name != self._stored(
            1
        )

    def _inspect(self):
        """The file's Inspection, computed once per upload (clean() and save() both need it)."""
        cached = getattr(self, "_inspection", None)
        if cached is not None and cached[0] is self.file.file:
            return cached[1]
        inspection = validation.inspect_upload(self.file)
        self._inspection = (self.file.file, inspection)
        return inspection

    def clean(self):
        super().clean()
        errors = {}
        kind = self.kind
        if self.file_is_new():
            try:
                kind = self._inspect().kind
            except ValidationError as error:
                errors["file"] = error.error_list
        if self.captions_are_new():
            try:
                check_captions(self.captions)
            except ValidationError as error:
                errors["captions"] = error.error_list
        if "file" not in errors and "captions" not in errors:
            if kind == self.Kind.VIDEO and not self.captions:
                errors["captions"] = _(
                    "A video needs its captions in this language (a WebVTT .vtt file), for "
                    "people who cannot hear it or watch without sound."
                )
            elif kind and kind != self.Kind.VIDEO and self.captions:
                errors["captions"] = _("Captions go with a video; remove them from this file.")
        if self.print_format == self.PrintFormat.CUSTOM and not (self.width_mm and self.height_mm):
            errors["print_format"] = _("A custom size needs its width and height in millimetres.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        """Record what the file is, its size and SHA-256, and make its thumbnail when it changed.

        A file saved without the admin form (the demo loader, a script) is checked here too.
        """
        if self.captions_are_new():
            check_captions(self.captions)
        if not self.file_is_new():
            super().save(*args, **kwargs)
            self._stored_names = (self.file.name, self.captions.name if self.captions else None)
            return
        inspection = self._inspect()
        changed = inspection.sha256 != self.sha256 or (
            inspection.kind != self.Kind.VIDEO and not self.thumbnail
        )
        self.kind = inspection.kind
        self.file_size = inspection.size
        self.sha256 = inspection.sha256
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {
                *kwargs["update_fields"],
                "kind",
                "file_size",
                "sha256",
                "thumbnail",
                "thumbnail_width",
                "thumbnail_height",
            }
        old_thumbnail = self.thumbnail.name if self.thumbnail else ""
        new_thumbnail = ""
        with transaction.atomic():
            if changed:
                data = render_thumbnail(self.file, inspection.kind)
                if data is None:
                    self.thumbnail = ""
                else:
                    # A named ContentFile: Django reads the size of an unnamed one as "no file".
                    name = self._thumbnail_name()
                    self.thumbnail.save(name, ContentFile(data, name=name), save=False)
                    new_thumbnail = self.thumbnail.name
            try:
                super().save(*args, **kwargs)
            except Exception:
                if new_thumbnail:
                    self.thumbnail.storage.delete(new_thumbnail)
                raise
            if changed and old_thumbnail and old_thumbnail != new_thumbnail:
                storage = self.thumbnail.storage
                transaction.on_commit(lambda: storage.delete(old_thumbnail))
        self._stored_names = (self.file.name, self.captions.name if self.captions else None)
        self._inspection = None

    def _thumbnail_name(self):
        stem = f"{self.material.key}-{self.language}" if self.material_id else self.sha256[:16]
        return stem + THUMBNAIL_EXTENSION

    @property
    def extension(self):
        return posixpath.splitext(self.file.name)[1].lower() if self.file else ""

    @property
    def file_type(self):
        """The validation.FileType the file's name stands for (its content was checked to match)."""
        for file_type in validation.FILE_TYPES:
            if self.extension in file_type.extensions:
                return file_type
        return None

    @property
    def format_label(self):
        file_type = self.file_type
        return file_type.label if file_type else self.extension.lstrip(".").upper()

    @property
    def content_type(self):
        file_type = self.file_type
        return file_type.content_type if file_type else "application/octet-stream"

    @property
    def download_name(self):
        """The name a visitor's download is saved under: the material's key and the language."""
        return f"{self.material.key}-{self.language}{self.extension}"

    @property
    def language_info(self):
        return registry.get(self.language)

    # The public addresses of the file, its captions and thumbnail: checked for withdrawal on
    # every request (downloads.py), unlike the storage's own URLs.
    @property
    def download_url(self):
        return downloads.download_url(self, "file")

    @property
    def captions_url(self):
        return downloads.download_url(self, "captions")

    @property
    def thumbnail_url(self):
        return downloads.download_url(self, "thumbnail")

    @property
    def is_for_print(self):
        return self.kind != self.Kind.VIDEO and self.print_format != self.PrintFormat.DIGITAL

    @property
    def print_size(self):
        """The finished size as a reader sees it: the named format, or a custom size in mm."""
        if self.print_format == self.PrintFormat.CUSTOM and self.width_mm and self.height_mm:
            return f"{self.width_mm} × {self.height_mm} mm"
        return self.get_print_format_display()


# Django looks for models in models.py: the catalogue page type lives in pages.py.
from .pages import MaterialCatalogPage  # noqa: E402

__all__ = ["Material", "MaterialCatalogPage", "MaterialFile", "MaterialQuerySet"]

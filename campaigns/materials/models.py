from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index


class MaterialQuerySet(models.QuerySet):
    def current(self, today=None):
        """Materials the public and the API may see: not past their review-by date."""
        return self.filter(review_by__gte=today or timezone.localdate())

    def withdrawn(self, today=None):
        return self.filter(review_by__lt=today or timezone.localdate())


class Material(index.Indexed, ClusterableModel):
    """A prevention material, with one print-ready file per language.

    A material past its review-by date is withdrawn from the public catalogue and the API until
    someone reviews it and moves the date on.
    """

    class Type(models.TextChoices):
        LEAFLET = "leaflet", _("Leaflet")
        POSTER = "poster", _("Poster")
        WALLET_CARD = "wallet_card", _("Wallet card")
        BOOKLET = "booklet", _("Booklet")
        VIDEO = "video", _("Video")
        SOCIAL_GRAPHIC = "social_graphic", _("Social media graphic")
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
        CARD = "card", _("Wallet card (85 × 55 mm)")
        CUSTOM = "custom", _("Custom size")
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
        _("thumbnail"), upload_to="materials/thumbnails/", blank=True, editable=False
    )
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
        FieldRowPanel([FieldPanel("language"), FieldPanel("file")]),
        FieldPanel("captions"),
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

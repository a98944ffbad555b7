from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Term(index.Indexed, models.Model):
    """A translated entry of a vocabulary editors pick from.

    Data rather than a list in code, so coordinators can add or rename entries; `key` stays
    stable for imports, reports and URLs while the names are translated.
    """

    key = models.SlugField(_("key"), max_length=50, unique=True)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("key"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "key"]

    def __str__(self):
        return self.name or self.key


class Audience(Term):
    """A group a prevention campaign speaks to, e.g. foreign workers or Romanians abroad."""

    class Meta(Term.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")


class ExploitationForm(Term):
    """A form of exploitation a campaign addresses: sexual, labour, begging, online, ..."""

    class Meta(Term.Meta):
        verbose_name = _("exploitation form")
        verbose_name_plural = _("exploitation forms")


class Channel(Term):
    """Where a campaign reaches people: online, schools, border crossings, consulates, ..."""

    class Meta(Term.Meta):
        verbose_name = _("channel")
        verbose_name_plural = _("channels")


class RegionalCentre(index.Indexed, models.Model):
    """One of ANITP's regional centres, and the staff accounts that work for it.

    A centre's staff author and edit only their own centre's campaigns.
    """

    key = models.SlugField(_("key"), max_length=50, unique=True)
    name = models.CharField(_("name"), max_length=120)
    city = models.CharField(_("city"), max_length=80)
    email = models.EmailField(_("e-mail"), blank=True)
    staff = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("staff"),
        related_name="regional_centres",
        blank=True,
        help_text=_("Staff accounts that author this centre's campaigns."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("key"),
        FieldPanel("city"),
        FieldPanel("email"),
        FieldPanel("staff"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["city"]
        verbose_name = _("regional centre")
        verbose_name_plural = _("regional centres")

    def __str__(self):
        return self.name or self.city


class Partner(index.Indexed, models.Model):
    """An institution or organisation a campaign is run with."""

    class Kind(models.TextChoices):
        PUBLIC = "public", _("Public institution")
        NGO = "ngo", _("Non-governmental organisation")
        PRIVATE = "private", _("Private company")
        INTERNATIONAL = "international", _("International organisation")
        MEDIA = "media", _("Media")

    key = models.SlugField(_("key"), max_length=50, unique=True)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    website = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("key"), FieldPanel("kind"), FieldPanel("website")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self):
        return self.name

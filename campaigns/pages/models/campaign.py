from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.search import index

from campaigns.languages import registry
from campaigns.languages.fallback import translated_languages

from ..forms import CampaignPageForm
from .base import BasePage


class CampaignPage(BasePage):
    """A prevention campaign: who it speaks to, what it is about, who runs it, and its content."""

    class Setting(models.TextChoices):
        RURAL = "rural", _("Rural")
        URBAN = "urban", _("Urban")
        RURAL_AND_URBAN = "rural_urban", _("Rural and urban")

    audiences = ParentalManyToManyField(
        "taxonomy.Audience", verbose_name=_("target audiences"), related_name="campaigns"
    )
    exploitation_forms = ParentalManyToManyField(
        "taxonomy.ExploitationForm",
        verbose_name=_("exploitation forms addressed"),
        related_name="campaigns",
        blank=True,
    )
    pna_actions = ParentalManyToManyField(
        "pna.Action",
        verbose_name=_("PNA actions implemented"),
        related_name="campaigns",
        blank=True,
        help_text=_("The National Action Plan actions whose indicators this campaign feeds."),
    )
    regional_centre = models.ForeignKey(
        "taxonomy.RegionalCentre",
        verbose_name=_("responsible regional centre"),
        on_delete=models.PROTECT,
        related_name="campaigns",
    )
    partners = ParentalManyToManyField(
        "taxonomy.Partner", verbose_name=_("partners"), related_name="campaigns", blank=True
    )
    channels = ParentalManyToManyField(
        "taxonomy.Channel", verbose_name=_("channels"), related_name="campaigns", blank=True
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Leave empty for an ongoing campaign.")
    )
    setting = models.CharField(
        _("rural or urban"),
        max_length=20,
        choices=Setting.choices,
        default=Setting.RURAL_AND_URBAN,
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt = models.CharField(
        _("hero image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    # Languages with their own body text, kept on save so listings filter in SQL:
    # ",ro,en,ne," and so on.
    available_languages = models.CharField(max_length=200, blank=True, editable=False)

    content_panels = [
        *BasePage.content_panels[:1],
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_alt")], heading=_("Hero image")
        ),
        *BasePage.content_panels[1:],
    ]
    campaign_panels = [
        FieldPanel("regional_centre", widget=forms.Select),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
        FieldPanel("exploitation_forms", widget=forms.CheckboxSelectMultiple),
        FieldPanel("channels", widget=forms.CheckboxSelectMultiple),
        FieldPanel("pna_actions", widget=forms.CheckboxSelectMultiple),
        FieldPanel("partners"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Period")),
        FieldPanel("setting"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(campaign_panels, heading=_("Campaign")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
        ]
    )
    search_fields = [*BasePage.search_fields, index.FilterField("available_languages")]

    base_form_class = CampaignPageForm
    parent_page_types = ["pages.CampaignIndexPage"]
    subpage_types = []
    template = "pages/campaign_page.html"

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def clean(self):
        super().clean()
        errors = {}
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = _("The campaign cannot end before it starts.")
        if self.hero_image_id and not (self.hero_alt_ro or "").strip():
            errors["hero_alt_ro"] = _("A hero image needs its alternative text.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        codes = translated_languages(self, "body")
        self.available_languages = "".join(f",{code}" for code in codes) + ("," if codes else "")
        return super().save(*args, **kwargs)

    @classmethod
    def available_in(cls, language_code):
        """A filter for campaigns whose body is written (not fallen back) in a language."""
        return models.Q(available_languages__contains=f",{language_code},")

    @property
    def available_language_list(self):
        return [registry.get(code) for code in self.available_languages.split(",") if code]

    @property
    def is_ongoing(self):
        return self.end_date is None

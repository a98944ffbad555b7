"""The material lines of an activity: copies of one material, in one language, handed out."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from campaigns.bounds import COPIES, AtMost, bound_checks


class ActivityMaterial(models.Model):
    """How many copies of one material, in one language, an activity handed out."""

    activity = ParentalKey(
        "reach.Activity", on_delete=models.CASCADE, related_name="material_lines"
    )
    material = models.ForeignKey(
        "materials.Material",
        on_delete=models.PROTECT,
        related_name="activity_lines",
        verbose_name=_("material"),
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    quantity = models.PositiveIntegerField(_("copies distributed"), validators=[AtMost(COPIES)])

    # A plain select: the snippet chooser's modal is slow going for a line of a form.
    panels = [
        FieldRowPanel(
            [
                FieldPanel("material", widget=forms.Select),
                FieldPanel("language"),
                FieldPanel("quantity"),
            ]
        )
    ]

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["activity", "material", "language"], name="reach_one_line_per_material"
            ),
            *bound_checks("reach_line", {"quantity": COPIES}),
        ]
        verbose_name = _("material distributed")
        verbose_name_plural = _("materials distributed")

    def __str__(self):
        return f"{self.material} [{self.language}] × {self.quantity}"

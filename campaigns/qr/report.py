"""Scans per material, language and post over a period: the admin report and its CSV."""

from dataclasses import dataclass
from datetime import date, timedelta

from django import forms
from django.conf import settings
from django.db.models import CharField, F, Sum, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput

from campaigns.languages import registry

from .models import ScanCount

DEFAULT_DAYS = 30
BY_POST = "post"
BY_LANGUAGE = "language"


class ReportForm(forms.Form):
    start = forms.DateField(label=_("From"), required=False, widget=AdminDateInput)
    end = forms.DateField(label=_("To"), required=False, widget=AdminDateInput)
    group = forms.ChoiceField(
        label=_("Counts per"),
        required=False,
        choices=[
            (BY_POST, _("Material, language and post")),
            (BY_LANGUAGE, _("Material and language")),
        ],
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and start > end:
            raise forms.ValidationError(_("The period must start before it ends."))
        return cleaned

    def choices(self):
        """(start, end, by_post): what was asked, else the last 30 days per post."""
        cleaned = self.cleaned_data if self.is_valid() else {}
        end = cleaned.get("end") or timezone.localdate()
        start = cleaned.get("start") or end - timedelta(days=DEFAULT_DAYS - 1)
        return start, end, cleaned.get("group", BY_POST) != BY_LANGUAGE


@dataclass(frozen=True)
class Row:
    material_key: str
    material_title: str
    language: str
    language_name: str
    post_code: str
    post_name: str
    scans: int


def language_name(code):
    """The language's name in the admin's own language."""
    try:
        return registry.get(code).name_in(get_language() or "en")
    except (KeyError, ValueError, LookupError):
        return code


def _title_in_admin_language():
    code = get_language() or settings.LANGUAGE_CODE
    if code not in settings.MODELTRANSLATION_LANGUAGES:
        code = settings.LANGUAGE_CODE
    # ScanCount's queryset is not modeltranslation's, so the column is named: the admin's
    # language, else Romanian (always filled).
    return Coalesce(
        NullIf(F(f"material__title_{code}"), Value("")),
        F(f"material__title_{settings.LANGUAGE_CODE}"),
        output_field=CharField(),
    )


def scan_rows(start: date, end: date, by_post=True):
    """Total scans from `start` to `end` inclusive, in one aggregate query.

    Sorted by material key, then language in the switcher's order, then post (scans of codes
    without a post first).
    """
    fields = ["material__key", "language"] + (["post__code", "post__name"] if by_post else [])
    totals = (
        ScanCount.objects.filter(day__gte=start, day__lte=end)
        .values(*fields, material_title=_title_in_admin_language())
        .annotate(total=Sum("scans"))
        .order_by()
    )
    order = {code: position for position, code in enumerate(registry.language_codes())}
    rows = [
        Row(
            material_key=total["material__key"],
            material_title=total["material_title"] or "",
            language=total["language"],
            language_name=language_name(total["language"]),
            post_code=total.get("post__code") or "",
            post_name=total.get("post__name") or "",
            scans=total["total"],
        )
        for total in totals
    ]
    rows.sort(key=lambda row: (row.material_key, order.get(row.language, 99), row.post_code))
    return rows

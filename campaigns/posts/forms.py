"""Forms for posts, tokens, orders and distribution reports.

Every line of an order or a report is checked here, so a bad line is reported on that line and
nothing is written; the views save a valid form whole, in one transaction.
"""

import datetime

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from campaigns.bounds import LINE_COPIES, REPORT_COUNTS, too_large_message
from campaigns.materials.models import Material
from campaigns.submissions.once import OneTimeTokenMixin

from .models import DistributionReport
from .roles import CONSULAR_STAFF_GROUP, visible_posts

MAX_QUANTITY = LINE_COPIES
LANGUAGE_NAMES = dict(settings.LANGUAGES)


def language_name(code):
    return str(LANGUAGE_NAMES.get(code, code))


def _user_label(user):
    name = user.get_full_name()
    return f"{name} ({user.get_username()})" if name else user.get_username()


class ConsularPostForm(WagtailAdminModelForm):
    """A post's details; staff are chosen among active members of the consular staff group."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "staff" in self.fields:
            # Present staff stay listed even if they left the group, so saving the post does
            # not drop them unseen.
            eligible = Q(is_active=True, groups__name=CONSULAR_STAFF_GROUP)
            if self.instance.pk:
                eligible |= Q(consular_posts=self.instance)
            self.fields["staff"].queryset = (
                get_user_model()
                .objects.filter(eligible)
                .distinct()
                .order_by("last_name", "first_name", "username")
            )
            self.fields["staff"].label_from_instance = _user_label
            self.fields["staff"].help_text = _(
                "Only active users in the “Consular post staff” group are listed; add a user "
                "to that group under Settings › Users first."
            )

    def clean_country(self):
        country = self.cleaned_data["country"].strip().upper()
        if len(country) != 2 or not country.isalpha():
            raise ValidationError(_("Enter the two-letter ISO 3166 country code, e.g. GB."))
        return country


class TokenIssueForm(forms.Form):
    VALIDITY_CHOICES = [
        ("90", _("90 days")),
        ("180", _("180 days")),
        ("365", _("One year")),
        ("730", _("Two years")),
    ]

    name = forms.CharField(
        label=_("Name"),
        max_length=100,
        help_text=_("What the token is for, e.g. “Embassy website”. Shown in the token list."),
    )
    valid_for = forms.TypedChoiceField(
        label=_("Valid for"), choices=VALIDITY_CHOICES, coerce=int, initial="365"
    )


class _PostChoiceForm(forms.Form):
    """A form whose first field is the post, limited to the posts the user acts for."""

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        posts = visible_posts(user)
        self.fields["post"] = forms.ModelChoiceField(
            label=_("Consular post"),
            queryset=posts,
            empty_label=None if posts.count() == 1 else "---------",
        )
        self.order_fields(["post"])


class MaterialChoiceField(forms.ModelChoiceField):
    """Offers the given materials but recognises any, so a withdrawn one gets a clear message.

    Rejecting an unknown choice would only say "select a valid choice", which tells a post
    nothing when a material was withdrawn while the form was open.
    """

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            return Material.objects.get(pk=value)
        except (ValueError, TypeError, Material.DoesNotExist) as error:
            raise ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            ) from error

    def validate(self, value):
        forms.Field.validate(self, value)


def material_label(material):
    return f"{material} ({material.key})"


def _quantity_field(label, minimum, invalid, below):
    return forms.IntegerField(
        label=label,
        min_value=minimum,
        max_value=MAX_QUANTITY,
        error_messages={
            "invalid": invalid,
            "min_value": below,
            "max_value": too_large_message(MAX_QUANTITY),
        },
        widget=forms.NumberInput(attrs={"min": minimum, "step": 1, "inputmode": "numeric"}),
    )


class OrderLineForm(forms.Form):
    """One line of an order: a current material, a language it has a file in, how many."""

    material = MaterialChoiceField(label=_("Material"), queryset=Material.objects.none())
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    quantity = _quantity_field(
        _("Quantity"),
        1,
        invalid=_("Enter the quantity as a whole number, e.g. 500."),
        below=_("The quantity must be at least 1."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["material"]
        field.queryset = Material.objects.current().prefetch_related("files")
        field.label_from_instance = self._label_with_languages
        self.fields["language"].choices = [("", "---------"), *settings.LANGUAGES]

    @staticmethod
    def _label_with_languages(material):
        codes = ", ".join(sorted(f.language for f in material.files.all()))
        return f"{material_label(material)} – {codes}" if codes else material_label(material)

    def clean(self):
        cleaned = super().clean()
        material = cleaned.get("material")
        language = cleaned.get("language")
        if material is None:
            return cleaned
        if material.is_withdrawn:
            self.add_error(
                "material",
                ValidationError(
                    _(
                        "“%(material)s” has been withdrawn (its review date has passed) and "
                        "cannot be ordered."
                    ),
                    code="withdrawn",
                    params={"material": material},
                ),
            )
        elif language and not material.files.filter(language=language).exists():
            self.add_error(
                "language",
                ValidationError(
                    _("“%(material)s” has no file in %(language)s, so it cannot be ordered in it."),
                    code="no_file",
                    params={"material": material, "language": language_name(language)},
                ),
            )
        return cleaned


class DistributionLineForm(forms.Form):
    """One line of a report: a material, a language, how many were handed out (0 or more)."""

    material = forms.ModelChoiceField(label=_("Material"), queryset=Material.objects.all())
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    quantity = _quantity_field(
        _("Materials distributed"),
        0,
        invalid=_("Enter the number distributed as a whole number, e.g. 120."),
        below=_("The number distributed cannot be negative."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["material"].label_from_instance = material_label
        self.fields["language"].choices = [("", "---------"), *settings.LANGUAGES]


class BaseLineFormSet(forms.BaseFormSet):
    """Blank rows are ignored; one material and language may appear on one line only."""

    duplicate_message = _("%(material)s in %(language)s appears on more than one line.")
    empty_message = ""

    def clean(self):
        if any(self.errors):
            return
        seen = set()
        for form in self.forms:
            if not form.has_changed() or self._should_delete_form(form):
                continue
            item = (form.cleaned_data["material"].pk, form.cleaned_data["language"])
            if item in seen:
                raise ValidationError(
                    self.duplicate_message,
                    code="duplicate",
                    params={
                        "material": form.cleaned_data["material"],
                        "language": language_name(item[1]),
                    },
                )
            seen.add(item)
        if self.empty_message and not seen:
            raise ValidationError(self.empty_message, code="empty")

    def lines(self):
        """(material, language, quantity) for every filled-in row."""
        return [
            (
                form.cleaned_data["material"],
                form.cleaned_data["language"],
                form.cleaned_data["quantity"],
            )
            for form in self.forms
            if form.has_changed() and form.cleaned_data
        ]


class BaseOrderLineFormSet(BaseLineFormSet):
    duplicate_message = _(
        "%(material)s in %(language)s appears on more than one line; put the total on one line."
    )
    empty_message = _("Add at least one line: a material, a language and a quantity.")


OrderLineFormSet = forms.formset_factory(
    OrderLineForm, formset=BaseOrderLineFormSet, extra=5, max_num=50, validate_max=True
)
DistributionLineFormSet = forms.formset_factory(
    DistributionLineForm, formset=BaseLineFormSet, extra=3, max_num=200, validate_max=True
)


class OrderForm(OneTimeTokenMixin, _PostChoiceForm):
    note = forms.CharField(
        label=_("Note for the coordinators"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("e.g. the event the materials are for, or a delivery address detail."),
    )


class CommentForm(forms.Form):
    """A coordinator's comment on an approval (optional) or a rejection (required)."""

    comment = forms.CharField(
        label=_("Comment"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, required=False, **kwargs):
        super().__init__(*args, **kwargs)
        if required:
            self.fields["comment"].required = True
            self.fields["comment"].error_messages["required"] = _(
                "Say why the order is rejected: the post reads this comment."
            )


def semester_start(year, semester):
    return datetime.date(year, 1 if semester == 1 else 7, 1)


def period_label(year, semester):
    return DistributionReport(year=year, semester=semester).period


def _count_field(label, limit):
    return forms.IntegerField(
        label=label,
        required=False,
        min_value=0,
        max_value=limit,
        error_messages={
            "invalid": _("Enter a whole number, or leave the field empty if it was not counted."),
            "min_value": _("A count cannot be negative."),
            "max_value": too_large_message(limit),
        },
        help_text=_("Leave empty if it was not counted; 0 means none."),
        widget=forms.NumberInput(attrs={"min": 0, "step": 1, "inputmode": "numeric"}),
    )


class ReportForm(OneTimeTokenMixin, _PostChoiceForm):
    """The period and the counts of a report. Counts only: no names, no personal data."""

    year = forms.IntegerField(
        label=_("Year"),
        min_value=2000,
        max_value=2100,
        error_messages={
            "invalid": _("Enter the year as four digits, e.g. 2026."),
            "min_value": _("Enter a year from 2000 on."),
            "max_value": _("Enter a year up to 2100."),
        },
    )
    semester = forms.TypedChoiceField(
        label=_("Semester"),
        choices=DistributionReport._meta.get_field("semester").choices,
        coerce=int,
    )
    people_reached = _count_field(_("People reached"), REPORT_COUNTS["people_reached"])
    associations_involved = _count_field(
        _("Romanian associations abroad involved"), REPORT_COUNTS["associations_involved"]
    )

    def __init__(self, *args, instance=None, **kwargs):
        self.instance = instance
        if instance is not None:
            kwargs.setdefault(
                "initial",
                {
                    "post": instance.post_id,
                    "year": instance.year,
                    "semester": instance.semester,
                    "people_reached": instance.people_reached,
                    "associations_involved": instance.associations_involved,
                },
            )
        super().__init__(*args, **kwargs)
        self.fields["year"].initial = timezone.localdate().year
        if instance is not None:
            # A report stays with its post and period; a new period is a new report.
            for name in ("post", "year", "semester"):
                self.fields[name].disabled = True

    def needs_token(self):
        return self.instance is None

    def clean(self):
        cleaned = super().clean()
        year, semester = cleaned.get("year"), cleaned.get("semester")
        if year and semester and semester_start(year, semester) > timezone.localdate():
            self.add_error(
                "semester",
                ValidationError(
                    _("%(period)s has not begun yet: a report covers a semester that has started."),
                    code="future",
                    params={"period": period_label(year, semester)},
                ),
            )
        return cleaned

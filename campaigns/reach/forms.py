"""The activity form of the admin: reporters narrowed to the user's own, material lines checked."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from campaigns.pages.models import CampaignPage
from campaigns.pages.roles import centre_ids, is_coordinator
from campaigns.posts.roles import posts_of
from campaigns.submissions.once import OneTimeTokenMixin


class ActivityForm(OneTimeTokenMixin, WagtailAdminModelForm):
    """Centre and post staff can only pick the centres and posts they belong to.

    When the user reports for exactly one centre (the usual case) it is preselected, so the
    form asks nothing the system already knows. A new activity's form is saved once, however
    many times it is sent.
    """

    def needs_token(self):
        return self.instance.pk is None

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        user = for_user
        if "campaign" in self.fields:
            self.fields["campaign"].queryset = CampaignPage.objects.order_by("-start_date", "pk")
        if user is None or is_coordinator(user):
            return
        centres, posts = centre_ids(user), posts_of(user)
        if "regional_centre" in self.fields:
            field = self.fields["regional_centre"]
            field.queryset = field.queryset.filter(pk__in=centres)
        if "consular_post" in self.fields:
            field = self.fields["consular_post"]
            field.queryset = field.queryset.filter(pk__in=posts)
        if not self.instance.pk and not self.is_bound:
            if len(centres) == 1 and not posts:
                self.initial.setdefault("regional_centre", next(iter(centres)))
            elif len(posts) == 1 and not centres:
                self.initial.setdefault("consular_post", next(iter(posts)))

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("material_lines")
        if formset is None or not formset.is_valid():
            return cleaned_data
        lines = [
            form.cleaned_data
            for form in formset.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        seen = set()
        for line in lines:
            key = (line.get("material"), line.get("language"))
            if key in seen:
                raise ValidationError(
                    _("%(material)s in %(language)s is listed twice; give it one line.")
                    % {"material": key[0], "language": line.get("language")}
                )
            seen.add(key)
        detailed = sum(line.get("quantity") or 0 for line in lines)
        total = cleaned_data.get("materials_distributed")
        if total is None and lines:
            # The lines are the only count given: they are the total.
            cleaned_data["materials_distributed"] = detailed
        elif total is not None and detailed > total:
            self.add_error(
                "materials_distributed",
                _(
                    "The material lines add up to %(detailed)s, more than the %(total)s "
                    "materials distributed."
                )
                % {"detailed": detailed, "total": total},
            )
        return cleaned_data

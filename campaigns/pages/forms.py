from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from .roles import centre_ids, is_coordinator


class CampaignPageForm(WagtailAdminPageForm):
    """Centre staff may only file a campaign under a centre they belong to."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = getattr(self, "for_user", None)
        field = self.fields.get("regional_centre")
        if user is not None and field is not None and not is_coordinator(user):
            field.queryset = field.queryset.filter(pk__in=centre_ids(user))
            if len(centre_ids(user)) == 1 and not self.instance.regional_centre_id:
                field.initial = next(iter(centre_ids(user)))

    def clean_regional_centre(self):
        centre = self.cleaned_data.get("regional_centre")
        user = getattr(self, "for_user", None)
        outside_own_centres = (
            centre is not None
            and user is not None
            and not is_coordinator(user)
            and centre.pk not in centre_ids(user)
        )
        if outside_own_centres:
            raise forms.ValidationError(
                _("You can only file campaigns under your own regional centre.")
            )
        return centre

"""The admin's filter, export and upload forms."""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from campaigns.languages import registry

from .segments import target_languages
from .status import MISSING, OUTDATED, STATUS_LABELS

# A PO file of every campaign in one language is well under this; more is not a PO export.
MAX_UPLOAD_BYTES = 5 * 1024 * 1024


def language_name(code):
    """The language's name in the admin's own language (the registry's follows the site's)."""
    language = registry.get(code)
    try:
        return language.name_in(get_language() or "en")
    except (ValueError, LookupError):
        return language.english_name


def language_label(code):
    return f"{language_name(code)} ({code}, {registry.get(code).native_name})"


def language_choices():
    return [(code, language_label(code)) for code in target_languages()]


class ReportFilterForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", _("All languages")), *language_choices()]
        self.fields["status"].choices = [("", _("Any status")), *STATUS_LABELS.items()]


class BulkExportForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"))
    status = forms.MultipleChoiceField(
        label=_("Pages whose translation is"),
        choices=[(OUTDATED, STATUS_LABELS[OUTDATED]), (MISSING, STATUS_LABELS[MISSING])],
        initial=[OUTDATED],
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = language_choices()


class ImportForm(forms.Form):
    language = forms.ChoiceField(label=_("Language of the file"))
    file = forms.FileField(
        label=_("Translated PO file"),
        help_text=_("A .po file exported from this page or from the translations report."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = language_choices()

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(size)s MB; a PO export never is.")
                % {"size": MAX_UPLOAD_BYTES // (1024 * 1024)}
            )
        return upload

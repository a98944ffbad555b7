"""Ids and text from an address, refused before they reach the database if it cannot take them.

A filter given `?campaign=<20 digits>` reached SQLite as an integer it cannot bind, and a NUL
in a query string reaches PostgreSQL as text it refuses: both were a 500. Django already turns
an out-of-range `pk=` into "no such row", but not a lookup through a parent link (a campaign
page's `page_ptr`) nor an `__in` list, which is what a filter on a page or a many-to-many
field makes. Every filter of the admin's listings is built on `BoundedFilterSet`; choosers use
`database_key` (campaigns/frame/choosers.py).
"""

import django_filters
from django.core.exceptions import ValidationError
from django.db import connections, models
from django.http import HttpResponseBadRequest, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django_filters.fields import ModelChoiceField, ModelMultipleChoiceField
from wagtail.admin.filters import WagtailFilterSet


def key_field(model, field_name=None):
    """The column a key of `model` is stored in, following parent links to the real one."""
    field = model._meta.get_field(field_name) if field_name else model._meta.pk
    while field.is_relation:
        field = field.target_field
    return field


def database_key(model, value, field_name=None, using="default"):
    """`value` as a key of `model` the database can hold, or None: no row has any other key."""
    field = key_field(model, field_name)
    try:
        key = field.to_python(value)
    except ValidationError:
        return None
    if isinstance(field, models.IntegerField) and key is not None:
        low, high = connections[using].ops.integer_field_range(field.get_internal_type())
        if (low is not None and key < low) or (high is not None and key > high):
            return None
    return key


class BoundedModelChoiceField(ModelChoiceField):
    """A choice of one object whose key is checked before the query that would look it up."""

    def to_python(self, value):
        if value not in self.empty_values and self._unheld(value):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)

    def _unheld(self, value):
        model, using = self.queryset.model, self.queryset.db
        return database_key(model, value, self.to_field_name, using) is None


class BoundedModelMultipleChoiceField(ModelMultipleChoiceField):
    """A choice of several objects, each key checked before the `__in` query."""

    def _check_values(self, value):
        model, using = self.queryset.model, self.queryset.db
        for item in value:
            if database_key(model, item, self.to_field_name, using) is None:
                raise ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": item},
                )
        return super()._check_values(value)


class BoundedModelChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = BoundedModelChoiceField


class BoundedModelMultipleChoiceFilter(django_filters.ModelMultipleChoiceFilter):
    field_class = BoundedModelMultipleChoiceField


_BOUNDED = {
    django_filters.ModelChoiceFilter: BoundedModelChoiceFilter,
    django_filters.ModelMultipleChoiceFilter: BoundedModelMultipleChoiceFilter,
}


class BoundedFilterSet(WagtailFilterSet):
    """WagtailFilterSet whose filters on related objects check keys before querying."""

    FILTER_DEFAULTS = {
        field: {**spec, "filter_class": _BOUNDED.get(spec["filter_class"], spec["filter_class"])}
        for field, spec in WagtailFilterSet.FILTER_DEFAULTS.items()
    }


class RefuseNulMiddleware:
    """400 for a NUL in the address or its query string, in the reader's language.

    No page, filter or key contains one, and PostgreSQL refuses it in any text it is given, so
    it can only be an attack or a broken client; telling it so beats a 500.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or any(
            "\x00" in key or any("\x00" in value for value in values)
            for key, values in request.GET.lists()
        ):
            # Translators: shown to the public.
            message = _("The address contains a NUL character, which no page takes.")
            return refused(request, message)
        return self.get_response(request)


def refused(request, message):
    """A 400 saying `message`: JSON under /api/, the site's error page elsewhere."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": message}, status=400)
    context = {"is_error_page": True, "message": message}
    return HttpResponseBadRequest(render_to_string("400.html", context, request=request))

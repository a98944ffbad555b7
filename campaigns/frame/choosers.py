"""Snippet choosers that treat an impossible id as no object rather than a 500.

Wagtail's chooser looks up the id of `chosen/<id>/` and every `?id=` of `chosen-multiple/` as
given: `chosen/abc/` raised ValueError and `?id=<20 digits>` OverflowError. An id no row can
have names nothing: 404 for one, left out of many.
"""

from django.core.exceptions import ObjectDoesNotExist
from wagtail.snippets.views.chooser import (
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)

from .inputs import database_key


class ChosenView(SnippetChosenView):
    def get_object(self, pk):
        key = database_key(self.model_class, pk)
        if key is None:
            raise ObjectDoesNotExist
        return super().get_object(key)


class ChosenMultipleView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        keys = [database_key(self.model_class, pk) for pk in pks]
        return super().get_objects([key for key in keys if key is not None])


class ChooserViewSet(SnippetChooserViewSet):
    """Set as `chooser_viewset_class` on the project's snippet viewsets."""

    chosen_view_class = ChosenView
    chosen_multiple_view_class = ChosenMultipleView

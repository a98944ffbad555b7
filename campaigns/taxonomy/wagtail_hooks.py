from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Audience


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    menu_label = _("Audiences")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "key", "sort_order"]
    search_fields = ["name"]


register_snippet(AudienceViewSet)

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Audience, Channel, ExploitationForm, Partner, RegionalCentre


class TermViewSet(SnippetViewSet):
    list_display = ["name", "key", "sort_order"]
    search_fields = ["name"]


class AudienceViewSet(TermViewSet):
    model = Audience
    icon = "group"
    menu_label = _("Audiences")


class ExploitationFormViewSet(TermViewSet):
    model = ExploitationForm
    icon = "warning"
    menu_label = _("Exploitation forms")


class ChannelViewSet(TermViewSet):
    model = Channel
    icon = "radio-full"
    menu_label = _("Channels")


class RegionalCentreViewSet(SnippetViewSet):
    model = RegionalCentre
    icon = "site"
    menu_label = _("Regional centres")
    list_display = ["name", "city", "email"]
    search_fields = ["name"]


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "link"
    menu_label = _("Partners")
    list_display = ["name", "kind"]
    list_filter = ["kind"]
    search_fields = ["name"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (
        AudienceViewSet,
        ExploitationFormViewSet,
        ChannelViewSet,
        RegionalCentreViewSet,
        PartnerViewSet,
    )
    menu_icon = "tag"
    menu_label = _("Taxonomies")
    menu_order = 300


register_snippet(TaxonomyViewSetGroup)

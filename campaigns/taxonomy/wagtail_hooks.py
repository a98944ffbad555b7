from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from campaigns.frame.choosers import ChooserViewSet
from campaigns.languages import registry

from .models import Audience, Channel, ExploitationForm, Partner, RegionalCentre

# The name in every language, searched in the database: the search index (SQLite's FTS5) cannot
# be restricted to a field other than the title ("no such column: name", a 500 on any search).
NAMES = [f"name_{code}" for code in registry.language_codes()]


class TaxonomyViewSet(SnippetViewSet):
    search_backend_name = None
    chooser_viewset_class = ChooserViewSet


class TermViewSet(TaxonomyViewSet):
    list_display = ["name", "key", "sort_order"]
    search_fields = ["key", *NAMES]


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


class RegionalCentreViewSet(TaxonomyViewSet):
    model = RegionalCentre
    icon = "site"
    menu_label = _("Regional centres")
    list_display = ["name", "city", "email"]
    search_fields = ["key", "city", *NAMES]


class PartnerViewSet(TaxonomyViewSet):
    model = Partner
    icon = "link"
    menu_label = _("Partners")
    list_display = ["name", "kind"]
    list_filter = ["kind"]
    search_fields = ["key", "name"]


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

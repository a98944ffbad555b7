"""Admin screens of the reach app, one module per screen; `wagtail_hooks` imports them."""

from wagtail.admin.menu import MenuItem

from ..roles import may_report


class ReachMenuItem(MenuItem):
    """An item of the Reach menu, shown to whoever records or reviews activities."""

    def is_shown(self, request):
        return may_report(request.user)

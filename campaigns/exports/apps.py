from django.apps import AppConfig


class ExportsConfig(AppConfig):
    """Installed only so that the patch of Wagtail's exports is applied once the apps are loaded."""

    name = "campaigns.exports"
    label = "exports"

    def ready(self):
        # Imported here, not at the top: the patch imports Wagtail's admin views, which need the
        # app registry this method runs after.
        from campaigns import compat

        compat.apply()

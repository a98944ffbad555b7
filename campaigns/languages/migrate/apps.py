from django.apps import AppConfig


class LanguagesMigrateConfig(AppConfig):
    name = "campaigns.languages.migrate"
    label = "languages_migrate"

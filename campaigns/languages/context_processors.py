from . import registry


def languages(request):
    """The active language and the switcher's list, for every template."""
    return {
        "current_language": registry.current(),
        "content_languages": registry.all_languages(),
    }

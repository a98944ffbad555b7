from django.conf import settings


def frame(request):
    """What the public frame needs on every page that is not page content."""
    return {"exit_this_page_url": settings.EXIT_THIS_PAGE_URL}

"""Public search across the page tree."""

from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Page, Site

RESULTS_PER_PAGE = 20
MAX_QUERY_LENGTH = 200


def search(request):
    """Pages matching the visitor's words, in any of the site's languages.

    Every language's columns are indexed, so a Nepali visitor's Nepali words find the Nepali
    text; results are shown through the visitor's own fallback chain.
    """
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        site = Site.find_for_request(request)
        pages = Page.objects.live().public().specific()
        if site is not None:
            pages = pages.descendant_of(site.root_page, inclusive=True)
        results = pages.search(query)
    page_number = request.GET.get("page", "1")
    paginator = Paginator(results, RESULTS_PER_PAGE)
    results_page = paginator.get_page(page_number)
    return render(
        request,
        "search.html",
        {
            "search_query": query,
            # First-strong isolate marks: the visitor's words keep their own direction inside a
            # sentence of another direction (Latin words in an Urdu heading, say).
            "isolated_query": f"\u2068{query}\u2069",
            "results": results_page,
            "paginator": paginator,
        },
    )

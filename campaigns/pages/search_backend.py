"""Wagtail's database search backend, given only words its query syntax can hold.

The SQLite backend wraps each word in double quotes for FTS5 without escaping a quote inside
it, so a visitor's `"` (or a control character, which ends the string early) was a syntax
error and a 500, on the public search, in every admin listing's search box and in every chooser.
Quotes carry no meaning in a plain-text search, so they become spaces, as control characters
do; what is left is searched as before. Every search of the site goes through here
(WAGTAILSEARCH_BACKENDS).
"""

import copy
import unicodedata

from modelsearch.backends.database import SearchBackend as database_backend


def searchable(text):
    """`text` without control characters or double quotes, which become spaces."""
    return "".join(
        " " if character == '"' or unicodedata.category(character) == "Cc" else character
        for character in text
    ).strip()


def _cleaned(query):
    """A copy of a query (a string or a tree of search queries) with searchable text only."""
    if isinstance(query, str):
        return searchable(query)
    query = copy.copy(query)
    if isinstance(getattr(query, "query_string", None), str):
        query.query_string = searchable(query.query_string)
    if hasattr(query, "subquery"):
        query.subquery = _cleaned(query.subquery)
    if hasattr(query, "subqueries"):
        query.subqueries = [_cleaned(subquery) for subquery in query.subqueries]
    return query


class CleanedQueries:
    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        return super()._search(query_compiler_class, _cleaned(query), model_or_queryset, **kwargs)


#: One cleaned subclass per backend class modelsearch picks. Built from the class it returns,
#: because the vendor modules cannot be imported on another database (the SQLite one looks up a
#: model that exists only on SQLite).
_CLEANED = {}


def SearchBackend(params):
    """The backend modelsearch picks for this database (FTS5 or not), with cleaned queries.

    Wagtail looks a backend module's `SearchBackend` up by that name.
    """
    base = type(database_backend(params))
    if base not in _CLEANED:
        _CLEANED[base] = type(f"Cleaned{base.__name__}", (CleanedQueries, base), {})
    return _CLEANED[base](params)

"""The project's own admin and API URL patterns, read from the resolver at test time."""

from django.urls import URLPattern, URLResolver, get_resolver

ADMIN_PREFIX = "admin/"
API_NAMESPACE = "materials_api"


def _walk(resolver, prefix="", namespaces=()):
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            space = (entry.namespace,) if entry.namespace else ()
            yield from _walk(entry, prefix + str(entry.pattern), namespaces + space)
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), ":".join((*namespaces, entry.name or "")), entry


def _is_ours(entry):
    callback = entry.callback
    view_class = getattr(callback, "view_class", None)
    module = (view_class or callback).__module__ or ""
    model = (getattr(callback, "view_initkwargs", None) or {}).get("model") or getattr(
        view_class, "model", None
    )
    app = model._meta.app_config.name if hasattr(model, "_meta") else ""
    return module.startswith("campaigns.") or app.startswith("campaigns.")


def project_admin_urls():
    """(route, name) of every admin URL served by this project's views or for its models."""
    return sorted(
        {
            (route, name)
            for route, name, entry in _walk(get_resolver())
            if route.startswith(ADMIN_PREFIX) and _is_ours(entry)
        }
    )


def api_urls():
    return sorted(
        {
            (route, name)
            for route, name, _entry in _walk(get_resolver())
            if name.startswith(API_NAMESPACE + ":")
        }
    )

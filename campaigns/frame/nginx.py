"""The nginx configuration that serves the static pages first and Django for the rest.

Kept here, without Django imports, so the tests, `make bench` and deploy/nginx.conf use the same
rules. Only GET and HEAD without a query string are answered from files: a filtered listing
(`?audience=...`), a form and everything outside the language prefixes go to Django.
`$uri/index.html` alone, not `$uri` first: a directory that only holds other pages' folders
(a page unpublished, its children still public) would otherwise answer 403 instead of
falling back to Django.
"""

# As in site/config/settings/languages.py.
LANGUAGE_CODES = ("ro", "en", "hu", "uk", "ru", "ar", "ur", "ne", "hi")
LANGUAGE_CODES += ("bn", "si", "vi", "fil", "tr", "it", "es", "de", "fr")


def http_block():
    """Goes in `http {}`: which requests may be answered from a file."""
    return (
        'map "$request_method:$args" $static_page {\n'
        '    "GET:"  $uri/index.html;\n'
        '    "HEAD:" $uri/index.html;\n'
        "    default /.no-static-page;\n"
        "}\n"
    )


def page_locations(root, upstream, languages=LANGUAGE_CODES, extra_headers=""):
    """Go in `server {}`: the pages from `root`, else the `upstream` (host:port or a name)."""
    prefixes = "|".join(languages)
    return (
        f"root {root};\n"
        f'location ~ "^/({prefixes})/(.*/)?$" {{\n'
        "    gzip_static on;\n"
        "    gzip_vary on;\n"
        "    charset utf-8;\n"
        "    default_type text/html;\n"
        '    add_header Cache-Control "public, max-age=60" always;\n'
        f"{extra_headers}"
        "    try_files $static_page @django;\n"
        "}\n"
        "location @django {\n"
        f"    proxy_pass http://{upstream};\n"
        "    proxy_set_header Host $http_host;\n"
        "    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"
        "    proxy_set_header X-Forwarded-Proto $scheme;\n"
        "}\n"
        "location / {\n"
        "    try_files /.no-static-page @django;\n"
        "}\n"
    )


def standalone_config(*, listen, root, upstream, workdir, server_extra="", workers=1, plain=False):
    """A whole nginx.conf for a throw-away nginx (tests, bench) run by the current user.

    As root, the workers stay root too: the pages may sit in a directory only root can read.
    `plain`: only `root`, nginx's defaults (the static-copy reference of `make bench`).
    """
    import os

    return (
        ("user root;\n" if os.geteuid() == 0 else "") + f"worker_processes {workers};\n"
        "daemon off;\n"
        f"pid {workdir}/nginx.pid;\n"
        f"error_log {workdir}/error.log warn;\n"
        "events { worker_connections 1024; }\n"
        "http {\n"
        "    include /etc/nginx/mime.types;\n"
        "    access_log off;\n"
        "    sendfile on;\n"
        "    tcp_nopush on;\n"
        f"    client_body_temp_path {workdir}/tmp-body;\n"
        f"    proxy_temp_path {workdir}/tmp-proxy;\n"
        f"    fastcgi_temp_path {workdir}/tmp-fastcgi;\n"
        f"    uwsgi_temp_path {workdir}/tmp-uwsgi;\n"
        f"    scgi_temp_path {workdir}/tmp-scgi;\n" + _indent(http_block(), 4) + "    server {\n"
        f"        listen {listen};\n"
        + _indent(
            (f"root {root};\n" if plain else page_locations(root, upstream)) + server_extra, 8
        )
        + "    }\n"
        "}\n"
    )


def _indent(text, spaces):
    return "".join(" " * spaces + line + "\n" for line in text.splitlines())

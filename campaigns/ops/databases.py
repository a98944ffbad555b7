"""Consistent copies of the database, one way per vendor.

SQLite is copied with its online backup API from the site's own connection: a consistent
snapshot taken while the site keeps running. PostgreSQL is dumped by `pg_dump` in its custom
format (one snapshot, whatever runs meanwhile) and loaded by `pg_restore`; both come with
Debian's `postgresql-client`. There is deliberately no `dumpdata` fallback: it is not one
snapshot, and Wagtail's page tree and revisions do not survive `loaddata` reliably.
"""

import os
import re
import shutil
import sqlite3
import subprocess

from django.core.management.base import CommandError

SQLITE_FORMAT = "sqlite3"
POSTGRES_FORMAT = "pg_dump-custom"
FORMATS = {"sqlite": SQLITE_FORMAT, "postgresql": POSTGRES_FORMAT}
MEMBER_NAMES = {SQLITE_FORMAT: "database/db.sqlite3", POSTGRES_FORMAT: "database/db.pgdump"}

# libpq reads these from the environment, so no password ever shows on a command line.
_PG_OPTIONS_ENV = {
    "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT",
    "sslcert": "PGSSLCERT",
    "sslkey": "PGSSLKEY",
    "passfile": "PGPASSFILE",
    "service": "PGSERVICE",
}


def dump_format(connection):
    try:
        return FORMATS[connection.vendor]
    except KeyError:
        raise CommandError(
            f"Backups support SQLite and PostgreSQL, not {connection.vendor}."
        ) from None


def dump(connection, destination):
    """Write a consistent copy of the database behind `connection` to the file `destination`."""
    fmt = dump_format(connection)
    if fmt == SQLITE_FORMAT:
        connection.ensure_connection()
        target = sqlite3.connect(destination)
        try:
            # One step: the copy is a single snapshot even if the site writes meanwhile.
            connection.connection.backup(target)
        finally:
            target.close()
    else:
        _run_pg(
            connection,
            "pg_dump",
            "--format=custom",
            "--no-owner",
            "--no-privileges",
            "--file",
            str(destination),
        )
    return fmt


def is_empty(connection):
    """True when the database holds no tables at all (a new database, never migrated)."""
    if connection.vendor == "sqlite":
        name = connection.settings_dict["NAME"]
        if _is_memory(name):
            return not connection.introspection.table_names(include_views=True)
        source = sqlite3.connect(name)
        try:
            (count,) = source.execute(
                "SELECT count(*) FROM sqlite_master "
                "WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'"
            ).fetchone()
        finally:
            source.close()
        return count == 0
    return not connection.introspection.table_names(include_views=True)


def load(connection, source, fmt):
    """Replace the database behind `connection` with the copy in the file `source`."""
    if fmt != dump_format(connection):
        raise CommandError(
            f"The archive holds a {fmt} database; this site runs on {connection.vendor}."
        )
    if fmt == SQLITE_FORMAT:
        _load_sqlite(connection, source)
    else:
        _load_postgres(connection, source)


def _is_memory(name):
    name = str(name)
    return name == ":memory:" or "mode=memory" in name


def _load_sqlite(connection, source):
    name = connection.settings_dict["NAME"]
    if _is_memory(name):
        raise CommandError("Cannot restore into an in-memory SQLite database.")
    copy = sqlite3.connect(source)
    try:
        (verdict,) = copy.execute("PRAGMA integrity_check").fetchone()
        if verdict != "ok":
            raise CommandError(f"The archived SQLite database is damaged: {verdict}")
        connection.close()
        target = sqlite3.connect(name)
        try:
            # Page by page into the live file: other connections see the old or the new one.
            copy.backup(target)
        finally:
            target.close()
    finally:
        copy.close()


def _load_postgres(connection, source):
    """pg_restore in one transaction: on any error the database is left as it was.

    With --force over existing tables, --clean drops and recreates what the dump holds; tables
    the dump does not know (from a newer version) are dropped first, or they would survive
    next to the restored ones, or keep a restored table from being dropped.
    """
    listing = _run_pg(connection, "pg_restore", "--list", str(source), database=False)
    dumped = set(re.findall(r"^\d+; \d+ \d+ TABLE \S+ (\S+) ", listing, re.MULTILINE))
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        extra = [
            info
            for info in connection.introspection.get_table_list(cursor)
            if info.name not in dumped
        ]
        views = [quote(info.name) for info in extra if info.type == "v"]
        tables = [quote(info.name) for info in extra if info.type != "v"]
        if views:
            cursor.execute(f"DROP VIEW IF EXISTS {', '.join(views)} CASCADE")
        if tables:
            cursor.execute(f"DROP TABLE IF EXISTS {', '.join(tables)} CASCADE")
    connection.close()
    _run_pg(
        connection,
        "pg_restore",
        "--clean",
        "--if-exists",
        "--no-owner",
        "--no-privileges",
        "--exit-on-error",
        "--single-transaction",
        str(source),
    )


def _run_pg(connection, program, *args, database=True):
    executable = shutil.which(program)
    if executable is None:
        raise CommandError(
            f"{program} is not on PATH: install PostgreSQL's client tools "
            "(apt-get install postgresql-client)."
        )
    settings = connection.settings_dict
    env = {key: value for key, value in os.environ.items() if not key.startswith("PG")}
    for key, variable in (
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
    ):
        if settings.get(key):
            env[variable] = str(settings[key])
    for option, variable in _PG_OPTIONS_ENV.items():
        if settings.get("OPTIONS", {}).get(option):
            env[variable] = str(settings["OPTIONS"][option])
    command = [executable, *args, *(["--dbname", settings["NAME"]] if database else [])]
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise CommandError(f"{program} failed: {result.stderr.strip()}")
    return result.stdout

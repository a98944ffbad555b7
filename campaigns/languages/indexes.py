"""Indexes on `wagtailcore_page.slug_<language>`.

wagtail-modeltranslation adds one slug column per language to Wagtail's page table with plain
`ALTER TABLE` after the migrations run, so no migration of ours can index them; routing looks
children up by these columns, so they are indexed right after they are created.
"""

from django.conf import settings


def slug_index_name(code):
    return f"wagtailcore_page_slug_{code}_idx"


def ensure_slug_indexes(connection):
    """Create the missing slug indexes; return the language codes that gained one."""
    with connection.cursor() as cursor:
        columns = {
            column.name
            for column in connection.introspection.get_table_description(cursor, "wagtailcore_page")
        }
        existing = connection.introspection.get_constraints(cursor, "wagtailcore_page")
        created = []
        for code in settings.MODELTRANSLATION_LANGUAGES:
            column = f"slug_{code}"
            name = slug_index_name(code)
            if column not in columns or name in existing:
                continue
            quote = connection.ops.quote_name
            cursor.execute(
                f"CREATE INDEX {quote(name)} ON {quote('wagtailcore_page')} ({quote(column)})"
            )
            created.append(code)
    return created

"""The patch of Wagtail's spreadsheet exports (campaigns/compat.py): still needed, still fitting.

These fail when Wagtail changes the patched methods, or starts doing the patch's job itself; then
review the patch, and retire it if upstream now neutralises cells and writes a BOM.
"""

import inspect

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.http import StreamingHttpResponse
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from campaigns import compat

from .payloads import BOM, PAYLOADS


class Export(SpreadsheetExportMixin):
    list_export = ["title"]
    export_headings = {"title": "=Title"}


class Row:
    def __init__(self, title):
        self.title = title


def streamed(view, rows):
    return b"".join(view.stream_csv(rows))


def test_the_patch_is_applied_once_the_apps_are_ready():
    for name, patch in compat._SPREADSHEET_EXPORT_PATCHES.items():
        assert getattr(SpreadsheetExportMixin, name) is patch
    compat.apply()  # a second call changes nothing
    assert compat.ORIGINALS["stream_csv"] is not compat._stream_csv


def test_the_patched_methods_keep_the_signatures_the_patch_was_written_for():
    for name, expected in compat.SPREADSHEET_EXPORT_SIGNATURES.items():
        assert str(inspect.signature(compat.ORIGINALS[name])) == expected, name


def test_the_patched_body_of_stream_csv_is_still_upstreams():
    """`_stream_csv` copies upstream's body: if upstream's changes, copy it again."""
    source = inspect.getsource(compat.ORIGINALS["stream_csv"])
    assert "csv.DictWriter(Echo(), fieldnames=self.list_export)" in source
    assert "yield self.write_csv_row(writer, self.to_row_dict(item))" in source


def test_upstream_still_writes_formulas_and_no_bom():
    """When this fails, Wagtail neutralises CSV itself: retire the patch."""

    class Upstream(Export):
        preprocess_field_value = compat.ORIGINALS["preprocess_field_value"]
        stream_csv = compat.ORIGINALS["stream_csv"]
        write_csv_response = compat.ORIGINALS["write_csv_response"]

    view = Upstream()
    content = streamed(view, [Row(payload) for payload in PAYLOADS])
    assert content.startswith(b"=Title\r\n")
    assert b'\r\n"=HYPERLINK(""http://x"",""y"")"\r\n' in content
    response = view.write_csv_response([])
    assert response["Content-Type"] == "text/csv"


def test_the_patched_export_writes_a_bom_and_no_formula():
    view = Export()
    content = streamed(view, [Row(payload) for payload in PAYLOADS])
    assert content.startswith(BOM + b"'=Title\r\n")
    lines = content[len(BOM) :].decode().split("\r\n")
    assert '\'=HYPERLINK(""http://x"",""y"")' in lines[1]
    response = view.write_csv_response([])
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"] == "text/csv; charset=utf-8"


def test_a_changed_signature_stops_the_site_from_starting(monkeypatch):
    monkeypatch.setattr(compat, "ORIGINALS", {})
    monkeypatch.setitem(
        compat.SPREADSHEET_EXPORT_SIGNATURES, "stream_csv", "(self, queryset, chunk_size)"
    )
    with pytest.raises(ImproperlyConfigured, match=r"SpreadsheetExportMixin\.stream_csv"):
        compat.patch_spreadsheet_export()

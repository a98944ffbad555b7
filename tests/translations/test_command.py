"""`manage.py translations export|import`, for translators working from the shell."""

import pytest
from django.core.management import CommandError, call_command

from .conftest import catalog_bytes, filled_po, latest, read_catalog


def test_export_and_import_from_the_shell(campaign, admin_user, tmp_path, capsys):
    exported = tmp_path / "ne.po"
    call_command(
        "translations",
        "export",
        "--language",
        "ne",
        "--page",
        str(campaign.pk),
        "-o",
        str(exported),
    )
    assert f"page:{campaign.pk}:title" in {m.context for m in read_catalog(exported.read_bytes())}

    call_command("translations", "export", "--language", "ne", "--missing", "-o", str(exported))
    assert f"page:{campaign.pk}:title" in {m.context for m in read_catalog(exported.read_bytes())}
    call_command("translations", "export", "--language", "ne", "--outdated", "-o", str(exported))
    assert not [m for m in read_catalog(exported.read_bytes()) if m.id]

    translated = tmp_path / "ne-done.po"
    translated.write_bytes(catalog_bytes(filled_po(campaign)))
    capsys.readouterr()
    call_command(
        "translations", "import", "--language", "ne", str(translated), "--user", admin_user.username
    )
    assert "1 page(s) changed, 16 segment(s) translated" in capsys.readouterr().out
    assert latest(campaign).title_ne == "NE Jobul perfect"


def test_import_from_the_shell_reports_problems(campaign, admin_user, tmp_path, capsys):
    catalog = filled_po(campaign)
    catalog.locale = "ur"
    path = tmp_path / "ur.po"
    path.write_bytes(catalog_bytes(catalog))
    with pytest.raises(CommandError, match="nothing was changed"):
        call_command(
            "translations", "import", "--language", "ne", str(path), "--user", admin_user.username
        )
    assert "is being imported as" in capsys.readouterr().err
    assert not latest(campaign).title_ne


def test_export_needs_a_selection(campaign, tmp_path):
    with pytest.raises(CommandError):
        call_command("translations", "export", "--language", "ne", "-o", str(tmp_path / "x.po"))
    with pytest.raises(CommandError):
        call_command(
            "translations",
            "export",
            "--language",
            "ne",
            "--page",
            "1",
            "-o",
            str(tmp_path / "x.po"),
        )

"""Spreadsheet import of activities: every row valid or nothing saved, each problem by row and
column, scoped to the importer's centres and posts, and audited to the importer."""

import datetime
import io
import zipfile

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from openpyxl import load_workbook

from campaigns.bounds import ACTIVITY_FIGURES
from campaigns.materials.models import Material
from campaigns.posts.models import ConsularPost
from campaigns.reach.factories import ActivityFactory
from campaigns.reach.imports import (
    COLUMNS,
    COLUMNS_BY_HEADER,
    FIGURE_HEADERS,
    MAX_ROWS,
    CellError,
    fold,
    import_activities,
    parse_count,
    template_csv,
    template_workbook,
)
from campaigns.reach.models import Activity, ActivityMaterial, FigureChange
from campaigns.reach.models.activity import FIGURE_FIELDS
from tests.reach.spreadsheets import csv_bytes, upload, xlsx_bytes

RO_HEADERS = [
    "campanie",
    "ce a avut loc",
    "data",
    "mediu",
    "județ",
    "tip de loc",
    "categorie de public",
    "beneficiari",
    "beneficiari minori",
    "beneficiari adulți",
    "materiale distribuite",
    "materiale pe limbi",
]
EN_HEADERS = [
    "campaign",
    "what took place",
    "date",
    "setting",
    "county",
    "venue type",
    "audience",
    "beneficiaries",
    "beneficiaries who are minors",
    "beneficiaries who are adults",
    "materials distributed",
    "materials per language",
]


def good_row(title="Sesiune de informare, Liceul Carmen Sylva", day="2020-06-03", **changes):
    """A valid row of Timișoara's under RO_HEADERS / EN_HEADERS."""
    row = {
        "campaign": "jobul-perfect",
        "title": title,
        "date": day,
        "setting": "urban",
        "county": "Timiș",
        "venue": "școală",
        "audience": "foreign-workers",
        "beneficiaries": 30,
        "minors": 28,
        "adults": 2,
        "materials": 40,
        "lines": "telverde-card:ro=30; telverde-card:en=10",
    }
    row.update(changes)
    return list(row.values())


def counts():
    return Activity.objects.count(), ActivityMaterial.objects.count(), FigureChange.objects.count()


def located(result):
    return [(error.row, error.column, error.letter) for error in result.errors]


def run(rows, user, name="activitati.xlsx", **kwargs):
    content = xlsx_bytes(rows) if name.endswith(".xlsx") else csv_bytes(rows, **kwargs)
    return import_activities(upload(content, name), user)


@pytest.fixture
def card(db):
    return Material.objects.create(
        key="telverde-card",
        title_ro="Card Telverde 0800 800 678",
        type=Material.Type.WALLET_CARD,
        review_by=timezone.localdate() + datetime.timedelta(days=365),
    )


@pytest.fixture
def ana(tree, card):
    """Timișoara's staff, who act for that centre only (so may leave the reporter out)."""
    return tree["timisoara_staff"]


# The columns ---------------------------------------------------------------------------------


def test_every_field_of_an_activity_has_a_column():
    editable = {
        field.name
        for field in Activity._meta.fields
        if field.editable and not field.auto_created and field.name not in ("created_at",)
    }
    names = {column.name for column in COLUMNS}
    assert editable - {"regional_centre", "consular_post"} <= names
    assert "reporter" in names and "materials" in names
    assert set(FIGURE_HEADERS) == set(FIGURE_FIELDS)
    # No header can mean two columns.
    headers = [fold(header) for column in COLUMNS for header in {*map(fold, column.headers)}]
    assert len(headers) == len(set(headers)) == len(COLUMNS_BY_HEADER)


def test_every_constraint_the_import_skips_is_checked_another_way():
    """The import skips Django's constraint queries: clean() checks the one-reporter rule, the
    field validators the bounds, and `_flag_duplicates` (a wider rule) the same activity twice."""
    bounds = {f"reach_activity_{name}_bound" for name in ACTIVITY_FIGURES}
    assert {constraint.name for constraint in Activity._meta.constraints} == {
        "reach_activity_one_reporter",
        "reach_activity_recorded_once",
        *bounds,
    }
    for name, limit in ACTIVITY_FIGURES.items():
        validators = Activity._meta.get_field(name).validators
        assert any(getattr(check, "limit_value", None) == limit for check in validators), name


# Valid files ---------------------------------------------------------------------------------


def test_a_valid_workbook_imports_every_row_with_not_collected_kept_apart_from_zero(ana, tree):
    rows = [
        RO_HEADERS,
        good_row(day=datetime.datetime(2020, 6, 3), beneficiaries=30.0),
        good_row(
            title="Stand la bursa locurilor de muncă",
            day="12.10.2020",
            setting="rural",
            county="timis",
            venue="job fair",
            audience="Lucrători străini",
            beneficiaries=0,
            minors=None,
            adults=None,
            materials=None,
            lines="",
        ),
        [None] * len(RO_HEADERS),  # empty rows are skipped
    ]
    result = run(rows, ana)
    assert result.ok, result.errors
    assert len(result.activities) == 2
    session, stand = Activity.objects.order_by("start_date")
    assert session.regional_centre == tree["timisoara"] and session.consular_post is None
    assert (session.beneficiaries, session.beneficiaries_minors, session.beneficiaries_adults) == (
        30,
        28,
        2,
    )
    assert sorted(session.material_lines.values_list("language", "quantity")) == [
        ("en", 10),
        ("ro", 30),
    ]
    assert stand.start_date == datetime.date(2020, 10, 12)
    assert (stand.setting, stand.county, stand.venue_type) == ("rural", "TM", "job_fair")
    assert stand.beneficiaries == 0
    assert stand.materials_distributed is None and stand.hotline_referrals is None


@pytest.mark.parametrize("delimiter", [";", ","])
def test_a_csv_imports_with_semicolons_or_commas_with_or_without_bom(ana, delimiter):
    rows = [
        EN_HEADERS,
        good_row(),
        good_row(title="Sesiune 2", day="04.06.2020", beneficiaries="30"),
    ]
    for bom in (True, False):
        Activity.objects.all().delete()
        result = run(rows, ana, name="activities.csv", delimiter=delimiter, bom=bom)
        assert result.ok, result.errors
        assert Activity.objects.count() == 2
        assert ActivityMaterial.objects.count() == 4


def test_headers_match_in_either_language_any_case_and_by_field_name(ana, tree):
    headers = [
        "CAMPANIE",
        "What Took Place",
        "start_date",
        "Mediu",
        "Judet",
        "venue_type",
        "Audience",
        "Beneficiari",
        "beneficiaries_minors",
        "Beneficiaries who are adults",
        "materials_distributed",
        "Materiale pe limbi",
        "centru regional sau post consular",
    ]
    result = run([headers, [*good_row(), "Centrul Regional Timișoara"]], ana)
    assert result.ok, result.errors
    assert Activity.objects.get().regional_centre == tree["timisoara"]


@pytest.mark.parametrize(
    ("column", "value", "stored"),
    [
        ("setting", "Online", "online"),
        ("setting", "în străinătate", "abroad"),
        ("venue", "placement centre", "placement_centre"),
        ("venue", "Centru de plasament", "placement_centre"),
        ("venue", "online_platform", "online_platform"),
        ("county", "bistrita-nasaud", "BN"),
        ("county", "ro-tm", "TM"),
        ("campaign", "Jobul perfect", None),
        ("audience", "term foreign-workers", None),
    ],
)
def test_values_by_code_or_name_in_romanian_or_english(ana, tree, column, value, stored):
    changes = {column: value}
    if value in ("Online", "în străinătate"):
        changes["county"] = None
    headers = [*RO_HEADERS, "țară"]
    country = "Italia" if value == "în străinătate" else None
    result = run([headers, [*good_row(**changes), country]], ana)
    assert result.ok, result.errors
    activity = Activity.objects.get()
    field = {"setting": "setting", "venue": "venue_type", "county": "county"}.get(column)
    if field:
        assert getattr(activity, field) == stored
    if country:
        assert activity.country == "IT"
    assert activity.campaign.pk == tree["jobs"].pk
    assert activity.audience == tree["workers"]


def test_a_coordinator_names_the_reporter_a_centre_or_a_post(tree, card):
    post = ConsularPost.objects.create(
        code="it-roma",
        name="Ambasada României la Roma",
        country="IT",
        city="Roma",
        email="roma@mae.example.org",
    )
    headers = [*EN_HEADERS, "regional centre or consular post", "country"]
    rows = [
        headers,
        [*good_row(), "iasi", None],
        [*good_row(setting="abroad", county=None), "it-roma", "Italy"],
    ]
    result = run(rows, tree["coordinator"])
    assert result.ok, result.errors
    centre_row, post_row = Activity.objects.order_by("pk")
    assert centre_row.regional_centre == tree["iasi"]
    assert post_row.consular_post == post and post_row.country == "IT"


# Row errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "column", "letter", "message"),
    [
        ({"beneficiaries": "12.5"}, "beneficiaries", "H", "whole number"),
        ({"beneficiaries": 12.5}, "beneficiaries", "H", "whole number"),
        ({"beneficiaries": "-3"}, "beneficiaries", "H", "negative"),
        ({"beneficiaries": "abc"}, "beneficiaries", "H", "whole number"),
        ({"beneficiaries": "1.000"}, "beneficiaries", "H", "thousands separator"),
        ({"date": "2020/06/03"}, "date", "C", "not a date"),
        ({"date": "31.02.2020"}, "date", "C", "not a date of the calendar"),
        ({"date": None}, "date", "C", "Fill in this cell"),
        ({"campaign": "campania-inexistenta"}, "campaign", "A", "No campaign"),
        ({"setting": "desert"}, "setting", "D", "not a setting"),
        ({"county": "Atlantida"}, "county", "E", "not a county"),
        ({"venue": "castle"}, "venue type", "F", "not a venue type"),
        ({"audience": "martians"}, "audience", "G", "No audience"),
        ({"lines": "pliant-inexistent:ro=3"}, "materials per language", "L", "No material"),
        ({"lines": "telverde-card:xx=3"}, "materials per language", "L", "site's languages"),
        ({"lines": "telverde-card=3"}, "materials per language", "L", "material:language=copies"),
        (
            {"lines": "telverde-card:ro=3;telverde-card:ro=4"},
            "materials per language",
            "L",
            "twice",
        ),
        ({"lines": "telverde-card:ro=-3"}, "materials per language", "L", "negative"),
        # The model's own validation, mapped back to its column.
        ({"minors": 29}, "beneficiaries", "H", "exceed the beneficiaries"),
        ({"setting": "rural", "county": None}, "county", "E", "Give the county"),
        ({"lines": "telverde-card:ro=50"}, "materials distributed", "K", "more than the 40"),
        ({"title": "x" * 201}, "what took place", "B", "at most 200 characters"),
    ],
)
def test_a_bad_cell_is_reported_by_row_and_column_and_nothing_is_saved(
    ana, changes, column, letter, message
):
    before = counts()
    bad = good_row(**{"title": "Sesiune 2", **changes})
    rows = [EN_HEADERS, good_row(), bad, good_row(title="S 3")]
    result = run(rows, ana)
    assert located(result) == [(3, column, letter)]
    assert message in result.errors[0].message
    assert result.activities == []
    assert counts() == before


def test_errors_name_columns_in_the_importers_language_and_every_row_is_reported(ana):
    rows = [
        EN_HEADERS,
        good_row(beneficiaries="abc"),
        good_row(title="Sesiune 2"),
        good_row(title="Sesiune 3", date="ieri", setting="marte"),
    ]
    result = import_activities(upload(xlsx_bytes(rows)), ana, language="ro")
    assert located(result) == [(2, "beneficiari", "H"), (4, "data", "C"), (4, "mediu", "D")]
    assert str(result.errors[0]).startswith("row 2, column “beneficiari” (H): ")
    assert Activity.objects.count() == 0


def test_a_row_for_another_centre_is_refused(ana):
    headers = [*EN_HEADERS, "regional centre or consular post"]
    rows = [headers, [*good_row(), "timisoara"], [*good_row(title="Sesiune 2"), "iasi"]]
    result = run(rows, ana)
    assert located(result) == [(3, "regional centre or consular post", "M")]
    assert "You do not record activities for" in result.errors[0].message
    assert "Iași" in result.errors[0].message
    assert counts() == (0, 0, 0)


def test_the_reporter_is_required_from_those_who_act_for_several(tree, card):
    result = run([EN_HEADERS, good_row()], tree["coordinator"])
    assert located(result) == [(1, "regional centre or consular post", "")]
    headers = [*EN_HEADERS, "regional centre or consular post"]
    result = run([headers, [*good_row(), None]], tree["coordinator"])
    assert located(result) == [(2, "regional centre or consular post", "M")]
    assert Activity.objects.count() == 0


def test_a_row_in_an_approved_period_is_refused(ana, tree):
    existing = ActivityFactory(campaign=tree["jobs"], start_date=datetime.date(2020, 5, 4))
    period = existing.period()
    period.submit(ana)
    period.approve(tree["coordinator"])
    before = counts()
    rows = [EN_HEADERS, good_row(day="2020-07-01"), good_row(title="Sesiune 2", day="2020-06-03")]
    result = run(rows, ana)
    assert located(result) == [(3, "date", "C")]
    assert "has been approved for" in result.errors[0].message
    assert "Timișoara" in result.errors[0].message
    assert counts() == before


def test_a_count_past_its_bound_is_refused_on_its_cell(ana):
    rows = [
        EN_HEADERS,
        good_row(beneficiaries=10_000_001, minors=None, adults=None),
        good_row(title="Sesiune 2", beneficiaries="9" * 30, minors=None, adults=None),
    ]
    result = run(rows, ana)
    assert located(result) == [(2, "beneficiaries", "H"), (3, "beneficiaries", "H")]
    assert all(error.message.startswith("At most 10,000,000:") for error in result.errors)
    assert counts() == (0, 0, 0)


def test_a_number_too_long_for_python_is_refused_not_crashed_on():
    with pytest.raises(CellError, match="At most 1,000,000,000"):
        parse_count("9" * 5000)
    assert parse_count("0" * 40 + "12") == 12


def test_a_second_upload_of_the_same_file_doubles_nothing(ana):
    rows = [EN_HEADERS, good_row(), good_row(title="Sesiune 2")]
    assert run(rows, ana).ok
    before = counts()
    again = run([*rows, good_row(title="Sesiune 3")], ana)
    assert located(again) == [(2, "what took place", "B"), (3, "what took place", "B")]
    assert "already recorded" in again.errors[0].message
    assert counts() == before


def test_the_same_activity_twice_in_one_file_is_refused(ana):
    rows = [EN_HEADERS, good_row(), good_row(title="Sesiune 2"), good_row(title=" SESIUNE 2 ")]
    result = run(rows, ana)
    assert located(result) == [(4, "what took place", "B")]
    assert "Row 3 has the same reporter" in result.errors[0].message
    assert Activity.objects.count() == 0


# File errors ---------------------------------------------------------------------------------


def test_unknown_duplicate_and_missing_columns_are_each_reported(ana):
    headers = ["campanie", "campaign", "ce a avut loc", "data", "culoare", "vreme", "mediu"]
    result = run([headers, ["jobul-perfect"] * len(headers)], ana)
    assert located(result) == [
        (1, "campaign", "B"),
        (1, "culoare", "E"),
        (1, "vreme", "F"),
        (1, "venue type", ""),
        (1, "audience", ""),
    ]
    assert "same column as A" in result.errors[0].message
    assert "Unknown column" in result.errors[1].message
    assert "required column is missing" in result.errors[3].message


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"", "activitati.csv", "The file is empty"),
        (b"%PDF-1.7\n\x00\x01\x02\xff", "activitati.xlsx", "neither an Excel workbook"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "activitati.csv", "neither an Excel workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "activitati.xlsx", "old Excel"),
        ("campanie;judeţ\r\njobul;Timiş\r\n".encode("cp1250"), "activitati.csv", "not in UTF-8"),
        (b"\xff\xfec\x00a\x00", "activitati.csv", "UTF-16"),
        (csv_bytes([EN_HEADERS, [""] * 3, []]), "activitati.csv", "no activities"),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_whole(ana, content, name, message):
    result = import_activities(upload(content, name), ana)
    assert [(error.row, error.column) for error in result.errors] == [(None, "")]
    assert message in result.errors[0].message


def test_a_zip_that_is_not_a_workbook_is_refused(ana):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    result = import_activities(upload(buffer.getvalue(), "activitati.xlsx"), ana)
    assert "not an Excel workbook" in result.errors[0].message


def test_the_content_decides_not_the_extension(ana):
    """A workbook named .csv and a CSV named .xlsx both import."""
    assert import_activities(upload(xlsx_bytes([EN_HEADERS, good_row()]), "a.csv"), ana).ok
    content = csv_bytes([EN_HEADERS, good_row(title="Sesiune 2")], delimiter=";")
    assert import_activities(upload(content, "b.xlsx"), ana).ok
    assert Activity.objects.count() == 2


def test_more_than_the_row_limit_is_refused_before_any_row_is_checked(ana):
    rows = [EN_HEADERS, *(good_row(title=f"S {n}") for n in range(MAX_ROWS + 1))]
    result = run(rows, ana, name="activities.csv")
    assert [error.row for error in result.errors] == [None]
    assert "more than 5,000 activities" in result.errors[0].message
    assert Activity.objects.count() == 0


def test_a_file_over_5_mb_is_refused(ana):
    content = csv_bytes([EN_HEADERS]) + b"x" * (5 * 1024 * 1024)
    result = import_activities(upload(content, "activities.csv"), ana)
    assert "larger than 5 MB" in result.errors[0].message


def test_values_under_a_column_without_header_are_not_dropped_silently(ana):
    result = run([[*EN_HEADERS, None], [*good_row(), "ceva"]], ana)
    assert located(result) == [(1, "", "M")]
    assert "no header" in result.errors[0].message


# Templates -----------------------------------------------------------------------------------


def data_sheet(content):
    return load_workbook(io.BytesIO(content)).worksheets[0]


@pytest.mark.parametrize(
    ("language", "sheets", "first_headers"),
    [
        ("ro", ["Activități", "Coloane", "Valori", "Exemplu"], ["campanie", "centru regional"]),
        ("en", ["Activities", "Columns", "Values", "Example"], ["campaign", "regional centre"]),
    ],
)
def test_the_workbook_template_in_each_language(tree, card, language, sheets, first_headers):
    workbook = load_workbook(io.BytesIO(template_workbook(language)))
    assert workbook.sheetnames == sheets
    headers = [cell.value for cell in workbook.worksheets[0][1]]
    assert headers == [column.label(language) for column in COLUMNS]
    assert headers[0] == first_headers[0] and headers[1].startswith(first_headers[1])
    assert workbook.worksheets[0].max_row == 1  # no example among the rows to import
    values = [cell.value for cell in workbook[sheets[2]]["A"]]
    assert "jobul-perfect" in values and "saptamana-prevenirii" in values
    validations = workbook.worksheets[0].data_validations.dataValidation
    assert any(rule.type == "list" for rule in validations)
    assert any(rule.type == "whole" for rule in validations)
    explained = [row[0].value for row in workbook[sheets[1]].iter_rows(min_row=2)]
    assert explained == headers


def test_an_untouched_template_imports_nothing_and_says_so(ana):
    result = import_activities(upload(template_workbook("ro"), "activitati.xlsx"), ana)
    assert "no activities" in result.errors[0].message


@pytest.mark.parametrize("language", ["ro", "en"])
def test_a_filled_template_imports_for_a_user_of_the_other_language(ana, language):
    workbook = load_workbook(io.BytesIO(template_workbook(language, user=ana)))
    example = [cell.value for cell in workbook.worksheets[3][3]]
    workbook.worksheets[0].append(example)
    buffer = io.BytesIO()
    workbook.save(buffer)
    other = "en" if language == "ro" else "ro"
    result = import_activities(upload(buffer.getvalue()), ana, language=other)
    assert result.ok, result.errors
    activity = Activity.objects.get()
    assert activity.start_date == timezone.localdate()
    assert activity.material_lines.get().language == language


@pytest.mark.parametrize(("language", "delimiter"), [("ro", ";"), ("en", ",")])
def test_the_csv_template_has_the_headers_and_imports_once_filled(ana, language, delimiter):
    content = template_csv(language)
    assert content.startswith("\ufeff".encode())
    header = content.decode("utf-8-sig").splitlines()[0]
    assert header.split(delimiter) == [column.label(language) for column in COLUMNS]
    row = {column.name: "" for column in COLUMNS}
    row.update(
        campaign="jobul-perfect",
        title="Sesiune",
        start_date="03.06.2020",
        setting="urban",
        county="TM",
        venue_type="school",
        audience="foreign-workers",
        beneficiaries="25",
    )
    filled = content + (delimiter.join(row.values()) + "\r\n").encode()
    result = import_activities(upload(filled, "activitati.csv"), ana)
    assert result.ok, result.errors
    assert Activity.objects.get().beneficiaries == 25


# Audit and command ---------------------------------------------------------------------------


def test_the_audit_trail_records_the_importer(ana):
    result = run([EN_HEADERS, good_row()], ana)
    activity = result.activities[0]
    assert activity.created_by == ana
    changes = FigureChange.objects.filter(activity_id=activity.pk)
    assert {change.changed_by for change in changes} == {ana}
    assert {change.action for change in changes} == {"created"}
    recorded = dict(changes.values_list("field", "new_value"))
    assert recorded["beneficiaries"] == "30"
    assert recorded[f"material:{Material.objects.get().pk}:ro"] == "30"


def test_the_command_imports_or_reports_and_fails(ana, tmp_path):
    good = tmp_path / "activitati.xlsx"
    good.write_bytes(xlsx_bytes([EN_HEADERS, good_row()]))
    out = io.StringIO()
    call_command("import_activities", str(good), user="ana", stdout=out)
    assert "1 activity was imported." in out.getvalue()
    assert FigureChange.objects.filter(changed_by=ana).exists()

    bad = tmp_path / "activitati.csv"
    bad.write_bytes(csv_bytes([EN_HEADERS, good_row(title="Sesiune 2", beneficiaries="-3")]))
    err = io.StringIO()
    with pytest.raises(CommandError, match="Nothing was imported: 1 problem"):
        call_command("import_activities", str(bad), user="ana", stderr=err)
    assert "row 2, column “beneficiaries” (H): A count cannot be negative" in err.getvalue()
    assert Activity.objects.count() == 1
    with pytest.raises(CommandError, match="No user"):
        call_command("import_activities", str(good), user="nobody")

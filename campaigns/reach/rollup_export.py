"""The roll-up as a spreadsheet (XLSX) or CSV, in the PNA's own layout.

The PNA exists in Romanian and English only, so the export is in one of the two: its column
headings are the plan's own vocabulary and are written here for both languages, like the plan's
texts (`_ro`/`_en` fields), rather than left to the interface catalogs. One row per indicator:
action code, action, indicator wording, value, evaluation stage, then the counts behind the value.
"""

import io
from decimal import Decimal

from django.utils import timezone, translation
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from campaigns.exports import xlsx
from campaigns.exports.csv import csv_text as write_csv
from campaigns.pna.models import Action

from .numbers import rounded_fraction
from .rollup import DIMENSIONS

LANGUAGES = ("ro", "en")

WORDS = {
    "ro": {
        "columns": (
            "Cod acțiune",
            "Acțiune",
            "Indicator",
            "Valoare",
            "Etapa evaluării",
            "Numărător",
            "Numitor",
            "Activități care au colectat cifra",
            "Activități",
            "Din rapoartele de distribuție",
        ),
        "breakdown_columns": (
            "Cod acțiune",
            "Indicator",
            "Defalcare",
            "Grup",
            "Valoare",
            "Numărător",
            "Numitor",
            "Activități care au colectat cifra",
            "Activități",
        ),
        "completeness_columns": ("Raportor", "Semestre netransmise"),
        "sheets": ("Indicatori", "Defalcări", "Completitudine", "Despre"),
        "dimensions": {"reporter": "Raportor", "audience": "Public țintă", "setting": "Mediu"},
        "stages": {"annual": "Anual", "semestrial": "Semestrial", "date": "La data"},
        "not_collected": "necolectat",
        "no_activities": "nicio activitate",
        "not_measured": "nu se calculează din activități",
        "about": ("Plan", "Perioada", "Activități numărate", "Generat la"),
        "all_recorded": "toate activitățile înregistrate",
        "approved_only": "doar perioadele aprobate",
        "none_missing": "toate transmise",
    },
    "en": {
        "columns": (
            "Action code",
            "Action",
            "Indicator",
            "Value",
            "Evaluation stage",
            "Numerator",
            "Denominator",
            "Activities that collected the figure",
            "Activities",
            "From distribution reports",
        ),
        "breakdown_columns": (
            "Action code",
            "Indicator",
            "Breakdown",
            "Group",
            "Value",
            "Numerator",
            "Denominator",
            "Activities that collected the figure",
            "Activities",
        ),
        "completeness_columns": ("Reporter", "Semesters not submitted"),
        "sheets": ("Indicators", "Breakdowns", "Completeness", "About"),
        "dimensions": {"reporter": "Reporter", "audience": "Audience", "setting": "Setting"},
        "stages": {"annual": "Annual", "semestrial": "Semestrial", "date": "On"},
        "not_collected": "not collected",
        "no_activities": "no activities",
        "not_measured": "not computed from activities",
        "about": ("Plan", "Period", "Activities counted", "Generated on"),
        "all_recorded": "all recorded activities",
        "approved_only": "approved periods only",
        "none_missing": "all submitted",
    },
}


def export_language(language=None):
    """English for English, Romanian otherwise: the two languages the plan is written in."""
    language = (language or translation.get_language() or "ro").split("-")[0]
    return language if language in LANGUAGES else "ro"


def filename(rollup, extension):
    suffix = "-approved" if rollup.approved_only else ""
    return f"pna-rollup-{rollup.period.slug}{suffix}.{extension}"


def stage_text(action, language):
    """Annual or semestrial in the export's language; a date stage as the plan words it."""
    stage = WORDS[language]["stages"][action.evaluation_stage]
    if action.evaluation_stage != Action.EvaluationStage.DATE:
        return stage
    if action.evaluation_label:
        return action.evaluation_label
    return f"{stage} {action.evaluation_date.isoformat()}" if action.evaluation_date else stage


def _value(figure, language):
    """The value as a number (a ratio as a fraction), or the reason there is none."""
    if figure.activities == 0 and figure.from_reports is None:
        return WORDS[language]["no_activities"]
    if figure.value is None:
        return WORDS[language]["not_collected"]
    return rounded_fraction(figure.value) if figure.is_ratio else figure.value


def _counts(figure):
    return [figure.numerator, figure.denominator, figure.coverage, figure.activities]


def indicator_rows(rollup, language):
    """The main table: one row per indicator of every action, measured or not."""
    rows = []
    for result in rollup.actions:
        action = result.action
        start = [action.code, action.in_language("text", language)]
        stage = stage_text(action, language)
        for indicator, measured in result.rows:
            wording = indicator.in_language("wording", language)
            if measured is None:
                not_measured = WORDS[language]["not_measured"]
                rows.append([*start, wording, not_measured, stage, None, None, None, None, None])
                continue
            figure = measured.figure
            value = _value(figure, language)
            rows.append([*start, wording, value, stage, *_counts(figure), figure.from_reports])
    return rows


def breakdown_rows(rollup, language):
    rows = []
    dimensions = WORDS[language]["dimensions"]
    for result in rollup.indicators():
        code = result.action.code
        wording = result.indicator.in_language("wording", language)
        for name in DIMENSIONS:
            for group in result.breakdowns.get(name, []):
                figure = group.figure
                rows.append(
                    [
                        code,
                        wording,
                        dimensions[name],
                        group.label,
                        _value(figure, language),
                        *_counts(figure),
                    ]
                )
    return rows


def completeness_rows(rollup, language):
    completeness = rollup.completeness
    labels = dict(zip(completeness.semesters, completeness.semester_labels, strict=True))
    rows = []
    for reporter in completeness.reporters:
        statuses = [str(cell.status_label) for cell in reporter.cells]
        missing = "; ".join(labels[(cell.year, cell.semester)] for cell in reporter.missing)
        rows.append([reporter.label, missing or WORDS[language]["none_missing"], *statuses])
    return rows


def about_rows(rollup, language):
    words = WORDS[language]
    counted = words["approved_only"] if rollup.approved_only else words["all_recorded"]
    generated = timezone.localtime().strftime("%Y-%m-%d %H:%M")
    values = (rollup.plan.in_language("title", language), rollup.period.label, counted, generated)
    return list(zip(words["about"], values, strict=True))


# XLSX -------------------------------------------------------------------------------------------


def _write(sheet, row, *, bold=False):
    for cell in xlsx.append(sheet, row):
        if isinstance(cell.value, Decimal):
            cell.value = float(cell.value)
            cell.number_format = "0.0%"
        if bold:
            cell.font = Font(bold=True)


def xlsx_bytes(rollup, language):
    words = WORDS[language]
    workbook = Workbook()
    names = words["sheets"]
    indicators = workbook.active
    indicators.title = names[0]
    _write(indicators, list(words["columns"]), bold=True)
    for row in indicator_rows(rollup, language):
        _write(indicators, row)
    indicators.freeze_panes = "A2"
    for column, width in zip("ABCDEFGHIJ", (10, 60, 60, 14, 16, 12, 12, 14, 12, 14), strict=True):
        indicators.column_dimensions[column].width = width
    for row in indicators.iter_rows(min_row=2, min_col=2, max_col=3):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")

    breakdowns = workbook.create_sheet(names[1])
    _write(breakdowns, list(words["breakdown_columns"]), bold=True)
    for row in breakdown_rows(rollup, language):
        _write(breakdowns, row)
    breakdowns.freeze_panes = "A2"

    completeness = workbook.create_sheet(names[2])
    header = [*words["completeness_columns"], *rollup.completeness.semester_labels]
    _write(completeness, header, bold=True)
    for row in completeness_rows(rollup, language):
        _write(completeness, row)
    completeness.freeze_panes = "B2"

    about = workbook.create_sheet(names[3])
    for label, value in about_rows(rollup, language):
        _write(about, [label, value])

    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# CSV ---------------------------------------------------------------------------------------------


def _csv_cell(value):
    return f"{value * 100:.1f}%" if isinstance(value, Decimal) else value


def csv_text(rollup, language):
    """The main table, as every CSV of the site (see `campaigns.exports.csv`)."""
    rows = [[_csv_cell(value) for value in row] for row in indicator_rows(rollup, language)]
    return write_csv([WORDS[language]["columns"], *rows])

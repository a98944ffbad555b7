"""Activities imported from a spreadsheet (XLSX or CSV): every row is saved, or none.

Each row goes through the validation the admin form uses (`Activity.full_clean()` and
`clean_material_lines`), and every problem is reported by the row number and column header the
spreadsheet shows, so one upload tells staff everything to correct.

The column headers are a file format rather than interface text, so they are written here in
Romanian and in English instead of being taken from the catalogs: a template downloaded once keeps
importing whatever the catalogs later say, and a template in either language imports for anyone.
"""

import datetime
import io
import re
from dataclasses import dataclass, field

from babel import Locale
from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.formats import number_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from campaigns.bounds import ACTIVITY_FIGURES, COPIES, too_large_message
from campaigns.exports import xlsx
from campaigns.exports.csv import csv_bytes
from campaigns.pages.roles import centre_ids, is_coordinator
from campaigns.posts.roles import posts_of

from . import spreadsheet_reading
from .models import (
    Activity,
    ActivityMaterial,
    PeriodLocked,
    ReportingPeriod,
    Setting,
    VenueType,
    acting_as,
    semester_of,
)
from .models.activity import FIGURE_FIELDS
from .models.identity import fold
from .places import COUNTIES, country_codes
from .roles import acts_for
from .spreadsheet_reading import (  # noqa: F401 (the reading's names, importable from here)
    MAX_BYTES,
    MAX_COLUMNS,
    MAX_ROWS,
    MAX_SHEET_ROWS,
    MAX_UNPACKED_BYTES,
    FileRejected,
)
from .spreadsheet_reading import clean_cell as _clean_cell
from .spreadsheet_reading import filled as _filled

#: The largest count of any figure; each column has its own bound in `campaigns.bounds`.
MAX_COUNT = max(ACTIVITY_FIGURES.values())
FILE_LANGUAGES = ("ro", "en")
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"


def file_language(language=None):
    """The language of headers and sheet names: Romanian for Romanian, else English."""
    language = (language or translation.get_language() or "ro").split("-")[0]
    return language if language in FILE_LANGUAGES else "en"


# The columns ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    name: str
    ro: str
    en: str
    kind: str
    required: bool = False
    aliases: tuple = ()

    def label(self, language):
        return self.ro if file_language(language) == "ro" else self.en

    @property
    def headers(self):
        return (self.name, self.ro, self.en, *self.aliases)


DIMENSION_COLUMNS = (
    Column("campaign", "campanie", "campaign", "campaign", required=True),
    Column(
        "reporter",
        "centru regional sau post consular",
        "regional centre or consular post",
        "reporter",
        aliases=(
            "reporter",
            "raportor",
            "regional centre",
            "regional_centre",
            "centru regional",
            "consular post",
            "consular_post",
            "post consular",
        ),
    ),
    Column(
        "title",
        "ce a avut loc",
        "what took place",
        "text",
        required=True,
        aliases=("titlu", "activitate", "activity"),
    ),
    Column(
        "start_date",
        "data",
        "date",
        "date",
        required=True,
        aliases=("start date", "data de început", "data de inceput"),
    ),
    Column("end_date", "data de sfârșit", "end date", "date"),
    Column("setting", "mediu", "setting", "setting", required=True),
    Column("county", "județ", "county", "county"),
    Column("country", "țară", "country", "country"),
    Column("venue_type", "tip de loc", "venue type", "venue_type", required=True),
    Column(
        "audience",
        "categorie de public",
        "audience",
        "audience",
        required=True,
        aliases=("public",),
    ),
)

#: Spreadsheet headers of the figures; the model's verbose names lean on the form's headings.
FIGURE_HEADERS = {
    "beneficiaries": ("beneficiari", "beneficiaries"),
    "beneficiaries_minors": ("beneficiari minori", "beneficiaries who are minors"),
    "beneficiaries_adults": ("beneficiari adulți", "beneficiaries who are adults"),
    "materials_distributed": ("materiale distribuite", "materials distributed"),
    "hotline_referrals": (
        "cazuri potențiale semnalate liniei telverde",
        "potential cases referred to the hotline",
    ),
    "tollfree_calls": (
        "apeluri la linia gratuită despre cazuri potențiale",
        "toll-free line calls reporting potential cases",
    ),
    "calls_from_foreigners": (
        "apeluri la linia gratuită de la străini",
        "toll-free line calls from foreigners",
    ),
    "potential_clients_informed": ("potențiali clienți informați", "potential clients informed"),
    "companies_involved": ("companii implicate", "companies involved"),
    "companies_adopting_policies": (
        "companii care adoptă politici interne",
        "companies adopting internal policies",
    ),
    "associations_involved": (
        "asociații românești din străinătate implicate",
        "Romanian associations abroad involved",
    ),
    "diplomatic_missions_involved": (
        "misiuni diplomatice implicate",
        "diplomatic missions involved",
    ),
    "social_posts": ("postări pe rețele sociale", "social media posts"),
    "social_likes": ("aprecieri pe rețele sociale", "social media likes"),
    "social_shares": ("distribuiri pe rețele sociale", "social media shares"),
    "social_interactions": ("interacțiuni pe rețele sociale", "social media interactions"),
    "social_unique_reach": ("utilizatori unici atinși", "unique users reached"),
    "children_surveyed": ("copii chestionați", "children asked"),
    "children_naming_two_risks": (
        "copii care au numit cel puțin două riscuri",
        "children who named at least two risks",
    ),
    "carers_surveyed": (
        "asistenți maternali și sociali chestionați",
        "carers and social workers asked",
    ),
    "carers_naming_three_indicators": (
        "asistenți care au numit cel puțin trei indicatori",
        "carers who named at least three indicators",
    ),
    "training_sessions": ("sesiuni de formare", "training sessions"),
    "teachers_trained": ("cadre didactice formate", "teachers trained"),
}


def _figure_column(name):
    verbose_name = Activity._meta.get_field(name).verbose_name
    with translation.override("en"):
        fallback = str(verbose_name)
    ro, en = FIGURE_HEADERS.get(name, (fallback, fallback))
    return Column(name, ro, en, "count")


FIGURE_COLUMNS = tuple(_figure_column(name) for name in FIGURE_FIELDS)
MATERIALS_COLUMN = Column(
    "materials",
    "materiale pe limbi",
    "materials per language",
    "materials",
    aliases=("materiale", "materials", "material lines"),
)
COLUMNS = (*DIMENSION_COLUMNS, *FIGURE_COLUMNS, MATERIALS_COLUMN)
COLUMNS_BY_NAME = {column.name: column for column in COLUMNS}
COLUMNS_BY_HEADER = {fold(header): column for column in COLUMNS for header in column.headers}
#: Model fields whose errors belong to another column.
FIELD_COLUMNS = {"regional_centre": "reporter", "consular_post": "reporter"}
#: Foreign keys whose ids come from rows just read from the database: full_clean() would only
#: query each again (4 queries a row). Constraints are not validated either: the model's only one,
#: one reporter per activity, is what clean() checks, and Django spends 5 ms a row re-checking it.
RESOLVED_FIELDS = ("campaign", "audience", "regional_centre", "consular_post")

#: Romanian labels of the choices, fixed with the headers; English ones are the model's.
SETTING_LABELS_RO = {
    Setting.RURAL: "rural",
    Setting.URBAN: "urban",
    Setting.ONLINE: "online",
    Setting.ABROAD: "în străinătate",
}
VENUE_LABELS_RO = {
    VenueType.SCHOOL: "școală",
    VenueType.UNIVERSITY: "universitate",
    VenueType.PLACEMENT_CENTRE: "centru de plasament",
    VenueType.JOB_FAIR: "bursa locurilor de muncă",
    VenueType.BORDER_CROSSING: "punct de trecere a frontierei",
    VenueType.CONSULATE: "consulat sau ambasadă",
    VenueType.WORKPLACE: "loc de muncă sau companie",
    VenueType.COMMUNITY: "comunitate sau spațiu public",
    VenueType.ACCOMMODATION: "centru de cazare pentru refugiați sau migranți",
    VenueType.MEDIA: "radio, televiziune sau presă",
    VenueType.ONLINE_PLATFORM: "site sau rețea socială",
    VenueType.OTHER: "altul",
}
SHEET_NAMES = {
    "data": {"ro": "Activități", "en": "Activities"},
    "columns": {"ro": "Coloane", "en": "Columns"},
    "values": {"ro": "Valori", "en": "Values"},
    "example": {"ro": "Exemplu", "en": "Example"},
}


def choice_label(choices, labels_ro, value, language):
    if file_language(language) == "ro":
        return labels_ro[value]
    with translation.override("en"):
        return str(choices(value).label)


# Errors --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    """One problem: the row as the spreadsheet numbers it (1 = headers; None = the whole file),
    the column's header ("" = the whole row) and its letter when the file has it."""

    row: int | None
    column: str
    letter: str
    message: str

    def __str__(self):
        where = []
        if self.row is not None:
            where.append(gettext("row %(row)s") % {"row": self.row})
        if self.column:
            column = gettext("column “%(column)s”") % {"column": self.column}
            where.append(f"{column} ({self.letter})" if self.letter else column)
        return f"{', '.join(where)}: {self.message}" if where else self.message


@dataclass
class ImportResult:
    errors: list = field(default_factory=list)
    activities: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.errors


class CellError(Exception):
    def __init__(self, *messages):
        super().__init__(*messages)
        self.messages = [str(message) for message in messages]


def column_letter(position):
    """0 → A, 25 → Z, 26 → AA: the letter a spreadsheet shows above the column."""
    letters = ""
    position += 1
    while position:
        position, remainder = divmod(position - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


# Reading the file ----------------------------------------------------------------------------


def _is_data_sheet(title):
    return fold(title) in {fold(name) for name in SHEET_NAMES["data"].values()}


def read_table(upload):
    """The rows of the upload as lists of cell values, row 1 (the headers) first; from a
    workbook, the data sheet by its name in either language (else the first sheet)."""
    return spreadsheet_reading.read_table(upload, is_data_sheet=_is_data_sheet)


# Values --------------------------------------------------------------------------------------

AMBIGUOUS = object()


class Vocabulary:
    """Values by any of their names, compared folded; a name two values share is ambiguous."""

    def __init__(self, entries):
        self._values = {}
        for value, *names in entries:
            for name in names:
                if name in (None, ""):
                    continue
                key = fold(name)
                known = self._values.get(key, value)
                self._values[key] = value if known == value else AMBIGUOUS

    def get(self, text):
        return self._values.get(fold(text))


_THOUSANDS = re.compile(r"\d{1,3}(?:[.,  ]\d{3})+")
_WHOLE = re.compile(r"(\d+)(?:[.,]0{1,2})?")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?")
_RO_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_MATERIAL_LINE = re.compile(r"(?P<key>[^:=]+?)\s*:\s*(?P<language>[^:=]+?)\s*=\s*(?P<quantity>.*)")


def parse_count(value, limit=MAX_COUNT):
    """A whole number from 0 to `limit`: 12, 12.0 (Excel's float) or "12"; never 12.5, -3 or abc.

    The limit is the figure's bound (`campaigns.bounds`): past it a number is a typing error.
    """
    if isinstance(value, bool):
        raise CellError(_whole_number_message(value))
    if isinstance(value, float):
        if not value.is_integer():
            raise CellError(_whole_number_message(value))
        value = int(value)
    elif not isinstance(value, int):
        text = str(value).strip()
        if _THOUSANDS.fullmatch(text) and not _WHOLE.fullmatch(text):
            raise CellError(
                _("Write “%(value)s” without a thousands separator, e.g. 1200.") % {"value": text}
            )
        if (match := _WHOLE.fullmatch(text)) and len(match.group(1).lstrip("0")) > len(str(limit)):
            raise CellError(too_large_message(limit))  # before int(), which refuses 4,300 digits
        if match:
            value = int(match.group(1))
        elif re.fullmatch(r"-\s*\d+(?:[.,]\d+)?", text):
            raise CellError(_("A count cannot be negative (“%(value)s”).") % {"value": text})
        else:
            raise CellError(_whole_number_message(text))
    if value < 0:
        raise CellError(_("A count cannot be negative (“%(value)s”).") % {"value": value})
    if value > limit:
        raise CellError(too_large_message(limit))
    return value


def _whole_number_message(value):
    return _(
        "Write a whole number, 0 or more (“%(value)s” is not one). Leave the cell empty if "
        "this was not counted."
    ) % {"value": value}


def parse_date(value):
    """A date cell, or text as 2020-10-12 or 12.10.2020 (Romanian order)."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = str(value).strip()
    if match := _ISO_DATE.fullmatch(text):
        year, month, day = match.groups()
    elif match := _RO_DATE.fullmatch(text):
        day, month, year = match.groups()
    else:
        raise CellError(
            _(
                "“%(value)s” is not a date. Use a date cell, or write it as 2020-10-12 or "
                "12.10.2020."
            )
            % {"value": text}
        )
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError as error:
        raise CellError(
            _("“%(value)s” is not a date of the calendar.") % {"value": text}
        ) from error


def parse_text(value):
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime.datetime):
        value = value.date()
    return str(value).strip()


class Vocabularies:
    """Everything a row's names are looked up in, read once per import."""

    def __init__(self, user):
        from campaigns.materials.models import Material
        from campaigns.pages.models import CampaignPage
        from campaigns.posts.models import ConsularPost
        from campaigns.taxonomy.models import Audience, RegionalCentre

        self.user = user
        self.campaigns = Vocabulary(
            CampaignPage.objects.values_list("pk", "slug_ro", "title_ro", "title_en")
        )
        centres = list(RegionalCentre.objects.all())
        posts = list(ConsularPost.objects.all())
        self.reporter_names = {("centre", centre.pk): str(centre) for centre in centres}
        self.reporter_names.update({("post", post.pk): str(post) for post in posts})
        self.reporters = Vocabulary(
            [
                (("centre", centre.pk), centre.key, centre.name_ro, centre.name_en, centre.city)
                for centre in centres
            ]
            + [(("post", post.pk), post.code, post.name) for post in posts]
        )
        self.audiences = Vocabulary(Audience.objects.values_list("pk", "key", "name_ro", "name_en"))
        self.settings = Vocabulary(_choice_entries(Setting, SETTING_LABELS_RO))
        self.venue_types = Vocabulary(_choice_entries(VenueType, VENUE_LABELS_RO))
        self.counties = Vocabulary(
            [(code, code, f"RO-{code}", name) for code, name in COUNTIES]
            + [("B", "Bucharest", "Municipiul București")]
        )
        codes = country_codes() | {"RO"}
        english, romanian = Locale("en").territories, Locale("ro").territories
        self.countries = Vocabulary(
            (code, code, english.get(code), romanian.get(code)) for code in codes
        )
        self.materials = Vocabulary(Material.objects.values_list("pk", "key"))
        self.languages = {code.casefold(): code for code, _name in settings.LANGUAGES}
        self._periods = {}
        self.default_reporter = None
        if not is_coordinator(user):
            mine = [("centre", pk) for pk in centre_ids(user)] + [
                ("post", pk) for pk in posts_of(user)
            ]
            if len(mine) == 1:
                self.default_reporter = mine[0]

    def period_of(self, activity):
        key = (
            activity.regional_centre_id,
            activity.consular_post_id,
            activity.start_date.year,
            semester_of(activity.start_date),
        )
        if key not in self._periods:
            self._periods[key] = ReportingPeriod.for_activity(activity)
        return self._periods[key]

    def look_up(self, vocabulary, value, unknown_message):
        text = parse_text(value)
        found = vocabulary.get(text)
        if found is AMBIGUOUS:
            raise CellError(
                _("“%(value)s” names more than one entry; use its key or code instead.")
                % {"value": text}
            )
        if found is None:
            raise CellError(unknown_message % {"value": text})
        return found

    def parse(self, kind, value, name=""):
        """The cell's value for the model, by the column's kind (and name); or CellError."""
        plain = {"text": parse_text, "date": parse_date}
        if kind in plain:
            return plain[kind](value)
        if kind == "count":
            return parse_count(value, ACTIVITY_FIGURES[name])
        return getattr(self, f"parse_{kind}")(value)

    def parse_campaign(self, value):
        return self.look_up(
            self.campaigns,
            value,
            _(
                "No campaign has the slug or title “%(value)s”. "
                "The template's Values sheet lists them."
            ),
        )

    def parse_reporter(self, value):
        reporter = self.look_up(
            self.reporters,
            value,
            _("No regional centre or consular post is called “%(value)s”."),
        )
        kind, pk = reporter
        lookup = {"regional_centre_id": pk} if kind == "centre" else {"consular_post_id": pk}
        if not acts_for(self.user, **lookup):
            raise CellError(
                _("You do not record activities for %(reporter)s.")
                % {"reporter": self.reporter_names[reporter]}
            )
        return reporter

    def parse_setting(self, value):
        return self.look_up(
            self.settings,
            value,
            _("“%(value)s” is not a setting; write rural, urban, online or abroad."),
        )

    def parse_venue_type(self, value):
        return self.look_up(
            self.venue_types,
            value,
            _("“%(value)s” is not a venue type. The template's Values sheet lists them."),
        )

    def parse_county(self, value):
        return self.look_up(
            self.counties,
            value,
            _("“%(value)s” is not a county of Romania; write its code (TM) or name (Timiș)."),
        )

    def parse_country(self, value):
        country = self.look_up(
            self.countries,
            value,
            _("“%(value)s” is not a country; write its two-letter ISO code (IT) or name."),
        )
        if country == "RO":
            raise CellError(_("Romania is not abroad: give the county instead of the country."))
        return country

    def parse_audience(self, value):
        return self.look_up(
            self.audiences,
            value,
            _("No audience is called “%(value)s”. The template's Values sheet lists them."),
        )

    def parse_materials(self, value):
        """`key:language=copies` entries, separated by `;` or new lines."""
        lines, problems, seen = [], [], set()
        for entry in re.split(r"[;\n]+", parse_text(value)):
            entry = entry.strip()
            if not entry:
                continue
            match = _MATERIAL_LINE.fullmatch(entry)
            if match is None:
                problems.append(
                    _(
                        "“%(entry)s” should read material:language=copies, e.g. "
                        "telverde-card:ro=100."
                    )
                    % {"entry": entry}
                )
                continue
            material_id = self.materials.get(match["key"])
            language = self.languages.get(match["language"].strip().casefold())
            if material_id is None:
                problems.append(_("No material has the key “%(key)s”.") % {"key": match["key"]})
            if language is None:
                problems.append(
                    _("“%(language)s” is not one of the site's languages (%(languages)s).")
                    % {"language": match["language"], "languages": ", ".join(self.languages)}
                )
            try:
                quantity = parse_count(match["quantity"], COPIES)
            except CellError as error:
                problems.extend(f"{entry}: {message}" for message in error.messages)
                continue
            if material_id is None or language is None:
                continue
            if (material_id, language) in seen:
                problems.append(
                    _("%(key)s in %(language)s appears twice; put the total in one entry.")
                    % {"key": match["key"], "language": language}
                )
                continue
            seen.add((material_id, language))
            lines.append(
                ActivityMaterial(material_id=material_id, language=language, quantity=quantity)
            )
        if problems:
            raise CellError(*problems)
        return lines


def _choice_entries(choices, labels_ro):
    with translation.override("en"):
        english = {value: str(label) for value, label in choices.choices}
    with translation.override("ro"):
        catalog_ro = {value: str(label) for value, label in choices.choices}
    return [
        (value, value, english[value], labels_ro[value], catalog_ro[value])
        for value in choices.values
    ]


# Rows ----------------------------------------------------------------------------------------


@dataclass
class ParsedRow:
    number: int
    activity: Activity
    lines: list
    errors: dict  # column name ("" for the whole row) -> messages


def _header_errors(headers, vocabularies, language):
    """The columns by position, and what is wrong with the header row."""
    positions, errors, seen = {}, [], {}
    for position, header in enumerate(headers):
        text = "" if header is None else str(header).strip()
        if not text:
            continue
        column = COLUMNS_BY_HEADER.get(fold(text.rstrip("* ")))
        letter = column_letter(position)
        if column is None:
            errors.append(
                RowError(
                    1,
                    text,
                    letter,
                    str(_("Unknown column. The template's Columns sheet lists the columns.")),
                )
            )
        elif column.name in seen:
            errors.append(
                RowError(
                    1,
                    text,
                    letter,
                    str(
                        _("This is the same column as %(letter)s; keep one of them.")
                        % {"letter": column_letter(seen[column.name])}
                    ),
                )
            )
        else:
            seen[column.name] = position
            positions[position] = column
    for column in COLUMNS:
        missing = column.name not in seen
        if missing and column.required:
            errors.append(
                RowError(1, column.label(language), "", str(_("This required column is missing.")))
            )
        elif missing and column.name == "reporter" and vocabularies.default_reporter is None:
            errors.append(
                RowError(
                    1,
                    column.label(language),
                    "",
                    str(
                        _(
                            "This column is missing. It may be left out only by staff who "
                            "record for a single centre or post."
                        )
                    ),
                )
            )
    return positions, errors


def _parse_row(number, cells, positions, vocabularies):
    """The row's activity and material lines, validated as the admin form validates them."""
    values, errors = {}, {}
    for position, column in positions.items():
        value = _clean_cell(cells[position]) if position < len(cells) else None
        if value is None:
            continue
        try:
            values[column.name] = vocabularies.parse(column.kind, value, column.name)
        except CellError as error:
            errors[column.name] = error.messages
    present = {column.name for column in positions.values()}
    for column in COLUMNS:
        if column.required and column.name not in values and column.name not in errors:
            errors[column.name] = [str(_("Fill in this cell."))]
    if "reporter" not in values and "reporter" not in errors:
        if vocabularies.default_reporter is None:
            if "reporter" in present:
                errors["reporter"] = [str(_("Fill in this cell."))]
        else:
            values["reporter"] = vocabularies.default_reporter

    activity = Activity()
    kind, reporter_id = values.get("reporter", (None, None))
    activity.regional_centre_id = reporter_id if kind == "centre" else None
    activity.consular_post_id = reporter_id if kind == "post" else None
    for name in ("campaign", "audience"):
        setattr(activity, f"{name}_id", values.get(name))
    for column in COLUMNS:
        if column.kind not in ("campaign", "audience", "reporter", "materials"):
            default = None if column.kind in ("count", "date") else ""
            setattr(activity, column.name, values.get(column.name, default))
    lines = values.get("materials", [])

    failed = {FIELD_COLUMNS.get(name, name) for name in errors}
    excluded = [
        model_field.name
        for model_field in Activity._meta.fields
        if FIELD_COLUMNS.get(model_field.name, model_field.name) in failed
        or model_field.name in RESOLVED_FIELDS
    ]
    checks = [
        (activity.full_clean, {"exclude": excluded, "validate_constraints": False}),
        (activity.clean_material_lines, {"lines": lines}),
        *(
            (line.full_clean, {"exclude": ["activity", "material"], "validate_constraints": False})
            for line in lines
        ),
    ]
    model_errors = {}
    # The lock is read once per reporter and semester, not once per row; save() reads it again.
    activity.period = lambda create=False: vocabularies.period_of(activity)
    try:
        for check, arguments in checks:
            try:
                check(**arguments)
            except ValidationError as error:
                for name, messages in error.message_dict.items():
                    model_errors.setdefault(name, []).extend(messages)
    finally:
        del activity.period
    for name, messages in model_errors.items():
        column = "" if name == NON_FIELD_ERRORS else FIELD_COLUMNS.get(name, name)
        if column not in COLUMNS_BY_NAME and column:
            column = "materials" if name in ("material", "language", "quantity") else ""
        if column not in failed:
            errors.setdefault(column, []).extend(dict.fromkeys(messages))
    return ParsedRow(number, activity, lines, errors)


def _duplicate_key(activity):
    return (
        activity.regional_centre_id,
        activity.consular_post_id,
        activity.campaign_id,
        fold(activity.title),
        activity.start_date,
    )


def _flag_duplicates(rows):
    """A row already stored, or twice in the file, would count the same activity twice."""
    candidates = [row for row in rows if not row.errors]
    if not candidates:
        return
    dates = [row.activity.start_date for row in candidates]
    stored = Activity.objects.filter(
        campaign_id__in={row.activity.campaign_id for row in candidates},
        start_date__range=(min(dates), max(dates)),
    )
    recorded = {
        (centre, post, campaign, fold(title), start): created
        for centre, post, campaign, title, start, created in stored.values_list(
            "regional_centre_id",
            "consular_post_id",
            "campaign_id",
            "title",
            "start_date",
            "created_at",
        )
    }
    first_row = {}
    for row in candidates:
        key = _duplicate_key(row.activity)
        if key in recorded:
            row.errors["title"] = [
                str(
                    _(
                        "This activity is already recorded (same reporter, campaign, title and "
                        "date, saved on %(day)s); it was not imported again."
                    )
                    % {"day": f"{timezone.localtime(recorded[key]):%Y-%m-%d}"}
                )
            ]
        elif key in first_row:
            row.errors["title"] = [
                str(
                    _(
                        "Row %(row)s has the same reporter, campaign, title and date. Merge the "
                        "two rows, or tell them apart in the title (e.g. add the school)."
                    )
                    % {"row": first_row[key]}
                )
            ]
        else:
            first_row[key] = row.number


# Validating and importing --------------------------------------------------------------------


def validate_upload(upload, user, *, language=None):
    """(rows, errors): the parsed rows, and every problem of the file; saves nothing."""
    language = file_language(language)
    try:
        table = read_table(upload)
    except FileRejected as rejected:
        return [], [RowError(None, "", "", str(rejected.args[0]))]
    if not table or not _filled(table[0]):
        return [], [RowError(None, "", "", str(_("The file has no header row.")))]
    vocabularies = Vocabularies(user)
    positions, errors = _header_errors(table[0], vocabularies, language)
    if errors:
        return [], errors
    numbered = [
        (number, cells) for number, cells in enumerate(table[1:], start=2) if _filled(cells)
    ]
    unnamed = sorted(
        {
            position
            for _number, cells in numbered
            for position, value in enumerate(cells)
            if position not in positions and _clean_cell(value) is not None
        }
    )
    if unnamed:
        return [], [
            RowError(
                1, "", column_letter(position), str(_("This column has values but no header."))
            )
            for position in unnamed
        ]
    if not numbered:
        return [], [
            RowError(
                None,
                "",
                "",
                str(_("The file has no activities: every row after the headers is empty.")),
            )
        ]
    if len(numbered) > MAX_ROWS:
        return [], [
            RowError(
                None,
                "",
                "",
                str(
                    _("The file has more than %(limit)s activities. Split it into several files.")
                    % {"limit": number_format(MAX_ROWS, force_grouping=True)}
                ),
            )
        ]
    rows = [_parse_row(number, cells, positions, vocabularies) for number, cells in numbered]
    _flag_duplicates(rows)
    return rows, _row_errors(rows, positions, language)


def _row_errors(rows, positions, language):
    by_name = {column.name: (position, column) for position, column in positions.items()}
    errors = []
    for row in rows:
        for name, messages in row.errors.items():
            position, column = by_name.get(name, (None, COLUMNS_BY_NAME.get(name)))
            if position is not None:
                header, letter, order = column.label(language), column_letter(position), position
            elif column is not None:
                header, letter, order = column.label(language), "", len(COLUMNS)
            else:
                header, letter, order = "", "", -1
            errors.extend(
                (row.number, order, RowError(row.number, header, letter, str(message)))
                for message in messages
            )
    return [error for *_order, error in sorted(errors, key=lambda item: item[:2])]


class _RecordedMeanwhile(Exception):
    """Rows another import (or the form) stored while this file was being checked."""


def import_activities(upload, user, *, language=None):
    """Validate every row, then save them all in one transaction, audited to `user`; or none.

    The same file uploaded twice at once: each upload takes its periods' locks
    (`ReportingPeriod.lock`) and checks its rows again against what is stored, so the second
    waits for the first, finds its rows and imports nothing. The activity's unique fingerprint
    is the last guard, for an activity saved through the form at that moment.
    """
    rows, errors = validate_upload(upload, user, language=language)
    if errors:
        return ImportResult(errors=errors)
    for row in rows:
        row.activity.material_lines = row.lines
    try:
        with transaction.atomic(), acting_as(user):
            ReportingPeriod.lock(row.activity.period_key() for row in rows)
            _flag_duplicates(rows)
            if any(row.errors for row in rows):
                raise _RecordedMeanwhile
            Activity.objects.record_new(row.activity for row in rows)
    except _RecordedMeanwhile:
        return ImportResult(errors=_row_errors(rows, {}, file_language(language)))
    except IntegrityError:
        _flag_duplicates(rows)
        if not any(row.errors for row in rows):
            raise
        return ImportResult(errors=_row_errors(rows, {}, file_language(language)))
    except PeriodLocked as error:  # a period approved while the file was being checked
        first = next(
            (row for row in rows if ReportingPeriod.for_activity(row.activity) == error.period),
            rows[0],
        )
        return ImportResult(
            errors=[RowError(first.number, "", "", message) for message in error.messages]
        )
    return ImportResult(activities=[row.activity for row in rows])


# Templates -----------------------------------------------------------------------------------

TEMPLATE_ROWS = MAX_ROWS + 1  # data validation reaches as far as an import may go

COLUMN_HELP = {
    "campaign": _("The campaign's Romanian slug (the last part of its address) or its title."),
    "reporter": _(
        "The key of the regional centre or the code of the consular post, or its name. Leave "
        "it empty if you record for a single centre or post."
    ),
    "start_date": _(
        "The first day: a date cell, or 2020-10-12, or 12.10.2020. The semester it falls in "
        "must not be approved yet."
    ),
    "end_date": _("Only for an activity over several days; a date as in the previous column."),
    "setting": _("rural or urban (give the county), online, or abroad (give the country)."),
    "county": _(
        "Where in Romania: the county's code (TM) or name (Timiș); required for rural and "
        "urban activities."
    ),
    "country": _(
        "Where abroad: the two-letter ISO code (IT) or the name (Italy, Italia); required for "
        "activities abroad."
    ),
    "venue_type": _("What kind of place; one of the values listed."),
    "audience": _("Whom the activity spoke to: the audience's name or key."),
    "materials": _(
        "Copies handed out per material and language: the material's key, a colon, the "
        "language code, “=”, the number; several separated by “;”. E.g. "
        "telverde-card:ro=100; telverde-card:en=40. They may detail the materials distributed, "
        "never exceed them."
    ),
}
COUNT_HELP = _("A whole number, 0 or more. Empty means not counted; 0 means none.")


def _column_help(column):
    if column.kind == "count":
        model_field = Activity._meta.get_field(column.name)
        parts = [model_field.verbose_name, model_field.help_text, COUNT_HELP]
        return " · ".join(str(part) for part in parts if part)
    if column.name == "title":
        model_field = Activity._meta.get_field("title")
        return f"{model_field.verbose_name}. {model_field.help_text}"
    return str(COLUMN_HELP[column.name])


def allowed_values(user=None, language=None):
    """What the template lists for each column with a closed set of values: (value, name)."""
    from campaigns.materials.models import Material
    from campaigns.pages.models import CampaignPage
    from campaigns.posts.models import ConsularPost
    from campaigns.taxonomy.models import Audience, RegionalCentre

    language = file_language(language)
    centres = RegionalCentre.objects.order_by("key")
    posts = ConsularPost.objects.order_by("code")
    if user is not None and not is_coordinator(user):
        centres = centres.filter(pk__in=centre_ids(user))
        posts = posts.filter(pk__in=posts_of(user))

    def named(ro, en):
        return (en or ro) if language == "en" else (ro or en)

    campaigns = CampaignPage.objects.order_by("slug_ro")
    return {
        "campaign": [
            (slug, named(ro, en))
            for slug, ro, en in campaigns.values_list("slug_ro", "title_ro", "title_en")
        ],
        "reporter": [
            *(
                (key, named(ro, en))
                for key, ro, en in centres.values_list("key", "name_ro", "name_en")
            ),
            *posts.values_list("code", "name"),
        ],
        "audience": [
            (named(ro, en), key)
            for key, ro, en in Audience.objects.values_list("key", "name_ro", "name_en")
        ],
        "setting": [
            (choice_label(Setting, SETTING_LABELS_RO, value, language), value)
            for value in Setting.values
        ],
        "venue_type": [
            (choice_label(VenueType, VENUE_LABELS_RO, value, language), value)
            for value in VenueType.values
        ],
        "county": [(county, code) for code, county in COUNTIES],
        "materials": [
            (key, named(ro, en))
            for key, ro, en in Material.objects.values_list("key", "title_ro", "title_en")
        ],
    }


def template_csv(language=None):
    """The headers alone, UTF-8 with a BOM so that Excel shows the diacritics; Romanian Excel
    reads `;` as the delimiter, English Excel `,`."""
    language = file_language(language)
    headers = [column.label(language) for column in COLUMNS]
    return csv_bytes([headers], delimiter=";" if language == "ro" else ",")


def template_filename(language, extension):
    return f"{'activitati' if file_language(language) == 'ro' else 'activities'}.{extension}"


def template_workbook(language=None, user=None):
    """An XLSX to fill in: an empty data sheet, the columns explained, the allowed values (with
    drop-down lists on the data sheet) and an example row on a sheet of its own."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation

    language = file_language(language)
    bold = Font(bold=True)
    workbook = Workbook()
    with translation.override(language):
        data = workbook.active
        data.title = SHEET_NAMES["data"][language]
        headers = [column.label(language) for column in COLUMNS]
        data.append(headers)
        for position, header in enumerate(headers):
            data.cell(row=1, column=position + 1).font = bold
            data.column_dimensions[column_letter(position)].width = max(14, min(len(header), 40))
        data.freeze_panes = "A2"

        explained = workbook.create_sheet(SHEET_NAMES["columns"][language])
        explained.append([gettext("Column"), gettext("Required"), gettext("What to write")])
        for column in COLUMNS:
            required = gettext("yes") if column.required else ""
            if column.name == "reporter":
                required = gettext("if you record for several centres or posts")
            explained.append([column.label(language), required, _column_help(column)])
        for cell in explained[1]:
            cell.font = bold
        explained.column_dimensions["A"].width = 40
        explained.column_dimensions["B"].width = 20
        explained.column_dimensions["C"].width = 100
        for row in explained.iter_rows(min_row=2):
            row[2].alignment = Alignment(wrap_text=True, vertical="top")

        values_sheet = workbook.create_sheet(SHEET_NAMES["values"][language])
        values = allowed_values(user, language)
        sheet_ref = SHEET_NAMES["values"][language]
        for block, (name, entries) in enumerate(values.items()):
            first = block * 3 + 1
            values_sheet.cell(row=1, column=first, value=COLUMNS_BY_NAME[name].label(language))
            values_sheet.cell(row=1, column=first).font = bold
            for offset, (value, description) in enumerate(entries, start=2):
                values_sheet.cell(row=offset, column=first, value=value)
                values_sheet.cell(row=offset, column=first + 1, value=description)
            letter = column_letter(first - 1)
            values_sheet.column_dimensions[letter].width = 30
            values_sheet.column_dimensions[column_letter(first)].width = 30
            if entries and name != "materials":
                validation = DataValidation(
                    type="list",
                    formula1=f"'{sheet_ref}'!${letter}$2:${letter}${len(entries) + 1}",
                    allow_blank=True,
                    showErrorMessage=False,  # a name or code typed instead still imports
                )
                _apply(data, validation, name)

        whole = DataValidation(
            type="whole",
            operator="greaterThanOrEqual",
            formula1="0",
            allow_blank=True,
            showErrorMessage=True,
            error=gettext("A whole number, 0 or more; leave empty if not counted."),
        )
        for column in FIGURE_COLUMNS:
            _apply(data, whole, column.name)

        example = workbook.create_sheet(SHEET_NAMES["example"][language])
        example.append(
            [
                gettext(
                    "An example row. Rows on this sheet are not imported: fill in the first "
                    "sheet, “%(sheet)s”."
                )
                % {"sheet": SHEET_NAMES["data"][language]}
            ]
        )
        example.append(headers)
        example.append(_example_row(values, language))
        for cell in example[2]:
            cell.font = bold
        for cell in example[3]:
            if isinstance(cell.value, datetime.date):
                cell.number_format = "yyyy-mm-dd"
    # Campaign and material titles are typed by editors: none may reach Excel as a formula.
    xlsx.protect_workbook(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _apply(sheet, validation, name):
    letter = column_letter([column.name for column in COLUMNS].index(name))
    if validation not in sheet.data_validations.dataValidation:
        sheet.add_data_validation(validation)
    validation.add(f"{letter}2:{letter}{TEMPLATE_ROWS}")


def _example_row(values, language):
    """A row that imports as it stands, made of the first allowed values."""

    def first(name, default):
        return values[name][0][0] if values[name] else default

    romanian = language == "ro"
    example = {
        "campaign": first("campaign", "jobul-perfect"),
        "reporter": first("reporter", "timisoara"),
        "title": (
            "Sesiune de informare pentru elevii de clasa a IX-a"
            if romanian
            else "Information session for 9th grade pupils"
        ),
        "start_date": timezone.localdate(),
        "setting": choice_label(Setting, SETTING_LABELS_RO, Setting.URBAN, language),
        "county": "Timiș",
        "venue_type": choice_label(VenueType, VENUE_LABELS_RO, VenueType.SCHOOL, language),
        "audience": first("audience", ""),
        "beneficiaries": 30,
        "beneficiaries_minors": 28,
        "beneficiaries_adults": 2,
        "materials_distributed": 30,
        "hotline_referrals": 0,
    }
    if values["materials"]:
        example["materials"] = f"{values['materials'][0][0]}:{language}=30"
    return [example.get(column.name) for column in COLUMNS]

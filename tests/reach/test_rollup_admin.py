"""The roll-up screen and its exports: coordinators only, values in the admin's language."""

import csv
import datetime
import io
import re

import openpyxl
import pytest
from django.core.management import call_command
from django.urls import reverse

from campaigns.pna.models import Action, Indicator, Plan
from campaigns.reach.factories import ActivityFactory
from tests.reach.rollup_data import build_plan

INDEX = reverse("reach_rollup:index")
XLSX = reverse("reach_rollup:xlsx")
CSV = reverse("reach_rollup:csv")


@pytest.fixture
def plan(tree):
    plan = build_plan(tree)
    ActivityFactory(
        campaign=tree["jobs"],
        start_date=datetime.date(2020, 3, 1),
        beneficiaries=1234,
        children_surveyed=10,
        children_naming_two_risks=9,
    )
    ActivityFactory(
        campaign=tree["week"],
        start_date=datetime.date(2020, 10, 12),
        county="IS",
        beneficiaries=66,
        children_surveyed=90,
        children_naming_two_risks=9,
    )
    return plan


@pytest.fixture
def coordinator(client, tree):
    client.force_login(tree["coordinator"])
    return client


def row_of(rows, code, wording):
    return next(row for row in rows if row[0] == code and row[2] == wording)


# Who gets in -----------------------------------------------------------------------------------


def test_coordinator_sees_the_rollup_with_values(coordinator, plan):
    response = coordinator.get(INDEX, {"year": "2020"})
    content = response.content.decode()
    assert response.status_code == 200
    assert "Information campaigns in schools" in content
    assert "Number of beneficiaries" in content
    assert "1,300" in content  # 1,234 + 66
    assert "18%" in content  # 18 of 100 children, not the 50% average of 90% and 10%
    assert "collected by 2 of 2 activities" in content
    assert "Not computed from activities" in content  # the protocols indicator


def test_centre_staff_are_refused(client, tree, plan):
    client.force_login(tree["timisoara_staff"])
    for url in (INDEX, XLSX, CSV):
        assert client.get(url).status_code == 403


def test_anonymous_visitors_are_sent_to_the_login(client, plan):
    response = client.get(INDEX)
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]


def test_menu_item_only_for_coordinators(client, tree, plan):
    client.force_login(tree["coordinator"])
    assert INDEX in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(tree["timisoara_staff"])
    assert INDEX not in client.get(reverse("wagtailadmin_home")).content.decode()


# The screen ------------------------------------------------------------------------------------


def test_romanian_admin_reads_romanian_texts_and_numbers(coordinator, plan):
    response = coordinator.get(INDEX, {"year": "2020"}, HTTP_ACCEPT_LANGUAGE="ro")
    content = response.content.decode()
    assert "Campanii de informare în școli" in content
    assert "Număr de beneficiari" in content
    assert "1.300" in content
    assert "18 %" in content or "18\xa0%" in content


def test_english_admin_also_shows_the_plans_romanian_wording(coordinator, plan):
    content = coordinator.get(INDEX, {"year": "2020"}).content.decode()
    assert '<span class="help-text" lang="ro">Număr de beneficiari</span>' in content


def test_completeness_panel_lists_centres_that_have_not_submitted(coordinator, plan, tree):
    content = coordinator.get(INDEX, {"year": "2020"}).content.decode()
    listed = re.search(r"<ul data-not-submitted>(.*?)</ul>", content, re.S).group(1)
    assert str(tree["iasi"]) in listed
    assert str(tree["timisoara"]) in listed


def test_charts_are_svg_without_style_attributes_and_with_a_table(coordinator, plan, tree):
    content = coordinator.get(INDEX, {"year": "2020"}).content.decode()
    charts = re.findall(
        r'<svg xmlns="http://www.w3.org/2000/svg" role="img".*?</svg>', content, re.S
    )
    assert len(charts) == 3
    assert all("style" not in chart for chart in charts)
    assert "<script" not in "".join(charts)
    by_reporter = re.search(r'id="chart-reporter-table".*?</table>', content, re.S).group(0)
    assert str(tree["timisoara"]) in by_reporter
    assert "1,234" in by_reporter


def test_a_semester_without_a_year_is_refused_with_a_message(coordinator, plan):
    response = coordinator.get(INDEX, {"year": "all", "semester": "1"})
    assert response.status_code == 200
    assert "Choose a year to see one semester." in response.content.decode()
    assert response.context["rollup"] is None


def test_semester_and_all_years(coordinator, plan):
    semester = coordinator.get(INDEX, {"year": "2020", "semester": "2"}).context["rollup"]
    assert semester.period.semester == 2
    beneficiaries = next(r for r in semester.indicators() if r.indicator == plan["beneficiaries"])
    assert beneficiaries.figure.value == 66
    everything = coordinator.get(INDEX, {"year": "all"}).context["rollup"]
    assert everything.period.year is None


# Exports ---------------------------------------------------------------------------------------


def test_xlsx_in_the_plans_layout(coordinator, plan):
    response = coordinator.get(XLSX, {"year": "2020", "lang": "en"})
    assert response.status_code == 200
    assert 'filename="pna-rollup-2020.xlsx"' in response["Content-Disposition"]
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    sheet = workbook["Indicators"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("Action code", "Action", "Indicator", "Value", "Evaluation stage")
    beneficiaries = row_of(rows, "1.1.1", "Number of beneficiaries")
    assert beneficiaries[1] == "Information campaigns in schools"
    assert beneficiaries[3] == 1300
    assert beneficiaries[4] == "Annual"
    assert beneficiaries[7:9] == (2, 2)
    children = row_of(rows, "1.1.1", "Share of children who can name two risks")
    assert children[3] == pytest.approx(0.18)
    assert children[5:7] == (18, 100)
    percent_cell = sheet.cell(row=rows.index(children) + 1, column=4)
    assert percent_cell.number_format == "0.0%"
    materials = row_of(rows, "1.1.1", "Number of materials distributed")
    assert materials[3] == "not collected"
    assert row_of(rows, "1.1.2", "Number of protocols signed")[4] == "Semestrial"
    breakdowns = list(workbook["Breakdowns"].iter_rows(values_only=True))
    assert ("1.1.1", "Number of beneficiaries", "Reporter") in {row[:3] for row in breakdowns}
    assert workbook["Completeness"]["A1"].value == "Reporter"


def test_xlsx_in_romanian(coordinator, plan):
    response = coordinator.get(XLSX, {"year": "2020", "semester": "1", "lang": "ro"})
    assert 'filename="pna-rollup-2020-s1.xlsx"' in response["Content-Disposition"]
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    rows = list(workbook["Indicatori"].iter_rows(values_only=True))
    assert rows[0][:5] == ("Cod acțiune", "Acțiune", "Indicator", "Valoare", "Etapa evaluării")
    beneficiaries = row_of(rows, "1.1.1", "Număr de beneficiari")
    assert (beneficiaries[1], beneficiaries[3], beneficiaries[4]) == (
        "Campanii de informare în școli",
        1234,
        "Anual",
    )


def test_export_follows_the_admin_language_without_lang(coordinator, plan):
    response = coordinator.get(CSV, {"year": "2020"}, HTTP_ACCEPT_LANGUAGE="ro")
    assert response.content.decode("utf-8-sig").startswith("Cod acțiune,Acțiune")


def test_csv_is_utf8_with_bom_in_the_plans_layout(coordinator, plan):
    response = coordinator.get(CSV, {"year": "2020", "lang": "ro", "approved_only": "on"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="pna-rollup-2020-approved.csv"' in response["Content-Disposition"]
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:5] == ["Cod acțiune", "Acțiune", "Indicator", "Valoare", "Etapa evaluării"]
    # Nothing approved yet: the figures say so rather than show zeros.
    beneficiaries = row_of(rows, "1.1.1", "Număr de beneficiari")
    assert beneficiaries[3] == "nicio activitate"


def test_csv_writes_percentages_and_counts(coordinator, plan):
    response = coordinator.get(CSV, {"year": "2020", "lang": "en"})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    children = row_of(rows, "1.1.1", "Share of children who can name two risks")
    assert children[3:7] == ["18.0%", "Annual", "18", "100"]
    assert row_of(rows, "1.1.1", "Number of campaigns")[3] == "2"


@pytest.fixture
def real_plan(tree):
    """The real PNA 2024-2026, with one campaign linked to two of its prevention actions."""
    call_command("load_pna", stdout=io.StringIO(), stderr=io.StringIO())
    plan = Plan.objects.get(code="pna-2024-2026")
    tree["jobs"].pna_actions.set(Action.objects.filter(plan=plan, code__in=["1.1.1", "1.2.1"]))
    tree["jobs"].save()
    ActivityFactory(
        campaign=tree["jobs"],
        start_date=datetime.date(2025, 3, 1),
        beneficiaries=40,
        children_surveyed=20,
        children_naming_two_risks=15,
    )
    return plan


def test_the_real_plan_renders_and_exports(coordinator, real_plan):
    response = coordinator.get(INDEX, {"year": "2025"})
    content = response.content.decode()
    assert response.status_code == 200
    assert response.context["rollup"].plan == real_plan
    assert len(response.context["rollup"].actions) == real_plan.actions.count()
    assert "75%" in content  # 15 of the 20 children asked, action 1.2.1
    workbook = openpyxl.load_workbook(
        io.BytesIO(coordinator.get(XLSX, {"year": "2025", "lang": "ro"}).content)
    )
    rows = list(workbook["Indicatori"].iter_rows(values_only=True))
    assert len(rows) == 1 + Indicator.objects.filter(action__plan=real_plan).count()
    semestrial = next(row for row in rows if row[0] == "1.3.3")
    assert semestrial[4] == "Semestrial"


def test_a_date_stage_keeps_the_plans_wording(coordinator, plan):
    action = plan["workers"]
    action.evaluation_stage = action.EvaluationStage.DATE
    action.evaluation_date = datetime.date(2027, 6, 30)
    action.evaluation_label = "Semestrul I 2027"
    action.save()
    response = coordinator.get(CSV, {"year": "2020", "lang": "en"})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert row_of(rows, "1.1.2", "Number of workers informed")[4] == "Semestrul I 2027"
    assert row_of(rows, "1.1.1", "Number of beneficiaries")[4] == "Annual"

"""Facts from the PNA 2024-2026 (HG 533/2024) that the data file must carry."""

import datetime

import pytest
from django.utils import translation

from campaigns.pna.models import Action, Indicator, Objective, Plan

from .conftest import REAL_DATA

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _data(loaded_pna):
    pass


def wordings(code):
    return list(
        Indicator.objects.filter(action__code=code)
        .order_by("position")
        .values_list("wording_ro", flat=True)
    )


def test_plan():
    plan = Plan.objects.get()
    assert plan.code == "pna-2024-2026"
    assert (plan.start_year, plan.end_year) == (2024, 2026)
    assert "2024-2028" in plan.strategy_title_ro


def test_every_specific_objective_of_general_objective_1():
    general = Objective.objects.get(code="1")
    assert general.kind == Objective.Kind.GENERAL and general.parent is None
    specific = list(general.children.values_list("code", flat=True))
    assert specific == [f"1.{n}" for n in range(1, 8)]


def test_every_action_of_general_objective_1():
    expected = {"1.1": 4, "1.2": 7, "1.3": 3, "1.4": 3, "1.5": 8, "1.6": 2, "1.7": 2}
    for code, count in expected.items():
        codes = list(Action.objects.filter(objective__code=code).values_list("code", flat=True))
        assert codes == [f"{code}.{n}" for n in range(1, count + 1)]


def test_data_collection_and_promotion_abroad():
    assert list(Action.objects.filter(objective__code="4.1").values_list("code", flat=True)) == [
        f"4.1.{n}" for n in range(1, 10)
    ]
    promotion = Action.objects.get(code="5.1.4")
    assert promotion.objective.parent.code == "5"
    assert "Nr. de primiri de delegații străine în România" in wordings("5.1.4")


def test_every_action_has_indicators_and_translations():
    for action in Action.objects.prefetch_related("indicators"):
        assert action.text_en, action.code
        assert action.responsible_institutions, action.code
        assert action.indicators.exists(), action.code
        for indicator in action.indicators.all():
            assert indicator.wording_en, (action.code, indicator.wording_ro)


def test_action_1_1_1():
    action = Action.objects.get(code="1.1.1")
    with translation.override("ro"):
        assert str(action).startswith("1.1.1 Implementarea")
    with translation.override("en"):
        assert str(action).startswith("1.1.1 Implementing")
    assert action.responsible_list == ["MAI prin ANITP"]
    assert action.implementation_period == "Permanent"
    assert action.evaluation_stage == Action.EvaluationStage.ANNUAL
    assert wordings("1.1.1") == [
        "Număr de campanii/ acțiuni de informare și conștientizare derulate",
        "Număr de beneficiari",
        "Număr de materiale informativ-preventive diseminate",
        "Numărul de potențiale cazuri de trafic raportate la hotline",
    ]


@pytest.mark.parametrize("code", ["1.3.3", "1.4.1", "1.7.2", "4.1.6"])
def test_semestrial_actions(code):
    assert Action.objects.get(code=code).evaluation_stage == Action.EvaluationStage.SEMESTRIAL


def test_semestrial_is_the_exception():
    stages = Action.objects.filter(objective__parent__code="1").values_list(
        "evaluation_stage", flat=True
    )
    assert list(stages).count(Action.EvaluationStage.SEMESTRIAL) == 3
    assert list(stages).count(Action.EvaluationStage.ANNUAL) == 25


def test_evaluation_on_a_date_keeps_the_plans_wording():
    action = Action.objects.get(code="1.4.2")
    assert action.evaluation_stage == Action.EvaluationStage.DATE
    assert action.evaluation_date == datetime.date(2027, 6, 30)
    assert action.evaluation_label == "Semestrul I 2027"


@pytest.mark.parametrize(
    ("code", "metric", "numerator", "denominator"),
    [
        ("1.2.1", "children_naming_two_risks", "cel puțin două riscuri", "Copii implicați"),
        ("1.2.6", "children_naming_two_risks", "cel puțin două riscuri", "Copii/tineri"),
        ("1.2.7", "carers_naming_three_indicators", "cel puțin trei indicatori", "participanți"),
    ],
)
def test_percentage_indicators(code, metric, numerator, denominator):
    indicator = Indicator.objects.get(action__code=code, kind=Indicator.Kind.PERCENTAGE)
    assert indicator.wording_ro.startswith("Procentul")
    assert indicator.metric_key == metric
    assert numerator in indicator.numerator_label_ro
    assert denominator in indicator.denominator_label_ro
    assert indicator.numerator_label_en and indicator.denominator_label_en


def test_only_three_percentage_indicators():
    codes = Indicator.objects.filter(kind=Indicator.Kind.PERCENTAGE).values_list(
        "action__code", flat=True
    )
    assert sorted(codes) == ["1.2.1", "1.2.6", "1.2.7"]


@pytest.mark.parametrize(
    ("metric", "codes"),
    [
        ("campaigns_run", ["1.1.1", "1.2.3", "1.3.1", "1.3.2", "1.4.3", "1.6.2", "1.7.2"]),
        ("hotline_referrals", ["1.1.1", "1.4.3"]),
        ("tollfree_calls", ["1.1.3"]),
        ("calls_from_foreigners", ["1.3.1"]),
        ("potential_clients_informed", ["1.1.2"]),
        ("companies_with_policies", ["1.1.2"]),
        ("diaspora_associations", ["1.1.4"]),
        ("diplomatic_missions", ["1.3.3"]),
        ("social_media_interactions", ["1.4.3"]),
        ("teachers_trained", ["1.2.5"]),
        ("private_firms_involved", ["1.7.2"]),
    ],
)
def test_metric_keys(metric, codes):
    found = Indicator.objects.filter(metric_key=metric).values_list("action__code", flat=True)
    assert sorted(found) == codes


def test_materials_metric():
    found = set(
        Indicator.objects.filter(metric_key="materials_distributed").values_list(
            "action__code", flat=True
        )
    )
    assert found == {
        "1.1.1",
        "1.1.2",
        "1.1.3",
        "1.1.4",
        "1.2.1",
        "1.2.3",
        "1.3.2",
        "1.4.3",
        "1.6.2",
        "1.7.2",
    }


def test_romanian_uses_comma_below_diacritics():
    text = REAL_DATA.read_text(encoding="utf-8")
    for cedilla in "şţŞŢ":
        assert cedilla not in text
    assert "ș" in text and "ț" in text

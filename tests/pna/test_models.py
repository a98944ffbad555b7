"""Model rules: natural code order, evaluation dates, objective tree, percentage counts."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from campaigns.pna.models import Action, Indicator, Objective, Plan, natural_sort_key

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan():
    return Plan.objects.create(
        code="pna-2027-2028",
        title_ro="Planul național de acțiune 2027-2028",
        start_year=2027,
        end_year=2028,
        strategy_title_ro="SNITP 2024-2028",
    )


@pytest.fixture
def objective(plan):
    general = Objective.objects.create(plan=plan, code="1", kind="general", text_ro="Prevenire")
    return Objective.objects.create(
        plan=plan, parent=general, code="1.1", kind="specific", text_ro="Informare"
    )


def make_action(objective, code, **kwargs):
    values = {
        "text_ro": f"Acțiunea {code}",
        "responsible_institutions": "MAI prin ANITP",
        "implementation_period": "Permanent",
    }
    values.update(kwargs)
    return Action(objective=objective, code=code, **values)


def test_natural_sort_key():
    codes = ["1.1.10", "1.1.2", "10.1.1", "1.1.1", "2.1", "1.10.1", "1.2.1"]
    assert sorted(codes, key=natural_sort_key) == [
        "1.1.1",
        "1.1.2",
        "1.1.10",
        "1.2.1",
        "1.10.1",
        "2.1",
        "10.1.1",
    ]


def test_actions_are_ordered_naturally(objective):
    for code in ["1.1.10", "1.1.2", "1.1.1", "1.1.11", "1.1.9"]:
        make_action(objective, code).save()
    assert list(Action.objects.values_list("code", flat=True)) == [
        "1.1.1",
        "1.1.2",
        "1.1.9",
        "1.1.10",
        "1.1.11",
    ]


def test_action_takes_its_plan_from_the_objective(objective, plan):
    action = make_action(objective, "1.1.1")
    action.save()
    assert action.plan == plan


def test_str_is_code_and_short_text(objective):
    action = make_action(
        objective, "1.1.1", text_ro="Unu doi trei patru cinci șase șapte opt nouă zece"
    )
    assert str(action) == "1.1.1 Unu doi trei patru cinci șase șapte opt…"


def test_str_follows_the_active_language(objective):
    action = make_action(objective, "1.1.1", text_ro="Informare", text_en="Information")
    with translation.override("en"):
        assert str(action) == "1.1.1 Information"
    with translation.override("ro"):
        assert str(action) == "1.1.1 Informare"


def test_date_stage_needs_a_date(objective):
    action = make_action(objective, "1.1.1", evaluation_stage="date")
    with pytest.raises(ValidationError) as excinfo:
        action.full_clean()
    assert "evaluation_date" in excinfo.value.message_dict
    action.evaluation_date = datetime.date(2027, 6, 30)
    action.full_clean()


def test_date_only_with_date_stage(objective):
    action = make_action(
        objective, "1.1.1", evaluation_stage="annual", evaluation_date=datetime.date(2027, 1, 1)
    )
    with pytest.raises(ValidationError, match="only used"):
        action.full_clean()


def test_action_code_unique_per_plan(objective, plan):
    make_action(objective, "1.1.1").save()
    with pytest.raises(ValidationError) as excinfo:
        make_action(objective, "1.1.1").full_clean()
    assert "code" in excinfo.value.message_dict
    # Another plan may reuse the code.
    other = Plan.objects.create(
        code="pna-other",
        title_ro="Alt plan",
        start_year=2029,
        end_year=2030,
        strategy_title_ro="Altă strategie",
    )
    general = Objective.objects.create(plan=other, code="1", kind="general", text_ro="G")
    specific = Objective.objects.create(
        plan=other, parent=general, code="1.1", kind="specific", text_ro="S"
    )
    make_action(specific, "1.1.1").full_clean()


def test_action_code_must_sit_under_its_objective(objective):
    with pytest.raises(ValidationError, match="must start with"):
        make_action(objective, "2.1.1").full_clean()


def test_action_needs_a_specific_objective(objective):
    with pytest.raises(ValidationError, match="specific objective"):
        make_action(objective.parent, "1.9").full_clean()


def test_code_format(objective):
    with pytest.raises(ValidationError):
        make_action(objective, "1.1.1.").full_clean()


def test_objective_tree_rules(plan, objective):
    with pytest.raises(ValidationError, match="belongs to a general objective"):
        Objective(plan=plan, code="1.2", kind="specific", text_ro="x").full_clean()
    with pytest.raises(ValidationError, match="must be a general objective"):
        Objective(
            plan=plan, parent=objective, code="1.1.5", kind="specific", text_ro="x"
        ).full_clean()
    with pytest.raises(ValidationError, match="no parent"):
        Objective(
            plan=plan, parent=objective.parent, code="3", kind="general", text_ro="x"
        ).full_clean()


def test_plan_years(plan):
    plan.end_year = 2020
    with pytest.raises(ValidationError, match="end year"):
        plan.full_clean()


def test_percentage_needs_numerator_and_denominator(objective):
    action = make_action(objective, "1.1.1")
    action.save()
    indicator = Indicator(
        action=action,
        wording_ro="Procentul copiilor care pot menționa cel puțin două riscuri",
        kind="percentage",
        metric_key="children_naming_two_risks",
    )
    with pytest.raises(ValidationError) as excinfo:
        indicator.full_clean()
    assert {"numerator_label_ro", "denominator_label_ro"} <= excinfo.value.message_dict.keys()
    indicator.numerator_label_ro = "Copii care pot menționa cel puțin două riscuri"
    indicator.denominator_label_ro = "Copii întrebați"
    indicator.full_clean()


def test_metric_kind_must_match(objective):
    action = make_action(objective, "1.1.1")
    action.save()
    with pytest.raises(ValidationError, match="is a percentage"):
        Indicator(
            action=action, wording_ro="x", kind="count", metric_key="children_naming_two_risks"
        ).full_clean()
    with pytest.raises(ValidationError, match="count, not a percentage"):
        Indicator(
            action=action,
            wording_ro="x",
            kind="percentage",
            metric_key="beneficiaries",
            numerator_label_ro="a",
            denominator_label_ro="b",
        ).full_clean()
    with pytest.raises(ValidationError, match="Only percentages"):
        Indicator(action=action, wording_ro="x", numerator_label_ro="a").full_clean()


def test_indicators_follow_position(objective):
    action = make_action(objective, "1.1.1")
    action.save()
    Indicator.objects.create(action=action, position=1, wording_ro="doi")
    Indicator.objects.create(action=action, position=0, wording_ro="unu")
    assert [i.wording_ro for i in action.indicators.all()] == ["unu", "doi"]

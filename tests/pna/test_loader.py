"""load_pna: the real file loads, a second run is a no-op, bad data saves nothing."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.forms.models import model_to_dict

from campaigns.pna.models import Action, Indicator, Objective, Plan

from .conftest import REAL_DATA

pytestmark = pytest.mark.django_db

MODELS = (Plan, Objective, Action, Indicator)


def snapshot():
    return {
        model.__name__: [model_to_dict(obj) for obj in model.objects.order_by("pk")]
        for model in MODELS
    }


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("load_pna", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_real_data_file_loads():
    out, err = run()
    assert Plan.objects.count() == 1
    assert Objective.objects.count() == 12
    assert Action.objects.count() == 39
    assert Indicator.objects.count() == 105
    assert "Action: 39 created" in out
    assert err == ""


def test_second_run_changes_nothing():
    run(str(REAL_DATA))
    before = snapshot()
    out, _ = run(str(REAL_DATA))
    assert snapshot() == before
    assert "0 created, 0 updated, 39 unchanged" in out
    assert "already up to date" in out


def test_rerun_restores_an_edited_row_and_reports_it():
    run()
    Action.objects.filter(code="1.3.3").update(evaluation_stage="annual")
    out, _ = run()
    assert Action.objects.get(code="1.3.3").evaluation_stage == "semestrial"
    assert "Action: 0 created, 1 updated, 38 unchanged" in out


def test_dry_run_saves_nothing():
    out, _ = run("--dry-run")
    assert "Action: 39 created" in out
    assert not Plan.objects.exists()


def test_small_plan_loads_alongside(small_plan, write_json):
    run(str(REAL_DATA), str(write_json(small_plan)))
    assert set(Plan.objects.values_list("code", flat=True)) == {"pna-2024-2026", "pna-test"}
    # Codes are unique per plan, not globally.
    assert Action.objects.filter(code="1.1.1").count() == 2


def assert_rejected(path, *fragments):
    with pytest.raises(CommandError) as excinfo:
        run(str(path))
    message = str(excinfo.value)
    assert "Nothing was saved" in message
    assert path.name in message
    for fragment in fragments:
        assert fragment in message
    for model in MODELS:
        assert not model.objects.exists(), f"{model.__name__} rows were saved"
    return message


def test_unknown_objective_code_is_rejected(small_plan, write_json):
    small_plan["actions"][0]["objective"] = "1.9"
    assert_rejected(write_json(small_plan), "actions[0] (1.1.1)", "unknown objective code '1.9'")


def test_date_stage_without_date_is_rejected(small_plan, write_json):
    small_plan["actions"][0]["evaluation_stage"] = "date"
    assert_rejected(write_json(small_plan), "actions[0] (1.1.1)", "evaluation_date")


def test_bad_date_is_rejected(small_plan, write_json):
    small_plan["actions"][0].update(evaluation_stage="date", evaluation_date="Semestrul I 2027")
    assert_rejected(write_json(small_plan), "is not a date")


def test_unknown_evaluation_stage_is_rejected(small_plan, write_json):
    small_plan["actions"][0]["evaluation_stage"] = "Anual"
    assert_rejected(write_json(small_plan), "evaluation_stage")


def test_percentage_without_counts_is_rejected(small_plan, write_json):
    small_plan["actions"][0]["indicators"].append(
        {"wording_ro": "Procentul copiilor", "kind": "percentage"}
    )
    assert_rejected(write_json(small_plan), "indicators[1]", "numerator_label_ro")


def test_unknown_metric_key_is_rejected(small_plan, write_json):
    small_plan["actions"][0]["indicators"][0]["metric_key"] = "likes"
    assert_rejected(write_json(small_plan), "indicators[0]", "metric_key")


def test_action_under_a_general_objective_is_rejected(small_plan, write_json):
    small_plan["actions"][0].update(objective="1", code="1.5")
    assert_rejected(write_json(small_plan), "objective")


def test_duplicate_action_code_in_a_file_is_rejected(small_plan, write_json):
    small_plan["actions"].append(dict(small_plan["actions"][0], text_ro="Alt text"))
    # The second entry would silently overwrite the first; it must be an error instead.
    assert_rejected(write_json(small_plan), "actions[1] (1.1.1)", "twice")


def test_unknown_key_is_rejected(small_plan, write_json):
    small_plan["actions"][0]["indicator"] = []
    assert_rejected(write_json(small_plan), "unknown key(s) indicator")


def test_missing_key_is_rejected(small_plan, write_json):
    del small_plan["actions"][0]["responsible_institutions"]
    assert_rejected(write_json(small_plan), "missing responsible_institutions")


def test_invalid_json_is_rejected(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"plan": ', encoding="utf-8")
    assert_rejected(path, "not valid JSON")


def test_one_bad_file_rolls_back_the_good_ones(small_plan, write_json):
    good = write_json(small_plan, "a_good.json")
    small_plan["plan"]["code"] = "pna-bad"
    small_plan["actions"][0]["objective"] = "7.7"
    bad = write_json(small_plan, "b_bad.json")
    with pytest.raises(CommandError, match=r"b_bad\.json"):
        run(str(good), str(bad))
    assert not Plan.objects.exists()


def test_dropped_indicators_are_reported_then_pruned(small_plan, write_json):
    small_plan["actions"][0]["indicators"].append({"wording_ro": "Număr de materiale"})
    run(str(write_json(small_plan)))
    small_plan["actions"][0]["indicators"].pop()
    path = write_json(small_plan)
    _, err = run(str(path))
    assert "1.1.1: Număr de materiale" in err
    assert Indicator.objects.count() == 2
    out, _ = run(str(path), "--prune")
    assert "Indicators deleted: 1" in out
    assert Indicator.objects.count() == 1

"""Fixtures for the action plan tests."""

import io
import json

import pytest
from django.core.management import call_command

from campaigns.pna.loader import DATA_DIR

REAL_DATA = DATA_DIR / "pna_2024_2026.json"


@pytest.fixture
def loaded_pna(db):
    """The real PNA 2024-2026 data file, loaded through the management command."""
    call_command("load_pna", stdout=io.StringIO(), stderr=io.StringIO())


@pytest.fixture
def small_plan():
    """A minimal valid data file as a dict; tests break one entry at a time."""
    return {
        "plan": {
            "code": "pna-test",
            "title_ro": "Plan de test",
            "title_en": "Test plan",
            "start_year": 2027,
            "end_year": 2028,
            "strategy_title_ro": "Strategia de test",
        },
        "objectives": [
            {"code": "1", "kind": "general", "text_ro": "Obiectiv general"},
            {"code": "1.1", "kind": "specific", "parent": "1", "text_ro": "Obiectiv specific"},
        ],
        "actions": [
            {
                "code": "1.1.1",
                "objective": "1.1",
                "text_ro": "Acțiune de test",
                "responsible_institutions": ["MAI prin ANITP"],
                "implementation_period": "Permanent",
                "evaluation_stage": "annual",
                "indicators": [
                    {"wording_ro": "Număr de beneficiari", "metric_key": "beneficiaries"}
                ],
            }
        ],
    }


@pytest.fixture
def write_json(tmp_path):
    def write(data, name="plan.json"):
        path = tmp_path / name
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return path

    return write

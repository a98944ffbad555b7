"""Loads action plans from JSON data files into the PNA models.

A new plan is a new data file, not new code. Rows are matched by their codes, so loading twice
changes nothing, and every row is validated with the models' own rules before it is saved; the
caller runs the whole load in one transaction so a bad entry leaves the database untouched.

File layout (see data/pna_2024_2026.json)::

    {"plan": {...}, "objectives": [{...}], "actions": [{..., "indicators": [{...}]}]}
"""

import datetime
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction

from .models import Action, Indicator, Objective, Plan

DATA_DIR = Path(__file__).resolve().parent / "data"

PLAN_KEYS = {
    "required": {"code", "title_ro", "start_year", "end_year", "strategy_title_ro"},
    "optional": {"title_en", "strategy_title_en", "source"},
}
OBJECTIVE_KEYS = {
    "required": {"code", "kind", "text_ro"},
    "optional": {"parent", "text_en"},
}
ACTION_KEYS = {
    "required": {
        "code",
        "objective",
        "text_ro",
        "responsible_institutions",
        "implementation_period",
        "evaluation_stage",
        "indicators",
    },
    "optional": {
        "text_en",
        "supporting_institutions",
        "expected_result_ro",
        "expected_result_en",
        "evaluation_date",
        "evaluation_label",
        # Free text for whoever transcribes the plan; not loaded.
        "transcription_note",
    },
}
INDICATOR_KEYS = {
    "required": {"wording_ro"},
    "optional": {
        "wording_en",
        "kind",
        "metric_key",
        "numerator_label_ro",
        "numerator_label_en",
        "denominator_label_ro",
        "denominator_label_en",
    },
}


class PnaDataError(Exception):
    """A data file cannot be loaded; the message names the file and the entry."""


@dataclass
class LoadReport:
    """What a load did, per model: created / updated / unchanged counts."""

    counts: dict = field(default_factory=dict)
    stale_indicators: list = field(default_factory=list)
    pruned_indicators: int = 0

    def count(self, model, status):
        self.counts.setdefault(model.__name__, Counter())[status] += 1

    @property
    def changed(self):
        return any(c["created"] or c["updated"] for c in self.counts.values()) or bool(
            self.pruned_indicators
        )

    def lines(self):
        for name in ("Plan", "Objective", "Action", "Indicator"):
            c = self.counts.get(name, Counter())
            yield (
                f"{name}: {c['created']} created, {c['updated']} updated, "
                f"{c['unchanged']} unchanged"
            )


def load_files(paths=None, *, prune=False, dry_run=False):
    """Load every given file (default: all JSON in data/) in one transaction."""
    if paths is None:
        paths = sorted(DATA_DIR.glob("*.json"))
        if not paths:
            raise PnaDataError(f"No data files in {DATA_DIR}.")
    report = LoadReport()
    with transaction.atomic():
        for path in paths:
            path = Path(path)
            _FileLoader(path.name, _read(path), report, prune=prune).load()
        if dry_run:
            transaction.set_rollback(True)
    return report


def _read(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError as e:
        raise PnaDataError(f"{path}: no such file.") from e
    except json.JSONDecodeError as e:
        raise PnaDataError(f"{path.name}: not valid JSON: {e}") from e


class _FileLoader:
    def __init__(self, name, data, report, *, prune=False):
        self.name = name
        self.data = data
        self.report = report
        self.prune = prune

    def fail(self, where, message):
        raise PnaDataError(f"{self.name}: {where}: {message}")

    def check_keys(self, where, entry, keys):
        if not isinstance(entry, dict):
            self.fail(where, "expected an object.")
        missing = keys["required"] - entry.keys()
        unknown = entry.keys() - keys["required"] - keys["optional"]
        if missing:
            self.fail(where, f"missing {', '.join(sorted(missing))}.")
        if unknown:
            self.fail(where, f"unknown key(s) {', '.join(sorted(unknown))}.")

    def upsert(self, where, model, lookup, values):
        """Create or update one row, saving only when something differs."""
        obj = model.objects.filter(**lookup).first()
        if obj is None:
            obj = model(**lookup, **values)
            status = "created"
        else:
            status = "unchanged"
            for name, value in values.items():
                if getattr(obj, name) != value:
                    setattr(obj, name, value)
                    status = "updated"
        if status != "unchanged":
            try:
                obj.full_clean()
            except ValidationError as e:
                self.fail(where, _format_validation_error(e))
            obj.save()
        self.report.count(model, status)
        return obj

    def load(self):
        if not isinstance(self.data, dict):
            self.fail("top level", "expected an object with plan, objectives and actions.")
        self.check_keys(
            "top level",
            self.data,
            {"required": {"plan", "objectives", "actions"}, "optional": set()},
        )
        plan = self.load_plan(self.data["plan"])
        objectives = self.data["objectives"]
        actions = self.data["actions"]
        for key, items in (("objectives", objectives), ("actions", actions)):
            if not isinstance(items, list):
                self.fail(key, "expected a list.")
        # General objectives first, so a specific one can find its parent wherever it is listed.
        indexed = sorted(enumerate(objectives), key=lambda pair: _depth(pair[1]))
        for key, items in (("objectives", objectives), ("actions", actions)):
            self.check_unique_codes(key, items)
        for index, entry in indexed:
            self.load_objective(plan, f"objectives[{index}]", entry)
        for index, entry in enumerate(actions):
            self.load_action(plan, f"actions[{index}]", entry)

    def check_unique_codes(self, key, items):
        # A repeated code would quietly overwrite the earlier entry.
        seen = set()
        for index, entry in enumerate(items):
            code = entry.get("code") if isinstance(entry, dict) else None
            if code in seen:
                self.fail(f"{key}[{index}] ({code})", "this code is listed twice.")
            seen.add(code)

    def load_plan(self, entry):
        self.check_keys("plan", entry, PLAN_KEYS)
        values = {key: entry.get(key, "") for key in PLAN_KEYS["required"] | PLAN_KEYS["optional"]}
        code = values.pop("code")
        return self.upsert(f"plan ({code})", Plan, {"code": code}, values)

    def load_objective(self, plan, where, entry):
        self.check_keys(where, entry, OBJECTIVE_KEYS)
        code = str(entry["code"])
        where = f"{where} ({code})"
        parent = None
        if entry.get("parent"):
            parent = Objective.objects.filter(plan=plan, code=entry["parent"]).first()
            if parent is None:
                self.fail(where, f"unknown parent objective {entry['parent']!r}.")
        values = {
            "parent": parent,
            "kind": entry["kind"],
            "text_ro": entry["text_ro"],
            "text_en": entry.get("text_en", ""),
        }
        return self.upsert(where, Objective, {"plan": plan, "code": code}, values)

    def load_action(self, plan, where, entry):
        self.check_keys(where, entry, ACTION_KEYS)
        code = str(entry["code"])
        where = f"{where} ({code})"
        objective = Objective.objects.filter(plan=plan, code=entry["objective"]).first()
        if objective is None:
            self.fail(where, f"unknown objective code {entry['objective']!r}.")
        values = {
            "objective": objective,
            "text_ro": entry["text_ro"],
            "text_en": entry.get("text_en", ""),
            "responsible_institutions": self.institutions(where, entry["responsible_institutions"]),
            "supporting_institutions": self.institutions(
                where, entry.get("supporting_institutions", [])
            ),
            "expected_result_ro": entry.get("expected_result_ro", ""),
            "expected_result_en": entry.get("expected_result_en", ""),
            "implementation_period": entry["implementation_period"],
            "evaluation_stage": entry["evaluation_stage"],
            "evaluation_date": self.date(where, entry.get("evaluation_date")),
            "evaluation_label": entry.get("evaluation_label", ""),
        }
        action = self.upsert(where, Action, {"plan": plan, "code": code}, values)

        indicators = entry["indicators"]
        if not isinstance(indicators, list):
            self.fail(where, "indicators: expected a list.")
        for position, item in enumerate(indicators):
            self.load_indicator(action, f"{where}: indicators[{position}]", position, item)
        extra = Indicator.objects.filter(action=action, position__gte=len(indicators))
        if extra.exists():
            if self.prune:
                self.report.pruned_indicators += extra.count()
                extra.delete()
            else:
                self.report.stale_indicators.extend(f"{code}: {i.wording_ro}" for i in extra)
        return action

    def load_indicator(self, action, where, position, entry):
        self.check_keys(where, entry, INDICATOR_KEYS)
        values = {
            key: entry.get(key, "")
            for key in INDICATOR_KEYS["required"] | INDICATOR_KEYS["optional"]
            if key != "kind"
        }
        values["kind"] = entry.get("kind", Indicator.Kind.COUNT)
        return self.upsert(where, Indicator, {"action": action, "position": position}, values)

    def institutions(self, where, value):
        if isinstance(value, str):
            return value.strip()
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            return "\n".join(item.strip() for item in value)
        self.fail(where, "institutions must be a list of names or a text.")

    def date(self, where, value):
        if value in (None, ""):
            return None
        try:
            return datetime.date.fromisoformat(value)
        except (TypeError, ValueError):
            self.fail(where, f"evaluation_date: {value!r} is not a date (YYYY-MM-DD).")


def _depth(entry):
    return str(entry.get("code", "")).count(".") if isinstance(entry, dict) else 0


def _format_validation_error(error):
    if hasattr(error, "error_dict"):
        return "; ".join(
            f"{name}: {' '.join(str(m) for m in messages)}"
            for name, messages in error.message_dict.items()
        )
    return " ".join(str(m) for m in error.messages)

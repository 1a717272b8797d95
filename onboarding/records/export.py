"""Completion records for HR as CSV, JSON or xAPI statements. No Qt, no file I/O.

CSV is written for Excel as HR staff in Sweden open it: UTF-8 with a byte order mark (without
it Excel guesses the legacy code page and garbles å ä ö) and `;` between fields (with a Swedish
locale Excel uses `,` as the decimal separator, so its list separator, and what it splits a
double-clicked .csv on, is `;`). Numbers are whole, so no decimal separator ever appears.
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from collections.abc import Iterable
from typing import Any

from onboarding.flow.progress import Completion

FORMATS = ("csv", "json", "xapi")
CSV_FIELDS = ("learner", "pack_id", "correct", "total", "percent", "passed", "finished_at")
CSV_DELIMITER = ";"

ACTIVITY_PREFIX = "urn:onboarding:pack:"
ACCOUNT_HOME_PAGE = "urn:onboarding"
ANONYMOUS = "anonymous"  # xAPI needs an account name; used when no name was given
# Statement ids are uuid5 in this namespace, so exporting twice gives the same ids and a
# Learning Record Store can tell a re-sent statement from a new one.
STATEMENT_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:onboarding:statement")

VERBS = {
    "passed": ("http://adlnet.gov/expapi/verbs/passed", "passed", "blev godkänd"),
    "failed": ("http://adlnet.gov/expapi/verbs/failed", "failed", "blev underkänd"),
    "completed": ("http://adlnet.gov/expapi/verbs/completed", "completed", "slutförde"),
}


def completion_record(completion: Completion) -> dict[str, Any]:
    """One completion as a plain dict with the CSV/JSON field names."""
    return {
        "learner": completion.learner,
        "pack_id": completion.pack_id,
        "correct": completion.correct,
        "total": completion.total,
        "percent": completion.percent,
        "passed": completion.passed,
        "finished_at": completion.finished_at,
    }


def to_csv(completions: Iterable[Completion]) -> str:
    """A header row, then one row per completion; `passed` is true/false, no name is empty.
    The text has no byte order mark: `export_bytes` adds it when encoding."""
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, delimiter=CSV_DELIMITER)
    writer.writeheader()
    for completion in completions:
        row = completion_record(completion)
        row["learner"] = row["learner"] or ""
        row["passed"] = "true" if row["passed"] else "false"
        writer.writerow(row)
    return out.getvalue()


def to_json(completions: Iterable[Completion]) -> str:
    """A JSON list of objects with the CSV fields (`learner` null when no name was given)."""
    records = [completion_record(c) for c in completions]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def statement_id(completion: Completion) -> str:
    key = "\n".join((completion.pack_id, completion.learner or "", completion.finished_at))
    return str(uuid.uuid5(STATEMENT_NAMESPACE, key))


def xapi_statement(completion: Completion) -> dict[str, Any]:
    """One xAPI 1.0.3 statement: passed/failed when the pack had questions, else completed."""
    learner = completion.learner or ANONYMOUS
    verb_key = "completed" if completion.total == 0 else "passed" if completion.passed else "failed"
    verb_id, verb_en, verb_sv = VERBS[verb_key]
    result: dict[str, Any] = {"completion": True}
    if completion.total:
        result["score"] = {
            "raw": completion.correct,
            "min": 0,
            "max": completion.total,
            "scaled": round(completion.correct / completion.total, 4),
        }
        result["success"] = completion.passed
    return {
        "id": statement_id(completion),
        "actor": {
            "objectType": "Agent",
            "name": learner,
            "account": {"homePage": ACCOUNT_HOME_PAGE, "name": learner},
        },
        "verb": {"id": verb_id, "display": {"en-US": verb_en, "sv-SE": verb_sv}},
        "object": {
            "objectType": "Activity",
            "id": f"{ACTIVITY_PREFIX}{completion.pack_id}",
            "definition": {"type": "http://adlnet.gov/expapi/activities/course"},
        },
        "result": result,
        "timestamp": completion.finished_at,
    }


def to_xapi(completions: Iterable[Completion]) -> str:
    """A JSON list of xAPI statements, ready to POST to a Learning Record Store."""
    statements = [xapi_statement(c) for c in completions]
    return json.dumps(statements, ensure_ascii=False, indent=2) + "\n"


def export_bytes(completions: Iterable[Completion], fmt: str) -> bytes:
    """The file content for `fmt` (one of FORMATS): CSV as UTF-8 with BOM, JSON as UTF-8."""
    if fmt == "csv":
        return to_csv(completions).encode("utf-8-sig")
    if fmt == "json":
        return to_json(completions).encode("utf-8")
    if fmt == "xapi":
        return to_xapi(completions).encode("utf-8")
    raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")

"""Exports for HR: CSV for Excel, JSON, xAPI statements, and the `onboarding export` command."""

import csv
import io
import json
import uuid
from datetime import UTC, datetime

import pytest

from onboarding.cli import main as cli_main
from onboarding.commands.export import main
from onboarding.flow.progress import DB_NAME, Completion, ProgressStore
from onboarding.records.export import (
    CSV_FIELDS,
    export_bytes,
    statement_id,
    to_csv,
    to_json,
    to_xapi,
    xapi_statement,
)

PASSED = Completion("stockholm", "Åsa Öberg", 9, 10, True, "2024-08-19T07:30:05.250Z")
FAILED = Completion("norrtalje", 'Kim "KJ"; Ek', 3, 10, False, "2024-08-20T12:00:00.000Z")
NO_QUIZ = Completion("tiny", None, 0, 0, True, "2024-08-21T08:00:00.000Z")
ALL = [PASSED, FAILED, NO_QUIZ]


def test_csv_is_utf8_with_bom_semicolons_and_one_row_per_completion():
    data = export_bytes(ALL, "csv")
    assert data.startswith(b"\xef\xbb\xbf")
    assert "Åsa Öberg".encode() in data
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[0] == list(CSV_FIELDS)
    assert rows[1] == [
        "Åsa Öberg",
        "stockholm",
        "9",
        "10",
        "90",
        "true",
        "2024-08-19T07:30:05.250Z",
    ]
    assert rows[2][0] == 'Kim "KJ"; Ek'  # quotes and the delimiter survive the round trip
    assert rows[2][4:6] == ["30", "false"]
    assert rows[3][:2] == ["", "tiny"]
    assert len(rows) == 4
    assert to_csv([]).splitlines() == [";".join(CSV_FIELDS)]


def test_json_is_a_list_of_objects():
    records = json.loads(export_bytes(ALL, "json").decode("utf-8"))
    assert records[0] == {
        "learner": "Åsa Öberg",
        "pack_id": "stockholm",
        "correct": 9,
        "total": 10,
        "percent": 90,
        "passed": True,
        "finished_at": "2024-08-19T07:30:05.250Z",
    }
    assert records[2]["learner"] is None
    assert json.loads(to_json([])) == []


def test_xapi_statement_fields():
    statement = xapi_statement(PASSED)
    assert statement["actor"] == {
        "objectType": "Agent",
        "name": "Åsa Öberg",
        "account": {"homePage": "urn:onboarding", "name": "Åsa Öberg"},
    }
    assert statement["verb"]["id"] == "http://adlnet.gov/expapi/verbs/passed"
    assert set(statement["verb"]["display"]) == {"en-US", "sv-SE"}
    assert statement["object"]["id"] == "urn:onboarding:pack:stockholm"
    assert statement["object"]["objectType"] == "Activity"
    assert statement["result"] == {
        "score": {"raw": 9, "min": 0, "max": 10, "scaled": 0.9},
        "success": True,
        "completion": True,
    }
    assert statement["timestamp"] == PASSED.finished_at
    assert uuid.UUID(statement["id"]).version == 5


def test_xapi_verbs_for_failed_and_no_quiz():
    failed = xapi_statement(FAILED)
    assert failed["verb"]["id"] == "http://adlnet.gov/expapi/verbs/failed"
    assert failed["result"]["success"] is False
    assert failed["result"]["score"]["scaled"] == 0.3
    completed = xapi_statement(NO_QUIZ)
    assert completed["verb"]["id"] == "http://adlnet.gov/expapi/verbs/completed"
    assert completed["result"] == {"completion": True}
    assert completed["actor"]["account"]["name"] == "anonymous"


def test_xapi_statement_ids_are_deterministic_and_distinct():
    assert statement_id(PASSED) == statement_id(Completion(*vars_of(PASSED)))
    ids = {statement_id(c) for c in ALL}
    assert len(ids) == 3
    later = Completion("stockholm", "Åsa Öberg", 9, 10, True, "2024-08-19T07:30:05.251Z")
    assert statement_id(later) != statement_id(PASSED)
    statements = json.loads(to_xapi(ALL))
    assert [s["id"] for s in statements] == [statement_id(c) for c in ALL]


def vars_of(c):
    return (c.pack_id, c.learner, c.correct, c.total, c.passed, c.finished_at)


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="csv, json, xapi"):
        export_bytes(ALL, "xml")


# --- the command ------------------------------------------------------------------------------


@pytest.fixture
def data_dir(tmp_path):
    """A progress folder with two completions, closed like the app leaves it."""
    folder = tmp_path / "data"
    store, _ = ProgressStore.open(folder)
    store.clock = lambda: datetime(2024, 8, 19, 7, 30, 5, 250000, tzinfo=UTC)
    store.set_learner_name("Åsa Öberg")
    store.record_completion("stockholm", correct=9, total=10, passed=True)
    store.clock = lambda: datetime(2024, 8, 20, 12, 0, tzinfo=UTC)
    store.record_completion("stockholm", correct=5, total=10, passed=False)
    store.close()
    return folder


def test_cli_writes_csv_to_stdout(data_dir, capsysbinary):
    assert main(["--data-dir", str(data_dir), "--format", "csv"]) == 0
    out = capsysbinary.readouterr().out
    assert out.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(out.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert [(r["learner"], r["percent"], r["passed"]) for r in rows] == [
        ("Åsa Öberg", "90", "true"),
        ("Åsa Öberg", "50", "false"),
    ]
    assert rows[0]["finished_at"] == "2024-08-19T07:30:05.250Z"


def test_cli_through_the_main_entry_point(data_dir, capsysbinary):
    assert cli_main(["export", "--data-dir", str(data_dir), "--format", "json"]) == 0
    records = json.loads(capsysbinary.readouterr().out)
    assert [r["passed"] for r in records] == [True, False]


@pytest.mark.parametrize("fmt", ["csv", "json", "xapi"])
def test_cli_writes_a_file_atomically(data_dir, tmp_path, fmt):
    out = tmp_path / f"results.{fmt}"
    out.write_text("old export")
    assert main(["--data-dir", str(data_dir), "--format", fmt, "--out", str(out)]) == 0
    data = out.read_bytes()
    if fmt == "csv":
        assert data.decode("utf-8-sig").splitlines()[0] == ";".join(CSV_FIELDS)
    elif fmt == "json":
        assert len(json.loads(data)) == 2
    else:
        statements = json.loads(data)
        assert [s["verb"]["display"]["en-US"] for s in statements] == ["passed", "failed"]
        assert all(s["object"]["id"] == "urn:onboarding:pack:stockholm" for s in statements)
    # no temporary file left behind
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", out.name]


def test_cli_missing_data_dir_is_a_clear_error_and_creates_nothing(tmp_path, capsys):
    missing = tmp_path / "nowhere"
    assert main(["--data-dir", str(missing), "--format", "csv"]) == 1
    err = capsys.readouterr().err
    assert "no progress folder" in err and "Traceback" not in err
    assert not missing.exists()


def test_cli_without_a_database_does_not_create_one(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "--format", "json"]) == 1
    captured = capsys.readouterr()
    assert "no progress database" in captured.err
    assert captured.out == ""
    assert not (tmp_path / DB_NAME).exists()
    assert list(tmp_path.iterdir()) == []


def test_cli_with_a_broken_database_leaves_it_alone(tmp_path, capsys):
    (tmp_path / DB_NAME).write_bytes(b"garbage" * 100)
    assert main(["--data-dir", str(tmp_path), "--format", "csv"]) == 1
    assert "cannot be used" in capsys.readouterr().err
    assert (tmp_path / DB_NAME).read_bytes() == b"garbage" * 100
    assert [p.name for p in tmp_path.iterdir()] == [DB_NAME]


def test_cli_output_into_a_missing_folder_is_a_clear_error(data_dir, tmp_path, capsys):
    out = tmp_path / "no" / "such" / "file.csv"
    assert main(["--data-dir", str(data_dir), "--format", "csv", "--out", str(out)]) == 1
    assert "no folder" in capsys.readouterr().err


def test_cli_usage_errors_return_2(capsys):
    assert main(["--format", "csv"]) == 2
    assert "--data-dir" in capsys.readouterr().err
    assert main(["--data-dir", "x", "--format", "xml"]) == 2
    assert main(["--help"]) == 0

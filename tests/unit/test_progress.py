"""ProgressStore: everything saved survives reopening and crashes; bad files are moved aside."""

import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

from onboarding.flow.progress import (
    DB_NAME,
    SCHEMA_VERSION,
    Completion,
    ProgressError,
    ProgressStore,
    ProgressUnavailable,
    SavedAnswer,
)

REPO = Path(__file__).resolve().parents[2]


def fill(store: ProgressStore) -> None:
    store.set_learner_name("Åsa Öberg")
    store.set_setting("language", "en")
    store.record_visit("sthlm", "uppdraget")
    store.record_visit("sthlm", "ronita")
    store.set_ticked("sthlm", "forsta-dagen", "mal", True)
    store.set_ticked("sthlm", "forsta-dagen", "badge", True)
    store.set_ticked("sthlm", "forsta-dagen", "badge", False)
    store.save_answer("sthlm", "quiz1", "q1", 2, checked=False, correct=None, attempt=1)
    store.save_answer("sthlm", "quiz1", "q1", 1, checked=True, correct=True, attempt=1)
    store.save_answer("sthlm", "quiz1", "q2", [0, 2], checked=True, correct=False, attempt=1)
    store.save_answer("sthlm", "quiz2", "q3", True, checked=True, correct=True, attempt=1)
    store.set_quiz_state("sthlm", "quiz1", {"seed": 7, "current": 1, "questions": ["q1", "q2"]})


def assert_filled(store: ProgressStore) -> None:
    assert store.learner_name() == "Åsa Öberg"
    assert store.setting("language") == "en"
    assert store.setting("missing") is None
    assert store.setting("missing", "sv") == "sv"
    assert store.last_step("sthlm") == "ronita"
    assert store.visited("sthlm") == {"uppdraget", "ronita"}
    assert store.ticked("sthlm", "forsta-dagen") == {"mal"}
    assert store.answers("sthlm", "quiz1") == {
        "q1": SavedAnswer(answer=1, checked=True, correct=True, attempt=1),
        "q2": SavedAnswer(answer=[0, 2], checked=True, correct=False, attempt=1),
    }
    assert set(store.answers_for_pack("sthlm")) == {"q1", "q2", "q3"}
    assert store.quiz_state("sthlm", "quiz1") == {
        "seed": 7,
        "current": 1,
        "questions": ["q1", "q2"],
    }


def test_everything_saved_is_there_after_reopening(tmp_path):
    store, message = ProgressStore.open(tmp_path / "data")
    assert message is None
    assert store.path == tmp_path / "data" / DB_NAME
    fill(store)
    store.close()

    store, message = ProgressStore.open(tmp_path / "data")
    assert message is None
    assert_filled(store)
    store.close()


def test_database_is_wal_with_full_sync_and_versioned(tmp_path):
    store, _ = ProgressStore.open(tmp_path)
    conn = store._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    store.close()
    with sqlite3.connect(tmp_path / DB_NAME) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_each_write_is_committed_at_once(tmp_path):
    store, _ = ProgressStore.open(tmp_path)
    store.save_answer("p", "s", "q", 0, checked=True, correct=True, attempt=1)
    # A second connection (another process would see the same) reads it without any close.
    other = sqlite3.connect(tmp_path / DB_NAME)
    assert other.execute("SELECT question_id, answer FROM answers").fetchall() == [("q", "0")]
    other.close()
    store.close()


def test_latest_answer_per_question_wins():
    store = ProgressStore.in_memory()
    store.save_answer("p", "s", "q", 0, checked=True, correct=False, attempt=1)
    store.save_answer("p", "s", "q", 1, checked=False, correct=None, attempt=2)
    assert store.answers("p", "s") == {"q": SavedAnswer(1, False, None, 2)}
    store.save_answer("p", "s", "q", 2, checked=True, correct=True, attempt=2)
    assert store.answers_for_pack("p") == {"q": SavedAnswer(2, True, True, 2)}
    assert store.answers("p", "other-step") == {}
    assert store.answers_for_pack("other-pack") == {}


def test_revision_moves_on_with_each_saved_write_only(tmp_path):
    store, _ = ProgressStore.open(tmp_path)
    start = store.revision
    store.answers_for_pack("p")
    store.visited("p")
    assert store.revision == start  # reading changes nothing
    store.save_answer("p", "s", "q", 0, checked=True, correct=True, attempt=1)
    store.set_learner_name("Anna")
    assert store.revision == start + 2
    store.close()
    reader = ProgressStore.open_read_only(tmp_path)
    with pytest.raises(ProgressError):
        reader.record_visit("p", "s")
    assert reader.revision == 0  # a refused write saved nothing


def test_settings_and_name_can_be_replaced_and_cleared():
    store = ProgressStore.in_memory()
    assert store.learner_name() is None
    store.set_learner_name("  Kim  ")
    assert store.learner_name() == "Kim"
    store.set_learner_name("Kim Ek")
    assert store.learner_name() == "Kim Ek"
    store.set_learner_name("   ")
    assert store.learner_name() is None
    store.set_setting("scale", "1.25")
    store.set_setting("scale", "1.5")
    assert store.setting("scale") == "1.5"
    store.set_setting("scale", None)
    assert store.setting("scale") is None
    store.set_quiz_state("p", "s", {"a": 1})
    store.set_quiz_state("p", "s", None)
    assert store.quiz_state("p", "s") is None


def test_reset_pack_forgets_only_that_pack_and_keeps_completions():
    store = ProgressStore.in_memory()
    fill(store)
    store.record_visit("other", "x")
    store.save_answer("other", "s", "q", 0, checked=True, correct=True, attempt=1)
    store.record_completion("sthlm", correct=1, total=3, passed=False)
    store.reset_pack("sthlm")
    assert store.last_step("sthlm") is None
    assert store.visited("sthlm") == set()
    assert store.ticked("sthlm", "forsta-dagen") == set()
    assert store.answers_for_pack("sthlm") == {}
    assert store.quiz_state("sthlm", "quiz1") is None
    assert store.visited("other") == {"x"}
    assert set(store.answers_for_pack("other")) == {"q"}
    assert store.learner_name() == "Åsa Öberg"
    assert [c.pack_id for c in store.completions()] == ["sthlm"]


def test_completions_are_recorded_with_utc_time_and_current_name(tmp_path):
    store, _ = ProgressStore.open(tmp_path)
    store.clock = lambda: datetime(2024, 8, 19, 7, 30, 5, 250000, tzinfo=UTC)
    first = store.record_completion("sthlm", correct=9, total=10, passed=True)
    assert first == Completion("sthlm", None, 9, 10, True, "2024-08-19T07:30:05.250Z")
    store.set_learner_name("Åsa")
    store.record_completion("norrtalje", correct=3, total=10, passed=False)
    store.close()

    store, _ = ProgressStore.open(tmp_path)
    completions = store.completions()
    assert completions[0] == first
    assert completions[1].learner == "Åsa"
    assert completions[1].percent == 30
    assert [c.pack_id for c in store.completions("norrtalje")] == ["norrtalje"]
    store.close()


def test_percent_rounds_down_and_is_zero_without_questions():
    assert Completion("p", None, 39, 49, True, "t").percent == 79
    assert Completion("p", None, 0, 0, True, "t").percent == 0


def test_garbage_file_is_moved_aside_with_a_message(tmp_path):
    garbage = b"this is not a database at all \x00\xff" * 100
    (tmp_path / DB_NAME).write_bytes(garbage)
    store, message = ProgressStore.open(tmp_path)
    broken = sorted(tmp_path.glob(f"{DB_NAME}.broken-*"))
    assert len(broken) == 1
    assert broken[0].read_bytes() == garbage
    assert message is not None and message.kind == "moved" and broken[0].name in str(message)
    # the fresh store works and is a real file
    store.save_answer("p", "s", "q", 0, checked=True, correct=True, attempt=1)
    store.close()
    store, message = ProgressStore.open(tmp_path)
    assert message is None
    assert set(store.answers("p", "s")) == {"q"}
    store.close()


def test_truncated_file_is_moved_aside(tmp_path):
    store, _ = ProgressStore.open(tmp_path)
    for i in range(400):
        store.save_answer("p", "s", f"q{i}", "x" * 200, checked=True, correct=True, attempt=1)
    store.close()
    path = tmp_path / DB_NAME
    data = path.read_bytes()
    assert len(data) > 8192
    path.write_bytes(data[: len(data) // 2])

    store, message = ProgressStore.open(tmp_path)
    assert message is not None
    broken = list(tmp_path.glob(f"{DB_NAME}.broken-*"))
    assert [b.read_bytes() for b in broken] == [data[: len(data) // 2]]
    assert store.answers("p", "s") == {}
    store.close()


def test_database_from_a_newer_version_is_moved_aside(tmp_path):
    path = tmp_path / DB_NAME
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    store, message = ProgressStore.open(tmp_path)
    assert message is not None and "newer version" in str(message)
    (broken,) = tmp_path.glob(f"{DB_NAME}.broken-*")
    conn = sqlite3.connect(broken)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    conn.close()
    assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    store.close()


def test_folder_in_the_way_is_moved_aside(tmp_path):
    (tmp_path / DB_NAME).mkdir()
    (tmp_path / DB_NAME / "keep.txt").write_text("mine")
    store, message = ProgressStore.open(tmp_path)
    assert message is not None
    (broken,) = tmp_path.glob(f"{DB_NAME}.broken-*")
    assert (broken / "keep.txt").read_text() == "mine"
    assert (tmp_path / DB_NAME).is_file()
    store.close()


def test_side_files_move_with_the_broken_database(tmp_path):
    (tmp_path / DB_NAME).write_bytes(b"garbage" * 50)
    (tmp_path / f"{DB_NAME}-wal").write_bytes(b"wal bytes")
    store, _ = ProgressStore.open(tmp_path)
    store.close()
    (broken,) = (p for p in tmp_path.glob(f"{DB_NAME}.broken-*") if not p.name.endswith("-wal"))
    assert Path(f"{broken}-wal").read_bytes() == b"wal bytes"


def test_two_breakdowns_in_the_same_second_keep_both_files(tmp_path):
    for content in (b"first garbage" * 20, b"second garbage" * 20):
        (tmp_path / DB_NAME).unlink(missing_ok=True)
        (tmp_path / DB_NAME).write_bytes(content)
        store, message = ProgressStore.open(tmp_path)
        assert message is not None
        store.close()
        for side in tmp_path.glob(f"{DB_NAME}-*"):
            side.unlink()
    contents = {p.read_bytes() for p in tmp_path.glob(f"{DB_NAME}.broken-*")}
    assert contents == {b"first garbage" * 20, b"second garbage" * 20}


def test_data_dir_that_cannot_be_made_falls_back_to_memory(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    store, message = ProgressStore.open(blocker / "data")
    assert store.path is None
    assert message is not None and message.kind == "unsaved" and "will not be kept" in str(message)
    store.set_learner_name("Kim")  # still usable for this session
    assert store.learner_name() == "Kim"
    assert blocker.read_text() == "not a folder"


CRASHING_WRITER = textwrap.dedent(
    """
    import os, sys
    sys.path.insert(0, {repo!r})
    from onboarding.flow.progress import ProgressStore
    store, _ = ProgressStore.open({data!r})
    for i in range(5):
        store.save_answer("p", "s", f"q{{i}}", i, checked=True, correct=True, attempt=1)
    store.set_learner_name("Before crash")
    # Die in the middle of a write: a transaction is open with rows not yet committed.
    conn = store._conn
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "INSERT INTO answers (pack_id, step_id, question_id, answer, checked, correct,"
        " attempt, saved_at) VALUES ('p', 's', 'uncommitted', '1', 1, 1, 1, 'now')"
    )
    conn.execute("UPDATE learner SET name = 'half written'")
    os._exit(1)
    """
)


def test_a_crash_mid_write_keeps_every_committed_write(tmp_path):
    script = CRASHING_WRITER.format(repo=str(REPO), data=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert result.returncode == 1, result.stderr.decode()
    # The crashed process left its WAL behind: opening recovers from it.
    assert (tmp_path / f"{DB_NAME}-wal").exists()
    store, message = ProgressStore.open(tmp_path)
    assert message is None
    assert set(store.answers("p", "s")) == {f"q{i}" for i in range(5)}
    assert store.learner_name() == "Before crash"
    store.close()


def test_in_memory_store_writes_nothing_to_disk(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    store = ProgressStore.in_memory()
    assert store.path is None
    fill(store)
    assert_filled(store)
    store.record_completion("sthlm", correct=1, total=2, passed=False)
    store.close()
    assert list(tmp_path.iterdir()) == []


def test_read_only_open_reads_and_creates_nothing(tmp_path):
    store, _ = ProgressStore.open(tmp_path)
    store.record_completion("p", correct=1, total=1, passed=True)
    store.close()
    before = sorted(p.name for p in tmp_path.iterdir())
    data = (tmp_path / DB_NAME).read_bytes()
    reader = ProgressStore.open_read_only(tmp_path)
    assert [c.pack_id for c in reader.completions()] == ["p"]
    with pytest.raises(ProgressError):
        reader.set_learner_name("nope")
    reader.close()
    # SQLite may leave empty -wal/-shm files for a WAL database; the database is untouched.
    after = {p.name for p in tmp_path.iterdir()} - {f"{DB_NAME}-wal", f"{DB_NAME}-shm"}
    assert sorted(after) == before
    assert (tmp_path / DB_NAME).read_bytes() == data


def test_read_only_open_sees_writes_of_a_running_app(tmp_path):
    store, _ = ProgressStore.open(tmp_path)
    store.record_completion("p", correct=1, total=1, passed=True)
    reader = ProgressStore.open_read_only(tmp_path)
    assert len(reader.completions()) == 1
    reader.close()
    store.close()


def test_read_only_open_refuses_missing_and_broken_files(tmp_path):
    with pytest.raises(ProgressUnavailable, match="no progress folder"):
        ProgressStore.open_read_only(tmp_path / "nowhere")
    with pytest.raises(ProgressUnavailable, match="no progress database"):
        ProgressStore.open_read_only(tmp_path)
    assert list(tmp_path.iterdir()) == []
    (tmp_path / DB_NAME).write_bytes(b"garbage" * 100)
    with pytest.raises(ProgressUnavailable, match="cannot be used"):
        ProgressStore.open_read_only(tmp_path)
    assert (tmp_path / DB_NAME).read_bytes() == b"garbage" * 100


def test_a_damaged_stored_value_reads_as_nothing():
    store = ProgressStore.in_memory()
    store.save_answer("p", "s", "q", [1, 2], checked=True, correct=False, attempt=1)
    store.set_quiz_state("p", "s", {"seed": 1})
    store._conn.execute("UPDATE answers SET answer = '[1, 2'")
    store._conn.execute("UPDATE quiz_state SET state = 'not json'")
    assert store.answers("p", "s") == {"q": SavedAnswer(None, True, False, 1)}
    assert store.quiz_state("p", "s") is None


def test_name_completion_names_only_the_anonymous_run(tmp_path):
    store, _ = ProgressStore.open(tmp_path)
    first = store.record_completion("p", correct=1, total=2, passed=False)
    store.set_learner_name("Kim")
    named = store.record_completion("p", correct=2, total=2, passed=True)
    store.name_completion(first, "Kim Lind")
    store.name_completion(named, "Someone Else")  # already named: left as it is
    assert [c.learner for c in store.completions("p")] == ["Kim Lind", "Kim"]

"""Learner progress in SQLite. No Qt: the data folder is passed in.

Durability is the point of this module: a new hire must never lose an answer the app has shown
as saved. So every write is its own committed transaction, the database runs in WAL mode with
`synchronous=FULL`, and a file we cannot read is moved aside (never deleted) and replaced by a
fresh one, with a sentence telling the learner where the old file went.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from onboarding.flow.scoring import whole_percent

if TYPE_CHECKING:
    from datetime import datetime

DB_NAME = "progress.sqlite3"
BROKEN_MARK = ".broken-"
# SQLite keeps these next to the database; they belong to it and move with it.
SIDE_FILES = ("-wal", "-shm", "-journal")
SQLITE_HEADER = b"SQLite format 3\x00"


class ProgressError(Exception):
    """Progress could not be read or saved. `str(error)` is an English sentence for people;
    `detail`, where given, is what went wrong as the system said it, for a UI that words the
    sentence in the learner's language."""

    def __init__(self, message: str, detail: str = ""):
        super().__init__(message)
        self.detail = detail


class ProgressUnavailable(ProgressError):
    """A read-only open found no usable progress database (missing, unreadable or too new)."""


@dataclass(frozen=True)
class OpenNotice:
    """Why `ProgressStore.open` did not simply open the learner's progress. `str(notice)` is an
    English sentence; the fields let a UI word it in the learner's language."""

    kind: Literal["moved", "unsaved"]  # moved aside and started anew; or kept in memory only
    where: str  # the database (or its folder)
    detail: str  # what was wrong with it, as the check or the system said it
    moved_to: str = ""  # for "moved": where the unreadable file now is

    def __str__(self) -> str:
        if self.kind == "moved":
            return (
                f"Your saved progress in {self.where} could not be read ({self.detail}), so the"
                f" file was moved to {self.moved_to} and a new one was started. Nothing was"
                " deleted."
            )
        return (
            f"Progress cannot be saved in {self.where} ({self.detail}). You can go through the"
            " introduction, but what you do now will not be kept when the app closes."
        )


@dataclass(frozen=True, slots=True)
class SavedAnswer:
    """The latest answer saved for one question (see onboarding.flow.quiz for the formats)."""

    answer: Any
    checked: bool
    correct: bool | None
    attempt: int


@dataclass(frozen=True, slots=True)
class Completion:
    """One finished run through a pack, kept for HR (see `onboarding export`)."""

    pack_id: str
    learner: str | None
    correct: int
    total: int
    passed: bool
    finished_at: str  # UTC, ISO 8601 with milliseconds and a "Z", e.g. 2024-08-19T07:30:00.000Z

    @property
    def percent(self) -> int:
        return whole_percent(self.correct, self.total)


# --- Schema and migrations -----------------------------------------------------------------


def _migrate_to_1(conn: sqlite3.Connection) -> None:
    # One execute() per statement: executescript() would COMMIT the migration's transaction.
    for statement in (
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE learner (id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL)",
        "CREATE TABLE last_step (pack_id TEXT PRIMARY KEY, step_id TEXT NOT NULL)",
        "CREATE TABLE visited (pack_id TEXT NOT NULL, step_id TEXT NOT NULL,"
        " first_at TEXT NOT NULL, PRIMARY KEY (pack_id, step_id))",
        "CREATE TABLE ticked (pack_id TEXT NOT NULL, step_id TEXT NOT NULL,"
        " item_id TEXT NOT NULL, PRIMARY KEY (pack_id, step_id, item_id))",
        # Append-only: the latest row per question wins, earlier ones are the history.
        "CREATE TABLE answers (id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " pack_id TEXT NOT NULL, step_id TEXT NOT NULL, question_id TEXT NOT NULL,"
        " answer TEXT NOT NULL, checked INTEGER NOT NULL, correct INTEGER,"
        " attempt INTEGER NOT NULL, saved_at TEXT NOT NULL)",
        "CREATE INDEX answers_by_question ON answers (pack_id, step_id, question_id)",
        "CREATE TABLE quiz_state (pack_id TEXT NOT NULL, step_id TEXT NOT NULL,"
        " state TEXT NOT NULL, PRIMARY KEY (pack_id, step_id))",
        "CREATE TABLE completions (id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " pack_id TEXT NOT NULL, learner TEXT, correct INTEGER NOT NULL,"
        " total INTEGER NOT NULL, passed INTEGER NOT NULL, finished_at TEXT NOT NULL)",
    ):
        conn.execute(statement)


# MIGRATIONS[n] turns a version n-1 database into version n. Add the next one; never edit one
# that has shipped.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _migrate_to_1}
SCHEMA_VERSION = max(MIGRATIONS)


# json and datetime are imported on first use: the window opens the store before its first
# paint, and needs neither for that (about 2.5 ms). Once, not in each call: every import
# statement runs PySide's import hook, and answers are decoded by the dozen.


@cache
def _json():  # the json module
    import json

    return json


@cache
def _datetime():  # the datetime module
    import datetime

    return datetime


def _utc_now() -> datetime:
    clock = _datetime()
    return clock.datetime.now(clock.UTC)


def _iso(moment: datetime) -> str:
    utc = _datetime().UTC
    return moment.astimezone(utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class _Unusable(Exception):
    """Internal: the file at the path is not a progress database we can use."""


class _NotWritable(Exception):
    """Internal: the file reads fine but cannot be written (e.g. read-only): keep it in place."""


# --- The store ------------------------------------------------------------------------------


class ProgressStore:
    """Everything the learner has done, per pack. Use from one thread (the GUI thread).

    Create with `open`, `open_read_only` or `in_memory`, not the constructor.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None):
        self._conn = conn
        self.path = path  # None for an in-memory store
        self.clock: Callable[[], datetime] = _utc_now  # tests may replace it
        # Counts committed writes: a view built from the store is stale once it moved on.
        self.revision = 0

    # -- opening --------------------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str]) -> tuple[ProgressStore, OpenNotice | None]:
        """Open or create `data_dir/progress.sqlite3`.

        A file that is not a usable progress database (garbage, truncated, written by a newer
        version, a folder in the way) is renamed to `progress.sqlite3.broken-<UTC time>` with
        its -wal/-shm files, and a fresh database is made. The second value then says so (an
        `OpenNotice` naming the moved file), else it is None. If even a fresh database cannot
        be made there, the store lives in memory and the notice says so.
        """
        data_dir = Path(data_dir).absolute()
        path = data_dir / DB_NAME
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            return cls.in_memory(), _unsaved_notice(data_dir, error)
        try:
            return cls(_open_writable(path), path), None
        except _NotWritable as error:
            return cls.in_memory(), _unsaved_notice(path, error)
        except _Unusable as problem:
            reason = str(problem)
        try:
            moved = _move_aside(path)
        except OSError as error:
            return cls.in_memory(), _unsaved_notice(path, error)
        try:
            store = cls(_open_writable(path), path)
        except (_Unusable, _NotWritable) as problem:
            return cls.in_memory(), _unsaved_notice(path, problem)
        return store, OpenNotice("moved", str(path), reason, moved_to=str(moved))

    @classmethod
    def open_read_only(cls, data_dir: str | os.PathLike[str]) -> ProgressStore:
        """Open an existing database for reading only; never creates or changes a file.

        Raises ProgressUnavailable (with an English sentence) when there is nothing to read.
        """
        data_dir = Path(data_dir)
        path = data_dir / DB_NAME
        if not data_dir.is_dir():
            raise ProgressUnavailable(f"There is no progress folder at {data_dir}.")
        if not path.is_file():
            raise ProgressUnavailable(f"There is no progress database at {path}.")
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        except sqlite3.Error as error:
            raise ProgressUnavailable(
                f"The progress database {path} could not be opened: {error}."
            ) from error
        try:
            version = _check_readable(conn)
        except _Unusable as problem:
            conn.close()
            raise ProgressUnavailable(
                f"The progress database {path} cannot be used: {problem}."
            ) from problem
        if version != SCHEMA_VERSION:
            conn.close()
            raise ProgressUnavailable(
                f"The progress database {path} has not been set up by this version of the app"
                " yet; start the app once, then try again."
            )
        return cls(conn, path)

    @classmethod
    def in_memory(cls) -> ProgressStore:
        """A store that never touches the disk (presenter mode, tests)."""
        conn = sqlite3.connect(":memory:", isolation_level=None)
        _migrate(conn, 0)
        return cls(conn, None)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> ProgressStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- writing --------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One committed transaction per write. The connection is in autocommit mode
        (isolation_level=None) so BEGIN/COMMIT are explicit and DDL is transactional too."""
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
            self.revision += 1
        except sqlite3.Error as error:
            raise ProgressError(
                f"Your progress could not be saved: {error}.", detail=str(error)
            ) from error

    def _now(self) -> str:
        return _iso(self.clock())

    # -- learner and settings -------------------------------------------------------------

    def learner_name(self) -> str | None:
        row = self._conn.execute("SELECT name FROM learner WHERE id = 1").fetchone()
        return row[0] if row else None

    def set_learner_name(self, name: str | None) -> None:
        """Set the name shown on the certificate; None or blank forgets it."""
        with self._write() as conn:
            if name is None or not name.strip():
                conn.execute("DELETE FROM learner")
            else:
                conn.execute(
                    "INSERT INTO learner (id, name) VALUES (1, ?)"
                    " ON CONFLICT (id) DO UPDATE SET name = excluded.name",
                    (name.strip(),),
                )

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str | None) -> None:
        """Store a setting (last pack, language, text scale); None removes it."""
        with self._write() as conn:
            if value is None:
                conn.execute("DELETE FROM settings WHERE key = ?", (key,))
            else:
                conn.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?)"
                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (key, str(value)),
                )

    # -- where the learner is -------------------------------------------------------------

    def last_step(self, pack_id: str) -> str | None:
        row = self._conn.execute(
            "SELECT step_id FROM last_step WHERE pack_id = ?", (pack_id,)
        ).fetchone()
        return row[0] if row else None

    def record_visit(self, pack_id: str, step_id: str) -> None:
        """The learner is on `step_id`: remember it as visited and as where to resume, in one
        transaction (one disk sync per step, not two)."""
        with self._write() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO visited (pack_id, step_id, first_at) VALUES (?, ?, ?)",
                (pack_id, step_id, self._now()),
            )
            conn.execute(
                "INSERT INTO last_step (pack_id, step_id) VALUES (?, ?)"
                " ON CONFLICT (pack_id) DO UPDATE SET step_id = excluded.step_id",
                (pack_id, step_id),
            )

    def visited(self, pack_id: str) -> set[str]:
        rows = self._conn.execute("SELECT step_id FROM visited WHERE pack_id = ?", (pack_id,))
        return {row[0] for row in rows}

    def set_ticked(self, pack_id: str, step_id: str, item_id: str, ticked: bool) -> None:
        with self._write() as conn:
            if ticked:
                conn.execute(
                    "INSERT OR IGNORE INTO ticked (pack_id, step_id, item_id) VALUES (?, ?, ?)",
                    (pack_id, step_id, item_id),
                )
            else:
                conn.execute(
                    "DELETE FROM ticked WHERE pack_id = ? AND step_id = ? AND item_id = ?",
                    (pack_id, step_id, item_id),
                )

    def ticked(self, pack_id: str, step_id: str) -> set[str]:
        rows = self._conn.execute(
            "SELECT item_id FROM ticked WHERE pack_id = ? AND step_id = ?", (pack_id, step_id)
        )
        return {row[0] for row in rows}

    # -- answers and quiz state -----------------------------------------------------------

    def save_answer(
        self,
        pack_id: str,
        step_id: str,
        question_id: str,
        answer: Any,
        *,
        checked: bool,
        correct: bool | None,
        attempt: int,
    ) -> None:
        """Append an answer (JSON-able, see onboarding.flow.quiz); it becomes the latest."""
        encoded = _encoded(answer)
        with self._write() as conn:
            conn.execute(
                "INSERT INTO answers (pack_id, step_id, question_id, answer, checked, correct,"
                " attempt, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    pack_id,
                    step_id,
                    question_id,
                    encoded,
                    int(bool(checked)),
                    None if correct is None else int(bool(correct)),
                    int(attempt),
                    self._now(),
                ),
            )

    def answers(self, pack_id: str, step_id: str) -> dict[str, SavedAnswer]:
        """The latest saved answer per question of one step, by question id."""
        return self._latest_answers("pack_id = ? AND step_id = ?", (pack_id, step_id))

    def answers_for_pack(self, pack_id: str) -> dict[str, SavedAnswer]:
        """The latest saved answer per question of the whole pack, by question id."""
        return self._latest_answers("pack_id = ?", (pack_id,))

    def _latest_answers(self, where: str, params: tuple[str, ...]) -> dict[str, SavedAnswer]:
        rows = self._conn.execute(
            "SELECT a.question_id, a.answer, a.checked, a.correct, a.attempt FROM answers a"
            f" JOIN (SELECT MAX(id) AS id FROM answers WHERE {where} GROUP BY question_id) m"
            " ON a.id = m.id",
            params,
        )
        result: dict[str, SavedAnswer] = {}
        for question_id, answer, checked, correct, attempt in rows:
            result[question_id] = SavedAnswer(
                answer=_json_or_none(answer),
                checked=bool(checked),
                correct=None if correct is None else bool(correct),
                attempt=attempt,
            )
        return result

    def quiz_state(self, pack_id: str, step_id: str) -> dict | None:
        row = self._conn.execute(
            "SELECT state FROM quiz_state WHERE pack_id = ? AND step_id = ?", (pack_id, step_id)
        ).fetchone()
        if not row:
            return None
        state = _json_or_none(row[0])
        return state if isinstance(state, dict) else None

    def set_quiz_state(self, pack_id: str, step_id: str, state: dict | None) -> None:
        """Remember how a quiz attempt stands (seed, current question, ...); None forgets it."""
        with self._write() as conn:
            if state is None:
                conn.execute(
                    "DELETE FROM quiz_state WHERE pack_id = ? AND step_id = ?", (pack_id, step_id)
                )
            else:
                conn.execute(
                    "INSERT INTO quiz_state (pack_id, step_id, state) VALUES (?, ?, ?)"
                    " ON CONFLICT (pack_id, step_id) DO UPDATE SET state = excluded.state",
                    (pack_id, step_id, _encoded(state)),
                )

    # -- completions and reset ------------------------------------------------------------

    def record_completion(
        self, pack_id: str, *, correct: int, total: int, passed: bool
    ) -> Completion:
        """Record that the learner finished the pack (now, UTC) under their current name."""
        completion = Completion(
            pack_id=pack_id,
            learner=self.learner_name(),
            correct=int(correct),
            total=int(total),
            passed=bool(passed),
            finished_at=self._now(),
        )
        with self._write() as conn:
            conn.execute(
                "INSERT INTO completions (pack_id, learner, correct, total, passed, finished_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    completion.pack_id,
                    completion.learner,
                    completion.correct,
                    completion.total,
                    int(completion.passed),
                    completion.finished_at,
                ),
            )
        return completion

    def name_completion(self, completion: Completion, learner: str) -> None:
        """Put a name on a run recorded before the learner gave one (they often type it on the
        summary after finishing), so HR sees one named row, not an anonymous and a named one."""
        with self._write() as conn:
            conn.execute(
                "UPDATE completions SET learner = ?"
                " WHERE pack_id = ? AND finished_at = ? AND learner IS NULL",
                (learner, completion.pack_id, completion.finished_at),
            )

    def completions(self, pack_id: str | None = None) -> list[Completion]:
        """Every recorded completion, oldest first (only `pack_id`'s when given)."""
        sql = "SELECT pack_id, learner, correct, total, passed, finished_at FROM completions"
        params: tuple[str, ...] = ()
        if pack_id is not None:
            sql += " WHERE pack_id = ?"
            params = (pack_id,)
        rows = self._conn.execute(sql + " ORDER BY id", params)
        return [
            Completion(p, learner, correct, total, bool(passed), finished_at)
            for p, learner, correct, total, passed, finished_at in rows
        ]

    def reset_pack(self, pack_id: str) -> None:
        """Forget the learner's progress in one pack (on their explicit request).

        Completions stay: they are the record of runs already finished, which HR exports.
        """
        with self._write() as conn:
            for table in ("last_step", "visited", "ticked", "answers", "quiz_state"):
                conn.execute(f"DELETE FROM {table} WHERE pack_id = ?", (pack_id,))


# --- Opening, checking, migrating, moving aside -------------------------------------------


def _open_writable(path: Path) -> sqlite3.Connection:
    """Connect, check and migrate; raise _Unusable if the file is not ours to use."""
    if path.exists() and not path.is_file():
        raise _Unusable("a folder or other non-file is in the way")
    _check_header(path)
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=5)
    except sqlite3.Error as error:
        raise _Unusable(str(error)) from error
    try:
        version = _check_readable(conn)
    except _Unusable:
        conn.close()
        raise
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        # FULL, not NORMAL: in WAL mode NORMAL may lose the last commits on power loss (only the
        # fsync at checkpoint is kept). An answer shown as saved must survive that too, and one
        # fsync per learner action costs nothing noticeable.
        conn.execute("PRAGMA synchronous=FULL")
        _migrate(conn, version)
    except sqlite3.Error as error:
        # The file read back fine, so it is not broken: do not move it, just do not write.
        conn.close()
        raise _NotWritable(str(error)) from error
    return conn


def _check_header(path: Path) -> None:
    """Refuse a file that is not SQLite before SQLite touches it: on closing, SQLite would
    otherwise treat a -wal file next to it as its own and may delete it."""
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except OSError as error:
        raise _Unusable(str(error)) from error
    if header and header != SQLITE_HEADER:
        raise _Unusable("file is not a database")


def _check_readable(conn: sqlite3.Connection) -> int:
    """The schema version, after checking the whole file reads back (catches truncation)."""
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.Error as error:
        raise _Unusable(str(error)) from error
    if problems != ["ok"]:
        raise _Unusable("; ".join(problems[:3]))
    if version > SCHEMA_VERSION:
        raise _Unusable(f"it was written by a newer version of the app (schema {version})")
    return version


def _migrate(conn: sqlite3.Connection, version: int) -> None:
    """Bring the schema from `version` to SCHEMA_VERSION, one committed step per version."""
    for target in range(version + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[target](conn)
            conn.execute(f"PRAGMA user_version = {target}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


def _move_aside(path: Path) -> Path:
    """Rename the database and its side files to `<name>.broken-<UTC time>`; never delete."""
    stamp = _utc_now().strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}{BROKEN_MARK}{stamp}")
    counter = 1
    while any(Path(f"{target}{suffix}").exists() for suffix in ("", *SIDE_FILES)):
        target = path.with_name(f"{path.name}{BROKEN_MARK}{stamp}-{counter}")
        counter += 1
    os.replace(path, target)
    for suffix in SIDE_FILES:
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{target}{suffix}"))
    return target


def _encoded(value: Any) -> str:
    return _json().dumps(value, ensure_ascii=False)


def _json_or_none(text: str) -> Any:
    """Decode a stored value; a damaged one reads as None (unanswered), never an exception."""
    try:
        return _json().loads(text)
    except (TypeError, ValueError):
        return None


def _unsaved_notice(where: Path, error: object) -> OpenNotice:
    return OpenNotice("unsaved", str(where), str(error))

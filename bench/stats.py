"""Medians, percentiles, result rows and the one table `make bench` prints."""

from __future__ import annotations

import math
import statistics
from dataclasses import asdict, dataclass, field

COLUMNS = ("measure", "ours", "reference", "ratio", "budget", "verdict")


def median(values: list[float]) -> float:
    return statistics.median(values) if values else math.nan


def p95(values: list[float]) -> float:
    """Nearest-rank 95th percentile (the value 95 % of samples are at or below)."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


@dataclass
class Row:
    """One line of the table. Values are in `unit`; `ratio` is ours / reference."""

    measure: str
    unit: str = "ms"
    ours: float | None = None
    reference: float | None = None
    ratio: float | None = None
    budget: str = ""
    verdict: str = ""  # "ok", "MISSED", "info", "not built", "error"
    note: str = ""
    samples: dict[str, list[float]] = field(default_factory=dict)

    def as_json(self) -> dict:
        return asdict(self)


def ratio_of(ours: float | None, reference: float | None) -> float | None:
    if ours is None or reference is None or not reference or math.isnan(reference):
        return None
    return ours / reference


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def _value(value: float | None, unit: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    if unit == "MiB":
        return f"{value:.1f} MiB"
    if unit == "s":
        return f"{value:.3f} s"
    if unit == "ms":
        return f"{value:.1f} ms" if value >= 10 else f"{value:.2f} ms"
    return f"{value:g} {unit}"


def cells(row: Row) -> list[str]:
    ratio = "-" if row.ratio is None else f"{row.ratio:.2f}x"
    return [
        row.measure,
        _value(row.ours, row.unit),
        _value(row.reference, row.unit),
        ratio,
        row.budget or "-",
        row.verdict or "-",
    ]


def table(rows: list[Row]) -> str:
    """A plain-text table (also valid Markdown, so docs/performance.md can quote it)."""
    lines = [list(COLUMNS)] + [cells(r) for r in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(COLUMNS))]

    def fmt(line: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([fmt(lines[0]), rule] + [fmt(line) for line in lines[1:]])

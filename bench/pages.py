"""The HTML of every step of a pack, as the rendering layer makes it (for the references)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from onboarding.content.loader import load_pack
from onboarding.content.models import SummaryStep
from onboarding.flow.quiz import chapter_scores, overall_score
from onboarding.rendering import render_step


def perfect_summary_state(pack) -> dict:
    """The summary a learner who answered everything right sees (what the walk ends on)."""
    scores = [dataclasses.replace(s, correct=s.total) for s in chapter_scores(pack, {})]
    _, total = overall_score(pack, {})
    return {
        "learner": None,
        "scores": scores,
        "correct": total,
        "total": total,
        "passed": True,
        "missed": [],
    }


def steps_html(folder: str | Path, lang: str = "sv") -> list[str]:
    pack = load_pack(folder)
    summary = perfect_summary_state(pack)
    return [
        render_step(pack, step, lang=lang, state=summary if isinstance(step, SummaryStep) else None)
        for step in pack.steps()
    ]

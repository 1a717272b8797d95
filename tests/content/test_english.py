"""A learner who switches to English reads the whole introduction in English: every text a
learner sees in the shipped packs has an English variant. (Presenter notes are for the HR
staff who run a session, in Swedish, and may stay Swedish only.)"""

from __future__ import annotations

import dataclasses

import pytest

from onboarding import paths
from onboarding.content.loader import load_pack
from onboarding.content.models import QuizStep, Text

FOR_PRESENTERS = {"notes"}


def texts(value, where: str):
    """(place, Text) for every learner-facing Text inside a model value, however deep."""
    if isinstance(value, Text):
        yield where, value
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from texts(item, f"{where}[{index}]")
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            if field.name not in FOR_PRESENTERS:
                yield from texts(getattr(value, field.name), f"{where}.{field.name}")


@pytest.fixture(params=["stockholm", "norrtalje"])
def pack(request):
    return load_pack(paths.content_dir() / request.param)


def test_the_pack_offers_english(pack):
    assert "en" in pack.manifest.languages


def test_every_quiz_text_has_english(pack):
    quizzes = [step for step in pack.steps() if isinstance(step, QuizStep)]
    assert quizzes
    missing = [where for quiz in quizzes for where, text in texts(quiz, quiz.id) if not text.en]
    assert missing == []


def test_every_text_a_learner_reads_has_english(pack):
    missing = [where for where, text in texts(pack, pack.id) if not text.en]
    assert missing == []

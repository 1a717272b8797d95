"""The Norrtälje pack loads cleanly and covers what the onboarding issue asks of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from onboarding.content import models as m
from onboarding.content.colour import WHITE, contrast_ratio
from onboarding.content.loader import load_pack, validate

PACK_DIR = Path(__file__).resolve().parents[2] / "content" / "norrtalje"


@pytest.fixture(scope="module")
def pack() -> m.Pack:
    return load_pack(PACK_DIR)


def _questions(pack: m.Pack) -> list:
    return [q for s in pack.steps() if isinstance(s, m.QuizStep) for q in s.questions]


def _text_of(step) -> str:
    """Every Swedish text a learner reads on a step, for 'does it mention X' checks."""
    parts = [step.title.sv]
    for name in ("body", "intro"):
        value = getattr(step, name, None)
        if value is not None:
            parts.append(value.sv)
    return "\n".join(parts)


def test_pack_validates_without_problems():
    assert validate(PACK_DIR) == []


def test_manifest(pack):
    manifest = pack.manifest
    assert manifest.id == "norrtalje"
    assert manifest.organisation.sv == "Norrtälje kommun"
    assert manifest.organisation.en == "Norrtälje Municipality"
    assert manifest.languages == ("sv", "en")
    assert manifest.pass_mark == 80
    assert manifest.title.en and manifest.description and manifest.description.en
    assert contrast_ratio(manifest.theme.primary, WHITE) >= 4.5
    assert [c.id for c in pack.chapters] == list(manifest.chapters)


def test_directors_story(pack):
    stories = [s for s in pack.steps() if isinstance(s, m.StoryStep)]
    director = next(s for s in stories if s.person.name == "Ulla-Marie Hellenberg")
    assert director.id == "kommundirektoren"
    assert director.kind == "manager"
    assert director.person.role.sv == "kommundirektör"
    assert director.values, "the story lists what she values"
    culture = pack.step("kulturresan")
    assert culture is not None
    assert "kulturresa" in culture.body.sv
    assert "gemensam" in culture.body.sv and "värdegrund" in culture.body.sv


def test_residents_first(pack):
    step = pack.step("invanaren-forst")
    assert isinstance(step, m.ReadingStep)
    assert "invånaren kommer först" in step.body.sv


def test_vision_text_appears(pack):
    step = pack.step("vision")
    assert isinstance(step, m.ReadingStep)
    assert "Global livsstil, lokalt liv" in step.body.sv


@pytest.mark.parametrize(
    "step_id, words",
    [
        ("varfor-kommun", ["demokrati", "vardag"]),
        ("vardegrunden", ["värdegrund"]),
        ("tva-jobb", ["två jobb"]),
        ("alla-leder", ["alla är ledare"]),
        ("talangforum-lean-akademi", ["Talangforum", "Lean-akademi", "spelledare"]),
        ("hallbart-ledarskap", ["hållbart", "socialt", "ekonomiskt", "ekologiskt"]),
        ("arets-utmarkelser", ["Årets innovation", "Årets chef", "Årets medarbetare"]),
        ("kompetensutveckling", ["kurser", "utbildningar", "nätverk"]),
    ],
)
def test_topic_steps_exist_and_cover_their_topic(pack, step_id, words):
    step = pack.step(step_id)
    assert step is not None, f"no step {step_id}"
    text = _text_of(step)
    for word in words:
        assert word.casefold() in text.casefold(), f"{step_id} does not mention {word!r}"


def test_every_question_type_is_used(pack):
    used = {q.TYPE for q in _questions(pack)}
    assert used == set(m.QUESTION_TYPES)


def test_enough_questions(pack):
    assert len(_questions(pack)) >= 14


def test_every_answer_has_feedback_and_every_question_an_explanation(pack):
    step_ids = {s.id for s in pack.steps()}
    for q in _questions(pack):
        assert q.explanation.sv, q.id
        assert q.step in step_ids, f"{q.id} points at unknown step {q.step}"
        if isinstance(q, m.SingleChoiceQuestion | m.MultipleChoiceQuestion):
            assert all(o.feedback for o in q.options), q.id
        elif isinstance(q, m.TrueFalseQuestion):
            assert q.feedback_true and q.feedback_false, q.id
        elif isinstance(q, m.OrderingQuestion):
            assert all(i.feedback for i in q.items), q.id
        elif isinstance(q, m.MatchingQuestion):
            assert all(p.feedback for p in q.pairs), q.id


def test_each_main_chapter_ends_with_a_quiz(pack):
    for chapter in pack.chapters[:-1]:
        assert isinstance(chapter.steps[-1], m.QuizStep), chapter.id


def test_glossary(pack):
    glossaries = [s for s in pack.steps() if isinstance(s, m.GlossaryStep)]
    assert len(glossaries) == 1
    terms = glossaries[0].terms
    assert len(terms) >= 15
    for term in terms:
        assert term.term.en and term.definition.en, term.id
    required = {
        "kommunfullmaktige",
        "kommunstyrelse",
        "forvaltning",
        "namnd",
        "apt",
        "samverkan",
        "medarbetarsamtal",
        "lonesamtal",
        "brukare",
        "invanare",
        "delegation",
        "skyddsombud",
        "offentlighetsprincipen",
        "tystnadsplikt",
        "lean",
        "standiga-forbattringar",
        "vardegrund",
    }
    assert required <= {t.id for t in terms}


def test_glossary_aliases_cover_inflected_forms_used_in_pages(pack):
    terms = pack.terms()
    assert "invånaren" in terms["invanare"].aliases
    assert "värdegrunden" in terms["vardegrund"].aliases
    assert "arbetsplatsträff" in terms["apt"].aliases


def test_first_weeks_checklist(pack):
    checklists = [s for s in pack.steps() if isinstance(s, m.ChecklistStep)]
    assert len(checklists) == 1
    items = checklists[0].items
    assert 6 <= len(items) <= 10
    assert all(item.help for item in items)


def test_every_title_has_english(pack):
    for chapter in pack.chapters:
        assert chapter.title.en, chapter.id
        for step in chapter.steps:
            assert step.title.en, step.id


def test_ends_with_summary(pack):
    assert isinstance(pack.steps()[-1], m.SummaryStep)


def test_presenter_notes_on_the_reading_pages(pack):
    readings = [s for s in pack.steps() if isinstance(s, m.ReadingStep)]
    with_notes = [s for s in readings if s.notes]
    assert len(with_notes) >= len(readings) // 2

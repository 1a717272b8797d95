"""The Stockholm pack covers what the issue asks for: every policy area, every person, a full
quiz set with feedback, a bilingual glossary and a checklist."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from onboarding.content.colour import WHITE, contrast_ratio
from onboarding.content.loader import load_pack, validate
from onboarding.content.models import (
    ChecklistStep,
    GlossaryStep,
    MatchingQuestion,
    MultipleChoiceQuestion,
    OrderingQuestion,
    PolicyStep,
    QuizStep,
    SingleChoiceQuestion,
    StoryStep,
    SummaryStep,
    TrueFalseQuestion,
)

PACK_DIR = Path(__file__).resolve().parents[2] / "content" / "stockholm"
SEED_OVERLAP = Path("/work/shared/tools/seed_overlap.py")

# The eight areas of the personnel policy (kommunfullmäktige, 16 February 2009).
POLICY_AREAS = {
    "policy-uppdrag",
    "policy-delaktighet",
    "policy-utveckling",
    "policy-ledarskap",
    "policy-mal-resultat",
    "policy-jamstalldhet",
    "policy-arbetsmiljo",
    "policy-lon",
}
COLLEAGUES = {"Ronita", "Zameena", "Sascha", "Parvin", "Alexander"}
MANAGERS = {"Lena Thorson", "Lars Berglund", "Yvonne Goldberg"}
REQUIRED_TERMS = {
    "kommunfullmaktige",
    "forvaltning",
    "namnd",
    "apt",
    "samverkan",
    "medarbetarsamtal",
    "lonesamtal",
    "brukare",
    "delegation",
    "facklig-organisation",
    "krankande-sarbehandling",
    "rehabilitering",
    "omstallning",
    "kompetensutveckling",
    "skyddsombud",
    "offentlighetsprincipen",
    "tystnadsplikt",
    "diarium",
}


@pytest.fixture(scope="module")
def pack():
    return load_pack(PACK_DIR)


def steps_of(pack, cls):
    return [step for step in pack.steps() if isinstance(step, cls)]


def questions(pack):
    return [q for quiz in steps_of(pack, QuizStep) for q in quiz.questions]


def test_pack_validates_without_problems():
    assert validate(PACK_DIR) == []


def test_manifest(pack):
    manifest = pack.manifest
    assert manifest.id == "stockholm"
    assert manifest.organisation.sv == "Stockholms stad"
    assert manifest.organisation.en == "City of Stockholm"
    assert manifest.languages == ("sv", "en")
    assert manifest.pass_mark == 80
    contrast = contrast_ratio(manifest.theme.primary, WHITE)
    assert contrast >= 4.5, f"primary {manifest.theme.primary} contrasts {contrast:.2f}:1"


def test_every_policy_area_has_employee_and_manager_expectations(pack):
    policies = {step.id: step for step in steps_of(pack, PolicyStep)}
    assert set(policies) >= POLICY_AREAS, f"missing: {POLICY_AREAS - set(policies)}"
    for step_id in POLICY_AREAS:
        step = policies[step_id]
        assert step.employee, f"{step_id} has no employee expectations"
        assert step.manager, f"{step_id} has no manager expectations"
        assert all(item.sv.strip() for item in step.employee + step.manager)


def test_adoption_date_is_stated(pack):
    intro = pack.step("policy-intro")
    assert "16 februari 2009" in intro.body.sv
    assert "kommunfullmäktige" in intro.body.sv.lower()


def test_shared_goals_and_mission(pack):
    mission = pack.step("uppdraget").body.sv
    assert "ett Stockholm i världsklass" in mission
    assert "Kommunfullmäktige" in mission
    assert "skatt" in mission
    goals = pack.step("gemensamma-mal").body.sv.lower()
    for goal in ("öppen diskussion", "lika värde", "samverkan", "personligt ansvar", "resurser"):
        assert goal in goals, goal


def test_each_named_person_has_a_story_of_the_right_kind(pack):
    stories = steps_of(pack, StoryStep)
    by_kind = {
        kind: {s.person.name for s in stories if s.kind == kind}
        for kind in ("colleague", "manager")
    }
    assert by_kind["colleague"] >= COLLEAGUES
    assert by_kind["manager"] >= MANAGERS
    for story in stories:
        assert story.values, f"{story.id} says nothing about what the person values"
        assert story.person.role.en, f"{story.id} role has no English"
        assert story.person.portrait is None  # the app draws initials; no portraits shipped


def test_manager_support_page_names_the_programmes(pack):
    body = pack.step("chefsutveckling").body.sv.lower()
    for offer in ("nätverk", "chefsseminarier", "chefskörkort", "ledarutvecklingsprogram"):
        assert offer in body, offer
    assert "traineeprogram" in body


def test_question_count_and_every_type_used_several_times(pack):
    qs = questions(pack)
    assert len(qs) >= 22
    counts = {
        cls: sum(isinstance(q, cls) for q in qs)
        for cls in (
            SingleChoiceQuestion,
            MultipleChoiceQuestion,
            TrueFalseQuestion,
            OrderingQuestion,
            MatchingQuestion,
        )
    }
    for cls, count in counts.items():
        assert count >= 3, f"only {count} {cls.TYPE} questions"


def test_every_answer_has_feedback_and_every_question_an_explanation(pack):
    for q in questions(pack):
        assert q.explanation.sv.strip(), q.id
        if isinstance(q, SingleChoiceQuestion | MultipleChoiceQuestion):
            missing = [o.text.sv for o in q.options if not (o.feedback and o.feedback.sv)]
            assert not missing, f"{q.id}: options without feedback: {missing}"
        elif isinstance(q, TrueFalseQuestion):
            assert q.feedback_true and q.feedback_false, q.id
        elif isinstance(q, OrderingQuestion):
            assert all(item.feedback for item in q.items), q.id
        elif isinstance(q, MatchingQuestion):
            assert all(pair.feedback for pair in q.pairs), q.id


def test_questions_point_at_a_teaching_step(pack):
    for q in questions(pack):
        target = pack.step(q.step)
        assert target is not None, f"{q.id} points at unknown step {q.step}"
        assert not isinstance(target, QuizStep), f"{q.id} points at a quiz"


def test_single_choice_has_exactly_one_right_answer(pack):
    for q in questions(pack):
        if isinstance(q, SingleChoiceQuestion):
            assert sum(o.correct for o in q.options) == 1, q.id
        if isinstance(q, MultipleChoiceQuestion):
            assert any(o.correct for o in q.options), q.id
            assert not all(o.correct for o in q.options), f"{q.id}: no wrong option to avoid"


def test_each_chapter_ends_with_a_quiz_and_the_pack_with_a_summary(pack):
    for chapter in pack.chapters[:-1]:
        assert isinstance(chapter.steps[-1], QuizStep), chapter.id
    last = pack.chapters[-1].steps
    assert isinstance(last[-2], QuizStep)
    assert isinstance(last[-1], SummaryStep)


def test_glossary_is_bilingual_and_complete(pack):
    (glossary,) = steps_of(pack, GlossaryStep)
    assert glossary.title.en
    terms = {t.id: t for t in glossary.terms}
    assert len(terms) >= 18
    assert set(terms) >= REQUIRED_TERMS, f"missing: {REQUIRED_TERMS - set(terms)}"
    for term in terms.values():
        assert term.term.en and term.definition.en, f"{term.id} lacks English"


def test_glossary_aliases_are_unambiguous(pack):
    owner: dict[str, str] = {}
    for term in pack.terms().values():
        for word in (term.term.sv, *term.aliases):
            key = word.lower()
            assert owner.setdefault(key, term.id) == term.id, (
                f"'{word}' would link to both {owner[key]} and {term.id}"
            )


def test_words_the_pages_use_are_linked_by_an_alias(pack):
    aliases = {a.lower() for t in pack.terms().values() for a in (t.term.sv, *t.aliases)}
    for word in ("arbetsplatsträffar", "arbetsplatsträffen", "samverka", "fullmäktige"):
        assert word in aliases, word


def test_checklist_items_have_help(pack):
    (checklist,) = steps_of(pack, ChecklistStep)
    assert 6 <= len(checklist.items) <= 10
    ids = [item.id for item in checklist.items]
    assert len(set(ids)) == len(ids)
    assert {"medarbetarsamtal", "forsta-apt", "skyddsombud", "enhetens-mal"} <= set(ids)
    for item in checklist.items:
        assert item.help and item.help.sv.strip(), item.id


def test_every_title_has_english(pack):
    assert pack.manifest.title.en
    for chapter in pack.chapters:
        assert chapter.title.en, chapter.id
        for step in chapter.steps:
            assert step.title.en, step.id


@pytest.mark.skipif(not SEED_OVERLAP.exists(), reason="seed overlap tool not on this machine")
def test_no_sentences_copied_from_the_sources():
    result = subprocess.run(
        [sys.executable, str(SEED_OVERLAP), str(PACK_DIR)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout

"""Typed, immutable model of a content pack. No Qt, no I/O.

The dataclasses here are the single source of truth for the pack format: the loader converts
YAML into them field by field (unknown keys are errors), and the JSON Schema is generated from
them. Each field's `metadata["doc"]` is the sentence an HR author sees in the schema and in
error messages, so keep it in plain words.

Conventions the loader relies on:
- A field without a default is required.
- `Text` accepts either a plain string (Swedish) or a mapping `{sv: ..., en: ...}`.
- `tuple[X, ...]` is a YAML list; `X | None` is optional.
- Step and question classes carry a `TYPE` class variable: the value of their YAML `type:` key.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import ClassVar, Literal

LANGUAGES = ("sv", "en")
Language = Literal["sv", "en"]


def doc(text: str, **kwargs):
    """A dataclass field with an author-facing description."""
    return field(metadata={"doc": text}, **kwargs)


@dataclass(frozen=True, slots=True)
class Text:
    """Text shown to the learner: Swedish always, English where the pack has it."""

    sv: str
    en: str | None = None

    def get(self, lang: str) -> str:
        """The text in `lang`, falling back to Swedish."""
        if lang == "en" and self.en:
            return self.en
        return self.sv

    def has(self, lang: str) -> bool:
        return bool(self.sv) if lang == "sv" else bool(self.en)


# --- Steps -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class StepBase:
    id: str = doc("Short identifier, unique in the pack (letters, digits, '-' and '_').")
    title: Text = doc("Heading of the step.")
    notes: Text | None = doc(
        "Speaker notes for presenter mode; never shown to learners.", default=None
    )

    TYPE: ClassVar[str] = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class ReadingStep(StepBase):
    """A page of text."""

    body: Text = doc("The page text, in Markdown.")

    TYPE: ClassVar[str] = "reading"


@dataclass(frozen=True, slots=True, kw_only=True)
class Person:
    name: str = doc("The person's name as they are presented.")
    role: Text = doc("Job title, e.g. 'förskollärare'.")
    workplace: Text | None = doc("Where they work, e.g. a unit or administration.", default=None)
    portrait: str | None = doc(
        "Image file inside the pack folder (PNG, JPEG or SVG). Without one, an avatar with the"
        " person's initials is drawn.",
        default=None,
    )
    portrait_alt: Text | None = doc("Describes the portrait for screen readers.", default=None)


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryStep(StepBase):
    """A colleague or manager tells about their work (retold in our own words)."""

    person: Person = doc("Who the story is about.")
    kind: Literal["colleague", "manager"] = doc("'colleague' or 'manager'.", default="colleague")
    body: Text = doc("The retelling, in Markdown.")
    values: tuple[Text, ...] = doc(
        "What the person values in their work, as short points.", default=()
    )

    TYPE: ClassVar[str] = "story"


@dataclass(frozen=True, slots=True, kw_only=True)
class PolicyStep(StepBase):
    """One policy area: what is expected of every employee and of every manager."""

    intro: Text | None = doc("Why this area matters, in Markdown.", default=None)
    employee: tuple[Text, ...] = doc("What is expected of you as an employee ('Som medarbetare').")
    manager: tuple[Text, ...] = doc("What is expected of a manager ('Som chef').")

    TYPE: ClassVar[str] = "policy"


@dataclass(frozen=True, slots=True, kw_only=True)
class ChecklistItem:
    id: str = doc("Identifier, unique within the checklist; ticks are saved under it.")
    text: Text = doc("The task, e.g. 'Boka ditt första medarbetarsamtal'.")
    help: Text | None = doc("A hint on how to do it, in Markdown.", default=None)


@dataclass(frozen=True, slots=True, kw_only=True)
class ChecklistStep(StepBase):
    """Tasks the learner ticks off; ticks are saved."""

    intro: Text | None = doc("Text above the list, in Markdown.", default=None)
    items: tuple[ChecklistItem, ...] = doc("The tasks, in the order they are shown.")

    TYPE: ClassVar[str] = "checklist"


@dataclass(frozen=True, slots=True, kw_only=True)
class Term:
    id: str = doc("Identifier; pages link to it as [word](term:ID).")
    term: Text = doc("The word or phrase, e.g. 'APT'.")
    definition: Text = doc("A plain explanation, in Markdown.")
    aliases: tuple[str, ...] = doc(
        "Other spellings that should link to this term when they appear in a page.", default=()
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class GlossaryStep(StepBase):
    """Words a new hire meets, each explained."""

    intro: Text | None = doc("Text above the terms, in Markdown.", default=None)
    terms: tuple[Term, ...] = doc("The terms; shown sorted alphabetically.")

    TYPE: ClassVar[str] = "glossary"


# --- Questions ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class QuestionBase:
    id: str = doc("Identifier, unique in the pack; answers are saved under it.")
    prompt: Text = doc("The question, in Markdown.")
    explanation: Text = doc("Why the right answer is right, shown after checking, in Markdown.")
    step: str = doc("Id of the step this question tests; the explanation links back to it.")

    TYPE: ClassVar[str] = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Option:
    text: Text = doc("The answer option.")
    correct: bool = doc("true if choosing this option is right.", default=False)
    feedback: Text | None = doc("Shown next to the option after checking.", default=None)


@dataclass(frozen=True, slots=True, kw_only=True)
class SingleChoiceQuestion(QuestionBase):
    """Exactly one option is correct."""

    options: tuple[Option, ...] = doc("Two or more options; exactly one has correct: true.")

    TYPE: ClassVar[str] = "single"


@dataclass(frozen=True, slots=True, kw_only=True)
class MultipleChoiceQuestion(QuestionBase):
    """One or more options are correct; the learner must choose all of them and no other."""

    options: tuple[Option, ...] = doc("Two or more options; at least one has correct: true.")

    TYPE: ClassVar[str] = "multiple"


@dataclass(frozen=True, slots=True, kw_only=True)
class TrueFalseQuestion(QuestionBase):
    """A statement that is either true or false."""

    answer: bool = doc("true if the statement in the prompt is true, false if it is false.")
    feedback_true: Text | None = doc("Shown when the learner answers 'Sant'.", default=None)
    feedback_false: Text | None = doc("Shown when the learner answers 'Falskt'.", default=None)

    TYPE: ClassVar[str] = "true_false"


@dataclass(frozen=True, slots=True, kw_only=True)
class OrderItem:
    text: Text = doc("One item to put in order.")
    feedback: Text | None = doc("Shown if this item ends up in the wrong place.", default=None)


@dataclass(frozen=True, slots=True, kw_only=True)
class OrderingQuestion(QuestionBase):
    """Put items in the right order. List them here in the correct order; the app shuffles them."""

    items: tuple[OrderItem, ...] = doc("Two or more items, in the correct order.")

    TYPE: ClassVar[str] = "ordering"


@dataclass(frozen=True, slots=True, kw_only=True)
class MatchPair:
    left: Text = doc("Shown fixed on the left.")
    right: Text = doc("The matching item the learner must choose for it.")
    feedback: Text | None = doc("Shown if this pair is matched wrongly.", default=None)


@dataclass(frozen=True, slots=True, kw_only=True)
class MatchingQuestion(QuestionBase):
    """Match each left item with its right item."""

    pairs: tuple[MatchPair, ...] = doc("Two or more pairs; every right item must differ.")

    TYPE: ClassVar[str] = "matching"


Question = (
    SingleChoiceQuestion
    | MultipleChoiceQuestion
    | TrueFalseQuestion
    | OrderingQuestion
    | MatchingQuestion
)
QUESTION_TYPES: dict[str, type] = {
    cls.TYPE: cls
    for cls in (
        SingleChoiceQuestion,
        MultipleChoiceQuestion,
        TrueFalseQuestion,
        OrderingQuestion,
        MatchingQuestion,
    )
}


@dataclass(frozen=True, slots=True, kw_only=True)
class QuizStep(StepBase):
    """Questions on what came before, with feedback."""

    intro: Text | None = doc("Text before the first question, in Markdown.", default=None)
    questions: tuple[Question, ...] = doc("The questions, in order.")
    shuffle: bool | None = doc(
        "Shuffle answer options each attempt; defaults to the pack's setting.", default=None
    )

    TYPE: ClassVar[str] = "quiz"


@dataclass(frozen=True, slots=True, kw_only=True)
class SummaryStep(StepBase):
    """The end: score per chapter, what to review, and the certificate."""

    body: Text | None = doc("Closing words, in Markdown.", default=None)

    TYPE: ClassVar[str] = "summary"


Step = ReadingStep | StoryStep | PolicyStep | ChecklistStep | GlossaryStep | QuizStep | SummaryStep
STEP_TYPES: dict[str, type] = {
    cls.TYPE: cls
    for cls in (
        ReadingStep,
        StoryStep,
        PolicyStep,
        ChecklistStep,
        GlossaryStep,
        QuizStep,
        SummaryStep,
    )
}


# --- Chapters and packs --------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Chapter:
    """One chapter file. Its id is the file name without '.yaml'."""

    title: Text = doc("Chapter heading, shown in the sidebar.")
    intro: Text | None = doc("A sentence on what the chapter covers.", default=None)
    steps: tuple[Step, ...] = doc("The steps of the chapter, in order.")
    id: str = doc("Set from the file name; do not write it in the file.", default="")


@dataclass(frozen=True, slots=True, kw_only=True)
class Theme:
    primary: str = doc(
        "Main colour as #rrggbb, used for headings and buttons; must contrast with white.",
        default="#1f4e79",
    )
    accent: str = doc("Second colour as #rrggbb, for highlights.", default="#b3541e")


@dataclass(frozen=True, slots=True, kw_only=True)
class Manifest:
    """pack.yaml: what the pack is and which chapters it has."""

    format: int = doc("Version of the pack format; currently 1.", default=1)
    id: str = doc("Short identifier of the pack, e.g. 'stockholm'; progress is saved under it.")
    organisation: Text = doc("The employer, e.g. 'Stockholms stad'.")
    title: Text = doc("Title of the introduction, shown in the window title and certificate.")
    description: Text | None = doc("One or two sentences shown in the pack chooser.", default=None)
    languages: tuple[Language, ...] = doc(
        "Languages the pack is written in: sv, en.", default=("sv",)
    )
    theme: Theme = doc("Colours of the organisation.", default=Theme())
    logo: str | None = doc("Logo image file inside the pack folder (SVG or PNG).", default=None)
    pass_mark: int = doc("Percent of quiz questions to answer right to pass (0-100).", default=80)
    shuffle: bool = doc("Shuffle answer options on each attempt.", default=True)
    chapters: tuple[str, ...] = doc(
        "Chapter files in order, without '.yaml' (e.g. 'valkommen' for valkommen.yaml)."
    )


@dataclass(frozen=True, slots=True)
class StepRef:
    """Where a step sits in the pack."""

    chapter: Chapter
    step: Step
    chapter_index: int
    index: int  # position in the whole pack, 0-based


@dataclass(frozen=True, slots=True, kw_only=True)
class Pack:
    manifest: Manifest
    chapters: tuple[Chapter, ...]
    root: str = ""  # the pack folder, as a POSIX path string; assets are relative to it

    @property
    def id(self) -> str:
        return self.manifest.id

    def step_refs(self) -> Iterator[StepRef]:
        index = 0
        for chapter_index, chapter in enumerate(self.chapters):
            for step in chapter.steps:
                yield StepRef(chapter, step, chapter_index, index)
                index += 1

    def steps(self) -> tuple[Step, ...]:
        return tuple(ref.step for ref in self.step_refs())

    def step(self, step_id: str) -> Step | None:
        return next((s for s in self.steps() if s.id == step_id), None)

    def terms(self) -> dict[str, Term]:
        """Every glossary term of the pack by id."""
        return {
            term.id: term
            for step in self.steps()
            if isinstance(step, GlossaryStep)
            for term in step.terms
        }

    def asset(self, relative: str) -> str:
        """POSIX path of an asset file inside the pack folder (the loader checked it exists)."""
        return str(PurePosixPath(self.root) / relative)

"""render_step: the read-only HTML of each step type, one template per type."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from markupsafe import Markup

from onboarding.content.models import (
    GlossaryStep,
    Pack,
    Person,
    Step,
    StoryStep,
    SummaryStep,
    Term,
    Text,
)
from onboarding.flow.scoring import whole_percent
from onboarding.rendering.avatar import avatar_data_uri
from onboarding.rendering.environment import Translate, identity, render_template
from onboarding.rendering.language import swedish_sort_key
from onboarding.rendering.markdown import plain_text, render_inline, render_markdown

SUMMARY_STATE_KEYS = ("learner", "scores", "correct", "total", "passed", "missed")


def pack_image_uri(pack: Pack, relative: str) -> str | None:
    """file:// URI of an image inside the pack folder; None when the pack has no folder
    (loaded from memory), since a relative path would resolve against the working directory."""
    if not pack.root:
        return None
    return Path(pack.asset(relative)).resolve().as_uri()


class _Page:
    """Helpers one page's template calls. They share `linked`, so each glossary term is
    linked once per page however many Markdown pieces the page has."""

    def __init__(self, lang: str, terms: Mapping[str, Term] | None, linked: set[str]):
        self.lang = lang
        self.terms = terms
        self.linked = linked

    def t(self, text: Text | None) -> str:
        return text.get(self.lang) if text is not None else ""

    def md(self, text: Text | str | None) -> Markup:
        html = render_markdown(text, lang=self.lang, terms=self.terms, linked=self.linked)
        return Markup(html)

    def inline(self, text: Text | str | None) -> Markup:
        html = render_inline(text, lang=self.lang, terms=self.terms, linked=self.linked)
        return Markup(html)

    def plain(self, text: Text | str | None) -> str:
        return plain_text(text, lang=self.lang)

    def context(self) -> dict[str, Any]:
        return {"t": self.t, "md": self.md, "inline": self.inline, "plain": self.plain}


def _story_context(pack: Pack, step: StoryStep, page: _Page) -> dict[str, Any]:
    person: Person = step.person
    src = pack_image_uri(pack, person.portrait) if person.portrait else None
    if src:
        alt = page.t(person.portrait_alt) or person.name
        return {"image_src": src, "image_alt": alt, "image_is_portrait": True}
    colour = pack.manifest.theme.accent if step.kind == "manager" else pack.manifest.theme.primary
    return {
        "image_src": avatar_data_uri(person.name, colour),
        "image_alt": person.name,
        "image_is_portrait": False,
    }


def _summary_context(pack: Pack, step: SummaryStep, state: Mapping[str, Any]) -> dict[str, Any]:
    missing = [key for key in SUMMARY_STATE_KEYS if key not in state]
    if missing:
        raise ValueError(f"render_step of a summary step needs state keys: {', '.join(missing)}")
    return {
        "learner": state["learner"],
        "scores": list(state["scores"]),
        "correct": state["correct"],
        "total": state["total"],
        "percent": whole_percent(state["correct"], state["total"]),
        "passed": bool(state["passed"]),
        "missed": list(state["missed"]),
        "pass_mark": pack.manifest.pass_mark,
    }


def render_step(
    pack: Pack,
    step: Step,
    *,
    lang: str,
    state: Mapping[str, Any] | None = None,
    tr: Translate = identity,
    linked: set[str] | None = None,
) -> str:
    """HTML fragment for the read-only part of `step` (template `<step type>.html.j2`).

    state: policy `{"narrow": bool}`; summary `{"learner", "scores", "correct", "total",
    "passed", "missed"}` (see docs/internals.md); other types ignore it. `linked` is the
    page's set of glossary term ids already linked: pass a set when the page renders more
    Markdown after this (quiz questions), so terms are linked once per page.
    """
    state = state or {}
    linked = linked if linked is not None else set()
    # On the glossary itself every term is right there: no popups to the same words.
    terms = None if isinstance(step, GlossaryStep) else pack.terms()
    page = _Page(lang, terms, linked)
    context: dict[str, Any] = {
        "pack": pack,
        "step": step,
        "lang": lang,
        "tr": tr,
        "state": state,
        **page.context(),
    }
    if isinstance(step, StoryStep):
        context.update(_story_context(pack, step, page))
    elif isinstance(step, GlossaryStep):
        context["terms"] = sorted(step.terms, key=lambda term: swedish_sort_key(page.t(term.term)))
    elif isinstance(step, SummaryStep):
        context.update(_summary_context(pack, step, state))
    elif step.TYPE == "policy":
        context["narrow"] = bool(state.get("narrow", False))
    return render_template(f"{step.TYPE}.html.j2", **context)


def render_term(term: Term, *, lang: str, tr: Translate = identity) -> str:
    """HTML for the popup shown when a `term:ID` link is clicked."""
    page = _Page(lang, None, set())
    return render_template("term.html.j2", term=term, lang=lang, tr=tr, **page.context())

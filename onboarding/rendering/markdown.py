"""Markdown from content packs -> HTML for QTextBrowser, with glossary terms linked.

Raw HTML in content is shown as text (markdown-it with `html: False` escapes it). Only links
the app knows how to follow survive: `term:ID`, `step:ID`, `http(s):` and `mailto:`; any other
link (`javascript:`, `file:`, relative paths) stays as its literal Markdown text. Images are
shown as their alt text, so content cannot make the app load files or reach the network.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from onboarding.content.models import Term, Text

ALLOWED_LINK_PREFIXES = ("term:", "step:", "http:", "https:", "mailto:")


def is_allowed_link(url: str) -> bool:
    return url.strip().lower().startswith(ALLOWED_LINK_PREFIXES)


def _render_image_as_alt(self, tokens, idx, options, env) -> str:
    from markdown_it.common.utils import escapeHtml

    return escapeHtml(self.renderInlineAsText(tokens[idx].children or [], options, env))


@cache
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
    md.validateLink = is_allowed_link
    md.add_render_rule("image", _render_image_as_alt)
    return md


# --- Glossary matching -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TermMatcher:
    pattern: re.Pattern[str] | None
    ids: dict[str, str]  # casefolded word -> term id


def _term_words(terms: Mapping[str, Term], lang: str) -> tuple[tuple[str, str], ...]:
    """(word, term id) for the term in `lang`, its Swedish form and every alias."""
    words: list[tuple[str, str]] = []
    for term_id, term in terms.items():
        for word in (term.term.get(lang), term.term.sv, *term.aliases):
            if word and word.strip():
                words.append((word.strip(), term_id))
    return tuple(words)


@lru_cache(maxsize=32)
def _matcher(words: tuple[tuple[str, str], ...]) -> TermMatcher:
    ids: dict[str, str] = {}
    for word, term_id in words:
        ids.setdefault(word.casefold(), term_id)
    if not ids:
        return TermMatcher(None, ids)
    # Longest first, so "arbetsplatsträffar" wins over "arbetsplatsträff". \w is Unicode-aware:
    # å, ä and ö are word characters, so "apt" never matches inside "kapten".
    alternatives = "|".join(re.escape(w) for w in sorted(ids, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
    return TermMatcher(pattern, ids)


def term_matcher(terms: Mapping[str, Term], lang: str) -> TermMatcher:
    """The compiled matcher for these terms in `lang` (cached: built once per pack and lang)."""
    return _matcher(_term_words(terms, lang))


def _text(content: str) -> Token:
    return Token("text", "", 0, content=content)


def _link_text(token: Token, matcher: TermMatcher, linked: set[str]) -> list[Token]:
    """Split one text token so each not-yet-linked term's first mention becomes a link."""
    text = token.content
    pieces: list[Token] = []
    position = 0
    for match in matcher.pattern.finditer(text):  # type: ignore[union-attr]
        term_id = matcher.ids.get(match.group(0).casefold())
        if term_id is None or term_id in linked:
            continue
        linked.add(term_id)
        if match.start() > position:
            pieces.append(_text(text[position : match.start()]))
        pieces.append(Token("link_open", "a", 1, attrs={"href": f"term:{term_id}"}))
        pieces.append(_text(match.group(0)))
        pieces.append(Token("link_close", "a", -1))
        position = match.end()
    if not pieces:
        return [token]
    if position < len(text):
        pieces.append(_text(text[position:]))
    return pieces


def _explicit_term_links(tokens: list[Token]) -> set[str]:
    found = set()
    for token in tokens:
        for child in token.children or ():
            href = child.attrGet("href") if child.type == "link_open" else None
            if isinstance(href, str) and href.startswith("term:"):
                found.add(href[len("term:") :])
    return found


def _auto_link(tokens: list[Token], matcher: TermMatcher, linked: set[str]) -> None:
    # A term the author linked by hand anywhere on this page is not linked again.
    linked.update(_explicit_term_links(tokens))
    in_heading = False
    for token in tokens:
        if token.type == "heading_open":
            in_heading = True
        elif token.type == "heading_close":
            in_heading = False
        elif token.type == "inline" and not in_heading and token.children:
            children: list[Token] = []
            link_depth = 0
            for child in token.children:
                if child.type == "link_open":
                    link_depth += 1
                elif child.type == "link_close":
                    link_depth -= 1
                if child.type == "text" and link_depth == 0:
                    children.extend(_link_text(child, matcher, linked))
                else:
                    children.append(child)  # code_inline, links, emphasis markers ...
            token.children = children


def _adapt_blocks(tokens: list[Token]) -> None:
    """Headings in content sit under the page's h1: `#` becomes h2. Tables get cell padding."""
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(int(token.tag[1]) + 1, 6)}"
        elif token.type == "table_open":
            token.attrSet("class", "md")
            token.attrSet("cellspacing", "0")
            token.attrSet("cellpadding", "6")


def render_markdown(
    text: str | Text | None,
    *,
    lang: str = "sv",
    terms: Mapping[str, Term] | None = None,
    linked: set[str] | None = None,
) -> str:
    """HTML for Markdown `text` (a `Text` is resolved with `lang`; None gives "").

    With `terms` (id -> Term, e.g. `pack.terms()`), the first mention of each term's word in
    `lang`, its Swedish form or an alias (case-insensitive, whole words, longest first) becomes
    a `term:ID` link, except inside links, code and headings. `linked` is the set of term ids
    already linked on this page; it is updated, so pass the same set for every piece of one page.
    """
    return _render(text, lang, terms, linked, inline=False)


def render_inline(
    text: str | Text | None,
    *,
    lang: str = "sv",
    terms: Mapping[str, Term] | None = None,
    linked: set[str] | None = None,
) -> str:
    """Like `render_markdown` for one short line (a list item): inline Markdown only, no <p>."""
    return _render(text, lang, terms, linked, inline=True)


def _render(
    text: str | Text | None,
    lang: str,
    terms: Mapping[str, Term] | None,
    linked: set[str] | None,
    *,
    inline: bool,
) -> str:
    if isinstance(text, Text):
        text = text.get(lang)
    if not text:
        return ""
    md = _parser()
    env: dict = {}
    if inline:
        tokens = md.parseInline(text, env)
    else:
        tokens = md.parse(text, env)
        _adapt_blocks(tokens)
    if terms:
        matcher = term_matcher(terms, lang)
        if matcher.pattern is not None:
            _auto_link(tokens, matcher, linked if linked is not None else set())
    return md.renderer.render(tokens, md.options, env)


def plain_text(text: str | Text | None, *, lang: str = "sv") -> str:
    """The words of Markdown `text` without markup (for a link label or a table cell)."""
    if isinstance(text, Text):
        text = text.get(lang)
    if not text:
        return ""
    parts: list[str] = []
    for token in _parser().parse(text):
        if token.type == "inline":
            for child in token.children or ():
                if child.type in ("text", "code_inline"):
                    parts.append(child.content)
                elif child.type in ("softbreak", "hardbreak"):
                    parts.append(" ")
        elif token.type in ("paragraph_close", "heading_close") and parts:
            parts.append(" ")
    return " ".join("".join(parts).split())

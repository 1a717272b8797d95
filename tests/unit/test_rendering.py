"""Rendering of steps and Markdown: escaping, glossary links, layout variants, speed."""

from __future__ import annotations

import re
import time
from html.parser import HTMLParser

import pytest
from jinja2 import StrictUndefined, UndefinedError

from onboarding.content.models import (
    Chapter,
    ChecklistItem,
    ChecklistStep,
    GlossaryStep,
    Manifest,
    Option,
    Pack,
    Person,
    PolicyStep,
    QuizStep,
    ReadingStep,
    SingleChoiceQuestion,
    StoryStep,
    SummaryStep,
    Term,
    Text,
    Theme,
)
from onboarding.flow.quiz import ChapterScore as Score
from onboarding.flow.quiz import MissedQuestion as Missed
from onboarding.rendering import (
    document_css,
    environment,
    high_contrast_css,
    plain_text,
    render_inline,
    render_markdown,
    render_step,
    render_term,
)
from onboarding.rendering.environment import render_template

EVIL = '<script>alert(1)</script><b onmouseover="steal()">x</b> [klick](javascript:alert(1))'


# --- A small pack built directly from the model -------------------------------------------

APT = Term(
    id="apt",
    term=Text("APT", "APT (workplace meeting)"),
    definition=Text("Arbetsplatsträff, ett möte om arbetet.", "Workplace meeting."),
    aliases=("arbetsplatsträff", "arbetsplatsträffar"),
)
SAMVERKAN = Term(id="samverkan", term=Text("Samverkan"), definition=Text("Tillsammans."))


def make_pack(*steps, text: str = "Vanlig text", root: str = "", terms=(APT, SAMVERKAN)) -> Pack:
    question = SingleChoiceQuestion(
        id="q1",
        prompt=Text(text),
        explanation=Text(text),
        step="read",
        options=(Option(text=Text(text), correct=True), Option(text=Text("Nej"))),
    )
    defaults = (
        ReadingStep(id="read", title=Text(text), body=Text(text)),
        StoryStep(
            id="story",
            title=Text(text),
            person=Person(name=text, role=Text(text), workplace=Text(text)),
            body=Text(text),
            values=(Text(text),),
        ),
        PolicyStep(
            id="policy",
            title=Text(text),
            intro=Text(text),
            employee=(Text(text), Text("Du går på APT.")),
            manager=(Text(text),),
        ),
        ChecklistStep(
            id="check",
            title=Text(text),
            intro=Text(text),
            items=(ChecklistItem(id="a", text=Text("Hämta nyckelkort")),),
        ),
        GlossaryStep(id="words", title=Text(text), intro=Text(text), terms=terms),
        QuizStep(id="quiz", title=Text(text), intro=Text(text), questions=(question,)),
        SummaryStep(id="end", title=Text(text), body=Text(text)),
    )
    chapter = Chapter(id="intro", title=Text(text), steps=tuple(steps) or defaults)
    manifest = Manifest(
        id="test",
        organisation=Text(text),
        title=Text(text),
        languages=("sv", "en"),
        chapters=("intro",),
    )
    return Pack(manifest=manifest, chapters=(chapter,), root=root)


def summary_state(text: str = "Anna", *, passed: bool = True, missed=None) -> dict:
    return {
        "learner": text,
        "scores": [Score("intro", Text(text), 3, 4), Score("policy", Text("Policy"), 2, 2)],
        "correct": 5,
        "total": 6,
        "passed": passed,
        "missed": [Missed("q1", Text(text), "read", Text(text))] if missed is None else missed,
    }


def state_for(step) -> dict | None:
    return summary_state() if step.TYPE == "summary" else None


class Tags(HTMLParser):
    """Every start tag with its attributes, and the heading levels in order."""

    def __init__(self, html: str):
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def names(self) -> list[str]:
        return [tag for tag, _ in self.tags]

    def hrefs(self) -> list[str]:
        return [attrs["href"] or "" for tag, attrs in self.tags if tag == "a" and "href" in attrs]

    def headings(self) -> list[int]:
        return [int(tag[1]) for tag, _ in self.tags if re.fullmatch(r"h[1-6]", tag)]


def assert_harmless(html: str) -> None:
    tags = Tags(html)
    assert "script" not in tags.names()
    for tag, attrs in tags.tags:
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
    for href in tags.hrefs():
        assert re.match(r"(term|step|https?|mailto):", href), href


# --- Escaping ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_step_template_escapes_content(lang):
    pack = make_pack(text=EVIL)
    for step in pack.steps():
        state = summary_state(EVIL) if step.TYPE == "summary" else None
        html = render_step(pack, step, lang=lang, state=state)
        assert_harmless(html)
        assert "&lt;script&gt;" in html, step.TYPE  # shown as text, not dropped silently


def test_evil_option_texts_and_prompts_render_as_text():
    html = render_markdown(EVIL)
    assert_harmless(html)
    assert "&lt;b onmouseover=" in html
    assert "[klick](javascript:alert(1))" in html  # the link stays literal Markdown
    assert plain_text("**Hej** [APT](term:apt)\n\nDå `kod`") == "Hej APT Då kod"
    assert "&lt;script&gt;" in render_inline(EVIL)


def test_term_popup_escapes_content():
    term = Term(id="x", term=Text(EVIL), definition=Text(EVIL), aliases=(EVIL,))
    html = render_term(term, lang="sv")
    assert_harmless(html)
    assert html.count("&lt;script&gt;") == 2  # aliases only drive matching: not shown


def test_learner_name_in_summary_is_escaped():
    pack = make_pack()
    step = pack.step("end")
    html = render_step(pack, step, lang="sv", state=summary_state('<img src="x" onerror="y">'))
    assert "<img" not in html
    assert "&lt;img src=&#34;x&#34; onerror=&#34;y&#34;&gt;" in html


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "file:///etc/passwd", "data:x", "x.html"]
)
def test_links_the_app_cannot_follow_are_neutralised(url):
    html = render_markdown(f"[link]({url}) <{url}>")
    assert "<a" not in html


@pytest.mark.parametrize(
    "url", ["term:apt", "step:policy-intro", "https://example.se/a?b=1", "mailto:hr@example.se"]
)
def test_links_the_app_follows_are_kept(url):
    assert Tags(render_markdown(f"[link]({url})")).hrefs() == [url]


def test_images_in_markdown_show_their_alt_text_only():
    html = render_markdown("![En <b>bild</b>](https://example.se/x.png)")
    assert "<img" not in html
    assert "En &lt;b&gt;bild&lt;/b&gt;" in html


def test_markdown_headings_sit_below_the_page_title():
    assert Tags(render_markdown("# Ett\n\n## Två\n\n###### Sex")).headings() == [2, 3, 6]


# --- Jinja environment ---------------------------------------------------------------------


def test_environment_is_strict_autoescaping_and_cached():
    env = environment()
    assert env is environment()
    assert env.undefined is StrictUndefined
    assert env.auto_reload is False
    assert env.from_string("{{ x }}").render(x="<b>") == "&lt;b&gt;"
    with pytest.raises(UndefinedError):
        env.from_string("{{ missing }}").render()
    assert env.get_template("reading.html.j2") is env.get_template("reading.html.j2")


def test_a_template_missing_a_variable_raises():
    with pytest.raises(UndefinedError):
        render_template("reading.html.j2", t=str, md=str)


# --- Glossary auto-links -------------------------------------------------------------------

TERMS = {"apt": APT, "samverkan": SAMVERKAN}


def term_links(html: str) -> list[str]:
    return [h for h in Tags(html).hrefs() if h.startswith("term:")]


def test_first_mention_of_a_term_is_linked_once():
    html = render_markdown("APT är viktigt. Gå på APT varje vecka.", terms=TERMS)
    assert html.count('<a href="term:apt">APT</a>') == 1
    assert html.index('<a href="term:apt">') < html.index("Gå på APT")


def test_alias_and_case_insensitive_match_keep_the_authors_spelling():
    html = render_markdown("Vi har Arbetsplatsträffar och apt.", terms=TERMS)
    assert '<a href="term:apt">Arbetsplatsträffar</a>' in html  # longest alias wins
    assert term_links(html) == ["term:apt"]
    assert '<a href="term:apt">apt</a>' in render_markdown("Vi har apt.", terms=TERMS)


def test_only_whole_words_match_with_swedish_letters_as_word_characters():
    terms = {"apt": APT, "bo": Term(id="bo", term=Text("bo"), definition=Text("x"))}
    html = render_markdown("Kaptenen bor i Åbo, boå och åapt aptö.", terms=terms)
    assert term_links(html) == []
    assert term_links(render_markdown("Vi bo (bo) här, APT:s möte.", terms=terms)) == [
        "term:bo",
        "term:apt",
    ]


def test_terms_are_not_linked_inside_links_code_or_headings():
    text = "# APT\n\n[Om APT](https://example.se) och `APT` och samverkan.\n\n    APT"
    html = render_markdown(text, terms=TERMS)
    assert term_links(html) == ["term:samverkan"]
    assert "<a href" not in html.split("</h2>")[0]


def test_an_explicit_term_link_is_not_repeated_automatically():
    html = render_markdown("APT först, sen [arbetsplatsträff](term:apt).", terms=TERMS)
    assert term_links(html) == ["term:apt"]
    assert '<a href="term:apt">arbetsplatsträff</a>' in html


def test_the_linked_set_spans_every_piece_of_one_page():
    linked: set[str] = set()
    first = render_markdown("Om APT.", terms=TERMS, linked=linked)
    second = render_markdown("Mer om APT och samverkan.", terms=TERMS, linked=linked)
    assert term_links(first) == ["term:apt"]
    assert term_links(second) == ["term:samverkan"]
    assert linked == {"apt", "samverkan"}


def test_english_pages_match_the_english_term_and_the_swedish_word():
    html = render_markdown("The APT (workplace meeting) is weekly.", lang="en", terms=TERMS)
    assert '<a href="term:apt">APT (workplace meeting)</a>' in html
    assert term_links(render_markdown("We call it APT.", lang="en", terms=TERMS)) == ["term:apt"]


def test_a_step_links_each_term_once_across_its_parts():
    pack = make_pack(
        PolicyStep(
            id="p",
            title=Text("APT"),
            intro=Text("Om APT."),
            employee=(Text("Du går på APT."), Text("Samverkan är bra.")),
            manager=(Text("Chefen leder APT."),),
        ),
        GlossaryStep(id="g", title=Text("Ord"), terms=(APT, SAMVERKAN)),
    )
    html = render_step(pack, pack.step("p"), lang="sv")
    assert term_links(html) == ["term:apt", "term:samverkan"]
    assert "<h1>APT</h1>" in html


def test_glossary_page_does_not_link_to_its_own_terms():
    pack = make_pack()
    html = render_step(pack, pack.step("words"), lang="sv")
    assert term_links(html) == []


# --- Step templates ------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_step_type_renders_with_one_h1_and_no_skipped_heading_level(lang):
    pack = make_pack()
    for step in pack.steps():
        levels = Tags(render_step(pack, step, lang=lang, state=state_for(step))).headings()
        assert levels[0] == 1 and levels.count(1) == 1, step.TYPE
        assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), step.TYPE


def test_reading_shows_title_and_body_in_the_language():
    step = ReadingStep(id="r", title=Text("Uppdraget", "Mission"), body=Text("**Hej**", "*Hi*"))
    pack = make_pack(step)
    assert render_step(pack, step, lang="sv").startswith("<h1>Uppdraget</h1>")
    assert "<strong>Hej</strong>" in render_step(pack, step, lang="sv")
    assert "<em>Hi</em>" in render_step(pack, step, lang="en")


def story(kind="colleague", portrait=None, alt=None):
    person = Person(
        name="Åsa Öberg",
        role=Text("rektor", "head teacher"),
        workplace=Text("Skolan"),
        portrait=portrait,
        portrait_alt=alt,
    )
    return StoryStep(
        id="s",
        title=Text("Åsa"),
        person=person,
        kind=kind,
        body=Text("Berättelsen."),
        values=(Text("Trygghet"), Text("Lärande")),
    )


def test_story_shows_avatar_person_and_values():
    step = story()
    html = render_step(make_pack(step), step, lang="en")
    images = [attrs for tag, attrs in Tags(html).tags if tag == "img"]
    assert len(images) == 1
    assert images[0]["src"].startswith("data:image/svg+xml;base64,")
    assert images[0]["alt"] == "Åsa Öberg"
    for text in ("Colleague", "Åsa Öberg", "head teacher", "Skolan", "Berättelsen."):
        assert text in html
    assert "<h2>What Åsa Öberg values</h2>" in html
    assert html.index("Trygghet") < html.index("Lärande")


def test_manager_story_is_labelled_as_manager_and_labels_are_translated():
    step = story(kind="manager")
    html = render_step(make_pack(step), step, lang="sv", tr=lambda s: {"Manager": "Chef"}.get(s, s))
    assert ">Chef<" in html
    assert "Colleague" not in html


def test_story_portrait_is_a_file_uri_with_alt_text(tmp_path):
    (tmp_path / "bilder").mkdir()
    (tmp_path / "bilder" / "asa.png").write_bytes(b"")
    step = story(portrait="bilder/asa.png", alt=Text("Åsa ler.", "Åsa smiles."))
    html = render_step(make_pack(step, root=tmp_path.as_posix()), step, lang="en")
    (image,) = [attrs for tag, attrs in Tags(html).tags if tag == "img"]
    assert image["src"] == (tmp_path / "bilder" / "asa.png").resolve().as_uri()
    assert image["alt"] == "Åsa smiles."


def test_story_portrait_without_pack_folder_falls_back_to_the_avatar():
    step = story(portrait="bilder/asa.png")
    html = render_step(make_pack(step), step, lang="sv")
    assert "data:image/svg+xml;base64," in html


def test_policy_puts_the_two_lists_side_by_side_or_stacked_when_narrow():
    pack = make_pack()
    step = pack.step("policy")
    wide = render_step(pack, step, lang="sv")
    narrow = render_step(pack, step, lang="sv", state={"narrow": True})
    for html in (wide, narrow):
        assert html.index("As an employee") < html.index("Du går på") < html.index("As a manager")
    assert Tags(wide).names().count("td") == 2
    assert "<table" not in narrow
    assert Tags(narrow).headings() == [1, 2, 2]


def test_checklist_and_quiz_render_title_and_intro_only():
    pack = make_pack()
    checklist = render_step(pack, pack.step("check"), lang="sv")
    assert "Vanlig text" in checklist
    assert "Hämta nyckelkort" not in checklist  # the page adds the items as widgets
    quiz = render_step(pack, pack.step("quiz"), lang="sv")
    assert Tags(quiz).names() == ["h1", "p"]


def test_glossary_sorts_terms_the_swedish_way_with_an_anchor_per_term():
    words = ["Övertid", "ärende", "Zon", "Åtgärd", "arbetsmiljö", "Bisyssla"]
    terms = tuple(
        Term(id=f"t{i}", term=Text(word), definition=Text(f"Om {word}."))
        for i, word in enumerate(words)
    )
    pack = make_pack(terms=terms)
    html = render_step(pack, pack.step("words"), lang="sv")
    order = [html.index(f"{w}</h2>") for w in words]
    assert [w for _, w in sorted(zip(order, words, strict=True))] == [
        "arbetsmiljö",
        "Bisyssla",
        "Zon",
        "Åtgärd",
        "ärende",
        "Övertid",
    ]
    anchors = [attrs["name"] for tag, attrs in Tags(html).tags if tag == "a" and "name" in attrs]
    assert sorted(anchors) == sorted(t.id for t in terms)


def test_glossary_sorts_by_the_displayed_language():
    terms = (
        Term(id="a", term=Text("Ärende", "Case"), definition=Text("x")),
        Term(id="b", term=Text("Bisyssla", "Side job"), definition=Text("x")),
    )
    pack = make_pack(terms=terms)
    html = render_step(pack, pack.step("words"), lang="en")
    assert html.index("Case") < html.index("Side job")


def test_summary_shows_scores_result_and_links_to_missed_steps():
    pack = make_pack()
    state = summary_state("Åsa")
    state["missed"] = [Missed("q1", Text("Vad är **APT**?"), "read", Text("Uppdraget"))]
    html = render_step(pack, pack.step("end"), lang="sv", state=state)
    assert "Results for Åsa" in html
    assert "3 of 4" in html and "75%" in html and "2 of 2" in html and "100%" in html
    assert "5 of 6" in html and "83%" in html  # total, rounded down
    assert "Passed." in html and "80%" in html  # the pack's pass mark
    assert "Vad är APT?" in html  # the prompt as plain words
    assert "step:read" in Tags(html).hrefs()
    assert "Go back to: Uppdraget" in html


def test_summary_when_not_passed_and_nothing_missed():
    pack = make_pack()
    failed = render_step(pack, pack.step("end"), lang="sv", state=summary_state(passed=False))
    assert "Not passed yet." in failed and "Passed." not in failed
    perfect = render_step(pack, pack.step("end"), lang="sv", state=summary_state(missed=[]))
    assert "You answered every question correctly." in perfect
    assert "step:" not in perfect


def test_summary_without_a_learner_name_or_questions():
    pack = make_pack()
    state = {**summary_state(), "learner": None, "scores": [], "correct": 0, "total": 0}
    html = render_step(pack, pack.step("end"), lang="sv", state=state)
    assert "Results for" not in html
    assert "This introduction has no quiz questions." in html


def test_summary_without_state_says_which_keys_are_missing():
    pack = make_pack()
    with pytest.raises(ValueError, match="learner, scores, correct, total, passed, missed"):
        render_step(pack, pack.step("end"), lang="sv")


def test_term_popup_shows_term_and_definition_in_the_language():
    html = render_term(APT, lang="en")
    assert Tags(html).headings() == [1]
    assert "<h1>APT (workplace meeting)</h1>" in html
    assert "Workplace meeting." in html
    assert "<h1>APT</h1>" in render_term(APT, lang="sv")


# --- Speed ---------------------------------------------------------------------------------


def test_a_step_switch_renders_in_well_under_a_few_milliseconds():
    pack = make_pack(text="Vi har APT och samverkan varje vecka. " * 20)
    steps = [s for s in pack.steps() if s.TYPE != "summary"]
    for step in steps:  # warm up: templates compile once
        render_step(pack, step, lang="sv")
    rounds = 50
    start = time.perf_counter()
    for _ in range(rounds):
        for step in steps:
            render_step(pack, step, lang="sv")
    per_step = (time.perf_counter() - start) / (rounds * len(steps))
    assert per_step < 0.003, f"{per_step * 1000:.2f} ms per step"


# --- In Qt ---------------------------------------------------------------------------------


def anchor_names(document) -> set[str]:
    names: set[str] = set()
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            names.update(iterator.fragment().charFormat().anchorNames())
            iterator += 1
        block = block.next()
    return names


def test_qt_shows_every_step_without_warnings_and_finds_glossary_anchors(qtbot):
    from PySide6.QtWidgets import QTextBrowser

    from onboarding.rendering import document_css

    pack = make_pack(text="Om APT och samverkan.")
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.document().setDefaultStyleSheet(document_css(pack.manifest.theme))
    for step in pack.steps():
        browser.setHtml(render_step(pack, step, lang="sv", state=state_for(step)))
        assert "Om APT och samverkan." in browser.toPlainText(), step.TYPE
        if step.TYPE == "glossary":
            assert {"apt", "samverkan"} <= anchor_names(browser.document())


@pytest.mark.parametrize(
    "css",
    [
        document_css(Theme()),
        high_contrast_css(),
        high_contrast_css(dark=True),
    ],
)
def test_every_document_stylesheet_gives_the_body_a_background(css):
    # The app's document views paint nothing beneath their document (see ContentBrowser):
    # the body's background is what fills them.
    body = re.search(r"^body \{([^}]*)\}", css, re.MULTILINE)
    assert body and re.search(r"background-color: #[0-9a-f]{6};", body.group(1))

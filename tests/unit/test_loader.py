"""The content loader on inline YAML: a valid pack round trip and every kind of problem, each
with the exact file, line and column an author would look at."""

from textwrap import dedent

import pytest

from onboarding.content import models as m
from onboarding.content.checks import contrast_with_white
from onboarding.content.errors import PackError, Problem
from onboarding.content.loader import load_pack_files

MANIFEST = dedent(
    """\
    format: 1
    id: test
    organisation: Testkommunen
    title: Välkommen
    chapters: [intro]
    """
)

FULL_MANIFEST = dedent(
    """\
    format: 1
    id: full
    organisation: {sv: Testkommunen, en: Test Municipality}
    title: {sv: Välkommen, en: Welcome}
    description: En kort introduktion.
    languages: [sv, en]
    theme: {primary: "#00558c", accent: "#8a3a12"}
    logo: logo.svg
    pass_mark: 75
    shuffle: false
    chapters: [intro, avslutning]
    """
)

FULL_INTRO = dedent(
    """\
    title: {sv: Introduktion, en: Introduction}
    intro: Om kommunen.
    steps:
      - id: las
        type: reading
        title: {sv: Läs, en: Read}
        body: |
          Se [ordlistan](step:ord) och
          vad [APT](term:apt) är.
        notes: Fråga gruppen.
      - id: berattelse
        type: story
        kind: manager
        title: {sv: Chefen, en: The manager}
        person:
          name: Anna
          role: {sv: rektor, en: head teacher}
          workplace: Skolan
          portrait: bilder/anna.png
          portrait_alt: Anna ler.
        body: Anna berättar.
        values: [Tillit, Öppenhet]
      - id: policy
        type: policy
        title: {sv: Policy, en: Policy}
        intro: Varför.
        employee: [Du deltar.]
        manager: [Chefen leder.]
      - id: lista
        type: checklist
        title: {sv: Lista, en: List}
        items:
          - {id: a, text: Gör A, help: Så här.}
          - {id: b, text: Gör B}
      - id: ord
        type: glossary
        title: {sv: Ordlista, en: Glossary}
        terms:
          - id: apt
            term: {sv: APT, en: APT}
            definition: {sv: Arbetsplatsträff., en: Workplace meeting.}
            aliases: [arbetsplatsträff]
    """
)

FULL_END = dedent(
    """\
    title: {sv: Avslutning, en: The end}
    steps:
      - id: quiz
        type: quiz
        title: {sv: Quiz, en: Quiz}
        shuffle: false
        questions:
          - id: q1
            type: single
            prompt: Vilken?
            step: las
            explanation: Därför.
            options:
              - {text: Ja, correct: true, feedback: Rätt.}
              - {text: Nej}
          - id: q2
            type: multiple
            prompt: Vilka?
            step: policy
            explanation: Båda.
            options:
              - {text: A, correct: yes}
              - {text: B, correct: true}
              - {text: C}
          - id: q3
            type: true_false
            prompt: Stämmer det?
            step: berattelse
            explanation: Nej.
            answer: false
            feedback_true: Inte riktigt.
            feedback_false: Rätt.
          - id: q4
            type: ordering
            prompt: Ordna.
            step: lista
            explanation: Så.
            items:
              - text: Först
              - {text: Sedan, feedback: Efter.}
          - id: q5
            type: matching
            prompt: Para ihop.
            step: ord
            explanation: Så.
            pairs:
              - {left: APT, right: Arbetsplatsträff}
              - {left: MBL, right: Medbestämmandelagen, feedback: Lagen.}
      - id: slut
        type: summary
        title: {sv: Slut, en: End}
        body: Bra jobbat!
    """
)


def full_pack() -> dict[str, str]:
    return {"pack.yaml": FULL_MANIFEST, "intro.yaml": FULL_INTRO, "avslutning.yaml": FULL_END}


def problems_of(files: dict[str, str], root: str | None = None) -> list[Problem]:
    with pytest.raises(PackError) as caught:
        load_pack_files(files, root)
    assert caught.value.problems, "PackError without problems"
    return caught.value.problems


def chapter_problems(chapter: str, manifest: str = MANIFEST) -> list[Problem]:
    return problems_of({"pack.yaml": manifest, "intro.yaml": dedent(chapter)})


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, "\n".join(map(str, problems))
    return problems[0]


def assert_problem(problem: Problem, file: str, line: int, column: int, *fragments: str):
    assert (problem.file, problem.line, problem.column) == (file, line, column), str(problem)
    for fragment in fragments:
        assert fragment in problem.message, str(problem)


# --- A valid pack ---------------------------------------------------------------------------


def test_full_pack_round_trip_builds_every_step_and_question_type():
    pack = load_pack_files(full_pack())

    manifest = pack.manifest
    assert manifest.id == "full" and pack.id == "full"
    assert manifest.organisation == m.Text("Testkommunen", "Test Municipality")
    assert manifest.languages == ("sv", "en")
    assert manifest.theme == m.Theme(primary="#00558c", accent="#8a3a12")
    assert (manifest.logo, manifest.pass_mark, manifest.shuffle) == ("logo.svg", 75, False)
    assert manifest.format == 1
    assert [c.id for c in pack.chapters] == ["intro", "avslutning"]
    assert pack.chapters[0].intro == m.Text("Om kommunen.")

    steps = pack.steps()
    assert [type(s) for s in steps] == [
        m.ReadingStep,
        m.StoryStep,
        m.PolicyStep,
        m.ChecklistStep,
        m.GlossaryStep,
        m.QuizStep,
        m.SummaryStep,
    ]
    reading, story, policy, checklist, glossary, quiz, summary = steps
    assert reading.body.sv == "Se [ordlistan](step:ord) och\nvad [APT](term:apt) är.\n"
    assert reading.notes == m.Text("Fråga gruppen.")
    assert story.kind == "manager"
    assert story.person == m.Person(
        name="Anna",
        role=m.Text("rektor", "head teacher"),
        workplace=m.Text("Skolan"),
        portrait="bilder/anna.png",
        portrait_alt=m.Text("Anna ler."),
    )
    assert story.values == (m.Text("Tillit"), m.Text("Öppenhet"))
    assert policy.employee == (m.Text("Du deltar."),) and policy.manager == (
        m.Text("Chefen leder."),
    )
    assert checklist.items[0] == m.ChecklistItem(
        id="a", text=m.Text("Gör A"), help=m.Text("Så här.")
    )
    assert checklist.items[1].help is None
    assert pack.terms()["apt"].aliases == ("arbetsplatsträff",)
    assert quiz.shuffle is False
    q1, q2, q3, q4, q5 = quiz.questions
    assert isinstance(q1, m.SingleChoiceQuestion) and q1.step == "las"
    assert [o.correct for o in q1.options] == [True, False]
    assert q1.options[0].feedback == m.Text("Rätt.")
    assert isinstance(q2, m.MultipleChoiceQuestion)
    assert [o.correct for o in q2.options] == [True, True, False]
    assert isinstance(q3, m.TrueFalseQuestion) and q3.answer is False
    assert isinstance(q4, m.OrderingQuestion) and q4.items[1].feedback == m.Text("Efter.")
    assert isinstance(q5, m.MatchingQuestion) and q5.pairs[1].right.sv == "Medbestämmandelagen"
    assert summary.body == m.Text("Bra jobbat!")
    assert pack.root == ""


def test_defaults_apply_when_optional_keys_are_left_out():
    pack = load_pack_files(
        {
            "pack.yaml": MANIFEST,
            "intro.yaml": "title: Intro\nsteps:\n  - {id: a, type: summary, title: Slut}\n",
        }
    )
    assert pack.manifest.languages == ("sv",)
    assert pack.manifest.theme == m.Theme()
    assert (pack.manifest.pass_mark, pack.manifest.shuffle, pack.manifest.logo) == (80, True, None)
    assert pack.chapters[0].id == "intro"


def test_numbers_and_words_where_text_is_expected_are_taken_as_written():
    pack = load_pack_files(
        {
            "pack.yaml": MANIFEST,
            "intro.yaml": dedent(
                """\
                title: 2024
                steps:
                  - id: 12
                    type: reading
                    title: yes
                    body: 1.50
                """
            ),
        }
    )
    step = pack.steps()[0]
    assert pack.chapters[0].title == m.Text("2024")
    assert (step.id, step.title.sv, step.body.sv) == ("12", "yes", "1.50")


def test_a_bom_at_the_start_is_ignored():
    pack = load_pack_files(
        {
            "pack.yaml": "\ufeff" + MANIFEST,
            "intro.yaml": "title: I\nsteps: [{id: a, type: summary, title: S}]\n",
        }
    )
    assert pack.id == "test"


# --- YAML itself ------------------------------------------------------------------------------


def test_yaml_syntax_error_points_at_the_problem_mark():
    problem = only(chapter_problems("title: [Intro, Mer\nsteps: []\n"))
    assert_problem(problem, "intro.yaml", 2, 6, "YAML syntax error", "expected ',' or ']'")


def test_a_colon_in_a_value_gets_a_hint():
    problem = only(chapter_problems("title: Intro\nintro: Klockan: nio\nsteps: []\n"))
    assert_problem(problem, "intro.yaml", 2, 15, "YAML syntax error", "in quotes")


def test_empty_file_is_a_clear_error():
    assert_problem(only(chapter_problems("")), "intro.yaml", 1, 1, "The file is empty")
    assert_problem(only(chapter_problems("# bara en kommentar\n")), "intro.yaml", 1, 1, "empty")


@pytest.mark.parametrize(("text", "found"), [("- a\n- b\n", "a list"), ("Hej\n", "the text 'Hej'")])
def test_top_level_must_be_a_mapping(text, found):
    problem = only(chapter_problems(text))
    assert_problem(problem, "intro.yaml", 1, 1, "must hold keys with values", found)


def test_duplicate_mapping_keys_are_errors():
    problems = chapter_problems(
        "title: Intro\nsteps: [{id: a, type: summary, title: S}]\ntitle: Igen\n"
    )
    assert_problem(only(problems), "intro.yaml", 3, 1, "title: this key is written twice", "line 1")


def test_duplicate_language_keys_in_a_text_are_errors():
    problem = only(
        chapter_problems("title: {sv: A, sv: B}\nsteps: [{id: a, type: summary, title: S}]\n")
    )
    assert_problem(problem, "intro.yaml", 1, 16, "title.sv: this key is written twice")


def test_aliases_are_refused():
    chapter = dedent(
        """\
        title: &rubrik Intro
        steps:
          - {id: a, type: summary, title: *rubrik}
        """
    )
    problem = only(chapter_problems(chapter))
    assert_problem(problem, "intro.yaml", 1, 8, "anchors and aliases", "not allowed")


def test_an_anchor_without_alias_is_refused_too():
    problem = only(
        chapter_problems("title: &rubrik Intro\nsteps: [{id: a, type: summary, title: S}]\n")
    )
    assert_problem(problem, "intro.yaml", 1, 8, "anchors (&rubrik) are not allowed")


def test_an_alias_expansion_bomb_is_refused_at_once():
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 30)]
    problems = chapter_problems("\n".join(lines) + "\n")
    assert problems and all("not allowed" in p.message for p in problems)
    assert {p.file for p in problems} == {"intro.yaml"}


def test_a_text_cut_at_a_comma_in_braces_gets_a_hint():
    chapter = "title: {sv: Hej, världen, en: Hello}\nsteps: [{id: a, type: summary, title: S}]\n"
    problem = only(chapter_problems(chapter))
    assert_problem(problem, "intro.yaml", 1, 18, "title.världen", "cut at a comma", "quotes")


def test_python_and_custom_tags_are_refused():
    chapter = (
        "title: !!python/object:os.system Intro\n"
        "intro: !mine x\n"
        "steps: [{id: a, type: summary, title: S}]\n"
    )
    first, second = chapter_problems(chapter)
    assert_problem(first, "intro.yaml", 1, 8, "'!!python/object:os.system' is not allowed")
    assert_problem(second, "intro.yaml", 2, 8, "'!mine' is not allowed")


def test_files_over_one_mebibyte_are_refused_without_parsing():
    big = "title: Intro\nintro: |\n" + ("  " + "x" * 99 + "\n") * 11000 + "steps: []\n"
    problem = only(chapter_problems(big))
    assert_problem(problem, "intro.yaml", 1, 1, "at most 1 MiB")


# --- Keys and types -------------------------------------------------------------------------


STEP_WITH_TYPO = """\
title: Intro
steps:
  - id: a
    type: reading
    titel: Läs
    body: Text.
"""


def test_unknown_key_suggests_the_closest_known_key():
    first, second = chapter_problems(STEP_WITH_TYPO)
    assert_problem(
        first, "intro.yaml", 3, 5, "steps[0].title: this is required (Heading of the step)."
    )
    assert_problem(second, "intro.yaml", 5, 5, "steps[0].titel: unknown key; did you mean 'title'?")


def test_unknown_key_without_a_close_match_lists_the_allowed_keys():
    problem = only(
        chapter_problems("title: Intro\nfärg: blå\nsteps: [{id: a, type: summary, title: S}]\n")
    )
    assert_problem(
        problem, "intro.yaml", 2, 1, "färg: unknown key; allowed keys are title, intro, steps."
    )


def test_missing_required_nested_key_names_the_path_and_the_doc():
    chapter = """\
    title: Intro
    steps:
      - id: anna
        type: story
        title: Anna
        body: Text.
        person:
          name: Anna
    """
    problem = only(chapter_problems(chapter))
    assert_problem(
        problem,
        "intro.yaml",
        8,
        7,
        "steps[0].person.role: this is required (Job title, e.g. 'förskollärare').",
    )


@pytest.mark.parametrize(
    ("step", "path", "line", "column", "expected"),
    [
        (
            "{id: a, type: story, title: T, body: B, person: {name: A, role: R}, values: Tillit}",
            "steps[0].values",
            3,
            79,
            "expected a list",
        ),
        (
            "{id: a, type: reading, title: [A, B], body: B}",
            "steps[0].title",
            3,
            33,
            "expected text",
        ),
        (
            "{id: a, type: quiz, title: T, shuffle: kanske, questions: []}",
            "steps[0].shuffle",
            3,
            42,
            "expected true or false, found the text 'kanske'",
        ),
        (
            "{id: a, type: story, kind: boss, title: T, body: B, person: {name: A, role: R}}",
            "steps[0].kind",
            3,
            30,
            "'boss' is not allowed here; use one of colleague, manager",
        ),
        ("{id: a, type: reading, title: T, body: }", "steps[0].body", 3, 42, "this needs a value"),
        (
            "{id: a, type: reading, title: '  ', body: B}",
            "steps[0].title",
            3,
            33,
            "this text is empty",
        ),
        (
            "{id: a, type: reading, title: {en: Read}, body: B}",
            "steps[0].title.sv",
            3,
            33,
            "the Swedish text is required",
        ),
        (
            "{id: a, type: reading, title: {sv: A, de: B}, body: B}",
            "steps[0].title.de",
            3,
            41,
            "not a language",
        ),
        ("Läs mer", "steps[0]", 3, 3, "expected a step"),
    ],
)
def test_wrong_types_say_what_was_expected(step, path, line, column, expected):
    problem = only(chapter_problems(f"title: Intro\nsteps:\n- {step}\n"))
    assert_problem(problem, "intro.yaml", line, column, f"{path}: ", expected)


def test_pass_mark_must_be_a_whole_number():
    problem = only(
        problems_of(
            {
                "pack.yaml": MANIFEST + "pass_mark: högt\n",
                "intro.yaml": "title: I\nsteps: [{id: a, type: summary, title: S}]\n",
            }
        )
    )
    assert_problem(
        problem, "pack.yaml", 6, 12, "pass_mark: expected a whole number", "(Percent of quiz"
    )


def test_bad_step_type_lists_the_allowed_ones():
    problem = only(chapter_problems("title: Intro\nsteps:\n  - {id: a, type: quizz, title: T}\n"))
    assert_problem(
        problem,
        "intro.yaml",
        3,
        19,
        "steps[0].type: 'quizz' is not a step type; use one of reading, story, policy, checklist,"
        " glossary, quiz, summary; did you mean 'quiz'?",
    )


def test_missing_step_type_is_required():
    problem = only(chapter_problems("title: Intro\nsteps:\n  - {id: a, title: T}\n"))
    assert_problem(problem, "intro.yaml", 3, 5, "steps[0].type: this is required", "reading, story")


def test_bad_question_type_lists_the_allowed_ones():
    chapter = """\
    title: Intro
    steps:
      - id: a
        type: quiz
        title: Quiz
        questions:
          - {id: q, type: choice, prompt: P, explanation: E, step: a}
    """
    problem = only(chapter_problems(chapter))
    assert_problem(
        problem,
        "intro.yaml",
        7,
        23,
        "steps[0].questions[0].type: 'choice' is not a question type;",
        "single, multiple, true_false, ordering, matching",
    )


@pytest.mark.parametrize("bad_id", ["två ord", "'å'", "a/b", "''"])
def test_ids_must_use_letters_digits_dash_and_underscore(bad_id):
    problem = only(
        chapter_problems(f"title: Intro\nsteps:\n  - {{id: {bad_id}, type: summary, title: S}}\n")
    )
    assert_problem(problem, "intro.yaml", 3, 10, "steps[0].id:", "not a valid id")


def test_chapter_id_comes_from_the_file_name_and_may_not_be_written():
    problem = only(
        chapter_problems("id: annat\ntitle: Intro\nsteps: [{id: a, type: summary, title: S}]\n")
    )
    assert_problem(problem, "intro.yaml", 1, 1, "id: leave the id out", "('intro')")


# --- Ids and references across the pack -------------------------------------------------------


def two_chapters(first: str, second: str) -> list[Problem]:
    manifest = MANIFEST.replace("chapters: [intro]", "chapters: [intro, mer]")
    return problems_of(
        {"pack.yaml": manifest, "intro.yaml": dedent(first), "mer.yaml": dedent(second)}
    )


def test_duplicate_step_ids_across_files():
    problem = only(
        two_chapters(
            "title: A\nsteps:\n  - {id: start, type: summary, title: S}\n",
            "title: B\nsteps:\n"
            "  - {id: ok, type: summary, title: S}\n"
            "  - {id: start, type: summary, title: S}\n",
        )
    )
    assert_problem(
        problem,
        "mer.yaml",
        4,
        10,
        "steps[1].id: the step id 'start' is already used (intro.yaml, line 3)",
    )


QUIZ = """\
  - id: {step_id}
    type: quiz
    title: Q
    questions:
      - id: {question_id}
        type: true_false
        prompt: P
        explanation: E
        step: {target}
        answer: true
"""


def test_duplicate_question_ids_across_files():
    first = "title: A\nsteps:\n" + QUIZ.format(step_id="q1", question_id="fraga", target="q1")
    second = "title: B\nsteps:\n" + QUIZ.format(step_id="q2", question_id="fraga", target="q1")
    problem = only(two_chapters(first, second))
    assert_problem(
        problem,
        "mer.yaml",
        7,
        13,
        "steps[0].questions[0].id: the question id 'fraga' is already used (intro.yaml, line 7)",
    )


def test_question_pointing_at_a_missing_step():
    chapter = "title: A\nsteps:\n" + QUIZ.format(step_id="quiz", question_id="q", target="qiuz")
    problem = only(chapter_problems(chapter))
    assert_problem(
        problem,
        "intro.yaml",
        11,
        15,
        "steps[0].questions[0].step: there is no step with id 'qiuz'; did you mean 'quiz'?",
    )


def test_a_broken_step_does_not_also_cause_missing_step_errors():
    chapter = "title: A\nsteps:\n  - {id: las, type: raeding, title: T}\n" + QUIZ.format(
        step_id="quiz", question_id="q", target="las"
    )
    assert_problem(
        only(chapter_problems(chapter)), "intro.yaml", 3, 21, "'raeding' is not a step type"
    )


def test_duplicate_checklist_item_ids():
    chapter = """\
    title: A
    steps:
      - id: lista
        type: checklist
        title: L
        items:
          - {id: a, text: Ett}
          - {id: a, text: Två}
    """
    problem = only(chapter_problems(chapter))
    assert_problem(
        problem, "intro.yaml", 8, 14, "steps[0].items[1].id: the id 'a' is already used by items[0]"
    )


def test_duplicate_term_ids_across_glossaries():
    glossary = (
        "  - id: {sid}\n    type: glossary\n    title: G\n    terms:\n"
        "      - {{id: apt, term: APT, definition: D}}\n"
    )
    problem = only(
        two_chapters(
            "title: A\nsteps:\n" + glossary.format(sid="g1"),
            "title: B\nsteps:\n" + glossary.format(sid="g2"),
        )
    )
    assert_problem(
        problem, "mer.yaml", 7, 14, "the term id 'apt' is already used (intro.yaml, line 7)"
    )


def test_markdown_links_to_missing_steps_and_terms_point_at_the_link():
    chapter = """\
    title: A
    steps:
      - id: las
        type: reading
        title: Läs
        body: |
          Läs [policyn](step:policy) först.
          Sedan [APT](term:apt) och [mer](step:las).
      - {id: slut, type: summary, title: S, body: "Se [början](step:lass)"}
    """
    first, second, third = chapter_problems(chapter)
    assert_problem(
        first, "intro.yaml", 7, 20, "steps[0].body: the link (step:policy) points to no step"
    )
    assert_problem(
        second, "intro.yaml", 8, 18, "steps[0].body: the link (term:apt) points to no term"
    )
    assert_problem(
        third, "intro.yaml", 9, 59, "steps[1].body: the link (step:lass)", "did you mean 'las'?"
    )


# --- Manifest rules ---------------------------------------------------------------------------

SIMPLE_CHAPTER = "title: Intro\nsteps: [{id: a, type: summary, title: S}]\n"


def manifest_problems(extra: str, base: str = MANIFEST) -> list[Problem]:
    return problems_of({"pack.yaml": base + extra, "intro.yaml": SIMPLE_CHAPTER})


def test_chapter_listed_but_file_missing():
    manifest = MANIFEST.replace("chapters: [intro]", "chapters: [intro, saknas]")
    problem = only(problems_of({"pack.yaml": manifest, "intro.yaml": SIMPLE_CHAPTER}))
    assert_problem(
        problem, "pack.yaml", 5, 19, "chapters[1]: the chapter file 'saknas.yaml' is missing"
    )


def test_missing_pack_yaml():
    problem = only(problems_of({"intro.yaml": SIMPLE_CHAPTER}))
    assert_problem(problem, "pack.yaml", 1, 1, "pack.yaml file is missing")


@pytest.mark.parametrize(
    ("extra", "line", "column", "fragment"),
    [
        ("format: 2\n", 1, 9, "format: this app reads pack format 1"),
        ("pass_mark: 101\n", 6, 12, "pass_mark: 101 is not a percentage"),
        ("pass_mark: -1\n", 6, 12, "pass_mark: -1 is not a percentage"),
        ("languages: [en]\n", 6, 12, "languages: must include sv"),
        (
            "languages: [sv, de]\n",
            6,
            17,
            "languages[1]: 'de' is not allowed here; use one of sv, en",
        ),
        ("languages: [sv, sv]\n", 6, 12, "languages: a language is listed twice"),
        ("theme: {primary: '#ffcc00'}\n", 6, 18, "theme.primary: #ffcc00 has a contrast of 1.5:1"),
        (
            "theme: {accent: 'röd'}\n",
            6,
            17,
            "theme.accent: 'röd' is not a colour; write it as #rrggbb",
        ),
        ("theme: {primary: '#12345'}\n", 6, 18, "theme.primary: '#12345' is not a colour"),
        ("logo: logo.gif\n", 6, 7, "logo: 'logo.gif' is not a supported image type; use PNG, SVG"),
        ("logo: /etc/logo.png\n", 6, 7, "logo: write the path relative to the pack folder"),
        ("logo: C:\\bilder\\logo.png\n", 6, 7, "logo: write the path relative to the pack folder"),
        ("logo: ../annat/logo.png\n", 6, 7, "logo: '../annat/logo.png' leaves the pack folder"),
    ],
)
def test_manifest_rules(extra, line, column, fragment):
    base = MANIFEST.replace("format: 1\n", "") if extra.startswith("format") else MANIFEST
    text = extra + base if extra.startswith("format") else base + extra
    problems = problems_of({"pack.yaml": text, "intro.yaml": SIMPLE_CHAPTER})
    problem = only([p for p in problems if p.file == "pack.yaml"])
    assert_problem(problem, "pack.yaml", line, column, fragment)


def test_bad_chapter_names_are_reported_once():
    manifest = MANIFEST.replace("chapters: [intro]", "chapters: [intro, ../hemligt, intro]")
    first, second = problems_of({"pack.yaml": manifest, "intro.yaml": SIMPLE_CHAPTER})
    assert_problem(
        first, "pack.yaml", 5, 19, "chapters[1]: '../hemligt' is not a valid chapter name"
    )
    assert_problem(second, "pack.yaml", 5, 31, "chapters[2]: the chapter 'intro' is listed twice")


def test_wcag_contrast_against_white():
    assert contrast_with_white("#ffffff") == pytest.approx(1.0)
    assert contrast_with_white("#000000") == pytest.approx(21.0)
    assert contrast_with_white("#767676") == pytest.approx(4.54, abs=0.01)  # the AA edge
    assert contrast_with_white("#777777") < 4.5


def test_english_is_required_for_titles_and_terms_when_the_pack_offers_it():
    manifest = MANIFEST.replace("title: Välkommen", "title: Välkommen\nlanguages: [sv, en]")
    chapter = """\
    title: Intro
    steps:
      - {id: a, type: reading, title: {sv: Läs}, body: Text utan engelska är okej.}
      - id: g
        type: glossary
        title: {sv: Ord, en: Words}
        terms:
          - {id: apt, term: APT, definition: {sv: Möte, en: Meeting}}
          - {id: mbl, term: {sv: MBL, en: MBL}, definition: Lagen}
    """
    problems = problems_of({"pack.yaml": manifest, "intro.yaml": dedent(chapter)})
    assert [(p.line, p.column, p.message.split(":")[0]) for p in problems] == [
        (1, 8, "title"),
        (3, 35, "steps[0].title"),
        (8, 25, "steps[1].terms[0].term"),
        (9, 57, "steps[1].terms[1].definition"),
    ]
    assert all("English text is missing" in p.message for p in problems)


# --- Questions and step contents ---------------------------------------------------------------


def question_problems(question: str) -> list[Problem]:
    chapter = (
        "title: A\nsteps:\n  - id: s\n    type: quiz\n    title: Q\n    questions:\n      - "
        + dedent(question).replace("\n", "\n        ").rstrip()
        + "\n"
    )
    return chapter_problems(chapter)


COMMON = "id: q\nprompt: P\nexplanation: E\nstep: s\n"


@pytest.mark.parametrize(
    ("question", "line", "column", "fragment"),
    [
        (
            "type: single\noptions: [{text: A}, {text: B}]",
            12,
            18,
            "options: a 'single' question needs exactly one option with correct: true (found 0)",
        ),
        (
            "type: single\noptions: [{text: A, correct: true}, {text: B, correct: true}]",
            12,
            18,
            "(found 2)",
        ),
        (
            "type: single\noptions: [{text: A, correct: true}]",
            12,
            18,
            "options: write at least two options",
        ),
        (
            "type: multiple\noptions: [{text: A}, {text: B}]",
            12,
            18,
            "a 'multiple' question needs at least one option with correct: true",
        ),
        ("type: ordering\nitems: [{text: A}]", 12, 16, "items: write at least two items"),
        ("type: matching\npairs: [{left: A, right: B}]", 12, 16, "pairs: write at least two pairs"),
        (
            "type: matching\npairs: [{left: A, right: B}, {left: C, right: ' b'}]",
            12,
            55,
            "pairs[1].right: the same right side as pairs[0]",
        ),
        ("type: true_false\nanswer: sant", 12, 17, "answer: expected true or false"),
    ],
)
def test_question_rules(question, line, column, fragment):
    problem = only(question_problems(COMMON + question))
    assert_problem(problem, "intro.yaml", line, column, "steps[0].questions[0].", fragment)


@pytest.mark.parametrize(
    ("step", "fragment"),
    [
        (
            "{id: s, type: quiz, title: Q, questions: []}",
            "steps[0].questions: write at least one question",
        ),
        (
            "{id: s, type: checklist, title: C, items: []}",
            "steps[0].items: write at least one task",
        ),
        ("{id: s, type: glossary, title: G, terms: []}", "steps[0].terms: write at least one term"),
    ],
)
def test_empty_lists_that_need_content(step, fragment):
    problem = only(chapter_problems(f"title: A\nsteps:\n  - {step}\n"))
    assert problem.line == 3 and fragment in problem.message


def test_a_chapter_needs_a_step():
    assert_problem(
        only(chapter_problems("title: A\nsteps: []\n")),
        "intro.yaml",
        2,
        8,
        "steps: write at least one step",
    )


def test_portrait_image_type_is_checked_without_a_root():
    chapter = """\
    title: A
    steps:
      - id: s
        type: story
        title: T
        body: B
        person: {name: A, role: R, portrait: anna.bmp}
    """
    problem = only(chapter_problems(chapter))
    assert_problem(
        problem,
        "intro.yaml",
        7,
        42,
        "steps[0].person.portrait: 'anna.bmp' is not a supported image type",
    )


# --- Every problem of every file ----------------------------------------------------------------


def test_problems_of_every_file_are_reported_together_in_file_order():
    manifest = (
        MANIFEST.replace("chapters: [intro]", "chapters: [intro, mer, saknas]") + "pass_mark: 200\n"
    )
    problems = problems_of(
        {
            "pack.yaml": manifest,
            "intro.yaml": "title: A\nsteps:\n  - {id: a, type: reading, titel: T, body: B}\n",
            "mer.yaml": "title: [B\nsteps: []\n",
        }
    )
    assert [(p.file, p.line) for p in problems] == [
        ("pack.yaml", 5),
        ("pack.yaml", 6),
        ("intro.yaml", 3),
        ("intro.yaml", 3),
        ("mer.yaml", 2),
    ]
    assert "saknas.yaml" in problems[0].message and "pass_mark" in problems[1].message
    assert "YAML syntax error" in problems[4].message


def test_pack_error_message_lists_every_problem():
    with pytest.raises(PackError) as caught:
        load_pack_files(
            {"pack.yaml": MANIFEST + "pass_mark: 200\n", "intro.yaml": "title: A\nsteps: []\n"}
        )
    assert str(caught.value).splitlines() == [str(p) for p in caught.value.problems]
    assert len(caught.value.problems) == 2


@pytest.mark.parametrize("loader", ["CSafeLoader", "SafeLoader"])
def test_aliases_and_anchors_are_refused_with_either_yaml_loader(monkeypatch, loader):
    import yaml

    from onboarding.content import yamlnodes

    if not hasattr(yaml, loader):
        pytest.fail(f"PyYAML lacks {loader}; the venv should have libyaml")
    monkeypatch.setattr(yamlnodes, "Loader", getattr(yaml, loader))
    used = chapter_problems(
        "title: &t Intro\nintro: *t\nsteps: [{id: a, type: summary, title: S}]\n"
    )
    unused = chapter_problems("title: &t Intro\nsteps: [{id: a, type: summary, title: S}]\n")
    assert_problem(only(used), "intro.yaml", 1, 8, "anchors and aliases")
    assert_problem(only(unused), "intro.yaml", 1, 8, "anchors (&t)")


@pytest.mark.parametrize(
    ("text", "line", "column", "fragment"),
    [
        ("title: a\nintro: b\x00c\nsteps: []\n", 2, 9, "control character (#x0000)"),
        ("title: a\n\tintro: b\nsteps: []\n", 2, 1, "use spaces"),
        ("title: a\n---\nsteps: []\n", 2, 1, "remove the '---' line"),
    ],
)
def test_common_yaml_slips_get_plain_advice(text, line, column, fragment):
    assert_problem(only(chapter_problems(text)), "intro.yaml", line, column, fragment)

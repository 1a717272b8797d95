"""HTML of what the room sees for one frame (a step, a question, a revealed answer).

Steps render through onboarding.rendering like in the learner's window; a few types need
their room version: a checklist lists its tasks (nobody ticks them on a projector), a summary
shows its closing words only (there are no scores in a room), and quiz questions show their
options as a numbered list that a show of hands can refer to.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from onboarding.content.models import (
    ChecklistStep,
    MatchingQuestion,
    MultipleChoiceQuestion,
    OrderingQuestion,
    Pack,
    QuizStep,
    Step,
    SummaryStep,
    TrueFalseQuestion,
)
from onboarding.rendering import render_inline, render_markdown, render_step
from onboarding.ui.i18n import translate_content_label

RIGHT_COLOUR = "#17692b"  # 6.9:1 on white; the ✓ and the words carry the meaning too
RIGHT_COLOUR_DARK = "#8fd19e"


def step_html(pack: Pack, step: Step, *, lang: str) -> str:
    """A non-quiz step, or a quiz's title and intro."""
    tr = translate_content_label
    if isinstance(step, SummaryStep):
        return f"<h1>{escape(step.title.get(lang))}</h1>" + render_markdown(step.body, lang=lang)
    html = render_step(pack, step, lang=lang, tr=tr, state={"narrow": False})
    if isinstance(step, ChecklistStep):
        items = "".join(_checklist_item(item, lang) for item in step.items)
        html += f"<ul>{items}</ul>"
    if isinstance(step, QuizStep):
        count = len(step.questions)
        html += '<p class="muted">' + escape(
            QCoreApplication.translate("Presenter", "{count} questions to answer together.").format(
                count=count
            )
            if count != 1
            else QCoreApplication.translate("Presenter", "One question to answer together.")
        )
        html += "</p>"
    return html


def _checklist_item(item, lang: str) -> str:
    text = render_inline(item.text, lang=lang)
    if item.help is None:
        return f"<li>{text}</li>"
    return f'<li>{text}<br><span class="muted">{render_inline(item.help, lang=lang)}</span></li>'


def question_html(
    step: QuizStep,
    number: int,
    order: list[int],
    *,
    lang: str,
    revealed: bool,
    dark: bool = False,
) -> str:
    """Question `number` (0-based) of `step`: prompt, options numbered in `order`, and when
    `revealed` the right answer marked with ✓ and the explanation."""
    question = step.questions[number]
    right = RIGHT_COLOUR_DARK if dark else RIGHT_COLOUR
    position = QCoreApplication.translate("Presenter", "Question {number} of {total}").format(
        number=number + 1, total=len(step.questions)
    )
    parts = [
        f'<p class="muted">{escape(step.title.get(lang))} · {escape(position)}</p>',
        # The question is what the room reads first: larger and bold.
        '<div style="font-size: x-large; font-weight: bold;">'
        + render_markdown(question.prompt, lang=lang)
        + "</div>",
    ]
    if isinstance(question, MultipleChoiceQuestion):
        hint = QCoreApplication.translate("Presenter", "Several answers may be right.")
        parts.append(f'<p class="muted">{escape(hint)}</p>')
    if isinstance(question, OrderingQuestion):
        parts.append(_ordering(question, order, lang=lang, revealed=revealed, right=right))
    elif isinstance(question, MatchingQuestion):
        parts.append(_matching(question, order, lang=lang, revealed=revealed, right=right))
    else:
        parts.append(_choices(question, order, lang=lang, revealed=revealed, right=right))
    if revealed:
        why = QCoreApplication.translate("Presenter", "Why")
        parts.append(f"<h2>{escape(why)}</h2>")
        parts.append(render_markdown(question.explanation, lang=lang))
    return "\n".join(parts)


def choice_texts(question, lang: str) -> list[str]:
    """Option texts by original index (true/false: True, False)."""
    if isinstance(question, TrueFalseQuestion):
        return [
            QCoreApplication.translate("Presenter", "True"),
            QCoreApplication.translate("Presenter", "False"),
        ]
    return [option.text.get(lang) for option in question.options]


def right_indices(question) -> set[int]:
    if isinstance(question, TrueFalseQuestion):
        return {0 if question.answer else 1}
    return {i for i, option in enumerate(question.options) if option.correct}


def _row(number: str, text_html: str, mark: str = "", *, muted: bool = False) -> str:
    """One numbered line. A paragraph, not a table: QTextBrowser squeezes a number column
    until "1." itself wraps, and it ignores a negative text-indent."""
    style = ' class="muted"' if muted else ""
    return f'<p style="margin-left: 0.6em;"{style}><b>{number}</b>&nbsp;&nbsp;{text_html}{mark}</p>'


def _choices(question, order: list[int], *, lang: str, revealed: bool, right: str) -> str:
    texts = choice_texts(question, lang)
    good = right_indices(question)
    rows = []
    for position, index in enumerate(order, start=1):
        text = escape(texts[index])
        if revealed and index in good:
            label = QCoreApplication.translate("Presenter", "✓ Right answer")
            mark = f'<br><b style="color:{right}">{escape(label)}</b>'
            rows.append(_row(f"{position}.", f"<b>{text}</b>", mark))
        else:
            rows.append(_row(f"{position}.", text, muted=revealed))
    return "".join(rows)


def _ordering(question, order: list[int], *, lang: str, revealed: bool, right: str) -> str:
    if not revealed:
        rows = [
            _row(f"{position}.", escape(question.items[index].text.get(lang)))
            for position, index in enumerate(order, start=1)
        ]
        return "".join(rows)
    label = QCoreApplication.translate("Presenter", "✓ The right order")
    heading = f'<p><b style="color:{right}">{escape(label)}</b></p>'
    rows = [
        _row(f"{position}.", escape(item.text.get(lang)))
        for position, item in enumerate(question.items, start=1)
    ]
    return heading + "".join(rows)


def _matching(question, order: list[int], *, lang: str, revealed: bool, right: str) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    numbers = {index: position for position, index in enumerate(order, start=1)}
    rows = []
    for i, pair in enumerate(question.pairs):
        left = escape(pair.left.get(lang))
        if revealed:
            answer = f"{numbers[i]}. {escape(pair.right.get(lang))}"
            cell = f'{left}<br><b style="color:{right}">✓ {answer}</b>'
        else:
            cell = left
        rows.append(_row(f"{letters[i % 26]}.", cell))
    lefts = "".join(rows)
    choices = "".join(
        _row(f"{position}.", escape(question.pairs[index].right.get(lang)))
        for position, index in enumerate(order, start=1)
    )
    return (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td width="50%" valign="top">{lefts}</td>'
        f'<td width="50%" valign="top">{choices}</td>'
        "</tr></table>"
    )


def frame_title(step: Step, question_number: int | None, revealed: bool, *, lang: str) -> str:
    """One line naming a frame, for the presenter's "now" and "next"."""
    title = step.title.get(lang)
    if question_number is None or not isinstance(step, QuizStep):
        return title
    position = QCoreApplication.translate("Presenter", "Question {number} of {total}").format(
        number=question_number + 1, total=len(step.questions)
    )
    if revealed:
        return QCoreApplication.translate("Presenter", "{title}: {position}, answer shown").format(
            title=title, position=position
        )
    return f"{title}: {position}"

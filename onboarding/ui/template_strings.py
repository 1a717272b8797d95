"""Every UI label the HTML templates translate, declared for pyside6-lupdate.

Templates in resources/templates call `tr("English text")`; lupdate does not read Jinja, so
each such literal is listed here in the "Content" context. The UI passes
`lambda text: QCoreApplication.translate("Content", text)` as `tr` to onboarding.rendering.
A unit test checks that this list and the templates agree. Placeholders such as `{name}` are
filled in after translation: keep them unchanged in the translation.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "Content"

TEMPLATE_STRINGS = (
    # story
    QT_TRANSLATE_NOOP("Content", "Colleague"),
    QT_TRANSLATE_NOOP("Content", "Manager"),
    QT_TRANSLATE_NOOP("Content", "What {name} values"),
    # policy
    QT_TRANSLATE_NOOP("Content", "As an employee"),
    QT_TRANSLATE_NOOP("Content", "As a manager"),
    # summary
    QT_TRANSLATE_NOOP("Content", "Results for {name}"),
    QT_TRANSLATE_NOOP("Content", "Your results"),
    QT_TRANSLATE_NOOP("Content", "Chapter"),
    QT_TRANSLATE_NOOP("Content", "Correct answers"),
    QT_TRANSLATE_NOOP("Content", "Percent"),
    QT_TRANSLATE_NOOP("Content", "{correct} of {total}"),
    QT_TRANSLATE_NOOP("Content", "{percent}%"),
    QT_TRANSLATE_NOOP("Content", "Total"),
    QT_TRANSLATE_NOOP("Content", "Passed."),
    QT_TRANSLATE_NOOP("Content", "You reached the pass mark of {mark}%."),
    QT_TRANSLATE_NOOP("Content", "Not passed yet."),
    QT_TRANSLATE_NOOP(
        "Content",
        "The pass mark is {mark}%. Review the questions below and try the quizzes again.",
    ),
    QT_TRANSLATE_NOOP("Content", "Questions to review"),
    QT_TRANSLATE_NOOP("Content", "Go back to: {step}"),
    QT_TRANSLATE_NOOP("Content", "You answered every question correctly."),
    QT_TRANSLATE_NOOP("Content", "This introduction has no quiz questions."),
    # certificate
    QT_TRANSLATE_NOOP("Content", "Certificate"),
    QT_TRANSLATE_NOOP("Content", "This certifies that {name} has completed"),
    QT_TRANSLATE_NOOP(
        "Content", "with {correct} of {total} questions answered correctly ({percent}%)."
    ),
)

"""Presenter mode: HR runs an intro session for a group on a projector.

`start_presenter(pack, lang=..., parent=None) -> PresenterSession` is the one entry point
(the learner window's menu and `onboarding --presenter` both use it). See docs/presenter.md.
"""

from onboarding.ui.presenter.launch import launch_from_args, running_sessions, start_presenter
from onboarding.ui.presenter.screens import ScreenPlan, plan_screens
from onboarding.ui.presenter.session import PresenterSession

__all__ = [
    "PresenterSession",
    "ScreenPlan",
    "launch_from_args",
    "plan_screens",
    "running_sessions",
    "start_presenter",
]

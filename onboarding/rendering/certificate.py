"""The certificate document the learner prints or saves as PDF at the end."""

from __future__ import annotations

import datetime as dt

from onboarding.content.models import Pack
from onboarding.flow.scoring import whole_percent
from onboarding.rendering.colour import readable_on_white
from onboarding.rendering.environment import Translate, identity, render_template
from onboarding.rendering.language import format_date
from onboarding.rendering.steps import pack_image_uri


def certificate_html(
    pack: Pack,
    *,
    learner: str,
    date: dt.date,
    correct: int,
    total: int,
    lang: str,
    tr: Translate = identity,
) -> str:
    """A whole HTML document (A4 portrait, centred) in Qt's rich-text subset."""
    manifest = pack.manifest
    logo = pack_image_uri(pack, manifest.logo) if manifest.logo else None
    return render_template(
        "certificate.html.j2",
        tr=tr,
        primary=readable_on_white(manifest.theme.primary),
        logo_src=logo,
        organisation=manifest.organisation.get(lang),
        title=manifest.title.get(lang),
        learner=learner.strip() if learner else "",
        date=format_date(date, lang),
        correct=correct,
        total=total,
        percent=whole_percent(correct, total),
    )

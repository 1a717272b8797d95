"""Avatars, colours, stylesheets, the certificate and the template labels for translation."""

from __future__ import annotations

import ast
import base64
import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from onboarding import paths
from onboarding.content.models import Chapter, Manifest, Pack, Text, Theme
from onboarding.rendering import (
    avatar_data_uri,
    avatar_svg,
    certificate_html,
    document_css,
    format_date,
    high_contrast_css,
    swedish_sort_key,
)
from onboarding.rendering.avatar import initials
from onboarding.rendering.colour import contrast_ratio, normalise, readable_on_white

SVG = "{http://www.w3.org/2000/svg}"
ROOT = Path(__file__).resolve().parents[2]


# --- Avatars -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Åsa Öberg", "ÅÖ"),
        ("Ronita", "R"),
        ("anna maria svensson", "AS"),
        ("Émile  de la Croix", "ÉC"),
        ("  ", "?"),
        ("- Li", "L"),
    ],
)
def test_initials(name, expected):
    assert initials(name) == expected


def test_avatar_svg_is_valid_xml_with_title_and_escaped_name():
    svg = avatar_svg("<Tom & Jerry>", "#00558c")
    root = ET.fromstring(svg)
    assert root.find(f"{SVG}title").text == "<Tom & Jerry>"
    assert root.find(f"{SVG}text").text == "TJ"
    assert root.find(f"{SVG}text").get("fill") == "#ffffff"


@pytest.mark.parametrize("colour", ["#00558c", "#ffff00", "#b3541e", "#ffffff", "#9fd", "nonsense"])
def test_avatar_background_always_contrasts_with_white_text(colour):
    fill = ET.fromstring(avatar_svg("Åsa Öberg", colour)).find(f"{SVG}circle").get("fill")
    assert re.fullmatch(r"#[0-9a-f]{6}", fill)
    assert contrast_ratio(fill, "#ffffff") >= 4.5


def test_dark_enough_colour_is_kept_as_it_is():
    fill = ET.fromstring(avatar_svg("A", "#00558C")).find(f"{SVG}circle").get("fill")
    assert fill == "#00558c"


def test_avatar_data_uri_decodes_to_the_svg():
    uri = avatar_data_uri("Åsa Öberg", "#00558c")
    prefix = "data:image/svg+xml;base64,"
    assert uri.startswith(prefix)
    assert base64.b64decode(uri[len(prefix) :]).decode("utf-8") == avatar_svg(
        "Åsa Öberg", "#00558c"
    )


def test_qt_draws_the_avatar(qapp):
    from PySide6.QtGui import QImage

    image = QImage.fromData(avatar_svg("Åsa Öberg", "#00558c").encode("utf-8"), "SVG")
    assert not image.isNull()
    assert image.width() == 96


# --- Colours and stylesheets ---------------------------------------------------------------


def test_colours_are_normalised_so_only_hex_reaches_css():
    assert normalise("#ABC") == "#aabbcc"
    assert normalise("red; } body { x: y") == "#1f4e79"
    assert readable_on_white("#ffff00") != "#ffff00"


def css_colour(css: str, selector: str, prop: str = "color") -> str:
    block = re.search(rf"(?m)^{re.escape(selector)} \{{([^}}]*)\}}", css).group(1)
    return re.search(rf"(?<![-\w]){prop}: (#[0-9a-f]{{6}})", block).group(1)


@pytest.mark.parametrize("primary", ["#00558c", "#ffcc00", "#1f4e79"])
def test_document_css_uses_the_theme_with_aa_contrast(primary):
    css = document_css(Theme(primary=primary, accent="#f0a000"))
    assert contrast_ratio(css_colour(css, "body"), "#ffffff") >= 4.5
    heading = css_colour(css, "h1")
    assert contrast_ratio(heading, "#ffffff") >= 4.5
    assert css_colour(css, "h2") == heading
    assert css_colour(css, "a") == heading
    assert contrast_ratio(css_colour(css, ".kind"), "#ffffff") >= 4.5
    if primary == "#00558c":
        assert heading == "#00558c"


@pytest.mark.parametrize(
    "css", [document_css(Theme()), high_contrast_css(), high_contrast_css(dark=True)]
)
def test_stylesheets_use_relative_font_sizes_and_underlined_links(css):
    sizes = re.findall(r"font-size: ([^;]+);", css)
    assert sizes and set(sizes) <= {"xx-large", "x-large", "large", "medium"}
    assert "text-decoration: underline" in re.search(r"(?m)^a \{[^}]*\}", css).group(0)


def test_high_contrast_is_black_on_white_or_white_on_black():
    light, dark = high_contrast_css(), high_contrast_css(dark=True)
    assert css_colour(light, "body") == "#000000"
    assert css_colour(light, "body", "background-color") == "#ffffff"
    assert css_colour(dark, "body") == "#ffffff"
    assert css_colour(dark, "body", "background-color") == "#000000"
    assert contrast_ratio(css_colour(light, "a"), "#ffffff") >= 7
    assert contrast_ratio(css_colour(dark, "a"), "#000000") >= 7


def test_qt_applies_the_stylesheet(qapp):
    from PySide6.QtGui import QFont, QTextDocument

    document = QTextDocument()
    font = QFont()
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(document_css(Theme(primary="#00558c")))
    document.setHtml("<h1>Rubrik</h1><p>Text</p>")
    heading = document.begin()
    paragraph = heading.next()
    heading_format = heading.begin().fragment().charFormat()
    assert heading_format.font().pointSizeF() == pytest.approx(20)  # xx-large: twice the base
    assert heading_format.foreground().color().name() == "#00558c"
    assert paragraph.blockFormat().lineHeight() == pytest.approx(135)


# --- Language helpers ----------------------------------------------------------------------


def test_swedish_sort_puts_aao_after_z_and_ignores_case():
    words = ["ö", "Zebra", "apa", "Ärta", "åka", "Öga", "ecru", "Éclair", "Apa"]
    assert sorted(words, key=swedish_sort_key) == [
        "Apa",
        "apa",
        "Éclair",
        "ecru",
        "Zebra",
        "åka",
        "Ärta",
        "ö",
        "Öga",
    ]


@pytest.mark.parametrize(
    ("lang", "expected"), [("sv", "26 november 2026"), ("en", "26 November 2026")]
)
def test_dates_are_written_out_for_the_language(lang, expected):
    assert format_date(dt.date(2026, 11, 26), lang) == expected
    assert format_date(dt.date(2026, 3, 1), lang).startswith("1 ")


# --- Certificate ---------------------------------------------------------------------------


def certificate_pack(root: str = "", logo: str | None = None) -> Pack:
    manifest = Manifest(
        id="t",
        organisation=Text("Norrtälje kommun", "Norrtälje Municipality"),
        title=Text("Välkommen <b>hit</b>", "Welcome"),
        theme=Theme(primary="#00558c"),
        logo=logo,
        chapters=("a",),
    )
    return Pack(
        manifest=manifest, chapters=(Chapter(id="a", title=Text("A"), steps=()),), root=root
    )


def test_certificate_names_learner_pack_date_and_score():
    html = certificate_html(
        certificate_pack(),
        learner="Åsa Öberg",
        date=dt.date(2026, 11, 26),
        correct=7,
        total=8,
        lang="sv",
    )
    assert "Åsa Öberg" in html
    assert "Norrtälje kommun" in html
    assert "Välkommen &lt;b&gt;hit&lt;/b&gt;" in html
    assert "26 november 2026" in html
    assert "7 of 8" in html and "87%" in html
    assert "<img" not in html


def test_certificate_escapes_the_learner_name_and_translates_labels():
    html = certificate_html(
        certificate_pack(),
        learner='<script>x()</script><b onclick="y">',
        date=dt.date(2026, 1, 2),
        correct=0,
        total=0,
        lang="en",
        tr=lambda s: s.replace("This certifies that", "Härmed intygas att"),
    )
    assert "<script" not in html and "<b onclick" not in html
    assert "Härmed intygas att" in html
    assert "&lt;script&gt;x()&lt;/script&gt;" in html
    assert "Norrtälje Municipality" in html and "2 January 2026" in html and "(0%)" in html


def test_certificate_shows_the_logo_as_a_file_uri(tmp_path):
    (tmp_path / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    html = certificate_html(
        certificate_pack(tmp_path.as_posix(), "logo.svg"),
        learner="A",
        date=dt.date(2026, 1, 2),
        correct=1,
        total=1,
        lang="sv",
    )
    assert f'src="{(tmp_path / "logo.svg").resolve().as_uri()}"' in html


# --- Template labels for lupdate -----------------------------------------------------------


def template_labels() -> set[str]:
    labels: set[str] = set()
    for template in sorted(paths.templates_dir().glob("*.html.j2")):
        source = template.read_text(encoding="utf-8")
        calls = re.findall(r"\btr\(", source)
        literals = re.findall(r"""\btr\(\s*(?:"([^"]*)"|'([^']*)')\s*\)""", source)
        assert len(calls) == len(literals), f"{template.name}: tr() must get one string literal"
        labels.update(a or b for a, b in literals)
    return labels


def declared_labels() -> list[str]:
    tree = ast.parse((ROOT / "onboarding/ui/template_strings.py").read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
            context, text = (arg.value for arg in node.args)
            assert context == "Content"
            found.append(text)
    return found


def test_every_template_label_is_declared_for_translation_and_none_is_stale():
    declared = declared_labels()
    assert len(declared) == len(set(declared))
    assert template_labels() == set(declared)


def test_template_strings_module_exposes_the_same_labels(qapp):
    from onboarding.ui.template_strings import TEMPLATE_STRINGS

    assert list(TEMPLATE_STRINGS) == declared_labels()

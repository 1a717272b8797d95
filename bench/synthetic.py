"""Synthetic content packs of any size, written to a folder (a temp dir: never committed).

Every step type and every question type appears, in a fixed rotation, so the loader and the
window do the same kind of work per step at 10 steps as at 10,000. Texts are Swedish with
English variants, as in the shipped packs, so `require_en` checks run too.
"""

from __future__ import annotations

import argparse
from pathlib import Path

STEPS_PER_CHAPTER = 100  # keeps each chapter file far below the 1 MiB cap
ROTATION = ("reading", "story", "policy", "reading", "checklist", "quiz")

BODY = (
    "Här är text om **arbetet** i kommunen, med en lista:\n\n"
    "- invånaren först\n- allas lika värde\n- en positiv människosyn\n\n"
    "Läs mer på [kommunens webbplats](https://example.org/) eller om [APT](term:apt).\n"
)


def _text(sv: str, en: str, indent: int) -> str:
    pad = " " * indent
    return f"\n{pad}sv: {sv!r}\n{pad}en: {en!r}"


def _block(text: str, indent: int) -> str:
    pad = " " * indent
    return "|\n" + "".join(f"{pad}{line}\n" if line else "\n" for line in text.splitlines())


def _question(kind: str, qid: str, tested: str) -> str:
    head = (
        f"      - id: {qid}\n"
        f"        type: {kind}\n"
        f"        prompt: Vad gäller för {qid}?\n"
        f"        step: {tested}\n"
        f"        explanation: Därför att det står så i steget {tested}.\n"
    )
    if kind in ("single", "multiple"):
        second = "true" if kind == "multiple" else "false"
        return head + (
            "        options:\n"
            "          - {text: Det första svaret, correct: true, feedback: Rätt.}\n"
            f"          - {{text: Det andra svaret, correct: {second}, feedback: Också.}}\n"
            "          - {text: Det tredje svaret, feedback: Nej.}\n"
        )
    if kind == "true_false":
        return head + "        answer: true\n        feedback_true: Rätt.\n"
    if kind == "ordering":
        return head + (
            "        items:\n"
            "          - text: Först\n"
            "          - text: Sedan\n"
            "          - {text: Sist, feedback: Det här kommer sist.}\n"
        )
    return head + (
        "        pairs:\n"
        "          - {left: APT, right: Arbetsplatsträff}\n"
        "          - {left: Samverkan, right: Arbetsgivare och fack tillsammans}\n"
    )


def _step(kind: str, sid: str, previous: str | None) -> str:
    title = _text(f"Steg {sid}", f"Step {sid}", 6)
    head = f"  - id: {sid}\n    type: {kind}\n    title:{title}\n"
    if kind == "reading":
        return head + "    body: " + _block(BODY, 6)
    if kind == "story":
        return head + (
            "    kind: colleague\n"
            "    person:\n"
            "      name: Ronja Berg\n"
            "      role: {sv: förskollärare, en: preschool teacher}\n"
            "    body: " + _block(BODY, 6) + "    values: [Barnens bästa, Allas lika värde]\n"
        )
    if kind == "policy":
        return head + (
            "    intro: Varför området finns.\n"
            "    employee:\n      - Du tar del i arbetsplatsträffar.\n      - Du säger till.\n"
            "    manager:\n      - Chefen ser till att alla hörs.\n      - Chefen följer upp.\n"
        )
    if kind == "checklist":
        return head + (
            "    items:\n"
            "      - {id: mal, text: Ta reda på målen., help: Fråga din chef.}\n"
            "      - {id: apt, text: Gå på din första APT.}\n"
        )
    tested = previous or sid
    kinds = ("single", "multiple", "true_false", "ordering", "matching")
    return (
        head
        + "    questions:\n"
        + "".join(_question(k, f"{sid}-q{i}", tested) for i, k in enumerate(kinds))
    )


GLOSSARY = """\
  - id: ordlista
    type: glossary
    title: {sv: Ordlista, en: Glossary}
    terms:
      - id: apt
        term: {sv: APT, en: APT (workplace meeting)}
        aliases: [arbetsplatsträff]
        definition: {sv: Arbetsplatsträff där alla möts., en: A workplace meeting.}
"""
SUMMARY = """\
  - id: slut
    type: summary
    title: {sv: Sammanfattning, en: Summary}
    body: Bra jobbat!
"""


def write_pack(folder: str | Path, steps: int, pack_id: str = "synthetic") -> Path:
    """Write a valid pack of exactly `steps` steps (at least 2) to `folder`; return it."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    steps = max(steps, 2)
    body_steps = steps - 2  # plus one glossary and one summary
    chapters: list[str] = []
    previous: str | None = None
    made = 0
    while made < body_steps or not chapters:
        name = f"kapitel{len(chapters) + 1:03d}"
        parts = [f"title: {{sv: Kapitel {len(chapters) + 1}, en: Chapter {len(chapters) + 1}}}\n"]
        parts.append("steps:\n")
        if not chapters:
            parts.append(GLOSSARY)
        for _ in range(min(STEPS_PER_CHAPTER, body_steps - made)):
            kind = ROTATION[made % len(ROTATION)]
            sid = f"s{made + 1:05d}"
            parts.append(_step(kind, sid, previous))
            previous = sid if kind != "quiz" else previous
            made += 1
        if made >= body_steps:
            parts.append(SUMMARY)
        (folder / f"{name}.yaml").write_text("".join(parts), encoding="utf-8")
        chapters.append(name)
    manifest = (
        "format: 1\n"
        f"id: {pack_id}\n"
        "organisation: {sv: Provkommunen, en: Test Municipality}\n"
        "title: {sv: Välkommen till Provkommunen, en: Welcome to Test Municipality}\n"
        "languages: [sv, en]\n"
        'theme: {primary: "#00558c", accent: "#b3541e"}\n'
        "pass_mark: 80\n"
        "shuffle: true\n"
        f"chapters: [{', '.join(chapters)}]\n"
    )
    (folder / "pack.yaml").write_text(manifest, encoding="utf-8")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description="Write a synthetic content pack.")
    parser.add_argument("folder")
    parser.add_argument("steps", type=int)
    args = parser.parse_args()
    print(write_pack(args.folder, args.steps))


if __name__ == "__main__":
    main()

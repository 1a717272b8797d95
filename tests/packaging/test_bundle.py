"""Build the standalone bundle with build.spec once per session and check it as IT staff would:
size, data layout where onboarding.paths expects it, lean Qt, and the frozen CLI working.

Slow (PyInstaller runs for a minute or more), but part of every CI run: a missing PyInstaller is
a failure, not a skip, so the bundle cannot silently stop being checked.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
NAME = "onboarding"
BUDGET_BYTES = 130 * 1000 * 1000  # 130 MB on Linux x86_64 (bare PySide6 hello world: ~103 MB)
BUILD_TIMEOUT = 1200
RUN_TIMEOUT = 300


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/onboarding/ built from the working tree into a temp folder (the repo stays clean)."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail(
            "PyInstaller is not installed, so the bundle cannot be checked. "
            "Install it with: python -m pip install -e '.[package]'"
        )
    out = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "work"),
            str(ROOT / "build.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
    )
    assert result.returncode == 0, f"PyInstaller failed:\n{result.stdout}\n{result.stderr}"
    return out / "dist" / NAME


@pytest.fixture(scope="module")
def internal(bundle: Path) -> Path:
    """What sys._MEIPASS is in the frozen app (PyInstaller 6 onedir: the _internal folder)."""
    return bundle / "_internal"


def cli_executable(bundle: Path) -> Path:
    # On Windows the GUI launcher has no console; its console twin runs the sub-commands.
    return bundle / (f"{NAME}-cli.exe" if sys.platform == "win32" else NAME)


def run_frozen(bundle: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    # Whatever the frozen app stores (progress, settings) goes to the test's folder.
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(tmp_path / var.lower())
    return subprocess.run(
        [str(cli_executable(bundle)), *args],
        cwd=tmp_path,  # not the repo: the app must find its data in the bundle, not via cwd
        env=env,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
    )


def files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]


def repo_packs() -> list[str]:
    return sorted(p.parent.name for p in (ROOT / "content").glob("*/pack.yaml"))


def test_bundle_fits_the_size_budget(bundle: Path) -> None:
    sizes = sorted(((p.stat().st_size, p) for p in files(bundle)), reverse=True)
    total = sum(size for size, _ in sizes)
    largest = "\n".join(f"{size / 1e6:8.1f} MB  {p.relative_to(bundle)}" for size, p in sizes[:15])
    assert total <= BUDGET_BYTES, f"bundle is {total / 1e6:.1f} MB; largest files:\n{largest}"


def test_executables_are_there(bundle: Path) -> None:
    if sys.platform == "win32":
        assert (bundle / f"{NAME}.exe").is_file()
        assert (bundle / f"{NAME}-cli.exe").is_file()
    else:
        assert os.access(bundle / NAME, os.X_OK)


def test_data_sits_where_paths_py_looks(internal: Path) -> None:
    resources = internal / "resources"
    assert sorted((resources / "templates").glob("*.html.j2")), "no Jinja2 templates in bundle"
    assert sorted((resources / "styles").glob("*.qss")), "no Qt style sheets in bundle"
    assert (resources / "icons" / "app.svg").is_file()
    assert repo_packs(), "the repository has no content packs to bundle"
    bundled = sorted(p.parent.name for p in (internal / "content").glob("*/pack.yaml"))
    assert bundled == repo_packs()


def test_translations_are_compiled_into_the_bundle(internal: Path) -> None:
    sources = sorted(p.stem for p in (ROOT / "resources" / "i18n").glob("*.ts"))
    assert sources, "no .ts translation sources in resources/i18n"
    compiled = sorted(p.stem for p in (internal / "resources" / "i18n").glob("*.qm"))
    assert compiled == sources
    assert not list((internal / "resources").rglob("*.ts")), "translation sources were bundled"


def test_no_build_leftovers_in_bundled_data(internal: Path) -> None:
    data = files(internal / "resources") + files(internal / "content")
    assert not [p for p in data if "__pycache__" in p.parts or p.suffix == ".pyc"]


def test_qt_is_trimmed_to_what_the_app_uses(internal: Path) -> None:
    qt_files = [p for p in files(internal) if "PySide6" in p.parts]
    plugins = {p.name.split(".")[0].removeprefix("lib") for p in qt_files if "plugins" in p.parts}
    # Needed: offscreen (self-check, CI), SVG images and icons, JPEG photos.
    assert {"qoffscreen", "qsvg", "qsvgicon", "qjpeg"} <= plugins
    if sys.platform.startswith("linux"):
        assert {"qxcb", "qwayland"} <= plugins
    assert not plugins & {"qgtk3", "qeglfs", "qvnc", "qlinuxfb", "qtiff", "qwebp", "qpdf"}
    plugin_types = {p.parent.name for p in qt_files if "plugins" in p.parts}
    assert not plugin_types & {"sqldrivers", "tls", "networkinformation", "qmltooling", "generic"}

    translations = [p.name for p in qt_files if "translations" in p.parts]
    assert translations, "Qt's own sv translations (standard dialog buttons) are missing"
    assert all(name.endswith(("_sv.qm", "_en.qm")) for name in translations), translations

    libraries = " ".join(p.name for p in files(internal))
    for unused in ("Qt6Network", "Qt6Qml", "Qt6Quick", "Qt6OpenGLWidgets", "opengl32sw"):
        assert unused not in libraries


def test_frozen_schema_prints_json(bundle: Path, tmp_path: Path) -> None:
    result = run_frozen(bundle, tmp_path, "schema")
    assert result.returncode == 0, result.stderr
    assert isinstance(json.loads(result.stdout), dict)


def test_frozen_validate_accepts_the_bundled_packs(
    bundle: Path, internal: Path, tmp_path: Path
) -> None:
    packs = [str(internal / "content" / name) for name in repo_packs()]
    result = run_frozen(bundle, tmp_path, "validate", *packs)
    assert result.returncode == 0, result.stdout + result.stderr


def test_frozen_validate_reports_a_broken_pack(bundle: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "pack.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    result = run_frozen(bundle, tmp_path, "validate", str(broken))
    assert result.returncode == 1
    assert "pack.yaml:" in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_frozen_self_check_passes_offscreen(bundle: Path, tmp_path: Path) -> None:
    # No --pack: the frozen app must find every bundled pack, its templates, styles and
    # translations by itself through onboarding.paths.
    result = run_frozen(bundle, tmp_path, "self-check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_pyside_support_code_ships_compiled(internal: Path) -> None:
    # shiboken6 would otherwise compile its embedded support sources at every start
    # (build.spec, shiboken_support_files): its "files.dir" holds them as bytecode only.
    support = internal / "shiboken6" / "files.dir" / "shibokensupport"
    assert (support / "signature" / "loader.pyc").is_file()
    assert not list(support.rglob("*.py")), "support sources shipped beside their bytecode"
    generator = support / "signature" / "lib"
    assert (generator / "pyi_generator.pyc").is_file(), "the stand-in PySide imports"
    assert (generator / "pyi_generator_on_demand.pyc").is_file(), "what it loads on first use"

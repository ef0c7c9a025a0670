"""The extractor's compiled build is used only while it matches its sources, and gives the same quotes."""

from __future__ import annotations

import importlib
import importlib.machinery
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import bot
from bot import compiled
from bot.extract import extract_quotes
from bot.samples import sample_paths

SHARED_DEV = Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev.jsonl"
EXT = importlib.machinery.EXTENSION_SUFFIXES[0]


def _fake_package(root: Path, name: str) -> dict[str, Path]:
    """A package with one module whose source says so, and a broken "compiled" file beside it that the
    import system would take first."""
    pkg = root / name
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    source = pkg / "mod.py"
    source.write_text("ORIGIN = 'source'\n")
    (pkg / f"mod{EXT}").write_bytes(b"not a shared library")
    return {f"{name}.mod": source}


def _manifest(path: Path, modules: dict[str, Path]) -> Path:
    path.write_text(json.dumps({"digest": compiled.digest(modules)}))
    return path


@pytest.fixture
def isolated_imports(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    for name in [n for n in sys.modules if n.startswith("qbfake")]:
        del sys.modules[name]


def test_the_compiled_modules_are_the_extractor_and_name_folding() -> None:
    modules = compiled.sources()
    assert "bot.extract.pipeline" in modules and "bot.names" in modules
    assert "bot.extract.__init__" not in modules and "bot.extract" not in modules
    assert all(p.is_file() and p.suffix == ".py" for p in modules.values())


def test_a_build_is_current_only_for_the_sources_it_was_made_from(tmp_path: Path) -> None:
    modules = _fake_package(tmp_path, "qbfake_current")
    manifest = _manifest(tmp_path / "compiled.json", modules)
    assert compiled.is_current(modules, manifest)
    modules["qbfake_current.mod"].write_text("ORIGIN = 'edited'\n")
    assert not compiled.is_current(modules, manifest)
    _manifest(manifest, modules)
    (tmp_path / "qbfake_current" / f"mod{EXT}").unlink()
    assert not compiled.is_current(modules, manifest)  # recorded, but the compiled file is gone
    manifest.write_text("{broken")
    assert not compiled.is_current(modules, manifest)


def test_a_stale_build_is_passed_over_for_the_sources(
    isolated_imports: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    modules = _fake_package(isolated_imports, "qbfake_stale")
    manifest = _manifest(isolated_imports / "compiled.json", modules)
    modules["qbfake_stale.mod"].write_text("ORIGIN = 'source, edited after the build'\n")
    assert compiled.select_build(modules, manifest, env={}) == "python"
    assert "older than its sources" in capsys.readouterr().err
    mod = importlib.import_module("qbfake_stale.mod")  # without the fallback: the broken file, ImportError
    assert mod.ORIGIN == "source, edited after the build"
    assert mod.__file__ == str(modules["qbfake_stale.mod"])


def test_a_current_build_is_used_unless_the_sources_are_asked_for(
    isolated_imports: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    modules = _fake_package(isolated_imports, "qbfake_used")
    manifest = _manifest(isolated_imports / "compiled.json", modules)
    finders = list(sys.meta_path)
    assert compiled.select_build(modules, manifest, env={}) == "compiled"
    assert sys.meta_path == finders
    assert compiled.select_build(modules, manifest, env={compiled.PURE_ENV: "1"}) == "python"
    assert importlib.import_module("qbfake_used.mod").ORIGIN == "source"
    assert capsys.readouterr().err == ""  # asked for, so no warning


def test_no_build_means_the_sources_quietly(
    isolated_imports: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    modules = _fake_package(isolated_imports, "qbfake_none")
    assert compiled.select_build(modules, isolated_imports / "absent.json", env={}) == "python"
    assert importlib.import_module("qbfake_none.mod").ORIGIN == "source"
    assert capsys.readouterr().err == ""


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sample_paths()]
    if SHARED_DEV.is_file():
        texts += [json.loads(ln)["text"] for ln in SHARED_DEV.read_text(encoding="utf-8").splitlines() if ln]
    return texts


_DUMP = """
import json, sys
import bot
from bot.extract import extract_quotes
assert bot.BUILD == "python", bot.BUILD
texts = json.load(sys.stdin)
print(json.dumps([[q.to_json() for q in extract_quotes(t)] for t in texts]))
"""


def test_the_compiled_build_gives_the_same_quotes_as_the_sources() -> None:
    if bot.BUILD != "compiled":
        if os.environ.get("QUOTEBOT_REQUIRE_COMPILED") == "1":
            pytest.fail("QUOTEBOT_REQUIRE_COMPILED=1 but the extractor runs from its sources (make native)")
        pytest.skip("the extractor is not compiled here (make native builds it)")
    assert Path(sys.modules["bot.extract.pipeline"].__file__ or "").name.endswith(EXT)
    texts = _texts()
    env = {**os.environ, compiled.PURE_ENV: "1", "PYTHONPATH": str(compiled.ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", _DUMP], input=json.dumps(texts), capture_output=True, text=True, env=env,
        check=True, cwd=compiled.ROOT,
    )
    from_sources = json.loads(out.stdout)
    assert sum(map(len, from_sources)) > 10 * len(texts) // 2
    assert [[q.to_json() for q in extract_quotes(t)] for t in texts] == from_sources

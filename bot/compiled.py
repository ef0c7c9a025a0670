"""The extractor's compiled build: its hot modules compiled with mypyc, used while they match their sources.

``python -m bot.build_native`` (``make`` runs it) compiles the modules below in place, next to their
sources, and records a digest of the sources it compiled. At import, ``bot`` calls :func:`select_build`:
when that digest still matches the sources, Python's import system takes the compiled modules it finds
beside them; when it does not (a source edited since), or with ``QUOTEBOT_PURE_PYTHON=1``, every one of
them is loaded from its source instead, all together, since compiled code accepts only instances of the
compiled classes. The two builds give the same quotes (tests/bot/test_compiled.py compares them).
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import ModuleType

PACKAGE_DIR = Path(__file__).resolve().parent
ROOT = PACKAGE_DIR.parent
MANIFEST = PACKAGE_DIR / "compiled.json"
# The compiled modules' shared library becomes bot/compiled__mypyc.<tag>.so, inside the package.
GROUP = "bot.compiled"
PURE_ENV = "QUOTEBOT_PURE_PYTHON"


def sources() -> dict[str, Path]:
    """The compiled modules by name: the extractor (text to resolved quotes) and the name folding it uses.
    The package's ``__init__`` stays Python (it only re-exports)."""
    found = {f"bot.extract.{p.stem}": p for p in sorted((PACKAGE_DIR / "extract").glob("*.py"))}
    found.pop("bot.extract.__init__", None)
    found["bot.names"] = PACKAGE_DIR / "names.py"
    return found


def digest(modules: dict[str, Path]) -> str:
    """One hash of the modules' names and source bytes, of the module they are compiled against (the
    Quote it builds stays Python) and of the Python that compiles them."""
    h = hashlib.sha256(sys.implementation.cache_tag.encode())
    for name, path in sorted({**modules, "bot.quote": PACKAGE_DIR / "quote.py"}.items()):
        h.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def _compiled_file(path: Path) -> Path | None:
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        candidate = path.with_name(path.stem + suffix)
        if candidate.is_file():
            return candidate
    return None


def is_current(modules: dict[str, Path], manifest: Path = MANIFEST) -> bool:
    """Whether the compiled modules exist and were built from these very sources."""
    try:
        recorded = json.loads(manifest.read_text(encoding="utf-8")).get("digest")
    except (OSError, ValueError, AttributeError):
        return False
    if any(_compiled_file(p) is None for p in modules.values()):
        return False
    return recorded == digest(modules)


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Finds the listed modules as their ``.py`` sources, ahead of any compiled module beside them."""

    def __init__(self, modules: dict[str, Path]) -> None:
        self.modules = modules

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        source = self.modules.get(fullname)
        return importlib.util.spec_from_file_location(fullname, source) if source is not None else None


def select_build(
    modules: dict[str, Path] | None = None, manifest: Path = MANIFEST, env: Mapping[str, str] = os.environ
) -> str:
    """Make the imports that follow use the compiled modules if they are current, else the sources;
    says which: ``"compiled"`` or ``"python"``."""
    modules = sources() if modules is None else modules
    wanted = env.get(PURE_ENV, "") in ("", "0")
    if wanted and manifest.is_file() and is_current(modules, manifest):
        return "compiled"
    if wanted and manifest.is_file():
        print(
            "quotebot: the compiled extractor is older than its sources; running the sources "
            "(`make` rebuilds it)",
            file=sys.stderr,
        )
    if not any(isinstance(f, _SourceFinder) and f.modules == modules for f in sys.meta_path):
        sys.meta_path.insert(0, _SourceFinder(modules))
    return "python"

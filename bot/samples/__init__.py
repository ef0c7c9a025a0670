"""Sample articles shipped with the package, for the demo console and the tests."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def sample_paths() -> list[Path]:
    """The sample article files (``*.txt``), sorted by name."""
    return sorted(Path(str(files(__name__))).glob("*.txt"))

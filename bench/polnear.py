"""Where the PolNeAR evaluation data lives (../shared/eval) and how to read one split of it."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EVAL_DIR = REPO.parent / "shared" / "eval"


def split_lines(split: str) -> list[str]:
    """The non-blank JSONL lines of ``split`` (train or dev); exit 2 with a one-line error when absent."""
    path = EVAL_DIR / f"{split}.jsonl"
    if not path.is_file():
        print(f"error: {path} not found (the PolNeAR data lives in ../shared/eval)", file=sys.stderr)
        raise SystemExit(2)
    return [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def labels_path(split: str) -> Path | None:
    """The hand-read pronoun labels of ``split``, when the split has them."""
    path = EVAL_DIR / f"{split}-pronoun-labels.jsonl"
    return path if path.is_file() else None

"""Run the extractor over PolNeAR (../shared/eval) and print the shared scorer's figures.

    python bench/eval_polnear.py [--split dev|train] [--limit N] [--out PRED.jsonl]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.polnear import EVAL_DIR, labels_path, split_lines  # noqa: E402
from bot.extract import extract_quotes  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "train"), default="dev")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N articles")
    ap.add_argument("--out", type=Path, help="where to write the predictions (default: a temporary file)")
    args = ap.parse_args(argv)

    lines = split_lines(args.split)
    if args.limit:
        lines = lines[: args.limit]

    with tempfile.TemporaryDirectory() as tmp:
        gold_file = Path(tmp) / "gold.jsonl"
        pred_file = args.out or Path(tmp) / "pred.jsonl"
        with gold_file.open("w", encoding="utf-8") as g, pred_file.open("w", encoding="utf-8") as p:
            for ln in lines:
                art = json.loads(ln)
                g.write(ln + "\n")
                quotes = [q.to_json() for q in extract_quotes(art["text"])]
                p.write(json.dumps({"id": art["id"], "quotes": quotes}) + "\n")
        cmd = [sys.executable, str(EVAL_DIR / "score.py"), str(gold_file), str(pred_file)]
        labels = labels_path(args.split)
        if labels is not None:
            cmd += ["--labels", str(labels)]
        print(f"{args.split}: {len(lines)} articles" + (f", predictions in {args.out}" if args.out else ""))
        return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())

"""One warmed pass of the extractor over the PolNeAR dev texts, shaped for counting instructions.

    PYTHONHASHSEED=0 valgrind --tool=callgrind --collect-atstart=no --toggle-collect=filter_next \\
        .venv/bin/python bench/callgrind_pass.py
    callgrind_annotate callgrind.out.<pid> | grep "PROGRAM TOTALS"     # divide by the article count

Wall-clock time on a shared machine swings with other jobs; instruction counts do not. The measured pass
runs inside ``filter`` so that callgrind can switch counting on for it alone (``filter_next``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import bot  # noqa: E402
from bench.polnear import split_lines  # noqa: E402
from bench.throughput import WARM_ARTICLES  # noqa: E402
from bot.extract import extract_quotes  # noqa: E402


def main() -> int:
    texts = [json.loads(ln)["text"] for ln in split_lines("dev")]
    # Warm-up on other articles (imports, compiled regexes, the cross-article caches): the counted pass
    # meets the dev articles as new ones, as bench/throughput.py does.
    for ln in split_lines("train")[:WARM_ARTICLES]:
        extract_quotes(json.loads(ln)["text"])
    list(filter(lambda t: extract_quotes(t) is None, texts))
    print(f"{len(texts)} articles, extractor build: {bot.BUILD}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Extraction throughput on one core: articles per second over the PolNeAR dev texts
(../shared/eval/dev.jsonl), or over the package's sample articles when ../shared is absent; peak memory
of the extraction.

    python bench/throughput.py [--seconds S] [--profile N]

With --profile, one pass over the texts runs under cProfile and the N most expensive functions (by own
time) are printed after the figures; profiling slows the pass, so compare its shares, not its seconds.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import resource
import sys
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.extract import extract_quotes  # noqa: E402


def _texts() -> tuple[str, list[str]]:
    dev = REPO.parent / "shared" / "eval" / "dev.jsonl"
    if dev.is_file():
        lines = dev.read_text(encoding="utf-8").splitlines()
        return "PolNeAR dev", [json.loads(ln)["text"] for ln in lines if ln.strip()]
    samples = sorted((REPO / "bot" / "samples").glob("*.txt"))
    return "bot/samples", [p.read_text(encoding="utf-8") for p in samples]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=5.0, help="minimum time to run (default 5)")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="top N functions by own time")
    args = ap.parse_args(argv)
    source, texts = _texts()
    if not texts:
        print("error: no articles to measure (neither ../shared nor bot/samples/*.txt)", file=sys.stderr)
        return 2
    words = sum(len(t.split()) for t in texts) / len(texts)

    for t in texts:  # warm-up: compiled regexes, imports
        extract_quotes(t)
    n_articles = n_quotes = 0
    started = time.perf_counter()
    cpu_started = time.process_time()
    while True:
        for t in texts:
            n_quotes += len(extract_quotes(t))
        n_articles += len(texts)
        elapsed = time.perf_counter() - started
        if elapsed >= args.seconds:
            break
    cpu = time.process_time() - cpu_started

    tracemalloc.start()
    for t in texts:
        extract_quotes(t)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    print(f"corpus: {source}, {len(texts)} articles, {words:.0f} words on average")
    # CPU time is what one core spends; wall time also counts waiting for a core on a busy machine.
    print(f"throughput: {n_articles / cpu:.0f} articles per CPU second on one core, "
          f"{n_articles / elapsed:.0f} articles/s wall ({n_articles} articles, {n_quotes} quotes, "
          f"{cpu:.2f} s CPU in {elapsed:.2f} s)")
    print(f"peak memory: {peak / 1024:.0f} KiB allocated by the extractor (tracemalloc), "
          f"process max RSS {rss_kib / 1024:.1f} MiB")
    if args.profile:
        _profile(texts, args.profile)
    return 0


def _profile(texts: list[str], top: int) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for t in texts:
        extract_quotes(t)
    profiler.disable()
    print(f"\nprofile of one pass ({len(texts)} articles), top {top} by own time:")
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.strip_dirs().sort_stats("tottime").print_stats(top)


if __name__ == "__main__":
    sys.exit(main())

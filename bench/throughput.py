"""Extraction throughput on one core: articles per second over the PolNeAR dev texts
(../shared/eval/dev.jsonl), or over the package's sample articles when ../shared is absent; peak memory
of the extraction. Each timed pass meets its articles as new ones: the extractor's cross-article caches
are emptied and then warmed on 100 train articles, untimed, before it. It times the build that runs:
the compiled extractor when it is current (``make`` builds it; bot/compiled.py), else the Python sources.

    python bench/throughput.py [--seconds S] [--profile N]
    QUOTEBOT_PURE_PYTHON=1 python bench/throughput.py       # the Python sources

With --profile, one pass over the texts runs under cProfile and the N most expensive functions (by own
time) are printed after the figures; profiling slows the pass, so compare its shares, not its seconds.
cProfile sees only Python functions: profile the sources (QUOTEBOT_PURE_PYTHON=1).
"""

from __future__ import annotations

import argparse
import cProfile
import itertools
import json
import pstats
import resource
import sys
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import bot  # noqa: E402
from bot.extract import extract_quotes  # noqa: E402
from bot.extract.caches import clear_caches  # noqa: E402

# Train articles run, untimed, before each timed pass over dev so that the caches hold other articles' names.
WARM_ARTICLES = 100


def _texts() -> tuple[str, list[str], list[str]]:
    """The texts to time and, apart from them, texts that warm the caches up before each timed pass."""
    dev = REPO.parent / "shared" / "eval" / "dev.jsonl"
    train = REPO.parent / "shared" / "eval" / "train.jsonl"
    if dev.is_file():
        lines = dev.read_text(encoding="utf-8").splitlines()
        warm: list[str] = []
        if train.is_file():
            with train.open(encoding="utf-8") as f:
                warm = [json.loads(ln)["text"] for ln in itertools.islice(f, WARM_ARTICLES) if ln.strip()]
        return "PolNeAR dev", [json.loads(ln)["text"] for ln in lines if ln.strip()], warm
    samples = sorted((REPO / "bot" / "samples").glob("*.txt"))
    return "bot/samples", [p.read_text(encoding="utf-8") for p in samples], []


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=5.0, help="minimum time to run (default 5)")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="top N functions by own time")
    args = ap.parse_args(argv)
    source, texts, warm = _texts()
    if not texts:
        print("error: no articles to measure (neither ../shared nor bot/samples/*.txt)", file=sys.stderr)
        return 2
    words = sum(len(t.split()) for t in texts) / len(texts)

    for t in warm or texts:  # imports and compiled regexes
        extract_quotes(t)
    n_articles = n_quotes = 0
    cpu = elapsed = 0.0
    while elapsed < args.seconds:
        # Every timed pass meets the articles as new ones: the cross-article caches are emptied and warmed
        # on other articles (as in service, where names recur across a stream of news), untimed.
        clear_caches()
        for t in warm:
            extract_quotes(t)
        started, cpu_started = time.perf_counter(), time.process_time()
        for t in texts:
            n_quotes += len(extract_quotes(t))
        cpu += time.process_time() - cpu_started
        elapsed += time.perf_counter() - started
        n_articles += len(texts)

    tracemalloc.start()
    for t in texts:
        extract_quotes(t)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    print(f"corpus: {source}, {len(texts)} articles, {words:.0f} words on average")
    print(f"build: {_build()}")
    # CPU time is what one core spends; wall time also counts waiting for a core on a busy machine.
    print(f"throughput: {n_articles / cpu:.0f} articles per CPU second on one core, "
          f"{n_articles / elapsed:.0f} articles/s wall ({n_articles} articles, {n_quotes} quotes, "
          f"{cpu:.2f} s CPU in {elapsed:.2f} s)")
    print(f"peak memory: {peak / 1024:.0f} KiB allocated by the extractor (tracemalloc), "
          f"process max RSS {rss_kib / 1024:.1f} MiB")
    if args.profile:
        _profile(texts, args.profile)
    return 0


def _build() -> str:
    if bot.BUILD == "compiled":
        return "compiled with mypyc (bot/compiled.py; QUOTEBOT_PURE_PYTHON=1 times the Python sources)"
    return "Python sources (`make native` compiles the extractor)"


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

"""Error analysis on PolNeAR: counts of missed statements, unmatched predictions and wrong speakers by class.

    python bench/errors_polnear.py [--split dev|train] [--limit N] [--show CLASS] [--max-show K]

Classes are printed with counts; ``--show`` prints examples of one class to the terminal (the texts are
read from ../shared at run time and never stored).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.polnear import EVAL_DIR, labels_path, split_lines  # noqa: E402
from bot.extract import extract_quotes  # noqa: E402
from bot.extract.segment import paragraphs  # noqa: E402


def _scorer(eval_dir: Path):  # the shared scorer, imported to judge exactly as it does
    spec = importlib.util.spec_from_file_location("polnear_score", eval_dir / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "train"), default="dev")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--show", default="")
    ap.add_argument("--max-show", type=int, default=15)
    args = ap.parse_args(argv)
    arts = [json.loads(ln) for ln in split_lines(args.split)]
    sc = _scorer(EVAL_DIR)
    labels: dict[tuple[str, str], str] = {}
    lab_path = labels_path(args.split)
    if lab_path is not None:
        for ln in lab_path.read_text(encoding="utf-8").splitlines():
            if ln.strip():
                d = json.loads(ln)
                labels[(d["id"], d["attribution"])] = d.get("speaker") or ""
    if args.limit:
        arts = arts[: args.limit]

    counts: Counter[str] = Counter()
    shown: Counter[str] = Counter()

    def show(cls: str, msg: str) -> None:
        counts[cls] += 1
        if args.show and cls.startswith(args.show) and shown[cls] < args.max_show:
            shown[cls] += 1
            print(f"--- {cls}\n{msg}\n")

    for art in arts:
        text = art["text"]
        preds = [q.to_json() for q in extract_quotes(text)]
        paras = paragraphs(text)
        atts = art["attributions"]
        gsets = [sc.content_chars(a["content"]["spans"], text) for a in atts]
        psets = [sc.content_chars(sc.spans_of(p), text) for p in preds]
        pairs = sorted(
            ((sc.dice(ps, gs), i, j) for i, ps in enumerate(psets) for j, gs in enumerate(gsets)),
            reverse=True,
        )
        used_p: set[int] = set()
        used_g: set[int] = set()
        match: dict[int, int] = {}
        for d, i, j in pairs:
            if d < 0.5 or i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            match[j] = i
        best_for_g = {j: max((d for d, _, jj in pairs if jj == j), default=0.0) for j in range(len(atts))}
        for j, att in enumerate(atts):
            if not sc.is_statement(att):
                continue
            kind = att.get("direct_kind") or "indirect" if att.get("direct") else "indirect"
            lemma = ((att.get("cue") or {}).get("head_lemma") or "?").lower()
            src = (att.get("source") or {}).get("text")
            if j not in match:
                why = "overlap<0.5" if best_for_g[j] > 0 else "not found"
                lem = lemma if lemma in ("say", "tell", "accord", ":", "") else "other-cue"
                first = min(s for s, _ in att["content"]["spans"])
                if any(p.start <= first < p.end and p.kind != "body" for p in paras):
                    why, lem = "in a headline or caption line", "-"
                near = ""
                if best_for_g[j] > 0:
                    i = max(range(len(preds)), key=lambda ii: sc.dice(psets[ii], gsets[j]))
                    near = f"\n   pred: [{preds[i]['speaker']} | {preds[i]['cue']}] {preds[i]['text'][:300]}"
                a0 = min(s for s, _ in att["content"]["spans"])
                b0 = max(e for _, e in att["content"]["spans"])
                show(
                    f"miss/{kind}/{why}/{lem}",
                    f"[{src} | {(att.get('cue') or {}).get('text')}] {att['content']['text'][:300]}\n"
                    f"   ...{text[max(0, a0 - 150):a0]!r} <<>> {text[b0:b0 + 80]!r}{near}",
                )
                continue
            p = preds[match[j]]
            verdict = sc.judge_speaker(p, att, labels.get((art["id"], att["id"])))
            if verdict is False:
                sk = sc.source_kind(att) + ("/unresolved" if not p["speaker"] else "/other")
                label = labels.get((art["id"], att["id"]))
                show(
                    f"speaker/{sk}",
                    f"gold [{src}{' -> ' + label if label else ''}] pred [{p['speaker']} via "
                    f"{(p.get('speaker_mention') or {}).get('text')}] {p['text'][:200]}",
                )
        for i, p in enumerate(preds):
            if i in used_p:
                continue
            best = max((d for d, ii, _ in pairs if ii == i), default=0.0)
            cls = "extra/boundary" if best > 0.2 else "extra/none"
            near = ""
            if best > 0.2:
                j = max(range(len(atts)), key=lambda jj: sc.dice(psets[i], gsets[jj]))
                near = f"\n   gold: {atts[j]['content']['text'][:300]}"
            show(f"{cls}/{'direct' if p['direct'] else 'reported'}",
                 f"[{p['speaker']} | {p['cue']}] {p['text'][:300]}{near}")
    for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{v:5d}  {k}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Train (or reuse cached) NLU models on HWU64, SNIPS and CLINC150 and score them on splits
never trained on (CLINC150 also with its out-of-scope threshold refit on the val split).
Prints a markdown table and writes benchmarks/nlu_results.json.

    .venv/bin/python benchmarks/nlu_bench.py [--retrain] [--data DIR]

Latency is measured on one core (CPU affinity pinned, one engine thread).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("OMP_NUM_THREADS", "1")

CACHE = ROOT / ".hark-cache"
RUNS = [  # name, train files, eval file, file to refit the out-of-scope threshold on
    ("slurp-dev (HWU64-trained)", ["hwu64.jsonl"], "slurp-devel.jsonl", None),
    ("snips-test", ["snips-train.jsonl"], "snips-test.jsonl", None),
    ("clinc150-test", ["clinc150-train.jsonl"], "clinc150-test.jsonl", None),
    ("clinc150-test (OOS threshold calibrated on clinc150-val)", ["clinc150-train.jsonl"],
     "clinc150-test.jsonl", "clinc150-val.jsonl"),
]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "nlu")
    ap.add_argument("--retrain", action="store_true")
    ap.add_argument("--skip-default", action="store_true")
    ap.add_argument("--finetune-layers", type=int, default=4,
                    help="top e5 layers to fine-tune (0: linear head on frozen e5)")
    ap.add_argument("--only", default=None, help="run only the datasets whose name has this")
    args = ap.parse_args()
    all_cores = os.sched_getaffinity(0) if hasattr(os, "sched_setaffinity") else set()

    from hark.nlu.calibrate import calibrate
    from hark.nlu.dataset import load_jsonl, load_many
    from hark.nlu.engine import NLU
    from hark.nlu.evaluate import evaluate
    from hark.nlu.train import train

    results: dict[str, dict] = {}
    trained: set[Path] = set()  # with --retrain, each model once
    for name, train_files, eval_file, calibrate_on in RUNS:
        if args.only and args.only not in name:
            continue
        tag = f"-ft{args.finetune_layers}" if args.finetune_layers else ""
        folder = CACHE / "models" / (train_files[0].removesuffix(".jsonl") + tag)
        if all_cores:
            os.sched_setaffinity(0, all_cores)
        if (args.retrain and folder not in trained) or not (folder / "meta.json").is_file():
            trained.add(folder)
            t = time.time()
            train(load_many([args.data / f for f in train_files]), folder,
                  cache=CACHE / "e5_cache.npz", sources=train_files,
                  finetune_layers=args.finetune_layers)
            print(f"trained {folder.name} in {time.time() - t:.0f}s", file=sys.stderr)
        if all_cores:  # train on every core, measure latency on one
            os.sched_setaffinity(0, {sorted(all_cores)[0]})
        if calibrate_on:
            cal = folder.with_name(f"{folder.name}-cal-{calibrate_on.removesuffix('.jsonl')}")
            calibrate(folder, load_jsonl(args.data / calibrate_on), out=cal,
                      source=calibrate_on)
            folder = cal
        res = evaluate(NLU.load(folder), load_jsonl(args.data / eval_file), use_rules=False)
        results[name] = res
    if not args.skip_default:
        nlu = NLU.load("default")
        results["slurp-dev (shipped default, rules on)"] = evaluate(
            nlu, load_jsonl(args.data / "slurp-devel.jsonl"), use_rules=True)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results["_process"] = {"max_rss_mb": round(rss, 1)}

    cols = ["n", "intent_accuracy", "in_scope_accuracy", "slot_f1", "exact_match",
            "oos_recall", "oos_precision", "latency_ms_p50", "latency_ms_p95"]
    print("| run | " + " | ".join(cols) + " |")
    print("|" + "---|" * (len(cols) + 1))
    for name, res in results.items():
        if name.startswith("_"):
            continue
        rows = [(name, res)] + [(f"{name} [{k}]", res[k]) for k in ("unseen", "seen") if k in res]
        for label, r in rows:
            print(f"| {label} | " + " | ".join(str(r.get(c, "")) for c in cols) + " |")
    print(f"\nmax RSS of this process: {rss:.0f} MB")
    if not args.only:
        (ROOT / "benchmarks" / "nlu_results.json").write_text(json.dumps(results, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`hark nlu train|eval|parse`: the trainable understanding engine."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from hark.cli import add_json_flag


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("nlu", help="train, evaluate and try the NLU model")
    sub = p.add_subparsers(dest="nlu_command", metavar="ACTION")

    t = sub.add_parser("train", help="train a model folder from JSONL datasets")
    t.add_argument("--data", action="append", required=True, type=Path,
                   help="training JSONL (repeatable)")
    t.add_argument("--out", required=True, type=Path, help="model folder to write")
    t.add_argument("--no-embeddings", action="store_true",
                   help="TF-IDF only (faster to train, weaker, no cross-lingual transfer)")
    t.add_argument("--finetune-layers", type=int, default=4,
                   help="fine-tune this many top e5 layers (0: linear head on the frozen "
                        "embedding; faster to train, about 1 point less accurate)")
    t.add_argument("--finetune-epochs", type=int, default=3)
    t.add_argument("--seed", type=int, default=13)
    t.add_argument("--cache", type=Path, default=None,
                   help="embedding cache file (default: <cache_dir>/nlu-e5-cache.npz)")
    add_json_flag(t)
    t.set_defaults(func=_train)

    e = sub.add_parser("eval", help="score a model on a labelled JSONL dataset")
    e.add_argument("data", type=Path)
    e.add_argument("--model", default="default", help="model folder or 'default'")
    e.add_argument("--only-unseen", action="store_true",
                   help="keep only rows flagged seen_in_hwu64 false (SLURP)")
    e.add_argument("--no-rules", action="store_true", help="model only, no rule fast path")
    e.add_argument("--known-intents-only", action="store_true",
                   help="drop rows whose intent the model does not have (e.g. SLURP's "
                        "malformed labels such as 'query' or 'music'); reports how many")
    add_json_flag(e)
    e.set_defaults(func=_eval)

    c = sub.add_parser("calibrate",
                       help="refit the out-of-scope threshold on a validation JSONL file")
    c.add_argument("data", type=Path, help="labelled JSONL with out_of_scope rows")
    c.add_argument("--model", required=True, help="model folder (or 'default' with --out)")
    c.add_argument("--out", type=Path, default=None,
                   help="write a calibrated copy here instead of changing --model")
    c.add_argument("--max-in-scope-reject", type=float, default=None,
                   help="turn away at most this fraction of the file's in-scope rows "
                        "(default 0.02; 1 = no cap)")
    add_json_flag(c)
    c.set_defaults(func=_calibrate)

    r = sub.add_parser("parse", help="understand one utterance")
    r.add_argument("text")
    r.add_argument("--lang", default=None)
    r.add_argument("--model", default=None, help="model folder (default: settings.nlu_model)")
    add_json_flag(r)
    r.set_defaults(func=_parse)

    p.set_defaults(func=lambda a: p.print_help())


def _train(args: argparse.Namespace) -> dict:
    from hark.config import get_settings
    from hark.nlu.dataset import load_many
    from hark.nlu.train import train

    examples = load_many(args.data)
    cache = args.cache or get_settings().cache_dir / "nlu-e5-cache.npz"
    return train(examples, args.out, use_e5=not args.no_embeddings, seed=args.seed,
                 cache=cache, sources=[p.name for p in args.data],
                 finetune_layers=args.finetune_layers, finetune_epochs=args.finetune_epochs)


def _eval(args: argparse.Namespace) -> dict:
    from hark.nlu.dataset import load_jsonl
    from hark.nlu.engine import NLU
    from hark.nlu.evaluate import evaluate

    examples = load_jsonl(args.data)
    if args.only_unseen:
        examples = [e for e in examples if e.meta.get("seen_in_hwu64") is False]
    nlu = NLU.load(args.model)
    dropped = 0
    if args.known_intents_only:
        known = set(nlu.labels)
        kept = [e for e in examples if e.intent in known]
        dropped, examples = len(examples) - len(kept), kept
    # warmed as the server warms it at start, so latency is that of a running assistant
    langs = {str(e.meta.get("lang", "en"))[:2] for e in examples} | {"en"}
    nlu.warm(tuple(sorted(langs)) if not args.no_rules else ())
    res = evaluate(nlu, examples, use_rules=not args.no_rules)
    if args.known_intents_only:
        res["dropped_unknown_intent"] = dropped
    return res


def _calibrate(args: argparse.Namespace) -> dict:
    from hark.nlu.calibrate import calibrate
    from hark.nlu.dataset import load_jsonl

    return calibrate(args.model, load_jsonl(args.data), out=args.out,
                     max_in_scope_reject=args.max_in_scope_reject, source=args.data.name)


def _parse(args: argparse.Namespace) -> dict:
    from hark.config import get_settings
    from hark.nlu.engine import NLU

    nlu = NLU.load(args.model or get_settings().nlu_model)
    return nlu.parse(args.text, lang=args.lang).to_dict()

"""Score a model on a labelled dataset: intent accuracy, span-level slot F1, exact match,
out-of-scope recall/precision, per-utterance latency."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np

from hark.nlu.dataset import OOS, Example


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


def _pred_oos(u: Any) -> bool:
    return u.intent == OOS or not u.in_scope


def score(examples: Sequence[Example], preds: Sequence[Any], latencies: Sequence[float]
          ) -> dict[str, Any]:
    from hark.nlu.engine import to_hwu64

    n = len(examples)
    tp = fp = fn = 0
    correct = exact = 0
    oos_tp = oos_gold = oos_pred = 0
    in_scope_n = in_scope_ok = 0
    for ex, u in zip(examples, preds, strict=True):
        gold_oos = ex.intent == OOS
        pred_oos = _pred_oos(u)
        intent = OOS if pred_oos else u.intent
        if intent != ex.intent and to_hwu64(intent) == ex.intent:
            intent = ex.intent
        ok = intent == ex.intent
        correct += ok
        g = Counter((s, _norm(v)) for s, v in ex.slot_values())
        p = Counter((s.name, _norm(s.raw)) for s in u.slots) if not pred_oos else Counter()
        c = sum((g & p).values())
        tp += c
        fp += sum(p.values()) - c
        fn += sum(g.values()) - c
        exact += ok and g == p
        oos_gold += gold_oos
        oos_pred += pred_oos
        oos_tp += gold_oos and pred_oos
        if not gold_oos:
            in_scope_n += 1
            in_scope_ok += ok
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    lat = np.array(latencies) * 1000 if latencies else np.zeros(1)
    return {
        "n": n,
        "intent_accuracy": round(correct / n, 4) if n else 0.0,
        "in_scope_accuracy": round(in_scope_ok / in_scope_n, 4) if in_scope_n else None,
        "slot_f1": round(2 * prec * rec / (prec + rec), 4) if prec + rec else 0.0,
        "exact_match": round(exact / n, 4) if n else 0.0,
        "oos_recall": round(oos_tp / oos_gold, 4) if oos_gold else None,
        "oos_precision": round(oos_tp / oos_pred, 4) if oos_pred else None,
        "latency_ms_p50": round(float(np.percentile(lat, 50)), 2),
        "latency_ms_p95": round(float(np.percentile(lat, 95)), 2),
    }


def evaluate(nlu: Any, examples: Sequence[Example], *, use_rules: bool = True
             ) -> dict[str, Any]:
    """Metrics over all rows; with SLURP's ``seen_in_hwu64`` flag also ``unseen``/``seen``.
    Rows with a ``lang`` field are parsed as a user's words would be: the language is
    detected, not given (and the scores are also broken down ``by_lang``)."""
    preds, lat = [], []
    for ex in examples:
        t = time.perf_counter()
        lang = None if "lang" in ex.meta else "en"
        preds.append(nlu.parse(ex.text, lang=lang, use_rules=use_rules))
        lat.append(time.perf_counter() - t)
    out = score(examples, preds, lat)
    langs = sorted({str(ex.meta["lang"]) for ex in examples if "lang" in ex.meta})
    if langs:
        out["by_lang"] = {}
        for code in langs:
            idx = [i for i, ex in enumerate(examples) if ex.meta.get("lang") == code]
            out["by_lang"][code] = score([examples[i] for i in idx], [preds[i] for i in idx],
                                         [lat[i] for i in idx])
            out["by_lang"][code]["language_id_accuracy"] = round(
                sum(preds[i].language == code for i in idx) / len(idx), 4)
    if any("seen_in_hwu64" in ex.meta for ex in examples):
        for name, flag in (("unseen", False), ("seen", True)):
            idx = [i for i, ex in enumerate(examples) if ex.meta.get("seen_in_hwu64") is flag]
            out[name] = score([examples[i] for i in idx], [preds[i] for i in idx],
                              [lat[i] for i in idx])
    return out

"""Refit a model's out-of-scope threshold on a labelled validation file.

``hark nlu train`` tunes the refusal threshold on the 10 % of the training data it holds
back, which rarely has many out-of-scope questions, so it caps the in-scope questions the
threshold may turn away at 2 %. A validation file with real out-of-scope questions
(CLINC150's val split, a support line's logged questions labelled ``out_of_scope``) fits
it properly: the threshold that maximises in-scope accuracy + out-of-scope recall on that
file among those that turn away at most 2 % of its in-scope questions (the same rule as
training; ``max_in_scope_reject=1`` lifts the cap). Only ``intent.json`` changes; the
previous threshold and the fit are recorded in ``meta.json``.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from hark.errors import InvalidInput
from hark.nlu.dataset import OOS, Example
from hark.nlu.engine import NLU, default_model_dir, resolve_model_dir

MIN_OOS = 20  # fewer out-of-scope questions than this give a threshold too noisy to trust
MIN_IN_SCOPE = 20


def _rounded(rates: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 4) for k, v in rates.items()}


def _write_json(path: Path, data: dict) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, indent=1))
    os.replace(tmp, path)  # never a half-written file


def calibrate(model: str | Path, examples: Sequence[Example], *, out: Path | None = None,
              max_in_scope_reject: float | None = None, source: str = "") -> dict[str, Any]:
    """Fit the threshold of ``model`` (or of a copy written to ``out``) on ``examples``."""
    from hark.nlu.train import MAX_IN_SCOPE_REJECT, best_oos_threshold, oos_rates

    if max_in_scope_reject is None:
        max_in_scope_reject = MAX_IN_SCOPE_REJECT
    src = resolve_model_dir(model)
    if out is None and src.resolve() == default_model_dir().resolve():
        raise InvalidInput("The bundled model is read-only: pass --out DIR to write a "
                           "calibrated copy.")
    if not 0.0 < max_in_scope_reject <= 1.0:
        raise InvalidInput("--max-in-scope-reject must be in (0, 1].")
    nlu = NLU.load(src)
    labels = nlu.labels
    if OOS not in labels:
        raise InvalidInput("This model has no out_of_scope intent; train it with "
                           "out_of_scope examples first.")
    index = {lab: i for i, lab in enumerate(labels)}
    rows = [e for e in examples if e.intent in index]
    y = np.array([index[e.intent] for e in rows], int)
    n_oos = int((y == index[OOS]).sum())
    if n_oos < MIN_OOS or len(rows) - n_oos < MIN_IN_SCOPE:
        raise InvalidInput(f"Calibration needs at least {MIN_OOS} out_of_scope and "
                           f"{MIN_IN_SCOPE} in-scope rows with the model's intents; this "
                           f"file has {n_oos} and {len(rows) - n_oos}.")
    P = np.vstack([nlu.intents.probs(e.text, english=nlu._detect(e.text).startswith("en"))[0]
                   for e in rows])
    oos = index[OOS]
    before = float(nlu.intents.params.oos_threshold)
    t = best_oos_threshold(P, y, oos, max_in_scope_reject)

    dst = src
    if out is not None:
        dst = Path(out)
        if dst.resolve() != src.resolve():
            shutil.copytree(src, dst, dirs_exist_ok=True)
    params = json.loads((dst / "intent.json").read_text())
    params["oos_threshold"] = t
    _write_json(dst / "intent.json", params)
    report = {"model": str(dst), "n": len(rows), "n_oos": n_oos,
              "skipped_unknown_intent": len(examples) - len(rows),
              "threshold_before": round(before, 4), "threshold": round(t, 4),
              "before": _rounded(oos_rates(P, y, oos, before)),
              "after": _rounded(oos_rates(P, y, oos, t))}
    meta_path = dst / "meta.json"
    meta = json.loads(meta_path.read_text()) if meta_path.is_file() else {}
    meta["oos_calibration"] = {"source": source, **{k: v for k, v in report.items()
                                                     if k != "model"}}
    _write_json(meta_path, meta)
    return report

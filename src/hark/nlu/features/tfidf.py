"""TF-IDF over word 1-2grams and char 2-5grams, computed with numpy only at run time.

Training fits scikit-learn's ``TfidfVectorizer`` with :func:`analyze` as analyzer
(sublinear tf, smooth idf, l2 norm); :class:`Tfidf` reproduces its transform exactly from
the exported vocabulary and idf weights.
"""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np

_WORD = re.compile(r"\w+|['’]\w+")
_DIGITS = re.compile(r"\d")


def _norm(text: str) -> str:
    return _DIGITS.sub("0", text.lower().replace("’", "'"))


def analyze(text: str) -> list[str]:
    """The n-gram features of one text (word uni/bigrams, char 2-5grams in words)."""
    words = _WORD.findall(_norm(text))
    feats = [f"w:{w}" for w in words]
    feats += [f"b:{a} {b}" for a, b in zip(["<s>", *words], [*words, "</s>"], strict=True)]
    for w in words:
        padded = f" {w} "
        n = len(padded)
        for k in range(2, 6):
            feats += [f"c:{padded[i : i + k]}" for i in range(n - k + 1)]
    return feats


class Tfidf:
    def __init__(self, vocabulary: dict[str, int], idf: np.ndarray) -> None:
        self.vocabulary = vocabulary
        self.idf = idf.astype(np.float32)

    @property
    def dim(self) -> int:
        return len(self.idf)

    def sparse(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(indices, values) of the l2-normalised tf-idf vector of ``text``."""
        counts = Counter(self.vocabulary.get(f, -1) for f in analyze(text))
        counts.pop(-1, None)
        if not counts:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        idx = np.fromiter(counts.keys(), np.int64, len(counts))
        tf = np.fromiter((1.0 + math.log(c) for c in counts.values()), np.float32, len(counts))
        val = tf * self.idf[idx]
        val /= np.linalg.norm(val) or 1.0
        return idx, val

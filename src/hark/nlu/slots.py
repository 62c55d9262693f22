"""Slot filling: a linear-chain CRF (python-crfsuite) over word tokens, BIO tags."""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from pathlib import Path

from hark.nlu.dataset import Example, Span
from hark.nlu.lexicon import word_class
from hark.nlu.tokenize import Token, tokenize

_SHAPE = [(re.compile(r"[A-Z]"), "X"), (re.compile(r"[a-z]"), "x"), (re.compile(r"\d"), "d")]


def _shape(w: str) -> str:
    s = w
    for rx, c in _SHAPE:
        s = rx.sub(c, s)
    return re.sub(r"(.)\1+", r"\1\1", s)


def _word_feats(w: str, prefix: str) -> list[str]:
    lw = w.lower()
    feats = [f"{prefix}w={lw}"]
    cls = word_class(lw)
    if cls:
        feats.append(f"{prefix}cls={cls}")
    return feats


def token_features(tokens: Sequence[Token], intent: str) -> list[list[str]]:
    words = [t.text for t in tokens]
    low = [w.lower() for w in words]
    n = len(words)
    out: list[list[str]] = []
    for i, w in enumerate(words):
        lw = low[i]
        f = ["bias", f"intent={intent}", f"shape={_shape(w)}", f"suf3={lw[-3:]}",
             f"suf2={lw[-2:]}", f"pre3={lw[:3]}", f"len={min(len(lw), 8)}"]
        f += _word_feats(w, "")
        if lw.isdigit():
            f.append("isdigit")
        if w[:1].isupper():
            f.append("title")
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                f += _word_feats(words[j], f"{d}:")
            else:
                f.append(f"{d}:pad")
        if i > 0:
            f.append(f"bi-1={low[i - 1]}|{lw}")
        else:
            f.append("BOS")
        if i < n - 1:
            f.append(f"bi+1={lw}|{low[i + 1]}")
        else:
            f.append("EOS")
        out.append(f)
    return out


def bio_tags(tokens: Sequence[Token], spans: Sequence[Span]) -> list[str]:
    tags = ["O"] * len(tokens)
    for sp in spans:
        inside = [i for i, t in enumerate(tokens) if t.start < sp.end and t.end > sp.start]
        for k, i in enumerate(inside):
            tags[i] = ("B-" if k == 0 else "I-") + sp.slot
    return tags


def spans_from_tags(tokens: Sequence[Token], tags: Sequence[str]) -> list[Span]:
    spans: list[Span] = []
    cur: Span | None = None
    for tok, tag in zip(tokens, tags, strict=True):
        if tag == "O":
            cur = None
            continue
        kind, _, slot = tag.partition("-")
        if kind == "I" and cur is not None and cur.slot == slot:
            cur.end = tok.end
        else:
            cur = Span(slot, tok.start, tok.end)
            spans.append(cur)
    return [_whole_hyphenated(sp, tokens, tags) for sp in spans]


def _whole_hyphenated(span: Span, tokens: Sequence[Token], tags: Sequence[str]) -> Span:
    """``span`` grown over the rest of a hyphenated word it cuts ("check-in", "X-ray"): the
    tokenizer splits such a word at its hyphens, and the tagger may end a span on
    "check-" and leave "in" out (only over untagged tokens)."""
    joined = {i for i in range(1, len(tokens)) if tokens[i].start == tokens[i - 1].end}
    first = next(i for i, t in enumerate(tokens) if t.start == span.start)
    last = next(i for i, t in enumerate(tokens) if t.end == span.end)

    def hyphen_at(i: int) -> bool:
        return tokens[i].text == "-" and i in joined and i + 1 in joined

    free = [tag == "O" for tag in tags]
    while True:
        if hyphen_at(last) and free[last + 1]:  # "check-" + "in"
            last += 1
        elif last + 2 < len(tokens) and hyphen_at(last + 1) and free[last + 1] \
                and free[last + 2]:  # "check" + "-in"
            last += 2
        else:
            break
    while True:
        if hyphen_at(first) and free[first - 1]:
            first -= 1
        elif first > 1 and hyphen_at(first - 1) and free[first - 1] and free[first - 2]:
            first -= 2
        else:
            break
    return Span(span.slot, tokens[first].start, tokens[last].end)


def train_crf(examples: Sequence[Example], path: Path, *, c1: float = 0.05,
              c2: float = 0.05, max_iterations: int = 100) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for ex in examples:
        toks = tokenize(ex.text)
        if toks:
            trainer.append(token_features(toks, ex.intent), bio_tags(toks, ex.spans))
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations,
                        "feature.possible_transitions": True})
    trainer.train(str(path))


class SlotTagger:
    """Thread-safe: each thread opens its own crfsuite tagger on the model file."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._tagger()  # fail early on a bad file

    def _tagger(self):  # noqa: ANN202 - pycrfsuite.Tagger
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:
            import pycrfsuite

            tagger = pycrfsuite.Tagger()
            tagger.open(str(self.path))
            self._local.tagger = tagger
        return tagger

    def tag(self, text: str, intent: str) -> list[Span]:
        toks = tokenize(text)
        if not toks:
            return []
        tags = self._tagger().tag(token_features(toks, intent))
        return spans_from_tags(toks, tags)

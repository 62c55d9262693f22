"""Short-window Whisper decoding for voice commands.

Whisper's encoder always sees a 30 s window, so a 3 s command pays for 27 s of padding:
on a 2-core CPU the tiny.en encoder alone costs ~260–400 ms of a ~350 ms budget. The
encoder cost is linear in the window, and Whisper still decodes well from a shorter one
as long as a good part of it is (padded) silence, as in training. For audio that fits
with room to spare, this module runs CTranslate2 directly on the first
``window_s`` seconds of the log-Mel spectrogram (default 15 s: half the cost), without
timestamp tokens.

It gives up (returns ``None``) whenever the result looks unlike a clean decode — too
repetitive (zlib compression ratio > 2.4, Whisper's own hallucination test, or a run of
three or more words said twice in a row) or too unlikely (average log-probability < -1)
— and the caller then runs the normal 30 s path.
Measured on TTS commands in three voices, clean and at 10 dB SNR, see the README.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from hark.engines.base import SAMPLE_RATE

_FRAMES_PER_S = 100  # Whisper log-Mel: 10 ms hop
_MARGIN_S = 3.0  # speech must end this much before the window does
_MAX_COMPRESSION = 2.4
_MIN_AVG_LOGPROB = -1.0
_WORD = re.compile(r"[\w']+")
_MAX_NEW_TOKENS = 200  # a 12 s command never needs more


@dataclass
class WindowSegment:
    """Shaped like a faster-whisper segment, so the engine treats both the same."""

    text: str
    start: float
    end: float
    avg_logprob: float
    no_speech_prob: float
    words: list[Any] = field(default_factory=list)
    # the beam's other finished hypotheses as (text, avg_logprob), best first, each
    # different from ``text`` and as clean as it must be
    alternatives: list[tuple[str, float]] = field(default_factory=list)


def fits(audio: np.ndarray, window_s: float) -> bool:
    """Whether ``audio`` is short enough for a ``window_s`` window (0 disables)."""
    return 0 < window_s < 30 and audio.size / SAMPLE_RATE <= window_s - _MARGIN_S


def compression_ratio(text: str) -> float:
    """faster-whisper's own hallucination measure (imported late: it is a heavy module)."""
    from faster_whisper.transcribe import get_compression_ratio

    return float(get_compression_ratio(text))


def repeats(text: str, min_words: int = 3) -> bool:
    """Whether a run of ``min_words`` or more words comes twice in a row ("read my list to
    me. Read my list to me."): short windows sometimes loop like that on short commands,
    too briefly for the compression-ratio test to notice."""
    words = _WORD.findall(text.lower())
    for n in range(min_words, len(words) // 2 + 1):
        for i in range(len(words) - 2 * n + 1):
            if words[i:i + n] == words[i + n:i + 2 * n]:
                return True
    return False


def decode(model: Any, audio: np.ndarray, language: str, beam_size: int,
           window_s: float, context: str | None = None, hypotheses: int = 1
           ) -> WindowSegment | None:
    """Decode ``audio`` (16 kHz mono float32) with a ``window_s`` encoder window.

    ``model`` is a ``faster_whisper.WhisperModel``; ``context`` is given as the previous
    text (the prompt), as faster-whisper's ``initial_prompt`` is. ``hypotheses`` > 1 keeps
    that many of the beam's finished hypotheses (at most ``beam_size``): the others become
    the segment's ``alternatives``. Returns one segment spanning the audio, or ``None``
    when the short window's result should not be trusted."""
    import ctranslate2
    from faster_whisper.tokenizer import Tokenizer
    from faster_whisper.transcribe import get_suppressed_tokens

    frames = int(window_s * _FRAMES_PER_S)
    padded = np.zeros(int(window_s * SAMPLE_RATE), dtype=np.float32)
    padded[: audio.size] = audio
    mel = model.feature_extractor(padded)[:, :frames]
    features = ctranslate2.StorageView.from_array(np.ascontiguousarray(mel[None], np.float32))
    tok = Tokenizer(model.hf_tokenizer, model.model.is_multilingual, task="transcribe",
                    language=language if model.model.is_multilingual else "en")
    prompt = start_tokens(model, tok, context)
    beam = max(1, beam_size)
    result = model.model.generate(
        # max_length counts the prompt too (as faster-whisper's own max_new_tokens does)
        features, [prompt], beam_size=beam, num_hypotheses=max(1, min(hypotheses, beam)),
        max_length=min(model.max_length, len(prompt) + _MAX_NEW_TOKENS),
        return_scores=True, return_no_speech_prob=True, suppress_blank=True,
        suppress_tokens=list(get_suppressed_tokens(tok, [-1])),
    )[0]
    heard = [_hypothesis(tok, ids, score)
             for ids, score in zip(result.sequences_ids, result.scores, strict=True)]
    text, avg_logprob = heard[0]
    if not _clean(text, avg_logprob):
        return None
    others: list[tuple[str, float]] = []
    for alt, logprob in heard[1:]:
        if _clean(alt, logprob) and alt != text and all(alt != o for o, _ in others):
            others.append((alt, logprob))
    return WindowSegment(text=" " + text, start=0.0, end=round(audio.size / SAMPLE_RATE, 3),
                         avg_logprob=avg_logprob, no_speech_prob=result.no_speech_prob,
                         alternatives=others)


def _hypothesis(tok: Any, ids: list[int], score: float) -> tuple[str, float]:
    """(text, avg_logprob) of one decoded sequence; the log-probability as
    faster-whisper defines it, so confidences match the 30 s path."""
    tokens = [t for t in ids if t < tok.eot]
    return tok.decode(tokens).strip(), score * len(tokens) / (len(tokens) + 1)


def _clean(text: str, avg_logprob: float) -> bool:
    """Whether a decode looks like speech heard, not a hallucination."""
    return bool(text) and compression_ratio(text) <= _MAX_COMPRESSION \
        and not repeats(text) and avg_logprob >= _MIN_AVG_LOGPROB


def start_tokens(model: Any, tok: Any, context: str | None) -> list[int]:
    """The decoder's first tokens, built by faster-whisper's own ``get_prompt``:
    ``<|startofprev|>`` and the context's last tokens (as many as Whisper reads, 223) when
    there is a context, then the start of a transcript without timestamps."""
    previous = tok.encode(" " + context.strip()) if context and context.strip() else []
    return list(model.get_prompt(tok, previous, without_timestamps=True))

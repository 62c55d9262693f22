"""Choose what was heard among the recogniser's hypotheses, by what the assistant understands.

Whisper's beam search ends with several hypotheses; the best-scored one is sometimes a
near miss of a request ("Move my swimming alarm to half-aid", "Which time is going to go
off first?") while a runner-up scored a little lower is the request itself ("… to
half-eight", "Which timer's going to go off first?"). The recogniser alone cannot tell:
it has no idea what a request to an assistant sounds like. The assistant's readers can.

Rule (one concern, no model): keep the best hypothesis when the assistant's rules read it
as a request, or when no runner-up is read so; otherwise take the best-scored runner-up
the rules read, if its mean token log-probability is within :data:`MARGIN` of the best
one's. Everything is cleaned by :func:`~hark.text.transcript_fixes.fix_transcript` first,
as the turn would. A session waiting for an answer ("What time?") keeps the best
hypothesis: short answers are not requests and must not be second-guessed.

Measured on spoken held-out sentences, see the README (Measured numbers).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hark.text.transcript_fixes import fix_transcript
from hark.types import Transcript

MARGIN = 0.2  # mean token log-probability a runner-up may be below the best one


@dataclass(frozen=True)
class Heard:
    """The text the turn goes on with, and which hypothesis it was (0: the best)."""

    text: str
    rank: int = 0


def choose(transcript: Transcript, understands: Callable[[str], bool],
           margin: float = MARGIN) -> Heard:
    """The hypothesis of ``transcript`` to answer; ``understands(text)`` says whether the
    assistant's rules read ``text`` as a request (called on the best one first, then on
    runners-up within ``margin`` only when the best one is not understood)."""
    best = fix_transcript(transcript.text.strip())
    top = transcript.avg_logprob
    if not best or top is None or not transcript.alternatives or understands(best):
        return Heard(best)
    for rank, alt in enumerate(transcript.alternatives, start=1):
        if alt.avg_logprob < top - margin:
            continue
        text = fix_transcript(alt.text.strip())
        if text and text != best and understands(text):
            return Heard(text, rank)
    return Heard(best)

"""Repairs for systematic speech-to-text slips, applied to a transcript before it is
understood.

Whisper tiny.en writes a spoken "seven am" as "7M" often enough to matter: read
literally that is seven minutes, or nothing at all. After a word that introduces a time
("at", "for", "by", "until", …) and not before a unit or a money word, "7M" / "7:30 M"
is rewritten to "7 am" / "7:30 am". Typed text never goes through here.
"""

from __future__ import annotations

import re

_LEAD = r"(?:at|for|by|until|till|til|around|about|from|to|before|after|between|and)"
_AM_SLIP = re.compile(
    rf"\b(?P<lead>{_LEAD})\s+(?P<h>[01]?\d)(?P<m>[:.][0-5]\d)?\s?M\b(?!\s*(?:dollars|euros|"
    r"pounds|people|users|views|miles|meters|metres|years|\$))",
)


def fix_transcript(text: str) -> str:
    """``text`` with known STT slips repaired (unchanged when there are none)."""
    def repl(m: re.Match[str]) -> str:
        minutes = (m["m"] or "").replace(".", ":")
        return f"{m['lead']} {m['h']}{minutes} am"

    return _AM_SLIP.sub(repl, text)

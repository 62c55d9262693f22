"""Noises written into a typed or transcribed turn: "Sorry — *cough* — no, four.",
"Moin, *hust* ... schreib mal …", "[sniffs] make it fifteen". A cough, sniff, sneeze or
sigh in asterisks or brackets says nothing: it goes, with the dashes or dots around it.
Other words in asterisks are emphasis ("I *really* need milk"): the words stay."""

from __future__ import annotations

import re

# the sounds an ill or tired speaker writes in (five languages)
_SOUNDS = (r"coughs?|coughing|cough cough|sniff(?:s|les?|ing)?|sneez(?:e|es|ing)|a+choo+|"
           r"sighs?|yawns?|groans?|clears? throat|wheez(?:e|es|ing)|snorts?|hic+|"
           r"hust(?:et|en)?|hüstel|räusper|schnief|seufz|hatschi|"
           r"tou(?:sse|x)|toussote|renifle|soupir|atchoum|"
           r"tos(?:e|iendo)?|cof|achís|suspiro|"
           r"coff?(?: coff?)*|tossisce|starnuto|etcì|sospiro")
_NOISE = re.compile(rf"(?:\s*[—–-]+)?\s*[*\[(]\s*(?:{_SOUNDS})\s*[*\])]"
                    r"(?:\s*(?:[—–-]+|\.{2,}|…))?", re.I)
_EMPHASIS = re.compile(r"(?<![\w*])\*(\w[^*\n]{0,40}?)\*(?![\w*])")


def without_noises(text: str) -> str:
    """``text`` without the noises written in it, emphasis asterisks dropped."""
    if "*" not in text and "[" not in text and "(" not in text:
        return text
    out = _NOISE.sub(lambda m: ", " if re.search(r"[—–.…-]", m.group(0)) else " ", text)
    out = _EMPHASIS.sub(r"\1", out)
    out = re.sub(r"(?:\s*,)+\s*(?=[,.!?;:])", "", out)  # "febbre..., ," → "febbre..."
    out = re.sub(r"\s*,(?:\s*,)+", ",", out)
    out = re.sub(r"(?:\.{2,}|…)\s*,", "...", out)
    return " ".join(out.strip(" ,").split())

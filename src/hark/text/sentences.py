"""Split text into sentences for sentence-by-sentence speech synthesis.

Rule-based and dependency-free: handles abbreviations (Dr., e.g., a.m.), initials,
decimals (3.5), ellipses, "?!" runs, quotes and brackets, line breaks, and cuts very long
sentences at clause punctuation so that no chunk exceeds ``max_chars``.
"""

from __future__ import annotations

import re

MAX_CHARS = 250

# Abbreviations that are (almost) never the end of a sentence: a name or number follows.
_NEVER_END = {
    "mr", "mrs", "ms", "mx", "dr", "prof", "st", "mt", "ft", "rev", "hon", "gen", "col",
    "lt", "sgt", "capt", "cmdr", "gov", "sen", "rep", "pres", "fr", "sr", "jr",
    "no", "nos", "vol", "vols", "pp", "p", "fig", "figs", "eq", "ch", "sec", "art",
    "vs", "v", "e.g", "i.e", "cf", "approx", "ca", "c", "dept", "est", "max", "min",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "ave", "blvd", "rd",
}
# Abbreviations that may end a sentence: split only if a capitalised word follows.
_MAY_END = {"etc", "a.m", "p.m", "inc", "ltd", "co", "corp", "llc", "u.s", "u.k", "e.u",
            "u.s.a", "ph.d", "b.c", "a.d", "am", "pm"}

_OPENERS = "\"'“‘«([{"
_CLOSERS = "\"'”’»)]}"
# A run of terminal punctuation (with optional closing quotes/brackets) then whitespace.
_BOUNDARY = re.compile(r"([.!?…]+|\.(?:\s*\.){2,})([" + re.escape(_CLOSERS) + r"]*)(\s+)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def _next_starts_sentence(rest: str) -> bool:
    """True if ``rest`` (text after the boundary) looks like a new sentence start."""
    s = rest.lstrip(_OPENERS + " ")
    if not s:
        return True
    ch = s[0]
    return ch.isupper() or ch.isdigit() or not ch.isalpha()


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    punct = m.group(1)
    rest = text[m.end():]
    if "!" in punct or "?" in punct:
        # '"Is it raining?" she asked.': a quote closed mid-sentence
        return not (m.group(2) and rest[:1].islower())
    if punct != ".":  # an ellipsis ("...", ". . ." or "…") ends a sentence before a capital
        return rest.lstrip(_OPENERS)[:1].isupper()
    # a single full stop
    before = text[: m.start()]
    w = _WORD_BEFORE.search(before)
    word = w.group(1).lower().rstrip(".") if w else ""
    if word:
        if len(word) == 1 and word.isalpha() and before[-1].isupper():
            return False  # an initial: "J. R. R. Tolkien"
        if word in _NEVER_END and not m.group(2):
            return False
        if word in _MAY_END or "." in word:
            return rest.lstrip(_OPENERS)[:1].isupper()
    return _next_starts_sentence(rest)


def _split_lines(text: str) -> list[str]:
    """Line breaks end a sentence unless the next line continues it (hard wrap)."""
    lines = [ln.strip() for ln in re.split(r"\r\n|\r|\n", text)]
    blocks: list[str] = []
    cur = ""
    for ln in lines:
        if not ln:
            if cur:
                blocks.append(cur)
            cur = ""
            continue
        bullet = re.match(r"^(?:[-*•]|\d+[.)])\s+", ln)
        ln = ln[bullet.end():] if bullet else ln
        if cur and not bullet and ln[0].islower() and cur[-1] not in ".!?…:":
            cur += " " + ln
        else:
            if cur:
                blocks.append(cur)
            cur = ln
    if cur:
        blocks.append(cur)
    return blocks


def _split_long(sentence: str, max_chars: int) -> list[str]:
    out: list[str] = []
    s = sentence
    while len(s) > max_chars:
        cut = -1
        for pattern in (r"[;:]\s", r",\s", r"\s[-–—]+\s", r"\s"):
            cands = [m.end() for m in re.finditer(pattern, s[: max_chars + 1])
                     if m.end() >= min(40, max_chars // 3)]
            if cands:
                cut = cands[-1]
                break
        if cut <= 0:
            cut = max_chars  # one enormous "word"
        out.append(s[:cut].strip())
        s = s[cut:].strip()
    if s:
        out.append(s)
    return out


def split_sentences(text: str, max_chars: int = MAX_CHARS) -> list[str]:
    """Split ``text`` into sentences (each at most ``max_chars`` characters)."""
    out: list[str] = []
    for block in _split_lines(text):
        block = re.sub(r"\s+", " ", block)
        start = 0
        for m in _BOUNDARY.finditer(block):
            if _is_boundary(block, m):
                piece = block[start: m.end()].strip()
                if piece:
                    out.append(piece)
                start = m.end()
        tail = block[start:].strip()
        if tail:
            out.append(tail)
    result: list[str] = []
    for s in out:
        if not any(ch.isalnum() for ch in s):
            if result:  # stray punctuation: attach to the previous sentence
                result[-1] = f"{result[-1]} {s}"
            continue
        result.extend(_split_long(s, max_chars))
    return result


_CLAUSE_BREAK = re.compile(r"[,;:](?=\s)|\s[-–—]+(?=\s)")


def cut_first_clause(sentences: list[str], min_chars: int = 24,
                     max_head_words: int = 3) -> tuple[list[str], bool]:
    """Cut a short opening clause off the first sentence ("Okay, timer set for 5
    minutes." → "Okay," + "timer set for 5 minutes."), so a speaker can start on it while
    the rest is synthesised. Only openers of up to ``max_head_words`` words ("Okay,",
    "Sure,", "No problem,") are cut: they are said apart anyway, while cutting a long
    clause changes the intonation of its last word. Returns ``(pieces, cut)``; nothing is
    cut when the sentence is shorter than ``min_chars`` or fewer than two words follow."""
    if not sentences or len(sentences[0]) < min_chars:
        return sentences, False
    first = sentences[0]
    m = _CLAUSE_BREAK.search(first)
    if m is None:
        return sentences, False
    head, tail = first[: m.end()].strip(), first[m.end():].strip()
    if (not any(ch.isalnum() for ch in head) or len(head.split()) > max_head_words
            or len(tail.split()) < 2):
        return sentences, False
    return [head, tail, *sentences[1:]], True

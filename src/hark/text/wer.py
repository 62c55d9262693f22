"""Word error rate with a text normaliser, so that "10%" and "ten percent" count as equal.

``normalize_for_wer`` lowercases, spells numbers as English words (cardinals, ordinals,
decimals, years, decades, times, money, percent), expands a few spoken abbreviations
(mr → mister), turns hyphens into spaces, drops other punctuation and collapses spaces.
``wer`` is the word-level Levenshtein distance divided by the number of reference words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand"))
_ORDINAL_WORDS = {
    "one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
    "nine": "ninth", "twelve": "twelfth",
}
_ABBREVIATIONS = {
    "mr": "mister", "mrs": "missus", "dr": "doctor", "prof": "professor", "ok": "okay",
    "vs": "versus", "etc": "et cetera",
}


def _below_thousand(n: int) -> list[str]:
    words: list[str] = []
    if n >= 100:
        words += [_ONES[n // 100], "hundred"]
        n %= 100
    if n >= 20:
        words.append(_TENS[n // 10])
        if n % 10:
            words.append(_ONES[n % 10])
    elif n or not words:
        words.append(_ONES[n])
    return words


def number_to_words(n: int) -> str:
    """Cardinal English words: 0 → "zero", 1205 → "one thousand two hundred five"."""
    if n < 0:
        return "minus " + number_to_words(-n)
    if n >= 10**15:  # read long digit strings (phone/account numbers) digit by digit
        return " ".join(_ONES[int(d)] for d in str(n))
    words: list[str] = []
    for value, scale in _SCALES:
        if n >= value:
            words += _below_thousand(n // value) + [scale]
            n %= value
    if n or not words:
        words += _below_thousand(n)
    return " ".join(words)


def year_to_words(n: int) -> str:
    """Years the way they are said: 1990 → "nineteen ninety", 1905 → "nineteen oh five",
    1900 → "nineteen hundred", 2000 → "two thousand", 2024 → "twenty twenty four"."""
    hi, lo = divmod(n, 100)
    if 2000 <= n <= 2009 or n % 1000 == 0:
        return number_to_words(n)
    if lo == 0:
        return number_to_words(hi) + " hundred"
    if lo < 10:
        return number_to_words(hi) + " oh " + _ONES[lo]
    return number_to_words(hi) + " " + number_to_words(lo)


def ordinal(words: str) -> str:
    """"twenty one" → "twenty first", "twelve" → "twelfth", "ninety" → "ninetieth"."""
    head, _, last = words.rpartition(" ")
    if last in _ORDINAL_WORDS:
        last = _ORDINAL_WORDS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return f"{head} {last}".strip()


def _plural(words: str) -> str:
    """"nineteen ninety" → "nineteen nineties", "six" → "sixes"."""
    head, _, last = words.rpartition(" ")
    if last.endswith("y"):
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x")):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}".strip()


def _integer_words(digits: str, allow_year: bool) -> str:
    n = int(digits)
    if len(digits) > 1 and digits.startswith("0"):  # "007", "0800": digit by digit
        return " ".join(_ONES[int(d)] for d in digits)
    if allow_year and len(digits) == 4 and 1100 <= n <= 2099:
        return year_to_words(n)
    return number_to_words(n)


_NUMBER = re.compile(
    r"(?P<cur>[$€£])?"
    r"(?P<neg>(?<![\w.])-)?"
    r"(?P<int>\d{1,3}(?:,\d{3})+|\d+)"
    r"(?:\.(?P<dec>\d+))?"
    r"(?P<suf>st|nd|rd|th|s|'s)?"
    r"(?![\w])"
)
_TIME = re.compile(r"\b(\d{1,2}):(\d{2})\b")
_CURRENCY = {"$": "dollars", "€": "euros", "£": "pounds"}


def _time_words(m: re.Match[str]) -> str:
    h, mm = int(m.group(1)), int(m.group(2))
    if mm == 0:
        return f" {number_to_words(h)} "
    minute = ("oh " + _ONES[mm]) if mm < 10 else number_to_words(mm)
    return f" {number_to_words(h)} {minute} "


def _number_words(m: re.Match[str]) -> str:
    raw_int = m.group("int")
    digits = raw_int.replace(",", "")
    dec, suf, cur = m.group("dec"), (m.group("suf") or ""), m.group("cur")
    has_commas = "," in raw_int
    if dec is not None:
        words = number_to_words(int(digits)) + " point " + " ".join(_ONES[int(d)] for d in dec)
    else:
        words = _integer_words(digits, allow_year=not has_commas and cur is None)
    if m.group("neg"):
        words = "minus " + words
    if suf in {"st", "nd", "rd", "th"} and dec is None:
        words = ordinal(words)
    elif suf in {"s", "'s"}:
        words = _plural(words)
    if cur:
        words += " " + _CURRENCY[cur]
    return f" {words} "


def normalize_for_wer(text: str) -> str:
    """Canonical lowercase word string for scoring speech recognition output."""
    t = unicodedata.normalize("NFKC", text).lower()
    t = t.replace("’", "'").replace("‘", "'")
    t = t.replace("&", " and ").replace("%", " percent ")
    t = _TIME.sub(_time_words, t)
    t = _NUMBER.sub(_number_words, t)
    t = re.sub(r"[-‐‑‒–—―/]", " ", t)  # hyphens, dashes, slashes separate words
    t = t.replace("'", "")  # don't → dont (applied to both sides alike)
    t = re.sub(r"[^\w\s]|_", " ", t)  # every other punctuation mark
    words = [_ABBREVIATIONS.get(w, w) for w in t.split()]
    return " ".join(" ".join(words).split())


def edit_distance(ref: list[str], hyp: list[str]) -> int:
    """Word-level Levenshtein distance (substitutions + deletions + insertions)."""
    prev = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        cur = [i] + [0] * len(hyp)
        for j, h in enumerate(hyp, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (r != h))
        prev = cur
    return prev[-1]


def word_errors(ref: str, hyp: str, normalize: bool = True) -> tuple[int, int]:
    """(edit distance, number of reference words) after optional normalisation."""
    if normalize:
        ref, hyp = normalize_for_wer(ref), normalize_for_wer(hyp)
    r, h = ref.split(), hyp.split()
    return edit_distance(r, h), len(r)


def wer(ref: str, hyp: str, normalize: bool = True) -> float:
    """Word error rate of ``hyp`` against ``ref``. An empty reference scores 0.0 when the
    hypothesis is empty too and 1.0 otherwise."""
    errors, n = word_errors(ref, hyp, normalize)
    if n == 0:
        return 0.0 if errors == 0 else 1.0
    return errors / n


def corpus_wer(pairs: Iterable[tuple[str, str]], normalize: bool = True) -> float:
    """Total edits over total reference words for (reference, hypothesis) pairs."""
    errors = words = 0
    for ref, hyp in pairs:
        e, n = word_errors(ref, hyp, normalize)
        errors, words = errors + e, words + n
    if words == 0:
        return 0.0 if errors == 0 else 1.0
    return errors / words

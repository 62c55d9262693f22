"""Number words → numbers: cardinals, ordinals, decimals, in en/de/fr/es/it.

``numberize`` turns a list of raw words into words and ``Num`` tokens, taking the
longest run of number words that ``text2num`` accepts ("one hundred and five" → 105,
"vingt et un" → 21) and leaving adjacent numbers apart ("seven thirty" → 7, 30), which
is what the time grammar wants.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

from hark.nlu.normalize.lexicon import Lexicon, fold, lexicon


@dataclass(frozen=True, slots=True)
class Num:
    """A number token. ``width`` is the digit count when written with digits."""

    value: int | float
    ordinal: bool = False
    width: int = 0

    @property
    def is_int(self) -> bool:
        return isinstance(self.value, int) or float(self.value).is_integer()


_DIGITS = re.compile(r"\d+")
_ORD_DIGITS = re.compile(r"(\d+)(?:st|nd|rd|th|er|re|eme|ème|e|º|ª|o|a)")
_DECIMAL = re.compile(r"[+-]?\d+(?:[.,]\d+)?")

_CACHE: dict[tuple[str, str], int | None] = {}


def _t2n(text: str, lang: str) -> int | None:
    key = (lang, text)
    if key in _CACHE:
        return _CACHE[key]
    try:
        value: int | None = int(text2num(text, lang))
    except Exception:  # text2num raises ValueError and friends on anything it rejects
        value = None
    if len(_CACHE) < 20000:
        _CACHE[key] = value
    return value


def _de_half(word: str) -> float | None:
    """German "zweieinhalb" → 2.5, "anderthalb" → 1.5."""
    if word in ("anderthalb", "eineinhalb"):
        return 1.5
    if word.endswith("einhalb") and len(word) > 7:
        base = _t2n(word[:-7], "de")
        if base is not None:
            return base + 0.5
    return None


def ordinal_word(word: str, lex: Lexicon) -> int | None:
    """Value of a single ordinal word ("third", "dritten", "troisième", "ventesimo")."""
    folded = fold(word)
    if folded in lex.ordinals:
        return lex.ordinals[folded]
    if lex.lang == "fr" and folded.endswith("ieme") and len(folded) > 5:
        stem = word[:-4] if word.endswith(("ieme", "ième")) else folded[:-4]
        stem = fold(stem)
        for cand in (
            stem,
            stem + "e",
            stem[:-1] + "q" if stem.endswith("qu") else "",
            stem[:-1] + "f" if stem.endswith("v") else "",
        ):
            if cand and (v := _t2n(cand, "fr")) is not None:
                return v
    if lex.lang == "it" and folded.endswith("esimo") and len(folded) > 6:
        stem = folded[:-5]
        for cand in (stem, stem + "i", stem + "a", stem + "o", stem + "e", stem + "é"):
            if (v := _t2n(cand, "it")) is not None:
                return v
    return None


_NOT_NUMBERS = frozenset({"o", "oh"})


_PERCENT = {"cent": "pour", "ciento": "por", "cento": "per"}  # "pour cent" is "percent"


def _is_number_word(word: str, lang: str) -> bool:
    return word.isalpha() and word not in _NOT_NUMBERS and _t2n(word, lang) is not None


def numberize(words: list[str], lex: Lexicon) -> list[str | Num]:
    """Replace number words and digit strings by ``Num`` tokens."""
    lang = lex.lang
    out: list[str | Num] = []
    i, n = 0, len(words)
    while i < n:
        w = words[i]
        if _DIGITS.fullmatch(w):
            out.append(Num(int(w), width=len(w)))
            i += 1
            continue
        m = _ORD_DIGITS.fullmatch(w)
        if m:
            out.append(Num(int(m.group(1)), ordinal=True, width=len(m.group(1))))
            i += 1
            continue
        if lang == "de" and (h := _de_half(w)) is not None:
            out.append(Num(h))
            i += 1
            continue
        if _is_number_word(w, lang) and not (i and words[i - 1] == _PERCENT.get(w)):
            j = i + 1
            while j < n and (
                _is_number_word(words[j], lang)
                or (
                    words[j] in lex.connectors and j + 1 < n and _is_number_word(words[j + 1], lang)
                )
            ):
                j += 1
            value = None
            while j > i:
                if words[j - 1] not in lex.connectors:
                    value = _t2n(" ".join(words[i:j]), lang)
                    if value is not None:
                        break
                j -= 1
            if value is None:  # cannot happen: words[i] alone parses
                out.append(w)
                i += 1
                continue
            i = j
            # English compound ordinals: "twenty first" → 21st
            if (
                i < n
                and value % 10 == 0
                and 20 <= value <= 90
                and (o := ordinal_word(words[i], lex)) is not None
                and o < 10
            ):
                out.append(Num(value + o, ordinal=True))
                i += 1
                continue
            # Decimals said aloud: "two point five", "zwei komma fünf"
            if i + 1 < n and words[i] in lex.decimal_words and _is_number_word(words[i + 1], lang):
                k, digits = i + 1, ""
                while k < n and _is_number_word(words[k], lang):
                    d = _t2n(words[k], lang)
                    if d is None or (digits and d > 9):
                        break
                    digits += str(d)
                    k += 1
                    if d > 9:
                        break
                out.append(Num(float(f"{value}.{digits}")))
                i = k
                continue
            out.append(Num(value))
            continue
        if fold(w) not in _CLASH[lang] and (o := ordinal_word(w, lex)) is not None:
            out.append(Num(o, ordinal=True))
            i += 1
            continue
        out.append(w)
        i += 1
    return out


# Ordinal words that are also something else ("second" is a unit, "cuarto" a quarter):
# the grammars read those symbols as ordinals where it makes sense.
_CLASH: dict[str, frozenset[str]] = {}


def _init_clash() -> None:
    from hark.nlu.normalize.lexicon import LEXICONS

    for lang, lex in LEXICONS.items():
        _CLASH[lang] = frozenset(w for w in lex.ordinals if (w,) in lex.phrases)


_init_clash()


def to_float(text: str) -> float | None:
    """ "3.5" / "3,5" / "-2" → float; None otherwise."""
    if _DECIMAL.fullmatch(text):
        return float(text.replace(",", "."))
    return None


def clean(value: float) -> int | float:
    """Ints stay ints in JSON: 20.0 → 20."""
    return int(value) if float(value).is_integer() else round(float(value), 6)


def parse_number(raw: str, lang: str = "en") -> int | float | None:
    """A whole span as one number: "twenty one", "21", "3.5", "two point five",
    "minus five", "a hundred". None when the span holds anything else."""
    from hark.nlu.normalize.tokens import analyse

    toks = analyse(raw, lang)
    sign = 1
    if toks and toks[0] in ("@minus", "@plus"):
        sign = -1 if toks[0] == "@minus" else 1
        toks = toks[1:]
    if (
        len(toks) == 2
        and toks[0] == "@a"
        and isinstance(toks[1], Num)
        and toks[1].value in (100, 1000)
    ):
        toks = toks[1:]
    if len(toks) == 1:
        t = toks[0]
        if isinstance(t, Num) and not t.ordinal:
            return clean(sign * t.value)
        if isinstance(t, str) and (f := to_float(t)) is not None:
            return clean(sign * f)
        if t == "@half":
            return 0.5
    if len(toks) == 2 and toks[0] == "@a" and toks[1] == "@half":
        return 0.5
    return None


def parse_ordinal(raw: str, lang: str = "en") -> int | None:
    """ "3rd", "third", "twenty first", "dritten", "troisième" → int."""
    from hark.nlu.normalize.tokens import analyse

    toks = analyse(raw, lang)
    if len(toks) == 1:
        t = toks[0]
        if isinstance(t, Num) and t.ordinal:
            return int(t.value)
        if t == "@u:s":
            return 2
        if t == "@last":
            return -1
    return None


__all__ = ["Num", "numberize", "ordinal_word", "parse_number", "parse_ordinal", "lexicon"]

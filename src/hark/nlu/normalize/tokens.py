"""Raw span → canonical tokens: words, ``Num`` numbers and ``@symbols``.

Steps: lower-case and tidy punctuation; split into words and digit groups; turn number
words into ``Num`` (numbers.py); replace the longest known phrases by symbols
(lexicon.py); drop filler words ("at", "the", "um", "à", "a las", "alle").
Compound digit strings ("7:30", "7.30", "3,5", "12/25", "2026-12-25") stay strings.
"""

from __future__ import annotations

import re
from functools import lru_cache

from hark.nlu.normalize.lexicon import Lexicon, fold, lexicon
from hark.nlu.normalize.numbers import Num, numberize

Token = str | Num

_TOKEN_RE = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}"  # ISO date
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"  # 12/25/2026, 25.12.2026
    r"|\d{1,2}/\d{1,2}"  # 12/25
    r"|\d{1,2}\.\d{1,2}\.(?!\d)"  # 25.12.
    r"|\d+(?:st|nd|rd|th|er|re|eme|ème|e|º|ª)\b"  # ordinals with digits
    r"|\d+[:.,]\d+"  # 7:30, 7.30, 3.5, 3,5
    r"|\d+"
    r"|[^\W\d_]+"
    r"|[%°+\-]"
)
# "ten-minute", and "10-minute" as Whisper writes it
_HYPHEN_IN_WORD = re.compile(r"(?<=[^\W_])-(?=[^\W\d_])")
_POSSESSIVE = re.compile(r"(?<=\w)'s\b")
_NUMBER_STOP = re.compile(r"(?<=\d)\.(?=\s|$)")
# American "ten of six" (5:50): minutes "of" an hour are minutes to it
_MINUTES_OF = re.compile(
    r"\b(five|ten|twenty|twenty[- ]five|5|10|20|25)( minutes)? of (one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|noon|midnight|[1-9]|1[0-2])\b")


def _words(raw: str, lang: str) -> list[str]:
    text = raw.lower().replace("’", "'").replace("`", "'")
    if lang == "en":
        text = _POSSESSIVE.sub("", text)
        # a full stop after a number ends the sentence ("at 9.30."): English writes no
        # German "25.12." dates
        text = _NUMBER_STOP.sub("", text)
        text = _MINUTES_OF.sub(r"\1\2 to \3", text)
    text = text.replace("a.m.", "am").replace("p.m.", "pm")
    text = _HYPHEN_IN_WORD.sub(" ", text)
    return _TOKEN_RE.findall(text)


def _symbols(value: tuple[str, ...]) -> list[Token]:
    out: list[Token] = []
    for sym in value:
        if sym.startswith("#"):
            num = float(sym[1:])
            out.append(Num(int(num) if num.is_integer() else num))
        else:
            out.append(sym)
    return out


def _phrase_pass(items: list[str | Num], lex: Lexicon) -> list[Token]:
    out: list[Token] = []
    folded = [fold(t) if isinstance(t, str) else None for t in items]
    i, n = 0, len(items)
    while i < n:
        if folded[i] is not None:
            for size in range(min(lex.max_phrase, n - i), 0, -1):
                key = folded[i : i + size]
                if None in key:
                    continue
                hit = lex.phrases.get(tuple(key))  # type: ignore[arg-type]
                if hit is not None:
                    out.extend(_symbols(hit))
                    i += size
                    break
            else:
                word = folded[i]
                assert word is not None
                if word not in lex.fillers:
                    out.append(word)
                i += 1
        else:
            out.append(items[i])
            i += 1
    return out


_FOR = {"pour", "para", "per", "fur", "für"}  # (not English: "at 3 for an hour" keeps its
_ONE_ARTICLE = {"un", "une", "una", "uno", "ein", "eine", "einen"}  # length whole)


_EIN_COLON = re.compile(r"\bein\s*:", re.I)


@lru_cache(maxsize=4096)
def analyse(raw: str, lang: str = "en") -> tuple[Token, ...]:
    """Canonical tokens of ``raw`` in ``lang`` (cached)."""
    lex = lexicon(lang)
    if lex.lang == "de":  # "Trag bitte ein: Sonnabend, …": the verb's "ein" before its
        raw = _EIN_COLON.sub(" ", raw)  # colon (the tokens lose the colon)
    words = _named_days(_words(raw, lex.lang), lex)
    if len(words) > 2 and fold(words[-2]) in _FOR and fold(words[-1]) in _ONE_ARTICLE:
        words = words[:-2]  # "jeudi à midi pour un [mâchon]": an article, no minute
    if lex.lang == "de":  # "trag Samstag um 15 Uhr ein": the verb's "ein", no minute
        # (and after a day: "… am Donnerstag ein, der geht um neun Uhr", no hour)
        words = [w for k, w in enumerate(words)
                 if not (w.rstrip(",.") in ("ein", "ein:") and (
                     (k and fold(words[k - 1]) == "uhr") or (k and fold(words[k - 1]).rstrip(
                         ",").endswith(("tag", "morgen", "heute", "abend", "mittwoch")))
                     or w.endswith((",", ".", ":"))  # ("… Termin ein: am Mittwoch")
                     or (k + 1 < len(words) and fold(words[k + 1]) in ("um", "am"))))]
    return tuple(_phrase_pass(numberize(words, lex), lex))


def _named_days(words: list[str], lex: Lexicon) -> list[str]:
    """Holidays whose names hold a number word ("zweiter Weihnachtsfeiertag", "Heilige
    Drei Könige") replaced by their symbol before numbers are read."""
    names = _numbered_holidays(lex.lang)
    if not names:
        return words
    out, i = [], 0
    folded = [fold(w) for w in words]
    sizes = sorted({len(name) for name in names}, reverse=True)
    while i < len(words):
        for size in sizes:
            hit = names.get(tuple(folded[i : i + size]))
            if hit is not None:
                out.append(hit)
                i += size
                break
        else:
            out.append(words[i])
            i += 1
    return out


@lru_cache(maxsize=8)
def _numbered_holidays(lang: str) -> dict[tuple[str, ...], str]:
    lex = lexicon(lang)
    found = {}
    for key, value in lex.phrases.items():
        if len(key) > 1 and len(value) == 1 and value[0].startswith("@hol:") and \
                any(isinstance(t, Num) for t in numberize(list(key), lex)):
            found[key] = value[0]
    return found


def is_sym(tok: Token, prefix: str) -> bool:
    return isinstance(tok, str) and tok.startswith(prefix)


def sym_arg(tok: Token) -> str:
    """ "@wd:4" → "4"."""
    assert isinstance(tok, str)
    return tok.split(":", 1)[1]

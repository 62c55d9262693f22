"""Quantities: temperature, percentage, change amounts ("to fifty percent", "by two
levels", "a bit"), currencies ("u. s. d." → USD), time zones ("pacific", "gmt plus
five"), and years/decades ("1958", "the eighties")."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from hark.nlu.normalize.dates import year_of
from hark.nlu.normalize.lexicon import Lexicon
from hark.nlu.normalize.numbers import Num, clean, to_float
from hark.nlu.normalize.tokens import Token, analyse

_UNITS = {"@celsius": "celsius", "@fahrenheit": "fahrenheit", "@kelvin": "kelvin"}


def _value(tok: Token) -> float | None:
    if isinstance(tok, Num) and not tok.ordinal:
        return float(tok.value)
    if isinstance(tok, str):
        return to_float(tok)
    return None


def _signed(t: list[Token]) -> tuple[float, list[Token]] | None:
    sign = 1.0
    if t and t[0] in ("@minus", "@plus"):
        sign = -1.0 if t[0] == "@minus" else 1.0
        t = t[1:]
    if not t or (v := _value(t[0])) is None:
        return None
    return sign * v, t[1:]


def parse_temperature(t: list[Token]) -> dict | None:
    got = _signed(t)
    if got is None:
        return None
    value, rest = got
    if rest and rest[0] == "@degree":
        rest = rest[1:]
    unit = None
    if rest and rest[0] in _UNITS:
        unit, rest = _UNITS[rest[0]], rest[1:]  # type: ignore[index]
    if rest:
        return None
    return {"kind": "temperature", "value": clean(value), "unit": unit}


def parse_percentage(t: list[Token], bare: bool = False) -> dict | None:
    if t in (["@half"], ["@a", "@half"]):
        return {"kind": "percentage", "value": 50}
    got = _signed(t)
    if got is None:
        return None
    value, rest = got
    if rest == ["@percent"] or (bare and not rest):
        return {"kind": "percentage", "value": clean(value)}
    return None


# -- change amounts ("change_amount" in HWU64) ---------------------------------------
_SET = {
    "en": ("to", "at"),
    "de": ("auf",),
    "fr": ("a", "à", "au"),
    "es": ("a", "al"),
    "it": ("a", "al", "alla"),
}
_DELTA = {"en": ("by",), "de": ("um",), "fr": ("de",), "es": ("en",), "it": ("di",)}
_MAX = re.compile(
    r"(the )?(max|maximum|full|full power|full blast|loudest|highest|brightest|"
    r"maximal|maximale?|maximo|massimo|a tope|al massimo|voll|volle)( level| power)?"
)
_MIN = re.compile(
    r"(the )?(min|minimum|lowest|zero|off|quietest|dimmest|minimal|minimo)"
    r"( level| setting)?"
)
_SMALL = re.compile(
    r"(a )?(little|bit|little bit|tad|touch|smidge|notch)( more| less)?|"
    r"slightly|a bit|a little|a little bit|ein bisschen|etwas|ein wenig|"
    r"un peu|un poco|un po'?"
)
_LARGE = re.compile(r"a lot|much|way more|lots|viel|beaucoup|mucho|molto")
_LEVEL = re.compile(r"levels?|stufen?|niveaux?|niveles?|livell[oi]|notch(es)?|steps?")


def parse_amount(raw: str, lex: Lexicon) -> dict | None:
    text = " ".join(raw.lower().replace("%", " percent").split())
    mode = None
    first, _, rest = text.partition(" ")
    if rest and first in _SET.get(lex.lang, ()):
        mode, text = "set", rest
    elif rest and first in _DELTA.get(lex.lang, ()):
        mode, text = "delta", rest
    out: dict = {"kind": "amount", "mode": mode}
    if _MAX.fullmatch(text):
        return {**out, "mode": mode or "set", "value": 100, "unit": "percent", "level": "max"}
    if _MIN.fullmatch(text):
        return {**out, "mode": mode or "set", "value": 0, "unit": "percent", "level": "min"}
    if _SMALL.fullmatch(text):
        return {**out, "mode": "delta", "size": "small"}
    if _LARGE.fullmatch(text):
        return {**out, "mode": "delta", "size": "large"}
    if text in ("low", "niedrig", "bas", "bajo", "basso"):
        return {**out, "mode": mode or "set", "level": "low"}
    if text in ("high", "hoch", "haut", "alto"):
        return {**out, "mode": mode or "set", "level": "high"}
    if text in ("medium", "middle", "mittel", "moyen", "medio"):
        return {**out, "mode": mode or "set", "value": 50, "unit": "percent", "level": "medium"}
    words = text.split()
    if len(words) >= 2 and _LEVEL.fullmatch(words[0]):  # "level seven"
        toks = list(analyse(" ".join(words[1:]), lex.lang))
        if len(toks) == 1 and (v := _value(toks[0])) is not None:
            return {**out, "value": clean(v), "unit": "level"}
        return None
    if len(words) >= 2 and _LEVEL.fullmatch(words[-1]):  # "two levels"
        toks = list(analyse(" ".join(words[:-1]), lex.lang))
        if len(toks) == 1 and (v := _value(toks[0])) is not None:
            return {**out, "value": clean(v), "unit": "level"}
        return None
    toks = list(analyse(text, lex.lang))
    pct = parse_percentage(toks)
    if pct is not None:
        return {**out, "value": pct["value"], "unit": "percent"}
    got = _signed(toks)
    if got is not None and not got[1]:
        return {**out, "value": clean(got[0]), "unit": None}
    return None


# -- currencies --------------------------------------------------------------------
_CURRENCIES = {
    "USD": "usd us dollar dollars us dollars american dollar american dollars buck bucks "
    "dolar dolares dollaro dollari us",
    "EUR": "eur euro euros",
    "GBP": "gbp pound pounds sterling pound sterling british pound british pounds quid "
    "pfund livre livres libra libras sterlina",
    "JPY": "jpy yen japanese yen",
    "INR": "inr rupee rupees indian rupee indian rupees rs",
    "CNY": "cny rmb yuan renminbi chinese yuan",
    "CHF": "chf swiss franc swiss francs franken franc francs",
    "CAD": "cad canadian dollar canadian dollars",
    "AUD": "aud australian dollar australian dollars",
    "RUB": "rub ruble rubles rouble roubles",
    "MXN": "mxn peso pesos mexican peso mexican pesos",
    "BRL": "brl real reais brazilian real",
    "KRW": "krw won korean won",
    "SEK": "sek swedish krona krona kronor",
    "NOK": "nok norwegian krone",
    "DKK": "dkk danish krone",
    "ZAR": "zar rand rands",
    "BTC": "btc bitcoin bitcoins",
}
_PHRASE_TO_CODE: dict[str, str] = {}
for _code, _names in _CURRENCIES.items():
    _words = _names.split()
    for _w in _words:
        _PHRASE_TO_CODE.setdefault(_w, _code)
_PHRASE_TO_CODE.update(
    {
        p: c
        for c, ps in {
            "USD": ["us dollar", "us dollars", "american dollar", "american dollars"],
            "GBP": ["pound sterling", "british pound", "british pounds"],
            "JPY": ["japanese yen"],
            "INR": ["indian rupee", "indian rupees"],
            "CNY": ["chinese yuan"],
            "CHF": ["swiss franc", "swiss francs"],
            "CAD": ["canadian dollar", "canadian dollars"],
            "AUD": ["australian dollar", "australian dollars"],
            "MXN": ["mexican peso", "mexican pesos"],
            "BRL": ["brazilian real"],
            "KRW": ["korean won"],
            "SEK": ["swedish krona"],
            "NOK": ["norwegian krone"],
            "DKK": ["danish krone"],
        }.items()
        for p in ps
    }
)
_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₿": "BTC"}


def _squash_letters(text: str) -> str:
    """ "u. s. d." → "usd"; "g b p" → "gbp"."""
    text = re.sub(r"[.']", " ", text.lower())
    words = text.split()
    out: list[str] = []
    run = ""
    for w in words:
        if len(w) == 1 and w.isalpha():
            run += w
            continue
        if run:
            out.append(run)
            run = ""
        out.append(w)
    if run:
        out.append(run)
    return " ".join(out)


def parse_currency(raw: str) -> dict | None:
    s = raw.strip()
    if s in _SYMBOLS:
        return {"kind": "currency", "code": _SYMBOLS[s]}
    text = _squash_letters(s)
    text = re.sub(r"^(the|in|to|into)\s+", "", text)
    code = _PHRASE_TO_CODE.get(text)
    if code is None and text.upper() in _CURRENCIES:
        code = text.upper()
    return {"kind": "currency", "code": code} if code else None


# -- time zones ----------------------------------------------------------------------
_ZONES = {
    "America/New_York": "eastern eastern time est edt et east coast east new york",
    "America/Chicago": "central central time cst cdt ct chicago",
    "America/Denver": "mountain mountain time mst mdt mt denver",
    "America/Los_Angeles": "pacific pacific time pst pdt pt west coast west western "
    "los angeles california",
    "UTC": "utc gmt gtm greenwich zulu universal time coordinated universal time",
    "Asia/Kolkata": "ist india indian india time indian standard time",
    "Europe/London": "bst london london england british uk england",
    "Europe/Berlin": "cet cest central european central european time germany berlin",
    "Europe/Paris": "paris france",
    "Europe/Dublin": "irish ireland dublin",
    "Europe/Moscow": "moscow msk russia",
    "Asia/Tokyo": "jst japan tokyo",
    "Asia/Shanghai": "china beijing shanghai",
    "Australia/Sydney": "aest sydney",
    "America/Anchorage": "alaska akst",
    "Pacific/Honolulu": "hawaii hst",
}
_ZONE_OF: dict[str, str] = {}
for _zone, _names in _ZONES.items():
    for _n in _names.split():
        _ZONE_OF.setdefault(_n, _zone)
_ZONE_OF.update(
    {
        "eastern time": "America/New_York",
        "east coast": "America/New_York",
        "new york": "America/New_York",
        "central time": "America/Chicago",
        "mountain time": "America/Denver",
        "pacific time": "America/Los_Angeles",
        "west coast": "America/Los_Angeles",
        "los angeles": "America/Los_Angeles",
        "universal time": "UTC",
        "coordinated universal time": "UTC",
        "india time": "Asia/Kolkata",
        "indian standard time": "Asia/Kolkata",
        "london england": "Europe/London",
        "central european": "Europe/Berlin",
        "central european time": "Europe/Berlin",
    }
)
_CURRENT = re.compile(
    r"(my )?(current|local|this|my)( time)?( zone| time zone| timezone)?|"
    r"here|my zone|my time zone"
)
_OFFSET = re.compile(r"(?:utc|gmt|gtm)\s*(plus|minus|\+|-)?\s*(.*)")


def _offset_text(sign: int, minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{'+' if sign >= 0 else '-'}{h:02d}:{m:02d}"


def parse_time_zone(raw: str, now: datetime) -> dict | None:
    text = _squash_letters(raw)
    text = re.sub(r"\s+(time zone|timezone|zone|standard time|daylight time)$", "", text)
    text = re.sub(r"^(the|in)\s+", "", text)
    if _CURRENT.fullmatch(text):
        key = getattr(now.tzinfo, "key", None)
        off = now.utcoffset()
        minutes = int(off.total_seconds() // 60) if off is not None else 0
        return {
            "kind": "time_zone",
            "tz": key,
            "offset": _offset_text(1 if minutes >= 0 else -1, abs(minutes)),
            "current": True,
        }
    m = _OFFSET.fullmatch(text)
    if m and m.group(2):
        sign = -1 if m.group(1) in ("minus", "-") else 1
        rest = m.group(2).replace(":", " ")
        toks = list(analyse(rest, "en"))
        nums = [t for t in toks if isinstance(t, Num)]
        if len(nums) != len(toks) or not 1 <= len(nums) <= 2:
            return None
        h = int(nums[0].value)
        mi = int(nums[1].value) if len(nums) == 2 else 0
        if h >= 100 and len(nums) == 1:
            h, mi = divmod(h, 100)
        if h > 14 or mi >= 60:
            return None
        return {"kind": "time_zone", "tz": None, "offset": _offset_text(sign, h * 60 + mi)}
    zone = _ZONE_OF.get(text)
    if zone is None:
        return None
    off = now.astimezone(ZoneInfo(zone)).utcoffset()
    minutes = int(off.total_seconds() // 60) if off is not None else 0
    return {
        "kind": "time_zone",
        "tz": zone,
        "offset": _offset_text(1 if minutes >= 0 else -1, abs(minutes)),
    }


# -- years and decades ----------------------------------------------------------------
_DECADES = {
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fourties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
}
_DECADE_DIGITS = re.compile(r"(?:the\s+)?(\d{2}|\d{4})'?s")


def parse_year(raw: str, lang: str) -> dict | None:
    text = " ".join(raw.lower().split())
    text = re.sub(r"^(the|in|from)\s+", "", text)
    if text in _DECADES:
        start = 1900 + _DECADES[text]
        return {"kind": "year_range", "start": start, "end": start + 9}
    m = _DECADE_DIGITS.fullmatch(text)
    if m:
        v = int(m.group(1))
        start = v if v >= 1000 else 1900 + v if v >= 20 else 2000 + v
        if start % 10 == 0:
            return {"kind": "year_range", "start": start, "end": start + 9}
    y = year_of(list(analyse(text, lang)))
    return {"kind": "year", "value": y} if y is not None else None

"""A weekday said with the day of the month in words, in French, Spanish and Italian:
"déplace-le à lundi prochain le sept", "córrela al lunes siete", "spostala a lunedì sette".

The readers of times took the number for a clock time ("lundi le sept" at 7:00, the
dentist moved to 19:00 on the 7th). :func:`dated` writes the number in figures, as the
readers take "lundi 7", "lunes 7", "lunedì 7" for a date. A number followed by the words
of a clock time ("lundi sept heures", "lunes siete y media") is left alone.
"""

from __future__ import annotations

import re

_NUMBERS = {
    "fr": ("premier un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
           "quinze seize dix-sept dix-huit dix-neuf vingt vingt-et-un vingt-deux vingt-trois "
           "vingt-quatre vingt-cinq vingt-six vingt-sept vingt-huit vingt-neuf trente "
           "trente-et-un"),
    "es": ("uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
           "dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés "
           "veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve treinta "
           "treinta-y-uno"),
    "it": ("uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici "
           "quattordici quindici sedici diciassette diciotto diciannove venti ventuno ventidue "
           "ventitré ventiquattro venticinque ventisei ventisette ventotto ventinove trenta "
           "trentuno"),
}
# the number each word says ("premier" and "un" are both the 1st)
_VALUE = {lang: {w.replace("-", " "): max(i, 1) if lang == "fr" else i + 1
                 for i, w in enumerate(words.split())} for lang, words in _NUMBERS.items()}
_WEEKDAY = {
    "fr": r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
    "es": r"lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo",
    "it": r"luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica",
}
_NEXT = {"fr": r"prochain", "es": r"pr[óo]ximo|que viene", "it": r"prossim[oa]"}
_ARTICLE = {"fr": r"le", "es": r"el", "it": r"il"}
# what follows a clock time's number
_CLOCK_AFTER = r"\s*(?:h\b|heures?|horas?|ore\b|y\b|e\b|et\b|de la|del|di|du|:|\d|moins|menos|meno|" \
               r"pile|en punto|in punto)"


def _pattern(lang: str) -> re.Pattern[str]:
    # (a number in two words said with its hyphen too: "dix-huit" is no "dix")
    numbers = "|".join(sorted((r"[\s-]".join(map(re.escape, w.split())) for w in _VALUE[lang]),
                              key=len, reverse=True))
    return re.compile(rf"\b(?P<day>{_WEEKDAY[lang]})(?P<next>\s+(?:{_NEXT[lang]}))?,?\s+"
                      rf"(?:{_ARTICLE[lang]}\s+)?(?P<n>{numbers})(?![\w-])(?!{_CLOCK_AFTER})", re.I)


_PATTERNS = {lang: _pattern(lang) for lang in _VALUE}


# "un", "uno" before a thing is its article: "mets-moi jeudi un rendez-vous avec Paul" (had
# been Thursday the 1st)
_ARTICLE_ONE = re.compile(r"\s+(?!(?:à|a|alle|al|le|el|il|de|del|di|du|prochain|que|et|y|e|"
                          r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
                          r"novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
                          r"septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|"
                          r"giugno|luglio|settembre|ottobre|dicembre)\b)[^\W\d]", re.I)


def dated(text: str) -> str:
    """``text`` with "lundi prochain le sept" said "lundi 7" (French, Spanish, Italian)."""
    def said(m: re.Match[str], lang: str) -> str:
        n = m["n"].lower().replace("-", " ")
        if n in ("un", "uno") and _ARTICLE_ONE.match(m.string, m.end()):
            return m.group(0)
        return f"{m['day']} {_VALUE[lang][n]}"

    for lang, pattern in _PATTERNS.items():
        text = pattern.sub(lambda m, lang=lang: said(m, lang), text)
    return text

"""How a day looks, asked in everyday words, in English, German, French, Spanish and
Italian: "So what's Thursday looking like now?", "how am I looking on Friday?", "how does my Wednesday look now?", "Wie
schaut's am Donnerstag aus?", "Ça donne quoi, jeudi ?", "¿Cómo ando el jueves?", "E
giovedì allora come sono messo?".

:func:`plain` says such a question as the overview of that day reads it ("what have I got
on Thursday?"); other text is returned as it was. The model had read them as the weather
or small talk.
"""

from __future__ import annotations

import re

# a day said by its name, or as tomorrow or today, in each language
DAY_WORDS = {
    "en": r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today",
    "de": r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|heute",
    "fr": r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|aujourd'hui",
    "es": r"lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|mañana|hoy",
    "it": r"luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|domani|oggi",
}
_LOOKS = {
    "en": r"^(?:(?:so|and|ok|okay|right|then)[\s,]+)*(?:what's|whats|what is|how's|hows|how is)\s+"
          r"(?:my\s+)?(?P<day>{day})\s+looking(?:\s+like)?(?:\s+(?:now|then))?\s*[?.!]*$"
          r"|^(?:(?:so|and|ok|okay|right|then)[\s,]+)*how am i looking\s+(?:on\s+)?(?P<day2>{day})"
          r"(?:\s+(?:now|then))?\s*[?.!]*$"
          # "So how does my Wednesday look now?"
          r"|^(?:(?:so|and|ok|okay|right|then)[\s,]+)*how (?:does|do|will)\s+(?:my\s+)?"
          r"(?P<day3>{day})\s+look(?:\s+(?:now|then))?\s*[?.!]*$"
          # the day said first: "And Wednesday, have I anything on?"
          r"|^(?:(?:so|and|ok|okay|right|then|what about|how about)[\s,]+)*(?:on\s+)?(?P<day4>{day})\s*,"
          r"\s*(?:have i(?: got)?|do i have|have i got|am i doing|is there)\s+(?:anything|much|"
          r"something)(?:\s+on)?(?:\s+(?:then|that day))?\s*[?.!]*$",
    "de": r"\bwie\s+(?:schaut|sieht)(?:'s|s| es)?\s+(?:(?:denn|dann|jetzt|so)\s+)*"
          r"(?:am\s+)?(?P<day>{day})\s+aus\b",
    "fr": r"\b(?:ça donne quoi|ca donne quoi|comment ça se présente|comment se présente)\s*,?\s*"
          r"(?P<day>{day})\b|^(?:et\s+)?(?P<day2>{day})\s*,?\s*(?:ça donne quoi|ca donne quoi)\b",
    "es": r"\bc[oó]mo\s+(?:ando|estoy|tengo|voy|me queda)\s+(?:el\s+)?(?P<day>{day})\b"
          r"|^(?:y\s+)?(?:el\s+)?(?P<day2>{day})\s*,?\s*c[oó]mo\s+(?:ando|estoy|tengo|voy)\b",
    "it": r"^(?:e\s+)?(?P<day>{day})\s+(?:(?:allora|adesso|poi)\s+)*come\s+(?:sono|sto|so')\s+"
          r"mess[oa]\b|\bcome\s+(?:sono|sto|so')\s+mess[oa]\s+(?P<day2>{day})\b",
}
_SAID = {"en": "what have I got {on}{day}?", "de": "Was habe ich {on}{day}?",
         "fr": "J'ai quoi {day} ?", "es": "¿Qué tengo {on}{day}?", "it": "Che cosa ho {day}?"}
# the word before a weekday (none before "tomorrow", "morgen", "mañana")
_ON = {"en": "on ", "de": "am ", "es": "el "}
_NOW_LAST = re.compile(r",?\s+now\s*\?+\s*$", re.I)
_NO_ON = re.compile(r"tomorrow|today|morgen|heute|mañana|hoy", re.I)


# "now" inside a question about another day: "Was hab i jetzt am Freitag noch im Kalender
# stehen?", "Qu'est-ce que j'ai maintenant vendredi ?", "¿Qué tengo ahora el viernes?"
_NOW_INSIDE = {"de": r"\s+jetzt(?=\s+(?:\w+\s+){0,2}(?:am|für)\s+(?:{day}))",
               "fr": r"\s+maintenant(?=\s+(?:\w+\s+){0,2}(?:{day}))",
               "es": r"\s+ahora(?=\s+(?:\w+\s+){0,2}(?:el\s+)?(?:{day}))",
               "it": r"\s+(?:adesso|ora)(?=\s+(?:\w+\s+){0,2}(?:{day}))"}
# (the days other than today, in each language's pattern)
_NOW_INSIDE_RE = [re.compile(now.replace("{day}", DAY_WORDS[lang].replace("|heute", "")
                                         .replace("|aujourd'hui", "").replace("|hoy", "")
                                         .replace("|oggi", "")), re.I)
                  for lang, now in _NOW_INSIDE.items()]
# "Wann kommt jetzt noch mal die Erinnerung für die Karte?", "Und wann muss ich jetzt den
# Müll rausbringen?": when, after the change
_WHEN_NOW = re.compile(r"^((?:und\s+)?(?:also\s+)?wann(?:\s+[\w']+){1,3}?)\s+jetzt\b", re.I)
# "¿Y a qué hora me toca llamar ahora?", "Je dois appeler à quelle heure maintenant ?",
# "Quando devo chiamare adesso?": when, after the change
_WHEN_ASKED = re.compile(r"\b(?:cuándo|cuando|a qué hora|a que hora|quand|à quelle heure|"
                         r"a quelle heure|quando|a che ora)\b", re.I)
_NOW_OTHER = re.compile(r",?\s+(?:ahora|maintenant|adesso|désormais)\b(?=[^?]*\?\s*$)|"
                        r"(?<!che)(?<!quell')(?<!all'),?\s+ora(?=\s*\?\s*$)", re.I)


def without_now(text: str) -> str:
    """A question about a day with "now" last (English) or inside it (de/fr/es/it),
    without it: "what's on my calendar for Saturday now?" asks after the change just made,
    not of this minute."""
    if _NOW_LAST.search(text) and re.search(
            rf"\b(?:{DAY_WORDS['en'].removesuffix('|today')})\b", text, re.I):
        return _NOW_LAST.sub("?", text)
    if text.rstrip().endswith("?"):
        text = _WHEN_NOW.sub(r"\1", text)
        if _WHEN_ASKED.search(text):
            text = _NOW_OTHER.sub("", text)
        for now in _NOW_INSIDE_RE:
            text = now.sub("", text)
    return text


def plain(text: str, lang: str) -> str:
    """``text`` said plainly when it asks how a day looks (see the module); ``text``
    otherwise."""
    if lang not in _LOOKS:
        return text
    m = re.search(_LOOKS[lang].format(day=DAY_WORDS[lang]), text.strip(), re.I)
    if m is None:
        return text
    day = m.group("day") or m.group("day2") or m.groupdict().get("day3") or m.groupdict().get("day4")
    on = "" if _NO_ON.fullmatch(day) else _ON.get(lang, "")
    return _SAID[lang].format(on=on, day=day)

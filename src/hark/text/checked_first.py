"""A thing's time checked with a question before a request timed from it, in German, French,
Spanish and Italian: "La réunion d'équipe, c'est bien demain à 9 heures ? Mets-moi un
rappel une demi-heure avant …", "Domani c'è la riunione di squadra alle nove, giusto?
Mettimi una sveglia un'ora e mezza prima …", "La cena con Anna es el viernes a las siete
y media, ¿no? Ponme un recordatorio una hora antes", "Die Teambesprechung ist doch morgen
um neun, oder? Stell mir einen Wecker eine Stunde vorher".

Asked so, the question was not read as one and its words went into the request (a
reminder at 9 o'clock named "la réunion d'équipe c'est bien mets-moi …"). ``checked_first(
text)`` asks it plainly ("À quelle heure est la réunion d'équipe demain ?"), so that what
follows is timed from the answer; ``text`` unchanged when it does not start that way or
nothing follows the question.
"""

from __future__ import annotations

import re

from hark.text.day_looks import DAY_WORDS

# a thing: an article and a few words ("la réunion d'équipe", "die Teambesprechung")
_THING = {
    "fr": r"(?P<thing>(?:la|le|l'|les|mon|ma|mes)\s*[^,?.!]{2,50})",
    "it": r"(?P<thing>(?:la|il|lo|l'|i|gli|le|mia|mio)\s*[^,?.!]{2,50})",
    "es": r"(?P<thing>(?:la|el|lo|los|las|mi)\s+[^,?.!¿]{2,50})",
    "de": r"(?P<thing>(?:der|die|das|mein|meine)\s+[^,?.!]{2,50})",
}
# when, as the user believes, with its clock: "demain à 9 heures", "alle nove", "el viernes
# a las siete", "morgen um neun"
_WHEN = (r"(?P<when>(?:[^,?.!¿]{0,30}?\s)?(?:à|a|alle|all'|a las|a la|um|gegen|vers|verso)\s+"
         r"[^,?.!¿]{1,30}?)")
# the tag that asks to confirm: "non ?", "giusto?", "¿no?", "oder?"
_TAG = {"fr": r"(?:,?\s*(?:non|hein|c'est ça|pas vrai))?", "it": r",?\s*(?:giusto|vero|no|eh)",
        "es": r",?\s*¿?(?:no|verdad|cierto|a que sí)", "de": r",?\s*(?:oder|ne|gell|nicht wahr|stimmt's)"}
_CHECKED = {
    "fr": (rf"^(?:et\s+)?{_THING['fr']}\s*,?\s+c'est\s+(?:bien|toujours)\s+{_WHEN}",
           rf"^(?:et\s+)?{_THING['fr']}\s+(?:est|a lieu)\s+bien\s+{_WHEN}"),
    "it": (rf"^(?:e\s+)?(?P<day>(?:{DAY_WORDS['it']})\s+)?c'è\s+{_THING['it']}\s+{_WHEN}",
           rf"^(?:e\s+)?{_THING['it']}\s+è\s+{_WHEN}"),
    "es": (rf"^¿?(?:y\s+)?{_THING['es']}\s+(?:es|era)\s+{_WHEN}",
           rf"^¿?(?:y\s+)?(?P<day>(?:{DAY_WORDS['es']})\s+)?(?:es|hay|tengo)\s+{_THING['es']}\s+"
           rf"{_WHEN}"),
    "de": (rf"^(?:und\s+)?{_THING['de']}\s+ist\s+(?:ja|doch|schon)\s+{_WHEN}",
           rf"^(?:und\s+)?(?P<day>(?:{DAY_WORDS['de']})\s+)?ist\s+(?:ja|doch)\s+{_THING['de']}\s+"
           rf"{_WHEN}"),
}
_PATTERNS = {lang: tuple(re.compile(rf"{p}{_TAG[lang]}\s*\?\s+(?=\S)", re.I) for p in patterns)
             for lang, patterns in _CHECKED.items()}
_ASKED = {"fr": "À quelle heure est {thing}{day} ?", "it": "A che ora è {thing}{day}?",
          "es": "¿A qué hora es {thing}{day}?", "de": "Wann ist{day} {thing}?"}
_ON = {"fr": "", "it": "", "es": "el ", "de": "am "}
_NOT_ON = re.compile(r"^(?:morgen|heute|demain|aujourd'hui|mañana|hoy|domani|oggi)$", re.I)


def checked_first(text: str, lang: str) -> str:
    """``text`` with a question that checks a thing's time asked plainly (see the module)."""
    for pattern in _PATTERNS.get(lang, ()):
        m = pattern.match(text.strip())
        if m is None:
            continue
        day = re.search(rf"\b(?:{DAY_WORDS[lang]})\b", m.groupdict().get("day") or m["when"],
                        re.I)
        said_day = ""
        if day is not None:
            word = day.group().lower()
            on = "" if _NOT_ON.match(word) else _ON[lang]
            said_day = f" {on}{word.capitalize() if lang == 'de' and on else word}"
        thing = m["thing"].strip()
        thing = thing[0].lower() + thing[1:]  # (its article: "… est la réunion d'équipe")
        asked = _ASKED[lang].format(thing=thing, day=said_day)
        return f"{asked} {text.strip()[m.end():]}"
    return text

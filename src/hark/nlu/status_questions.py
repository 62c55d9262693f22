"""Questions about the state of devices in German, French, Spanish and Italian: "Ist das
Licht in der Küche an?", "est-ce que la lumière de la cuisine est allumée ?", "¿está
encendida la luz?", "la luce della cucina è accesa?", "Welche Geräte sind an?".

A question form plus a word for on or off (or "läuft"), and a device, a kind of device or
a room named. The NLU routes them to ``iot_query`` (the model, never taught that intent,
read them as switching the light on, or as nothing at all); the smart-home skill uses the
same words to answer a question it receives under another ``iot_`` intent.
"""

from __future__ import annotations

import re
from functools import cache

from hark.nlu import stored_requests
from hark.text.clean import find_words

# "Ist das Licht an?", "est-ce que la lumière est allumée ?", "¿está encendida la luz?",
# "la luce della cucina è accesa?", "welche Lichter sind an?", "qu'est-ce qui est allumé ?"
_ON_OFF = {"de": r"an|aus|eingeschaltet|ausgeschaltet|angeschaltet|ausgemacht|angemacht|"
                 r"fertig",
           "fr": r"allumée?s?|éteinte?s?|en marche|en route|tourne\w*|fini|finie|terminée?|"
                 r"prête?s?",
           "es": r"encendid[oa]s?|apagad[oa]s?|prendid[oa]s?|en marcha|funcionando|"
                 r"termin[óo]|terminad[oa]|acab[óo]|est[áa]n?\s+list[oa]s?|limpiando",
           "it": r"acces[oaie]|spent[oaie]|in funzione|finit[oa]|terminat[oa]|pront[oaie]|"
                 r"pulendo"}
# German says the state last; a device at work says it with its verb ("Saugt der Roboter
# gerade noch?")
_AT_WORK = r"läuft|laufen|brennt|brennen|saugt|putzt"
_QUESTION = {"de": r"^(?:ist|sind|läuft|laufen|brennt|brennen|welche|was|hab|habe|hast)\b|"
                   r"\?$",
             "fr": r"^est-ce que\b|^(?:quelles?|quels?)\b|^qu'est-ce qui\b|"
                   r"\b(?:est|sont)-(?:elle|il|elles|ils|tu)\b|\bencore\b|\?$",
             "es": r"^¿|^(?:est[áa]n?|sigue|siguen|qu[ée])\b|\bsiguen?\b|\btodav[íi]a\b|"
                   r"\baún\b|\?$",
             "it": r"^(?:quali|cosa)\b|\bancora\b|\bo no\b|\?$"}
# "Pouvez-vous me dire si …", "Kannst du mir sagen, ob …": a question all the same
_ASKS_WHETHER = r"\b(?:sagen|wissen),? ob\b|\b(?:dire|savoir) si\b|\b(?:decir|saber) si\b|" \
                r"\b(?:dirmi|dire|sapere) se\b"
_ASKS_OFF = {"de": r"\b(?:aus|ausgeschaltet|ausgemacht)\b", "fr": r"\béteinte?s?\b",
             "es": r"\bapagad[oa]s?\b", "it": r"\bspent[oaie]\b"}
YES_NO = {"de": ("Ja", "Nein"), "fr": ("Oui", "Non"), "es": ("Sí", "No"), "it": ("Sì", "No")}
# asking for something to be done ("Kannst du das Licht anlassen?", "spegnila"): no question
_REQUEST = {"de": r"kannst|könntest|können|kann|lass|lässt|lasse|mach\w*|schalte?\w*",
            "fr": r"peux|pouvez|pourrais|pourriez|laisse|laissez|allume|éteins|mets",
            "es": r"puedes|podrías|puede|podría|deja|dejar|dejes|enciende|apaga|pon",
            "it": r"puoi|potresti|può|potrebbe|lascia|lasciare|lasci|accendi\w*|spegni\w*"}


def is_question(text: str, language: str) -> bool:
    """Whether ``text`` is a question and not a polite request ("Kannst du…?")."""
    low = " ".join(text.lower().replace("’", "'").split())
    if re.search(_ASKS_WHETHER, low):
        return True
    return bool(re.search(_QUESTION[language], low)) and \
        not find_words(_REQUEST[language], low)


def asks_status(text: str, language: str) -> bool:
    """Whether ``text`` asks what is on or off rather than switching something. German
    says the state last ("Ist das Licht in der Küche an?"): "an"/"aus" elsewhere are
    prepositions; "läuft" counts when a device is named (see :func:`find`)."""
    low = " ".join(text.lower().replace("’", "'").split())
    if not is_question(text, language):
        return False
    if language == "de":
        state = rf"(?<!\w)(?:{_ON_OFF[language]})(?!\w)"
        return bool(re.search(state + r"(?:\s+(?:oder\s+)?(?:an|aus|nicht|noch))*[\s?.!]*$",
                              low) or re.search(rf"\b(?:{_AT_WORK})\b", low))
    return bool(find_words(_ON_OFF[language], low))


def asks_off(text: str, language: str) -> bool:
    return bool(re.search(_ASKS_OFF[language], text.lower()))


# kinds named in a status question ("welche Lichter sind an?")
KIND_WORDS = {
    "de": {"vacuum": r"staubsauger\w*|saugroboter\w*", "coffee": r"kaffee\w*",
           "light": r"licht\w*|lampe\w*", "plug": r"steckdose\w*|stecker\w*"},
    "fr": {"vacuum": r"aspirateurs?", "coffee": r"caf[ée]\w*", "light": r"lumières?|lampes?",
           "plug": r"prises?"},
    "es": {"vacuum": r"aspirador\w*", "coffee": r"caf[ée]\w*", "light": r"luz|luces|lámparas?",
           "plug": r"enchufes?"},
    "it": {"vacuum": r"aspirapolvere", "coffee": r"caff[èe]\w*|macchin\w* del caff[èe]",
           "light": r"luc[ei]|lampad\w*", "plug": r"pres[ae]|spin[ae]"},
}


def kind_said(text: str, language: str) -> str | None:
    low = text.lower()
    return next((kind for kind, words in KIND_WORDS[language].items()
                 if re.search(rf"\b(?:{words})\b", low)), None)


@cache
def _device_finder(language: str) -> tuple[dict[str, str], re.Pattern[str]]:
    """Device form -> lexicon device, and one pattern finding the forms (longest first)."""
    from hark.nlu.rules.lexicon import DEVICES  # the rules package imports this module

    forms = {form.lower(): device for device, (_, by_lang) in DEVICES.items()
             for form in by_lang.get(language, ())}
    names = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return forms, re.compile(rf"(?<!\w)({names})\w{{0,2}}(?!\w)")


def device_spans(text: str, language: str) -> list[tuple[str, int, int]]:
    """(lexicon device, start, end) of each device named in ``text``, in order."""
    forms, finder = _device_finder(language)
    return [(forms[m.group(1)], m.start(), m.end()) for m in finder.finditer(text.lower())]


def devices_said(text: str, language: str) -> set[str]:
    """The lexicon devices named in ``text`` ("Schalte den Ventilator ein" -> {"fan"})."""
    return {device for device, _, _ in device_spans(text, language)}


def device_free(text: str, language: str, kinds: frozenset[str] | None = None) -> str:
    """``text`` in lower case with the names of the devices (of ``kinds``, or all) blanked
    out: "Saugroboter" says nothing of starting it."""
    low = text.lower().replace("’", "'")
    for device, a, b in device_spans(text, language):
        if kinds is None or device in kinds:
            low = low[:a] + " " * (b - a) + low[b:]
    return low


# "what's on?" names no device: these words stand for all of them
_ALL_DEVICES = {"de": r"geräte?|alles|was ist (?:noch |alles )?(?:an|eingeschaltet)",
                "fr": r"appareils?|tout|qu'est-ce qui",
                "es": r"dispositivos?|aparatos?|todo|qué",
                "it": r"dispositivi|apparecchi|tutto|cosa"}
LANGUAGES = ("de", "fr", "es", "it")
# (German) "anstehen", the "an" said last: what is coming up, not what is switched on
_COMING_UP = re.compile(r"\b(?:steht|stehen|stand|standen)\b.*\ban[\s?.!]*$")


def find(text: str, lang: str) -> bool:
    """Whether ``text`` asks what is on or off, about a device, a kind or a room."""
    if lang not in LANGUAGES or not asks_status(text, lang):
        return False
    from hark.nlu.rules.lexicon import find_areas

    low = text.lower().replace("’", "'")
    if find_words(rf"{stored_requests.KIND_WORDS}", low):
        return False  # "¿qué temporizadores tengo en marcha?": the user's timers
    if lang == "de" and _COMING_UP.search(low) and not (kind_said(text, lang)
                                                        or devices_said(text, lang)):
        return False  # "Was steht denn jetzt alles am Samstag an?": what is on that day
    return bool(kind_said(text, lang) or devices_said(text, lang) or find_areas(text, lang)
                or find_words(_ALL_DEVICES[lang], low))

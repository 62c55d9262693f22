""""The second one", "the one with Anna", "both of them": said of what the last answer
read (five languages).

"What alarms do I have?" — "You have 3 alarms: 6:30 AM every weekday, 7:15 AM tomorrow
and 9 AM on Saturday." — "Delete the second one." is "Delete the 07:15 alarm."; "Lösch den
zweiten", "Supprime la deuxième", "Borra la segunda", "Cancella la seconda" likewise. The
things are the session's ``listed`` (:func:`of_outcome`): what a question's answer read
out, in the order it was read, when it read two or more; they stay while the next
requests change one of them (:func:`still_listed`). A turn may name one of them

- by its place (:func:`_one_of`): "the second one", "number two", "the bottom one", "the
  later one" (of two), "the other one" (of two: not the focus);
- by a detail (:func:`by_detail`): words of its name, its day or its time — "the one with
  Anna", "celui de samedi", "la de las 7:15" — when exactly one of them fits;
- or several (:func:`each_of`): "both", "all of them", "the first two", "… except the
  dinner" — one request each, a list's items in one.

An ordinal is only taken for one of them when it is said as a thing ("the second one",
"the last alarm", "den zweiten") and not as a day ("on the first", "le premier
décembre", "el segundo de enero").
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from hark.dialogue.focus import MANY, list_words, thing_of
from hark.dialogue.pointing import CLITIC_VERBS, contracted, named, pointed
from hark.dialogue.words import NOT_NAMING
from hark.skills.providers.lang import AND, join
from hark.text.clean import unaccented

MAX_WORDS = 20

# ordinal words, read without accents, and the place they name (-1: the last; "the other
# one": of two things read, the one the last request was not about)
_OTHER = -99
_EARLIER, _LATER = -98, -97  # of two things: the first, the last
_MIDDLE = -96  # of three (or five): the one between
_SHORTER, _LONGER = -95, -94  # of timers: the one with the least time left, the most
_PLACES = {
    "en": {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3,
           "4th": 3, "fifth": 4, "5th": 4, "last": -1, "final": -1, "top": 0, "bottom": -1,
           "earlier": _EARLIER, "later": _LATER, "other": _OTHER, "middle": _MIDDLE,
           "shorter": _SHORTER, "shortest": _SHORTER, "quicker": _SHORTER, "longer": _LONGER,
           "longest": _LONGER},
    # (the next one of things read in time order is the first: "E qual è il prossimo?")
    "de": {"erst": 0, "zweit": 1, "dritt": 2, "viert": 3, "funft": 4, "letzt": -1, "ander": _OTHER,
           "nachst": 0},
    "fr": {"premier": 0, "premiere": 0, "1er": 0, "1re": 0, "2e": 1, "2eme": 1, "3e": 2,
           "3eme": 2, "4e": 3, "4eme": 3, "5e": 4, "deuxieme": 1, "second": 1, "seconde": 1,
           "troisieme": 2, "quatrieme": 3, "cinquieme": 4, "dernier": -1, "derniere": -1,
           "autre": _OTHER, "prochain": 0, "prochaine": 0},
    "es": {"primer": 0, "primero": 0, "primera": 0, "segundo": 1, "segunda": 1, "tercer": 2,
           "tercero": 2, "tercera": 2, "cuarto": 3, "cuarta": 3, "quinto": 4, "quinta": 4,
           "ultimo": -1, "ultima": -1, "otro": _OTHER, "otra": _OTHER, "proximo": 0,
           "proxima": 0},
    "it": {"primo": 0, "prima": 0, "secondo": 1, "seconda": 1, "terzo": 2, "terza": 2,
           "quarto": 3, "quarta": 3, "quinto": 4, "quinta": 4, "ultimo": -1, "ultima": -1,
           "altro": _OTHER, "altra": _OTHER, "prossimo": 0, "prossima": 0},
}
# the words that name a kind of thing after the ordinal; None: any kind ("one", "item")
_KINDS = {
    "en": {"one": None, "item": None, "entry": None, "thing": None, "alarm": "alarm",
           "timer": "timer", "reminder": "reminder", "event": "event",
           "appointment": "event", "meeting": "event"},
    "de": {"eintrag": None, "punkt": None, "wecker": "alarm", "alarm": "alarm",
           "timer": "timer", "erinnerung": "reminder", "termin": "event"},
    "fr": {"element": None, "article": None, "truc": None, "alarme": "alarm",
           "reveil": "alarm", "minuteur": "timer", "minuterie": "timer", "rappel": "reminder",
           "rendez-vous": "event", "evenement": "event"},
    "es": {"elemento": None, "articulo": None, "alarma": "alarm", "despertador": "alarm",
           "temporizador": "timer", "recordatorio": "reminder", "cita": "event",
           "evento": "event"},
    "it": {"elemento": None, "voce": None, "sveglia": "alarm", "timer": "timer",
           "promemoria": "reminder", "appuntamento": "event", "evento": "event"},
}
_ARTICLE = {"en": r"the", "de": r"den|die|das|der|dem|beim", "fr": r"le|la|l'|au|du",
            "es": r"el|la|al|del", "it": r"il|la|lo|l'|al|allo|alla|all'|del|della|dal|dalla|sul|"
                                       r"sulla"}
# an article joined to its preposition: the preposition, said before the thing's name
_JOINED = {"au": "à", "du": "de", "al": "a", "del": "de", "allo": "a", "alla": "a", "all'": "a",
           "della": "di", "dal": "da", "dalla": "da", "sul": "su", "sulla": "su"}
# a day, not a thing: "on the first", "am zweiten", "pour le premier", "para el primero"
_DAY_BEFORE = {"en": r"on|to|for|until|till|by|from|since|before|after|about",
               "de": r"am|zum|bis|vom|ab|seit", "fr": r"pour|jusqu'au|dès|des|depuis",
               "es": r"para|hasta|desde", "it": r"per|fino|da"}
_MONTHS = (r"jan\w*|feb\w*|f[eé]v\w*|m[aä]r\w*|apr\w*|avr\w*|abr\w*|ma[iy]\w*|mag\w*|"
           r"jun\w*|juin|giu\w*|jul\w*|juil\w*|lug\w*|aug\w*|ao[uû]t|ago\w*|sep\w*|set\w*|"
           r"o[ck]t\w*|ott\w*|nov\w*|d[eé]c\w*|dez\w*|dic\w*|ene\w*|gen\w*|enero|gennaio")
# what may follow an ordinal said without a noun ("delete the second", "move the last to
# 5 pm"): the sentence's end, a time, a preposition or particle; never a noun ("the
# first time", "the last week")
_BARE_NEXT = {
    "en": r"to|for|by|back|forward|up|down|off|out|on|at|until|till|and|please|now|"
          r"instead|then|too|as well|is|was|set|go|goes|ring|rings|start|starts|left",
    "de": r"auf|um|bitte|mal|doch|ab|aus|weg|runter|raus|durch|nach|vor|zurück|zuruck|noch|jetzt|lösch\w*|"
          r"losch\w*|verschieb\w*|verleg\w*|streich\w*|stopp\w*|an|klingelt|ist|war|auch",
    "fr": r"à|a|au|pour|de|d'|s'il|svp|stp|plutôt|plutot|sonne|est|commence|aussi",
    "es": r"a|para|por|al|de|hasta|porfa|ahora|suena|es|empieza|también|tambien",
    "it": r"a|alle|al|per|di|da|adesso|ora|suona|è|inizia|anche",
}

# "and" opening a turn that says its own verb ("and delete the second one")
_AND = re.compile(r"^\s*(?:and|also|then|und|dann|et|puis|y|e)\b[\s,]*", re.I)


def of_outcome(action: str | None, data: dict[str, Any]) -> list[dict[str, Any]] | None:
    """What a question's answer read out, in its order, when it read two or more things of
    one kind (alarms, timers, reminders, events, a list's items), or the items a question
    about a list asked of and found there (maybe none); else None."""
    if not action or not action.endswith(".query"):
        return None
    found = [(kind, rows) for key, kind in MANY.items()
             if isinstance(rows := data.get(key), list)]
    if isinstance(data.get("agenda"), list):  # a day's things of several kinds, each typed
        rows = [r for r in data["agenda"] if isinstance(r, dict)]
        return _things_read([(str(r.get("type")), r) for r in rows])
    if len(found) == 1:
        kind, rows = found[0]
        return _things_read([(kind, r) for r in rows if isinstance(r, dict)])
    items, name = data.get("items"), data.get("list")
    asked = data.get("asked")
    if isinstance(asked, list) and isinstance(name, str):  # "are the bananas still on it?":
        return [{"type": "item", "name": str(i), "list": name, "asked": True}  # "them"
                for i in asked]
    if not found and isinstance(items, list) and len(items) > 1 and isinstance(name, str):
        return [{"type": "item", "name": str(i), "list": name} for i in items]
    return None


def _things_read(rows: list[tuple[str, dict[str, Any]]]) -> list[dict[str, Any]] | None:
    """The things of an answer's (kind, row)s, with when each rings, is due or starts;
    None for fewer than two."""
    things = [thing_of(kind, r) for kind, r in rows]
    if len(rows) < 2 or not all(things):
        return None
    for t, (kind, r) in zip(things, rows, strict=True):
        at = r.get("at") or r.get("next_fire") or r.get("due") or r.get("start")
        if isinstance(at, str) and t is not None:
            t["at"] = at
        if t is not None and kind == "timer" and isinstance(r.get("deadline"), str):
            t["ends"] = r["deadline"]  # "the shorter one"
        if t is not None and kind == "alarm":  # "the weekday one", "the one-off"
            rule = r.get("recurrence") or {}
            t["repeat"] = rule.get("byday") or rule.get("freq") or ""
    return [t for t in things if t]


def still_listed(listed: list[dict[str, Any]], focus: dict[str, Any] | None
                 ) -> list[dict[str, Any]]:
    """``listed`` kept after a request about one of its things ("move the first one to 9
    pm" — "cancel the last one": the last of the same answer), that thing as it is now;
    [] after a request about anything else."""
    if not focus or not listed:
        return []
    if focus.get("type") == "list":
        return listed if listed[0].get("list") == focus.get("name") else []
    at = [i for i, t in enumerate(listed)
          if t.get("type") == focus.get("type") and t.get("id") == focus.get("id")]
    if not at:
        return []
    # as it is now (when it rings or starts, which the change may have moved, left out)
    now = {k: v for k, v in focus.items() if k != "created"}
    return [now if i == at[0] else t for i, t in enumerate(listed)]


def _said(text: str, lang: str) -> re.Match[str] | None:
    places, kinds = _PLACES[lang], _KINDS[lang]
    ordinal = "|".join(sorted(places, key=len, reverse=True))
    if lang == "de":
        ordinal = rf"(?:{ordinal})(?:e|en|er|es|em)"
    noun = "|".join(sorted(kinds, key=len, reverse=True))
    return re.search(
        rf"(?<![\w'])(?:(?P<before>{_DAY_BEFORE[lang]})\s+)?(?P<art>{_ARTICLE[lang]})\s*"
        rf"(?P<ord>{ordinal})\b(?:\s+(?P<noun>{noun})\b)?"
        rf"(?P<next>\s+(?:de\s+|di\s+|of\s+)?(?:{_MONTHS})\b)?", text, re.I)


def _place(word: str, lang: str) -> int:
    word = word.lower()
    if lang == "de":
        word = re.sub(r"(?:e|en|er|es|em)$", "", word)
    return _PLACES[lang][word]


# (English) the one next to one named: "the one after the weekday one", "what comes after
# the eggs?", "the item before the bread"
_NEXT_TO = re.compile(r"\b(?:the (?:one|thing|item|entry|alarm|reminder|timer|event)\s+|"
                      r"(?<=what)\s+(?:comes\s+|came\s+|is\s+|was\s+)?|(?<=what's)\s+|(?<=whats)\s+)"
                      r"(?:right\s+|just\s+|straight\s+)?(?P<dir>after|before|below|above)\s+"
                      r"(?P<w>the\s+[\w' :.-]+?|[\w' :.-]+?)(?=$|\s*[?.!,]|\s+(?:on|in)\s+(?:the|my|that)\b|"
                      r"\s+(?:to|by|for|and|please|when|what)\b)", re.I)


def _next_to(text: str, listed: list[dict[str, Any]], lang: str, now: datetime | None
             ) -> str | None:
    """``text`` with "the one after the weekday one" (…) said as that thing; None when it
    names none of them."""
    m = _NEXT_TO.search(text) if lang == "en" else None
    if m is None:
        return None
    words = re.sub(r"^the\s+|\s+(?:one|thing|item|alarm|reminder|timer|event)$", "",
                   m.group("w").strip(), flags=re.I)
    fits = _fitting(words, listed, lang, now)
    if len(fits) != 1:
        return None
    at = listed.index(fits[0]) + (1 if m.group("dir").lower() in ("after", "below") else -1)
    if not 0 <= at < len(listed):
        return None
    chosen = listed[at]
    start = m.start() if m.group(0).lower().startswith("the ") else m.start("dir")
    asked = _item_asked(text[:start], chosen, listed, lang)
    if asked:
        return asked
    name = _name_of(chosen, lang)
    return _put(text, start, m.end(), name, lang, chosen) if name else None


# (English) which of them fits a detail: "Which of those is on Thursday?", "which one's at
# half nine"
_WHICH_OF = re.compile(r"^\W*(?:(?:and|so|ok|okay|right|um|uh|er)\W+)*which\s+(?:one|of\s+(?:those|them|"
                       r"these|the\s+\w+))(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:(?:on|at|for|about|"
                       r"due|set\s+for)\s+)?(?P<w>[^?.!]+?)[\s?.!]*$", re.I)


def _which_of(text: str, listed: list[dict[str, Any]], lang: str, now: datetime | None
              ) -> str | None:
    """"Which of those is on Thursday?": a question about the one that fits; else None."""
    m = _WHICH_OF.match(text) if lang == "en" else None
    if m is None or listed[0]["type"] == "item":
        return None
    fits = _fitting(m.group("w"), listed, lang, now)
    name = named(fits[0], lang) if len(fits) == 1 else None
    return f"when is {name}?" if name else None


# "the shorter one", "the middle one" in German, French, Spanish and Italian (read without
# accents): "gib dem kürzeren noch fünf Minuten", "metti in pausa quello più corto", "celle
# du milieu", "la del medio"
_SHORT_LONG_MIDDLE = {
    "de": re.compile(r"\b(?:den|der|die|das|dem)\s+(?:(?P<s>kurzere|kurzeste)|(?P<l>langere|langste)|"
                     r"(?P<m>mittlere))[nmrs]?\b(?:\s+(?:timer|eintrag|wecker|termin))?", re.I),
    "fr": re.compile(r"\b(?:celui|celle|le|la)\s+(?:(?:le|la)\s+)?(?:plus\s+(?:(?P<s>courte?)|"
                     r"(?P<l>long|longue))|(?P<m>du milieu))\b", re.I),
    "es": re.compile(r"\b(?:el|la|al|del)\s+(?:(?:que\s+(?:tiene|le queda)\s+)?mas\s+(?:(?P<s>cort[oa])|"
                     r"(?P<l>larg[oa]))|(?P<m>del medio))\b", re.I),
    "it": re.compile(r"\b(?:quell[oa]|il|la|al|del)\s+(?:piu\s+(?:(?P<s>cort[oa])|(?P<l>lung[oa]))|"
                     r"(?P<m>(?:di|in|nel)\s+mezzo))\b", re.I),
}


def _measured_place(place: int, listed: list[dict[str, Any]]) -> int | None:
    """Where "the middle one" (of an odd number) or "the shorter" / "the longer" one (of
    timers, by the time left) is among ``listed``; None when none is."""
    if place == _MIDDLE:
        return len(listed) // 2 if len(listed) % 2 else None
    ends = [t.get("ends") for t in listed]
    if listed[0]["type"] != "timer" or not all(ends) or len(set(ends)) != len(ends):
        return None
    return ends.index(min(ends) if place == _SHORTER else max(ends))


def _by_length(text: str, listed: list[dict[str, Any]], lang: str) -> str | None:
    """``text`` with "the shorter one" (of timers) or "the middle one" said in de/fr/es/it
    as that thing; None otherwise."""
    m = _SHORT_LONG_MIDDLE[lang].search(unaccented(text)) if lang in _SHORT_LONG_MIDDLE else None
    if m is None:
        return None
    at = _measured_place(_MIDDLE if m.group("m") else _SHORTER if m.group("s") else _LONGER,
                         listed)
    if at is None:
        return None
    chosen = listed[at]
    asked = _item_asked(text[:m.start()], chosen, listed, lang, text[m.end():])
    if asked:
        return asked
    name = _name_of(chosen, lang)
    return _put(text, m.start(), m.end(), name, lang, chosen) if name else None


# all but one said done, then "the rest" asked off: "Ho comprato tutto tranne il detersivo per
# i piatti, togli il resto", "alles außer dem Reisepass ist erledigt, nimm die anderen runter"
_ALL_BUT = re.compile(r"\b(?:everything|all|alles|tout|todo|tutto)\s+(?:except|but|apart from|außer|ausser|"
                      r"bis auf|sauf|menos|excepto|salvo|tranne|eccetto)\s+(?:(?:the|dem|den|der|die|das|"
                      r"le|la|les|l'|el|los|las|il|lo|i|gli)\s*)?(?P<w>[\w' -]+?)(?=\s+(?:is|are|ist|sind|"
                      r"est|c'est|está|es|è)\b|\s*,|\s*$)", re.I)
_THE_REST = re.compile(r"\b(?!(?:got|get|did|done|have|had|bought|sorted|finished|is|are|ist|sind|"
                       r"hab|habe|ho|he|ai|j'ai)\b)(?P<verb>[\w']+)\s+(?:the rest|the others|the other ones|die anderen|den rest|"
                       r"le reste|les autres|el resto|los dem[aá]s|lo dem[aá]s|il resto|gli altri|le altre)"
                       r"\b(?P<tail>.*)$", re.I)


def _all_but(text: str, listed: list[dict[str, Any]], lang: str, now: datetime | None
             ) -> str | None:
    """``text`` with "the rest" said as the things read but the one left out; None
    otherwise."""
    m, rest = _ALL_BUT.search(text), _THE_REST.search(text)
    if m is None or rest is None or rest.start() < m.end():
        return None
    kept = _fitting(m.group("w"), listed, lang, now)
    if len(kept) != 1:
        return None
    which = [t for t in listed if t is not kept[0]]
    return _of_each(rest.group("verb"), which, rest.group("tail").rstrip(" .!?"), lang)


def picked(text: str, listed: list[dict[str, Any]] | None, lang: str,
           focus: dict[str, Any] | None = None, now: datetime | None = None) -> str | None:
    """``text`` with "the second one" (…) said as the thing the last answer read in that
    place ("the other one": of two, the one that is not ``focus``), or with "both" (…)
    said as each of them (:func:`each_of`); None when it names none of them."""
    if len(text.split()) > MAX_WORDS:
        return None
    lang = lang if lang in _PLACES else "en"
    if (not listed or len(listed) < 2) and focus and focus.get("type") != "list":
        # one thing read: "Efface celui du dentiste" after the one reminder tomorrow
        return by_detail(text, [{k: v for k, v in focus.items() if k != "created"}], lang, now,
                         bare=False)
    if not listed or len(listed) < 2:
        return None
    if _SEVERAL[lang].search(unaccented(text)):  # "the first and the third": both
        return each_of(text, listed, lang, now)
    return _done_then_off(text, listed, lang) \
        or _which_of(text, listed, lang, now) or _all_but(text, listed, lang, now) \
        or _next_to(text, listed, lang, now) \
        or _by_length(text, listed, lang) \
        or _one_of(text, listed, lang, focus) \
        or each_of(text, listed, lang, now) or by_detail(text, listed, lang, now)


def _done_then_off(text: str, listed: list[dict[str, Any]], lang: str) -> str | None:
    """(English) one of the list's items said done in a sentence, then "take it off": "Well
    our Gareth fixed that bike light for me yesterday, bless him. Take it off." — "take fix
    the bike light off" (the one item named, in full or in part)."""
    done = _DONE_THEN_OFF.search(text) if lang == "en" else None
    if done is None or listed[0].get("type") != "item":
        return None
    before = text[:done.start()]
    named_ = [t for t in listed if _said_in(t, before)] or \
        [t for t in listed if _partly_said(t, before)]
    if len(named_) != 1:
        return None
    name = _name_of(named_[0], lang)
    return f"{done.group('v')} {name} off" if done.group("off") or done.group("v").lower() in (
        "take", "cross", "tick", "strike", "scratch") else f"{done.group('v')} {name}"


_THEN_IT = re.compile(r"[\s,.—–-]*(?:(?:can|could|would|will) you\s+)?(?:please\s+|kindly\s+)?"
                      r"\w+(?:'s)?(?:\s+\w+){0,3}\s+(?:it|that)\b", re.I)
# (English) a word said before the pick that asks nothing: "Grand. The Saturday one, …",
# "Right, the first two …", "Aye, the first one …"
_OPENER = re.compile(r"^\s*(?:(?:grand|right|righto|ok|okay|aye|yes|yeah|yep|ah|oh|um|uh|er|erm|"
                     r"well|so|cool|great|perfect|lovely|sweet|fine|alright|all right|sorry|hmm|"
                     r"cheers|nice|good|brilliant|thanks|thank you)\b[\s,.!;:-]*)+", re.I)
# the same in German, French, Spanish and Italian, said before a comma: "Ajá, ¿y el del
# sábado …?", "Euh, le truc de mercredi, …", "Hm, das mit dem Team …"
_OPENER_OTHER = re.compile(
    r"^\s*(?:(?:ähm|äh|hm+|ok|okay|also|gut|na|ja|jo|joa|genau|super|sorry|euh|bon|ben|bah|alors|"
    r"d'accord|ah|oh|eh|bueno|vale|pues|oye|ajá|aja|venga|dale|che|vaya|perfecto|allora|ecco|"
    r"dai|vabbè|vabbe|uè|ue|ao'|senti|beh|boh|perfetto|grazie|merci|danke|gracias)"
    r"[\s]*[,.!;:…]+\s*|(?:ähm|äh|hmm?|euh|bon ben|ben|bah|ehm|uè|ao')\s+)+", re.I)


def _lead(before: str, lang: str) -> int:
    """Where what is said before a pick starts asking something: after "Grand.", "Ajá,"."""
    m = (_OPENER if lang == "en" else _OPENER_OTHER).match(before)
    return m.end() if m else 0


_TOO = re.compile(r"^[\s,¿¡]*(?:(?:and|also|too|as well|und|auch|et|aussi|y|tambi[eé]n|e|anche|pure)"
                  r"[\s,.!?¿¡]*)*$", re.I)


def the_other(text: str, talked: list[dict[str, Any]], lang: str,
              focus: dict[str, Any] | None) -> str | None:
    """``text`` with "the other one" said as the one of two things talked about in the last
    turns that the last request was not about ("When is my dinner with Anna?" — "And the
    swimming alarm?" — "The other one, shift it to 8:30 pm": the dinner); None otherwise."""
    lang = lang if lang in _PLACES else "en"
    m = _said(unaccented(text), lang)
    if m is None or len(text.split()) > MAX_WORDS or len(talked) != 2 or not focus \
            or _place(m.group("ord"), lang) != _OTHER:
        return None
    ends = [e.end() for e in re.finditer(r"[.!?;]\s+", text[:m.start()])]
    if ends:  # "Okay, delete the reminder. And the other one, make it ten.": its sentence
        said = _one_of(text[ends[-1]:], talked, lang, focus)
        head = "" if _LEFT_AS_IT_IS.fullmatch(text[:ends[-1]]) else text[:ends[-1]]
        return f"{head}{said}" if said else None
    return _one_of(text, talked, lang, focus)


def of_talked(text: str, talked: list[dict[str, Any]], lang: str,
              focus: dict[str, Any] | None, now: datetime | None = None) -> str | None:
    """``text`` with "the other one" (:func:`the_other`) or "both" ("Et le rendez-vous chez
    le dentiste ?" — "Bon ben décale les deux d'une demi-heure") said of the two things of
    one kind talked about in the last turns; None otherwise."""
    other = the_other(text, talked, lang, focus)
    if other or len(talked) != 2 or talked[0].get("type") != talked[1].get("type") \
            or talked[0].get("type") in ("list", "item") or len(text.split()) > MAX_WORDS:
        return other
    return each_of(text, list(reversed(talked)), lang if lang in _PLACES else "en", now)


def said_alone(text: str) -> bool:
    """Whether ``text`` is a thing said alone, as :func:`_put` gives it ("and the laundry
    timer"): only a request said again of it makes it one."""
    first, space, _ = text.partition(" ")
    return bool(space) and first in AND.values()


# (English) a question of what is in a place: "Sorry, what was the middle one?", "what comes
# after the eggs?"
_WHAT_ASKED = re.compile(r"^\W*(?:(?:sorry|um|uh|er|erm|and|so|ok|okay|oh|wait)\W+)*what(?:'s|s|\s+is|"
                         r"\s+was|\s+were|\s+comes|\s+came)?\s*$", re.I)
# (English) a list item said done, then asked off: "i did the middle one cross it off"
_SAID_DONE = re.compile(r"\s*(?:(?:i|i've|i have|we|we've)\s+)?(?:did|done|finished|got|bought|sorted|"
                        r"picked up|already did|already got)?\s*", re.I)
_DONE_THEN_OFF = re.compile(r"\b(?P<v>cross|tick|take|strike|mark|scratch|remove|delete)\s+(?:it|that)"
                            r"(?P<off>\s+off)?\b", re.I)
# (English) a request to make the pick something, said before it: "can you make The third one
# on Friday evening at six"
_MAKE = re.compile(r"(?:(?:can|could|would|will) you\s+)?(?:please\s+|kindly\s+)?make", re.I)
# "…, what is it?", "…, what's that one again?"
_WHAT_IS_IT = re.compile(r"[\s,]*what(?:'s|s|\s+is|\s+was)\s+(?:it|that|that\s+one|this\s+one)"
                         r"(?:\s+again)?[\s?.!]*$", re.I)
# (English) one said to stay as it is before the pick: "Leave the alarm as it is. The other
# one, …"
_LEFT_AS_IT_IS = re.compile(r"^\s*(?:(?:no|ok|okay|actually)\W+)*(?:leave|keep)\s+(?:the|my|that)\s+"
                            r"[\w' -]{2,30}?\s+(?:as it is|as is|alone|be|where it is)\s*[.,;!]\s*", re.I)
_PLACE_WORDS = ("first", "second", "third", "fourth", "fifth")


# the same in German, French, Spanish and Italian: "Sorry, was war nochmal das zweite?",
# "C'était quoi le dernier truc, déjà ?", "Perdón, ¿cuál era la segunda?", "qual era il primo?"
_WHAT_ASKED_OTHER = {
    "de": re.compile(r"^\W*(?:(?:sorry|ähm|äh|und|also|hm+)\W+)*(?:was|welche[sr]?)\s+(?:war|ist|stand|"
                     r"steht)(?:\s+(?:nochmal|noch mal|denn|da|gleich))*\s*$", re.I),
    "fr": re.compile(r"^\W*(?:(?:pardon|désolé|euh|et|bon)\W+)*(?:c'était quoi|c'est quoi|quel(?:le)? "
                     r"(?:était|est)|qu'est-ce que c'était)\s*$", re.I),
    "es": re.compile(r"^\W*(?:(?:perdón|perdona|eh|y|oye)\W+)*¿?\s*(?:cu[aá]l|qu[eé])\s+(?:era|es|"
                     r"fue)\s*$", re.I),
    "it": re.compile(r"^\W*(?:(?:scusa|ehm|e|senti)\W+)*(?:qual(?:e)?|cos'|cosa|che cos')\s*"
                     r"(?:era|è|e'|e)\s*$", re.I),
}
# the list skill's question of whether an item is on it, which names it
_ON_LIST_ASKED = {"de": "steht {i} auf der {l}?", "fr": "est-ce que {i} est sur la {l} ?",
                  "es": "¿está {i} en la {l}?", "it": "c'è {i} nella {l}?"}


# asked after the pick: "Et celle du milieu, c'était quoi exactement ?"
_WHAT_AFTER = re.compile(r"^[\s,]*(?:c'était quoi|c'est quoi|qu'est-ce que c'était|was war (?:das|es)|"
                         r"was ist (?:das|es)|¿?\s*qu[eé] (?:era|es)|¿?\s*cu[aá]l (?:era|es)|"
                         r"cos'era|cosa era|che cos'era|what was (?:it|that)|what's that|what is it)\b",
                         re.I)


def _item_asked(before: str, thing: dict[str, Any], listed: list[dict[str, Any]], lang: str,
                after: str = "") -> str | None:
    """"what was the middle one?" of a list's items read out: the question the list skill
    answers by place ("what is the second item on my to-do list"), or in de/fr/es/it
    whether that item is on the list (the answer names it); else None."""
    if thing.get("type") != "item":
        return None
    if _TOO.match(before[_lead(before, lang):]) and _WHAT_AFTER.match(after):
        before = "what was" if lang == "en" else {"de": "was war", "fr": "c'était quoi",
                                                  "es": "cuál era", "it": "qual era"}[lang]
    if lang != "en":
        asked = _WHAT_ASKED_OTHER.get(lang)
        return _ON_LIST_ASKED[lang].format(i=thing["name"], l=list_words(
            str(thing["list"]), lang)) if asked and asked.match(before) else None
    if not _WHAT_ASKED.match(before):
        return None
    at = listed.index(thing)
    place = "last" if at == len(listed) - 1 else _PLACE_WORDS[at] if at < 5 else None
    return f"what is the {place} item on my {thing['list']} list" if place else None


def _name_of(thing: dict[str, Any], lang: str) -> str | None:
    """How a thing read is said: a list's item by its words, anything else :func:`named`."""
    return thing["name"] if thing["type"] == "item" else named(thing, lang)


def _put(text: str, start: int, end: int, name: str, lang: str,
         thing: dict[str, Any]) -> str:
    """``text`` with ``name`` (of ``thing``) in place of ``text[start:end]``; a leading
    "and" dropped before a request of its own ("and delete the second one"); the thing
    said alone ("the other one too", "Die andere auch") said as "and …", so that the
    request before is said again of it (:mod:`hark.dialogue.follow_on`); said first and
    then "it" ("the birthday card one, make it Friday 6pm"): "it" named."""
    before, after = text[:start], text[end:]
    lead = _LEFT_AS_IT_IS.match(before) if lang == "en" else None
    # "Grand. The Saturday one, shift it to Sunday", "Ajá, ¿y el del sábado…": the opener dropped
    before = before[lead.end() if lead else _lead(before, lang):]
    if _TOO.match(before) and _TOO.match(after):
        return f"{AND[lang]} {name}"
    done = _DONE_THEN_OFF.search(after) if lang == "en" and thing.get("type") == "item" else None
    if done and _SAID_DONE.fullmatch(before):  # "ok i did the middle one cross it off"
        return f"{done.group('v')} {name} off" if done.group("off") else f"{done.group('v')} {name}"
    if lang == "en" and thing.get("type") != "item" and _TOO.match(before) \
            and _WHAT_IS_IT.match(after):  # "The one in Friday, what is it?": when it is,
        return f"when is {name}?"  # which says what it is
    fronted = re.fullmatch(r"\s*(to|from|off|on|onto)\s+", before, re.I) if lang == "en" else None
    if fronted and re.match(r"[\s,]*(?:please\s+)?[a-z]+\b", after, re.I):
        # "To the shorter one add three minute more, please.": the request, then "to" it
        ask = re.sub(r"[\s,]*(?:please)?[\s.!?]*$", "", after).strip(" ,")
        return f"{ask} {fronted.group(1).lower()} {name}"
    if (lang == "en" and (_TOO.match(before) and _THEN_IT.match(after)
                          or _MAKE.fullmatch(before.strip()))) \
            or (lang != "en" and _TOO.match(before) and after.strip()):
        # "make the … one friday 6pm", "e il secondo cancellalo", "la última bórrala"
        said = pointed(after.strip(" ,") if _TOO.match(before) else
                       f"{before.strip()} it{after}",
                       {**thing, "created": False}, lang)
        if said:
            return contracted(said, lang)
    cue = _AND.match(before)  # "and delete the second one", "y la última bórrala"
    if cue and (before[cue.end():].strip() or not _TOO.match(after)):
        before = before[cue.end():]
    return contracted(f"{before}{name}{after}", lang)


# one of them named by a detail: "the Anna one", "the one with Anna", "die mit dem
# Zahnarzt", "den vom Samstag", "celle de 7 h 15", "celui des pâtes", "la del sábado", "el de
# la tarjeta", "quella di sabato" (w: the words that name it)
_DETAIL = {
    "en": (r"\bthe (?P<w>(?:[\w':.]+ ){1,3}?)(?:one|alarm|timer|reminder|event|appointment|"
           r"meeting|item|thing)\b(?!\s+(?:hour|minute|day|week|more|of)\b)|"
           r"\bthe one (?:with|about|for|at|on|from|in) (?P<v>.+?)(?:\s+on\s+it)?(?=$|[?.!,]|\s+[—–-]\s|\s+(?:to|for|back|forward|and|instead|start|starts|go|goes|ring|"
           r"rings|please|too|as)\b)|"
           # "Thursday's, can you make it 7:30", "The 7:15, can you put it one hour later?"
           r"^(?P<d>(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today)'s(?=\s*[,.!?]|\s+one\b)|"
           r"\bthe (?P<t>\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
           r"(?=\s*[,.!?]|\s*$|\s+(?:to|by|for|one|an?|half|back|forward|later|earlier|\d)\b)|"
           # "prepone the meeting by half an hour": a word of one event's title
           r"\bthe (?P<e>meeting|appointment|dinner|lunch|breakfast|party|call|class|session|"
           r"drinks|date|interview|match|game|gig|show)\b(?!\s+(?:one|with|about|at|on|for)\b)"),
    "de": (r"\b(?:den|die|das|der|dem) (?:mit (?:dem |der |den )?|von (?:der |dem |den )?|vom |"
           r"für (?:den |die |das )?|fürs |um |am )(?P<w>.+?)(?=$|[?.!,]|\s+(?:auf|um|kannst|"
           r"bitte|lösch\w*|losch\w*|stopp\w*|verschieb\w*|ab|auch|weg|dazu|noch)\b)"),
    "fr": (r"\b(?:celui|celle|(?:le|la) (?:truc|chose|machin))(?:-ci|-là)? (?:de la |de l'|du |des |de |d'|avec (?:la |le |l')?|"
           r"pour (?:la |le |l')?|à )(?P<w>.+?)(?=$|[?.!,]|\s+(?:à|a|pour|aussi|sur)\b)"),
    "es": (r"\b(?:el|la|los|las|lo|la cosa) (?:de la |de las |de los |del |de |con (?:la |el )?|"
           r"para (?:la |el )?)(?P<w>.+?)(?=$|[?.!,¿]|\s+(?:a las?|a qu[eé]|cu[aá]ndo|qu[eé]|para|tambi[eé]n|p[aá]sal\w*|"
           r"b[oó]rral\w*|ponl\w*|c[aá]mbial\w*)\b)"),
    "it": (r"\bquell[oaie] (?:della |delle |dello |del |dei |degli |di |d'|con (?:la |il |l')?|"
           r"per (?:la |il |l')?|alle |all')(?P<w>.+?)(?=$|[?.!,]|\s+(?:alle|a|per|anche|quando|quanto|che|"
           r"(?:spost|cancell|mett|togli|lev|ferm|anticip|posticip|cambi|elimin)\w*)\b)"),
}
# (English) the same said up to a comma or dash, its words taken whole ("for Sam" kept)
_DETAIL_CLAUSE = re.compile(r"\bthe one (?:with|about|for|at|on|from|in) (?P<v>[^?.!,—–]+?)"
                            r"(?:\s+on\s+it)?(?=\s*[?.!,]|\s+[—–-]\s)", re.I)
# "and" and an article before a thing's name, in any of the five languages
_AND_THE = r"(?:(?:and|und|et|y|e)\s+)?(?:the|der|die|das|den|le|la|les|l'|el|los|las|il|lo|i)\s*"
# a turn that is only a thing's name: "The laundry.", "Die Wäsche?", "Et la lessive ?"
_BARE = re.compile(rf"^{_AND_THE}(?P<b>[\w' ]{{2,30}}?)[\s.?!]*$", re.I)
# a thing's name said first, then what is asked of it: "La cena con Anna, a che ora
# finisce?", "The dentist, uh, move it to …"
_NAMED_FIRST = re.compile(rf"^\W*{_AND_THE}(?P<b>[\w' ]{{2,40}}?)(?=\s*(?:,|—|–|\s-\s))", re.I)


def by_detail(text: str, listed: list[dict[str, Any]], lang: str, now: datetime | None,
              *, bare: bool = True) -> str | None:
    """``text`` with one of the things read named by a detail of it — words of its name,
    its day or its time ("the Anna one", "celle de 7 h 15", "la del sábado"; with ``bare``
    also a name said alone, "The laundry.") — said as that thing; None unless exactly
    one of them fits."""
    m = re.search(_DETAIL[lang], text, re.I)
    whole = _DETAIL_CLAUSE.search(text) if lang == "en" else None
    if whole is not None and len(_fitting(whole.group("v"), listed, lang, now)) == 1:
        m = whole  # "The one about the card for Sam — put it …": to the clause's end
    if m is not None and _EXCEPT.search(text[:m.start()] + " x"):
        return None  # named only to be left out ("… tranne quella del nuoto")
    words = next((v for k, v in m.groupdict().items() if v and k in "wvdte"), "") if m else ""
    if m is None and bare:
        m = _BARE.match(text)  # "The laundry." after both timers were read
        words = m.group("b") if m else ""
    if m is None:  # named first, then asked: "La cena con Anna, a che ora finisce?", "The
        # dentist, uh, move it to …"
        m = _NAMED_FIRST.match(text)
        words = m.group("b") if m else ""
        if m is not None and (len(listed) < 2 or not all(_named_by(
                [w for w in re.findall(r"\w+", unaccented(words).casefold())
                 if w not in NOT_NAMING], t) for t in _fitting(words, listed, lang, None))):
            m = None  # (by its name, among several read)
    if m is None or not words:
        return None
    fits = _fitting(words, listed, lang, now)
    if len(fits) != 1:
        return None
    name = _name_of(fits[0], lang)
    if not name:
        return None
    return _put(text, m.start(), m.end(), name, lang, fits[0])


# (English) how an alarm repeats, said to pick it: "the weekday one", "the daily alarm",
# "the one-off"
_REPEATS = {"weekdays": re.compile(r"^(?:every\s+)?(?:week\s*days?|work\s*days?|mon(?:day)?\s*(?:-|to)\s*fri(?:day)?|"
                                   r"werktag\w*|wochentag\w*|unter der woche|en semaine|(?:(?:des )?jours? )?"
                                   r"de (?:la )?semaine|(?:jours )?ouvrables|(?:dias )?laborables|entre semana|"
                                   r"de lunes a viernes|(?:(?:dei )?giorni )?(?:feriali|lavorativi))$"),
            "weekend": re.compile(r"^(?:every\s+)?week\s*ends?$"),
            "daily": re.compile(r"^(?:daily|every\s*day|everyday)$"),
            "once": re.compile(r"^(?:one[\s-]*off|once[\s-]*off|once|single|one[\s-]*time)$"),
            "repeats": re.compile(r"^(?:repeating|recurring|regular)$")}
_WEEKDAYS = ["MO", "TU", "WE", "TH", "FR"]


def _repeats_as(said: str, thing: dict[str, Any]) -> bool | None:
    """Whether an alarm repeats as ``said`` says; None when ``said`` says no repetition."""
    said = re.sub(r"\s+(?:one|alarm|ones)$", "", said.strip().casefold())
    how = next((k for k, pat in _REPEATS.items() if pat.match(said)), None)
    if how is None or "repeat" not in thing:
        return None
    repeat = thing["repeat"]
    return {"weekdays": repeat == _WEEKDAYS, "weekend": repeat == ["SA", "SU"],
            "daily": repeat == "daily", "once": not repeat, "repeats": bool(repeat)}[how]


def _fitting(words: str, things: list[dict[str, Any]], lang: str, now: datetime | None
             ) -> list[dict[str, Any]]:
    """The ``things`` that ``words`` name: each word is (the start of) a word of its name,
    how it repeats, or the words say its day or its time (read once, only when a name does
    not fit)."""
    repeats = [_repeats_as(unaccented(words), t) for t in things]
    if any(r is not None for r in repeats):
        return [t for t, r in zip(things, repeats, strict=True) if r]
    said = [w for w in re.findall(r"[\w]+", unaccented(words).casefold())
            if w not in NOT_NAMING]
    if not said:
        return []
    by_name = [_named_by(said, t) for t in things]
    if now is None or all(by_name):
        return [t for t, named_ in zip(things, by_name, strict=True) if named_]
    from hark.nlu.normalize import normalize_any

    when = normalize_any(words.strip(), now, lang)
    if when and when.get("kind") == "number" and isinstance(when.get("value"), int) \
            and 1 <= when["value"] <= 23:  # "la de las dos": an hour
        when = {"kind": "time", "time": f"{when['value']:02d}:00", "ambiguous": when["value"] <= 12}
    return [t for t, named_ in zip(things, by_name, strict=True)
            if named_ or _at_said(when, t, now)]


def _said_in(thing: dict[str, Any], text: str) -> bool:
    """Whether every word of ``thing``'s name (but the small ones) is said in ``text``."""
    said = re.findall(r"\w+", unaccented(text).casefold())
    name = [w for w in re.findall(r"\w+", unaccented(str(thing.get("name") or "")).casefold())
            if w not in NOT_NAMING and len(w) >= 3]
    return bool(name) and all(any(_begins_as(s, w) for s in said) for w in name)


_BOTH = re.compile(r"\b(?:both|beide\w*|tous les deux|toutes les deux|los dos|las dos|"
                   r"ambos|ambas|entrambi|entrambe|tutti e due|tutte e due)\b", re.I)


def _partly_said(thing: dict[str, Any], text: str) -> bool:
    """Whether a word of ``thing``'s name of five letters or more is said in ``text``
    ("passport" of "renew passport"; "hair cut" of "book a haircut")."""
    said = re.findall(r"\w+", unaccented(text).casefold())
    said += [a + b for a, b in zip(said, said[1:], strict=False)]
    name = [w for w in re.findall(r"\w+", unaccented(str(thing.get("name") or "")).casefold())
            if w not in NOT_NAMING and len(w) >= 5]
    return any(_begins_as(s, w) for w in name for s in said)


def _named_by(said: list[str], thing: dict[str, Any]) -> bool:
    """Whether each word ``said`` is (the start of) a word of ``thing``'s name."""
    name = re.findall(r"\w+", unaccented(str(thing.get("name") or "")).casefold())
    return bool(name) and all(any(_begins_as(n, w) for n in name) for w in said)


def _begins_as(word: str, stem_of: str) -> bool:
    """Whether ``word`` is ``stem_of``, or (for a word of 4+ letters) begins as it does but
    for its last two letters ("reparieren" as "repariert", "geburtstagskarte" as
    "geburtstag")."""
    return word == stem_of or (len(stem_of) >= 4 and word.startswith(stem_of[:max(4, len(stem_of) - 2)]))


def _at_said(v: dict[str, Any] | None, thing: dict[str, Any], now: datetime) -> bool:
    """Whether the day or time ``v`` is when ``thing`` rings or starts."""
    at = _local(thing.get("at"), now)
    if not v or (at is None and not thing.get("time")):
        return False
    if v.get("kind") == "date" and at is not None:
        return at.date().isoformat() == v.get("date")
    if v.get("kind") == "time" and v.get("time"):
        hh, mm = (int(x) for x in str(v["time"])[:5].split(":"))
        clock = str(thing.get("time") or (at.strftime("%H:%M") if at else ""))
        if not clock:
            return False
        th, tm = (int(x) for x in clock.split(":"))
        return tm == mm and (th == hh or (v.get("ambiguous") and th % 12 == hh % 12))
    return False


def _local(at: Any, now: datetime) -> datetime | None:
    """An ISO time of the store (UTC when it carries no offset) in the user's zone."""
    if not isinstance(at, str):
        return None
    try:
        when = datetime.fromisoformat(at)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(now.tzinfo)


# "both", "all of them", "them all", "the first two" (n: how many, from which end);
# "them" and the plural clitics only right after a verb ("push them back", "bórralos")
_EN_VERBS = (r"cancel|delete|remove|pause|stop|resume|restart|move|push|pull|shift|bring|"
             r"change|tick|mark|cross|clear|snooze|reschedule|postpone|put|make|turn|switch|"
             r"kill|scrap|drop|take|set|get rid of")
_ALL = {
    "en": rf"\bboth(?: of them| of those| of these| of (?:'em|em)(?!\w)| ones)?\b|"
          rf"\ball (?:of )?(?:them|those|these|three|four|five)\b|"
          rf"\bthem all\b|\beach of them\b|\bevery one of them\b|"
          rf"\b(?:{_EN_VERBS}) (?P<them>them(?: all)?)\b|\bthe (?P<end>first|last) (?P<n>two|three|2|3)\b",
    "de": r"\bbeide[n]?\b|\balle (?:beide[n]?|drei|vier|davon)\b|\bsie alle\b|"
          r"\balle[s]?\b(?=[\s.!?]*$|\s+(?:\w+\s+)?(?:bis auf|außer|ausser)\b)|\bdie (?P<end>ersten|letzten) (?P<n>zwei|beiden|drei|2|3)\b",
    "fr": r"\bles (?P<n>deux|trois|2|3) (?P<end>premi[eè]re?s|derni[eè]re?s)\b|"
          r"\b(?:tou(?:te)?s )?les (?:deux|trois)\b|\btou(?:te)?s\b(?=[\s.!?]*$|\s+sauf\b)|"
          r"\btout\b(?=\s+sauf\b)|-les(?: tou(?:te)?s)?\b",
    "es": r"\b(?:los|las) (?P<n>dos|tres|2|3) (?P<end>primer[oa]s|[uú]ltim[oa]s)\b|"
          r"(?<!\bde )(?<!\ba )\b(?:los|las) (?:dos|tres)\b|\bamb[oa]s\b|\btod[oa]s\b|\btodo\b(?=\s+(?:menos|excepto|salvo)\b)",
    "it": r"\btutt[ie] e (?:due|tre)\b|\bentramb[ie]\b|\btutt[ie]\b|\btutto\b(?=\s+(?:tranne|eccetto|meno)\b)|"
          r"\b(?:i|le|gli) (?P<end>prim[ie]|ultim[ie]) (?P<n>due|tre|2|3)\b",
}


def _ords(lang: str) -> str:
    """The words of ``lang`` that name a place as one pattern (German with its endings)."""
    words = "|".join(sorted((w for w, at in _PLACES[lang].items() if at >= -1), key=len,
                            reverse=True))
    return rf"(?:{words})(?:e|en|er|es|em)" if lang == "de" else rf"(?:{words})"


_ORDS = {lang: _ords(lang) for lang in _PLACES}
_ARTICLES = {lang: (_ARTICLE[lang] + "|gli|i|le" if lang == "it" else _ARTICLE[lang]) for lang in _ARTICLE}
# several picked by place: "second and third ones", "the first and the third", "die Erste
# und die Dritte", "le premier et le dernier", "el tercero y el cuarto", "il primo e
# l'ultimo" (read without accents)
_SEVERAL = {lang: re.compile(
    rf"(?<![\w'])(?:(?:{_ARTICLES[lang]})\s*)?(?P<ords>{_ORDS[lang]}(?:\s+ones?)?(?:\s*,\s*"
    rf"(?:(?:{_ARTICLES[lang]})\s*)?{_ORDS[lang]}(?:\s+ones?)?)*\s*,?\s+(?:{AND[lang]})\s+"
    rf"(?:(?:{_ARTICLES[lang]})\s*)?{_ORDS[lang]})(?:\s+ones?)?\b", re.I) for lang in _PLACES}
# the request said after them, of "them": "…, kindly delete both of them", "… are sorted,
# get rid o' them", "…, streich die bitte", "… tu peux les ôter", "… táchalos", "… toglili pure"
_THEM_AFTER = {
    "en": re.compile(rf"\b(?P<verb>(?:{_EN_VERBS}|get rid o'|scrub|bin|ditch|chuck)(?:\s+(?:off|out))?)"
                     r"\s+(?:both(?:\s+of\s+(?:them|'em|em))?|them(?:\s+(?:both|all))?|those|"
                     r"these|'em|em)(?!\w)(?P<rest>.*)$", re.I),
    "de": re.compile(r"\b(?P<verb>(?:streich|losch|nimm|hak|entfern|stopp|pausier|verschieb|schieb|"
                     r"leg|mach|kannst du)\w*)\s+(?:die|sie|beide|das|alle)(?:\s+(?:beide[n]?|zwei))?\b"
                     r"(?P<rest>.*)$", re.I),
    "fr": re.compile(r"\b(?P<verb>(?:tu peux |peux-tu |vous pouvez |pouvez-vous )?)les\s+"
                     r"(?P<inf>\w+)(?P<rest>.*)$", re.I),
    "es": re.compile(rf"\b(?P<verb>(?:{CLITIC_VERBS['es']}|tach|marc)[a-z]*?)(?:los|las)\b"
                     r"(?:\s+(?:a\s+)?(?:los\s+dos|las\s+dos|ambos|ambas|todos|todas))?(?P<rest>.*)$", re.I),
    "it": re.compile(rf"\b(?P<verb>(?:{CLITIC_VERBS['it']}|spunt|depenn)[a-z]*?)(?<!g)(?:li|le)\b"
                     r"(?:\s+(?:tutti e due|tutte e due|entrambi|entrambe|pure))*(?P<rest>.*)$", re.I),
}


_IMPERATIVE_FR = {"enlever": "enlève", "ôter": "enlève", "oter": "enlève", "mettre": "mets",
                 "lever": "lève"}


def _imperative_fr(verb: str) -> str:
    """A French verb said to one: "ôter" → "ôte", "enlever" → "enlève", "retire" stays."""
    low = verb.lower()
    return _IMPERATIVE_FR.get(low) or (low[:-1] if low.endswith("er") else low)


_COUNT = {"two": 2, "2": 2, "three": 3, "3": 3, "zwei": 2, "beiden": 2, "drei": 3,
          "deux": 2, "trois": 3, "dos": 2, "tres": 3, "due": 2, "tre": 3}
# plural clitics on a verb: "bórralos", "pásalas", "cancellali", "spostale"
_CLITICS = {
    "es": re.compile(rf"^((?:[\w']+,?\s+){{0,2}}?(?:{CLITIC_VERBS['es']}|tach|marc)[a-z]*?)"
                     r"(los|las)\b", re.I),
    "it": re.compile(rf"^((?:[\w']+,?\s+){{0,2}}?(?:{CLITIC_VERBS['it']}|spunt|depenn)[a-z]*?)"
                     r"(?<!g)(li|le)\b", re.I),
}


# "… except the dinner", "… bis auf den fürs Schwimmen", "sauf le passeport"
_EXCEPT = re.compile(r"\s*,?\s*\b(?:except(?: for)?|but(?: not)?|apart from|other than|"
                     r"außer|ausser|bis auf|sauf|excepto|menos|salvo|tranne|eccetto|meno)\s+"
                     r"(?:(?:the|den|die|das|dem|der|le|la|les|l'|el|los|las|il|lo|la|i|le)\s*)?"
                     r"(?:(?:one|ones|one for|fürs|für|pour|de|del|della|di)\s+)?"
                     r"(?P<w>.+?)[\s.!?]*$", re.I)


def each_of(text: str, listed: list[dict[str, Any]], lang: str,
            now: datetime | None = None) -> str | None:
    """``text`` with "both", "all of them", "them all", "the first two" (…) said of each
    thing the last answer read: one request each ("push them all back ten minutes" —
    "push the 06:30 alarm back ten minutes and push …"), or for a list's items one
    request naming them all ("tick them all off"); None when it says none of that."""
    several = _SEVERAL[lang].search(unaccented(text))
    m = re.search(_ALL[lang], text, re.I) if several is None else None
    if several is not None:
        places = [_place(w, lang) for w in re.findall(_ORDS[lang], several.group("ords"), re.I)]
        which = [listed[i] for i in dict.fromkeys(places) if i < len(listed)]
        if len(which) != len(places):
            return None
        start, end = several.span()
    elif m is not None:
        start, end = m.span("them") if m.groupdict().get("them") else m.span()
        which = listed
        if m.groupdict().get("n"):
            n = _COUNT[m.group("n").lower()]
            first = re.match(r"(?:first|erst|premi|primer|prim)", m.group("end"), re.I)
            which = listed[:n] if first else listed[-n:]
        if text[start - 1:start] == "-":  # "supprime-les"
            start -= 1
    else:
        c = _CLITICS[lang].match(unaccented(text)) if lang in _CLITICS else None
        late = _THEM_AFTER[lang].search(unaccented(text)) if c is None and lang in _CLITICS \
            else None  # "El pan y los plátanos ya los compré, quítalos"
        if c is not None:
            start, end, which = c.end(1), c.end(2), listed
        elif late is not None and any(_said_in(t, text[:late.start()]) for t in listed):
            start, end, which = late.end("verb"), late.start("rest"), listed
        else:
            return None
    pronoun = m is None and several is None or m is not None and (
        bool(m.groupdict().get("them")) or m.group(0).startswith("-"))
    both = m is not None and _BOTH.search(m.group(0)) is not None
    named_before = [t for t in which if _said_in(t, text[:start])] if pronoun or both else []
    if (pronoun or both) and not named_before:
        # "the passport's sorted and I got my hair cut Saturday, so take both of those off",
        # "I did the passport and the haircut, take them off": those named in part
        partly = [t for t in which if _partly_said(t, text[:start])]
        if (len(partly) == 2 if both else 0 < len(partly) < len(which)):
            named_before = partly
    if named_before:  # "The bread and the bananas I have bought already, please remove
        # them", "J'ai déjà pris le pain et les bananes, enlève-les": those, not all
        which = named_before
        clause = max(text.rfind(",", 0, start), text.rfind(".", 0, start))
        so = [w.end() - 1 for w in re.finditer(r"\s(?:so|then|and so|donc|also|quindi|así que|"
                                               r"pues)\s", text[:start], re.I)]
        clause = max([clause, *so])  # "got the eggs and the bananas already so cross them off"
        if clause > 0:
            text, start, end = text[clause + 1:], start - clause - 1, end - clause - 1
    before, after = text[:start].rstrip(), text[end:]
    asked = _THEM_AFTER[lang].search(unaccented(after) if lang in ("es", "it") else after)
    before = before[_lead(before, lang):]  # ("Bon ben décale les deux …": "décale")
    if asked is not None and not before:  # picked first, then
        # asked of them: "Second and third ones, kindly delete both of them."
        before = asked.group("verb").replace("o'", "of")
        if lang == "fr":  # "tu peux les ôter": "ôte …"
            before = _imperative_fr(asked.group("inf"))
        after = after[asked.start("rest"):]  # (as said: read without accents in es/it)
    elif several is not None and asked is not None:
        after = after[:asked.start()] + asked.group("rest")
    later = re.search(r"[.!?;]\s+(?=\S)", after)
    rest = ""
    if later is not None:  # another sentence after it: said once, after them ("Keep the
        rest = after[later.end():]  # swimming one." only restates what is left alone)
        rest = "" if re.match(r"(?:keep|leave|lass|laisse|deja|lascia)\b", rest, re.I) else rest
        after = after[:later.start()]
    but = _EXCEPT.search(after)
    if but is not None:  # "all of them except the dinner": the others
        kept = _fitting(but.group("w"), which, lang, now)
        if len(kept) != 1:
            return None
        which = [t for t in which if t is not kept[0]]
        after = after[:but.start()]
    if len(which) < 2 and but is None:
        return None
    c = _CLITICS[lang].match(unaccented(before)) if lang in _CLITICS else None
    if c is not None and c.end(2) == len(before):  # "bórralos todos" → "borra" + each
        before = unaccented(before[:c.end(1)])
    elif m is None:  # "bórralos": "borra" (the clitic's accent goes with it)
        before = unaccented(before)
    if listed[0]["type"] == "item":
        after = re.sub(r"\s*\b(?:please|kindly)\b", "", after)  # (not an item's word)
    said = _of_each(before, which, after, lang)
    return f"{said}. {rest}" if said and rest else said


def _of_each(before: str, which: list[dict[str, Any]], after: str, lang: str) -> str | None:
    """``before`` … ``after`` said of each of ``which``: a list's items named together in
    one request ("take milk and bread off"), else one request each, joined by "and"; None
    when one of them has no name."""
    if which[0]["type"] == "item":
        return f"{before} {join([t['name'] for t in which], lang)}{after}".strip()
    said = [named(t, lang) for t in which]
    if not all(said):
        return None
    tail = after.rstrip(" .!?")
    return contracted(f" {AND[lang]} ".join(f"{before} {name}{tail}".strip() for name in said),
                      lang)


_NUMBER = re.compile(r"\b(?:number|no\.?|#)\s*(one|two|three|four|five|[1-5])\b(?!\s*(?:am|pm|"
                     r"a\.m|p\.m|o'clock|minutes?|hours?))", re.I)
_COUNT_EN = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "1": 1, "2": 2, "3": 3,
             "4": 4, "5": 5}


def _one_of(text: str, listed: list[dict[str, Any]], lang: str,
            focus: dict[str, Any] | None) -> str | None:
    plain = unaccented(text)  # keeps every position
    number = _NUMBER.search(plain) if lang == "en" else None
    if number is not None:  # "cancel number two", "mark number 3 as done"
        place = _COUNT_EN[number.group(1).lower()] - 1
        if place >= len(listed):
            return None
        chosen = listed[place]
        name = _name_of(chosen, lang)
        return _put(text, number.start(), number.end(), name, lang, chosen) if name else None
    m = _said(plain, lang)
    noun = m.group("noun") if m else None
    if m is None or m.group("next") or (m.group("before") and noun is None) or (
            noun is None and re.match(r"\s+(?:two|three|zwei|beiden|drei|deux|trois|dos|tres|due|"
                                      r"tre|2|3)\b", plain[m.end():], re.I)):  # "die ersten
        # zwei": several (each_of)
        return None
    if noun is None:
        after = plain[m.end():]
        first = _TOO.match(plain[_lead(plain[:m.start()], lang):m.start()]) is not None  # said first: "la última bórrala",
        # "die letzte kannst du löschen", "et l'autre décale-le à 16h"
        if not (re.match(rf"\s*(?:$|[?.!,;]|\d|(?:{_BARE_NEXT[lang]})\b)", after, re.I)
                or (first and lang != "en")
                or (listed[0]["type"] == "item" and (_WHAT_ASKED if lang == "en" else
                                                     _WHAT_ASKED_OTHER[lang]).match(
                    plain[_lead(plain[:m.start()], lang):m.start()]))  # "qual è la prima"
                or (lang == "de" and re.fullmatch(r"\s+\w+en[\s.!?]*", after))):  # "… den
            return None  # zweiten pausieren"
    elif (kind := _KINDS[lang][noun.lower()]) is not None and kind != listed[0]["type"]:
        return None
    place = _place(m.group("ord"), lang)
    if place in (_EARLIER, _LATER):  # "the later one": of two
        if len(listed) != 2:
            return None
        place = 0 if place == _EARLIER else 1
    if place in (_SHORTER, _LONGER, _MIDDLE):
        place = _measured_place(place, listed)
        if place is None:
            return None
    if place == _OTHER:
        others = [t for t in listed if not focus or t.get("type") != focus.get("type")
                  or t.get("id") != focus.get("id")]
        if len(listed) != 2 or len(others) != 1:
            return None
        place = listed.index(others[0])
    if place >= len(listed):
        return None
    chosen = listed[place]
    name = _name_of(chosen, lang)
    if not name:
        return None
    asked = _item_asked(text[:m.start("art")], chosen, listed, lang, text[m.end():])
    if asked:
        return asked
    prep = _JOINED.get(m.group("art").lower())  # "al primo" → "a" + "il timer pasta"
    return _put(text, m.start("art"), m.end(), f"{prep} {name}" if prep else name, lang,
                chosen)  # "to the first one": "to" kept

"""An item on one of the user's lists made a reminder or an appointment (five languages).

"Remind me about the passport renewal on Thursday at six in the evening, but keep it on
the to-do list"; "That bike light job, set us a reminder for it tomorrow at eight in the
morning, and you can bin it off the to-do list"; "The haircut one on my to-do list, put a
haircut in the calendar for Saturday at eleven, half an hour, and then take it off";
"Das mit dem Fahrradlicht auf meiner To-do-Liste: erinner mich am Samstag um elf dran und
nimm es von der Liste runter"; "Le truc du coiffeur sur ma liste, tu me le cales dans
l'agenda jeudi à midi et demi, pour une demi-heure"; "Lo del pasaporte que tengo en
pendientes, recuérdemelo el miércoles a las ocho, y quítelo de la lista".

:func:`reworded` says such a request in full: the reminder or the appointment named by
the item ("remind me to renew passport on Thursday at six in the evening"), then, when
the words ask it, the item taken off its list ("… and remove renew passport from my to-do
list"). Its time is the day and time said; an appointment's length, the length said. A
request that names no item on a list, or no list, or no time, is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime

from hark.nlu.time_spans import find_time_spans
from hark.text.items_done import AND, list_said, named_in, removal

_FLAGS = re.I
_REMIND = re.compile(r"\b(?:remind\w*|reminder|erinner\w*|rappel\w*|recu[eé]rd\w*|"
                     r"recordatorio|promemoria|ricord\w*)\b", _FLAGS)
_DIARY = re.compile(r"\b(?:calendar|diary|kalender|agenda|calendario|cales|termin)\b", _FLAGS)
_LIST = re.compile(r"\b(?:list|to-?do|liste|lista|pendientes|aufgaben)\b", _FLAGS)
# the item taken off its list: "and you can bin it off the to-do list", "y quítelo de la
# lista", "und nimm es dafür von der Liste runter"
_OFF = re.compile(
    r"\b(?:take|bin|cross|tick|knock|strike|get|remove|delete)\s+(?:it|that|them)\s+(?:off|out)\b|"
    r"\b(?:remove|delete)\s+(?:it|that)\b|"
    r"\b(?:nimm|streich|lösch)\w*\s+(?:es|ihn|sie|das)\b|"
    r"\b(?:enlève|retire|supprime|raye|vire)[- ](?:le|la|les)\b|\bl'(?:enlever|retirer)\b|"
    r"\b(?:qu[ií]t|b[oó]rr|tach)(?:[aáeé]|ar)(?:lo|la|los|las)\b|"
    r"\b(?:togli|leva|cancella)(?:lo|la)\b", _FLAGS)
# the item kept: "but keep it on the to-do list", "laisse-le quand même sur la liste"
_KEEP = re.compile(
    r"\b(?:keep|leave)\s+(?:it|that)\s+on\b|\blass\w*\s+(?:es|ihn|sie)\s+(?:\w+\s+)?"
    r"(?:drauf|stehen|auf)\b|\blaisse[- ](?:le|la)\b|\bd[eé]ja(?:lo|la)\b|"
    r"\b(?:la|lo)\s+lasci\w*\b|\blascia(?:lo|la)\b", _FLAGS)
# a list word said to add to it: a list addition, not this
_ADDS = re.compile(r"\b(?:add|put|stick|pop)\b[^,.;]*\b(?:to|on|onto)\s+(?:the|my)\s+"
                   r"(?:[\w-]+\s+)?list\b", _FLAGS)

_REMINDER = {"en": "remind me to {item} {when}", "de": "erinnere mich {when} an {item}",
             "fr": "rappelle-moi de {item} {when}", "es": "recuérdame {item} {when}",
             "it": "ricordami di {item} {when}"}
_SHOPPING_REMINDER = {"en": "remind me to buy {item} {when}"}
_EVENT = {"en": "put {item} in my calendar {when}{length}",
          "de": "trag {item} {when}{length} in meinen Kalender ein",
          "fr": "ajoute {item} à mon agenda {when}{length}",
          "es": "pon {item} en mi calendario {when}{length}",
          "it": "metti {item} in calendario {when}{length}"}
_FOR = {"en": " for {n}", "de": " für {n}", "fr": " pour {n}", "es": " durante {n}",
        "it": " per {n}"}

# a reminder with what it is about said in it: "remind me Sunday at 7pm to lay out the
# school clothes" is its own reminder, whatever the sentence named before
_OWN_BODY = re.compile(r"\bremind\s+(?:me|us)\b[^,.;]*?\bto\s+\w|\brappelle[- ]moi\s+d[e']|"
                       r"\bricordami\s+di\b|\brecu[eé]rdame\s+(?:que|de)\b|"
                       r"\berinnere?\s+mich\b[^,.;]*?\bdass\b", _FLAGS)
# a request's verb: a first clause with one is a request of its own, not a topic
_ASKS = re.compile(r"\b(?:remove|take|tick|cross|add|put|remind|set|schedule|book|move|cancel|"
                   r"delete|streich\w*|nimm|setz\w*|schreib\w*|erinner\w*|trag|lösch\w*|"
                   r"enlève|retire|ajoute|mets|rappelle\w*|supprime|quita|borra|añade|pon|"
                   r"recuerda\w*|agrega|togli|aggiungi|metti|ricorda\w*|cancella)\b", _FLAGS)
# "remind me about the passport renewal …": the item named as what to be reminded of
_ABOUT = re.compile(r"\bremind\s+(?:me|us)\s+about\s+(?P<topic>[^,.;]+)", _FLAGS)


def _topic(text: str, lang: str) -> str | None:
    """Where the item is named: the first clause, when it asks nothing ("The haircut one
    on my to-do list, …", "Lo del pasaporte que tengo en pendientes, …"), or what a
    reminder is asked about ("remind me about the passport renewal …"); None."""
    if "'" in text.replace("'s ", " ").replace("n't", "") and re.search(r"\s'[^']+'", text):
        return None  # an item quoted: "tick 'book a haircut' off" names it in a request
    about = _ABOUT.search(text) if lang == "en" else None
    if about is not None and not re.match(r"(?:it|that|this|them|those)\b", about["topic"],
                                          _FLAGS):
        return about["topic"]
    first = re.split(r"[,:;.?!]", text, maxsplit=1)[0]
    return None if _ASKS.search(first) or first == text else first


def _long_word_said(text: str, item: str, lang: str) -> bool:
    """Whether a long word of ``item`` (six letters at least), not its verb, is said: "le
    truc du coiffeur" is "prendre rendez-vous chez le coiffeur"."""
    words = re.findall(r"[\w'-]+", item.casefold())
    verb = words[-1] if lang == "de" else words[0] if words else ""
    said = set(re.findall(r"[\w'-]+", text.casefold()))
    return any(len(w) >= 6 and w != verb and w in said for w in words)


def may_reword(text: str) -> bool:
    return bool((_REMIND.search(text) or _DIARY.search(text)) and _LIST.search(text))


def reworded(text: str, lists: Mapping[str, Sequence[str]], lang: str, now: datetime) -> str:
    """``text`` said in full when it makes an item of a list a reminder or an
    appointment (see the module), else unchanged."""
    lang = lang if lang in _EVENT else "en"
    if not may_reword(text) or _ADDS.search(text) or _OWN_BODY.search(text):
        return text
    topic = _topic(text, lang)
    if topic is None:
        return text
    found = [(name, item) for name, items in lists.items() for item in items
             if named_in(topic, item, lang) or _long_word_said(topic, item, lang)]
    if len(found) != 1:
        return text
    name, item = found[0]
    spans = find_time_spans(text, now, lang)
    times = [s for s in spans if (s.value or {}).get("kind") in ("datetime", "date", "time")]
    if not times or times[0].start is None or times[-1].end is None:
        return text
    when = text[times[0].start:times[-1].end].strip(" ,")
    reminder = bool(_REMIND.search(text)) and not _DIARY.search(text)
    if reminder:
        table = _SHOPPING_REMINDER if name == "shopping" and lang in _SHOPPING_REMINDER \
            else _REMINDER
        said = table[lang].format(item=item, when=when)
    else:
        length = next((s.raw for s in spans if (s.value or {}).get("kind") == "duration"), "")
        length = re.sub(r"^(?:for|für|pour|durante|per)\s+|[\s,]+(?:and|und|et|y|e)$", "",
                        length.strip(" ,"), flags=_FLAGS)
        said = _EVENT[lang].format(item=item, when=when,
                                   length=_FOR[lang].format(n=length) if length else "")
    if _OFF.search(text) and not _KEEP.search(text):
        said += AND[lang] + removal([item], list_said(name, lang), lang)
    return said

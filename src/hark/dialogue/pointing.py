""""It" and "that" said of what the last answer was about, named (five languages).

"When's my dentist appointment?" — "Push it back an hour." is "Push the dentist
appointment back an hour."; after the pasta timer's time left, "Add 5 minutes." is "Add
5 minutes to the pasta timer."; "Verleg sie auf 11 Uhr", "Repousse-le d'une heure",
"Pásala una hora más tarde", "Spostalo un'ora più tardi" likewise. The thing is the
session's focus (:mod:`hark.dialogue.focus`): the one alarm, timer, reminder or event
the last request made, changed or asked about, or the list it read or added to.
"""

from __future__ import annotations

import re
from typing import Any

from hark.skills.providers.lang import join
from hark.text.clean import unaccented

MAX_WORDS = 12

# how each kind of thing is named, by language ({n}: its name, {t}: an alarm's time)
_NAMED = {
    "en": {"alarm": "the {n} alarm", "alarm_t": "the {t} alarm", "timer": "the {n} timer",
           "timer_": "the timer", "reminder": "the reminder to {n}", "event": "the {n}",
           "list": "the {n} list"},
    "de": {"alarm": "den Wecker für {n}", "alarm_t": "den Wecker von {t}",
           "timer": "den Timer {n}",
           "timer_": "den Timer", "reminder": "die Erinnerung {n}", "event": "den Termin {n}",
           "list": "die Liste {n}"},
    "fr": {"alarm": "l'alarme {n}", "alarm_t": "l'alarme de {t}", "timer": "le minuteur {n}",
           "timer_": "le minuteur", "reminder": "le rappel {n}", "event": "l'événement {n}",
           "list": "la liste {n}"},
    "es": {"alarm": "la alarma de {n}", "alarm_t": "la alarma de las {t}",
           "timer": "el temporizador de {n}", "timer_": "el temporizador",
           "reminder": "el recordatorio de {n}", "event": "el evento {n}",
           "list": "la lista {n}"},
    "it": {"alarm": "la sveglia {n}", "alarm_t": "la sveglia delle {t}", "timer": "il timer {n}",
           "timer_": "il timer", "reminder": "il promemoria {n}", "event": "l'evento {n}",
           "list": "la lista {n}"},
}
# an unnamed timer by its length
_LENGTH = {"en": "{m} minute", "de": "{m} Minuten", "fr": "de {m} minutes",
           "es": "{m} minutos", "it": "da {m} minuti"}
# removing what was just made is the context's (``item_ref``, by its id)
_REMOVE = re.compile(r"^(?:cancel|delete|remove|scrap|drop|stop|ditch|kill|take)$", re.I)
# "to it": where a timer gets its minutes ("Add 5 minutes" → "… to the pasta timer")
_TO = {"en": "to", "de": "zum", "fr": "au", "es": "al", "it": "al"}

# the verbs that carry "it" or "them" as a clitic ("pásala", "bórralos", "spostalo",
# "cancellali"), as their stems (:mod:`hark.dialogue.ordinals` reads the plural ones)
CLITIC_VERBS = {
    "es": r"pas|cancel|muev|mov|cambi|quit|borr|pon|par|paus|elimin|apag|retras|adelant|"
          r"desactiv|dej",
    "it": r"spost|cancell|togli|mett|ferm|paus|elimin|cambi|anticip|posticip|rimand|spegn|"
          r"disattiv|annull",
}
_EN_VERB = (r"(?:move|push|pull|bring|shift|change|set|turn|switch|pause|stop|resume|"
            r"restart|unpause|cancel|delete|remove|scrap|drop|snooze|put|take|tick|cross|"
            r"mark|reschedule|postpone|ditch|kill|clear|read|make|bump|nudge|slide)")
_PRONOUN = {
    "en": re.compile(rf"\b({_EN_VERB}|to|from|off)\s+(it|that|this)(?:\s+one)?\b(?!')", re.I),
    "de": re.compile(r"\b((?:verleg|verschieb|schieb|lösch|losch|streich|stopp|pausier|beend|"
                     r"änder|ander|stell|setz|mach|nimm|gib|leg|trag|schalt|brich|brech)\w*"
                     r"(?:\s+sie)?)\s+(ihn|sie|es|das|den)(?=\s+(?:auf|um|von|aus|nach|wieder|"
                     r"bitte|doch|mal|ab|weg|runter|raus|an|vor|zurück|\d)\b|[\s.,!?]*$)", re.I),
    "fr": re.compile(r"^((?:[\w']+,?\s+){0,2}?[\wéèêàç]+)(?:-|\s)(le|la|les|l')(?=\s+(?:à|a|au|"
                     r"pour|de|d'|d’|jusqu|\d)|\s*[-.!?,]|$)", re.I),
    "es": re.compile(rf"^((?:[\w']+,?\s+){{0,2}}?(?:{CLITIC_VERBS['es']}|camb)[a-záéíóú]*?)"
                     r"(lo|la|los|las)\b", re.I),
    "it": re.compile(rf"^((?:[\w']+,?\s+){{0,2}}?(?:{CLITIC_VERBS['it']})[a-zàèéìòù]*?)"
                     r"(lo|la|li|le)\b", re.I),
}
# "that one" said by a demonstrative of its own ("enlève celui-là aussi")
_THAT_ONE = {"fr": re.compile(r"\b(?:celui|celle)-là\b", re.I)}
# a weak "put" of a thing that exists is a move: "mettila alle otto e mezza"
_SET_NOT_MOVE = {"it": re.compile(r"metti", re.I), "es": re.compile(r"pon|ponga|pone", re.I)}
_MOVE = {"it": "sposta", "es": "cambia"}
# "it" said before its verb: German after "kannst du", French before an infinitive
_NEVER = re.compile(r"(?!)")
_BEFORE_VERB = {
    "de": re.compile(r"\b(?:kannst du|könntest du|kannst du mir|würdest du)\s+(den|die|das|ihn|sie|"
                     r"es)(?=\s+(?:um|auf|nach|wieder|bitte|doch|mal|noch|vor|zurück)\b)", re.I),
    "fr": re.compile(r"\b(le|la|l')\s*(mettre|déplacer|deplacer|décaler|decaler|changer|annuler|"
                     r"supprimer|repousser|avancer|reculer|enlever|retirer)\b", re.I),
    # Italian with "Lei": "me lo sposta a giovedì?", "la cancelli pure"
    "it": re.compile(r"\b((?:me |mi |te |ce )?(?:lo|la|li|le|l'))\s*(sposta|sposti|metta|"
                     r"cancelli|tolga|anticipi|posticipi|cambi|rimandi|spenga)\b", re.I),
}
# what "make it" is made into: a time, a day, "an hour later"
_MADE = re.compile(r"(?:\d|an? (?:hour|\w+ minutes?)|half an hour|\w+ minutes|\w+day\b|"
                   r"tomorrow|tonight|noon|midday|midnight|half (?:past )?\w+|quarter (?:past|to) "
                   r"\w+|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)",
                   re.I)
# minutes added to or taken off a timer without naming it
_MINUTES = {
    "en": re.compile(r"^(?:please\s+)?(?:add|take|knock|give it)\b.*\b(?:minutes?|mins?|seconds?|"
                     r"secs?|hours?)\b(?:\s+(?:off|more|extra))?[\s.!]*$", re.I),
    "de": re.compile(r"\b(?:minuten?|min|sekunden?|stunden?)\b.*\b(dazu|drauf|weg|ab)\b", re.I),
    "fr": re.compile(r"^(?:ra)?(?:joutes?|ajoutes?|enlèves?|enleves?|retires?|mets|donnes?)"
                     r"(?:-(?:y|lui|en))?\b.*\b"
                     r"(?:minutes?|min|secondes?|heures?)\b[\s.!]*$", re.I),
    "es": re.compile(r"^(?:ponle|agr[eé]gale|a[nñ][aá]dele|qu[ií]tale|dale|s[uú]male|"
                     r"r[eé]stale|pon|agrega|a[nñ]ade|quita)\b.*\b(?:minutos?|min|segundos?|"
                     r"horas?)\b(?:\s+m[aá]s)?[\s.!]*$", re.I),
    "it": re.compile(r"^(?:aggiungi|togli|metti|dagli|levagli|aggiungigli|togligli)\b.*\b"
                     r"(?:minuti|minuto|min|secondi|ore|ora)\b(?:\s+in più)?[\s.!]*$", re.I),
}
# a thing named in the turn itself: nothing to point at
_NAMES_ONE = {
    "en": re.compile(r"\b(?:timer|alarm|reminder|meeting|appointment|list)\b", re.I),
    "de": re.compile(r"(?:timer|wecker|erinnerung|termin|liste)\b", re.I),
    "fr": re.compile(r"\b(?:minuteur|minuterie|alarme|réveil|rappel|rendez-vous|liste)\b", re.I),
    "es": re.compile(r"\b(?:temporizador|alarma|recordatorio|cita|evento|lista)\b", re.I),
    "it": re.compile(r"\b(?:timer|sveglia|promemoria|appuntamento|evento|lista)\b", re.I),
}


# a question about "it": "What time's it set for now?", "When is it now?", "whats left on it"
_ASKS_IT = re.compile(r"^((?:so|and|okay|ok|then)?[\s,]*(?:when(?:'s| is| does| will)|"
                      r"what(?:'s|s| is)(?: now| still| then)? (?:on|left on|in|still on)|"
                      r"how long(?:'s| is)?(?: left)?(?: on)?|how much time(?:'s| is) left on|"
                      # "what time's it set for now?" — "what time is it?" asks the time
                      r"what time(?:'s| is| does| will)(?=\s+(?:it|that)\s+(?:set|go|going|"
                      r"ring|ringing|start|starting|due|scheduled|booked|for|on|finish|"
                      r"finishing|end|ending|wrap|over)\b)|"
                      # "what time's it at", "what time it will ring"
                      r"what time(?:'s| is)(?=\s+(?:it|that)\s+at(?:\s+now)?[\s?.!]*$)|"
                      r"what time(?=\s+(?:it|that)\s+(?:will|would|is going to|is gonna|'ll)\s+"
                      r"(?:ring|go off|start|finish|end|be)\b)|"
                      # "What time is that?" said of a thing just made or moved
                      r"what time(?:'s| is)(?=\s+that(?:\s+(?:now|then|again))?[\s?.!]*$))\s+)"
                      r"(it|that)\b(?!')", re.I)
# said after a question about what just changed: "When is it now?" asks when, not now
_NOW_AFTER = re.compile(r"\s+(?:now|then)(?=[\s?.!]*$)", re.I)
_ASKS_IT_DE = re.compile(r"^((?:und|also|ok)?[\s,]*(?:wann|wie lange?|wie spät|um wie viel uhr)\b"
                         r"(?:\s+\w+){0,2}?\s+)(er|sie|es|der|die|das)\b(?=\s+(?:jetzt|noch|nun|"
                         r"dann|genau)\b|[\s?.!]*$)", re.I)
_NOMINATIVE_DE = {"alarm": "der Wecker {n}", "timer": "der Timer {n}",
                  "reminder": "die Erinnerung {n}", "event": "der Termin {n}"}
# when it is, or ends, asked without naming it: "a qué hora era", "wann ist das dann aus",
# "il finit à quelle heure du coup" ({t}: the thing; German in the nominative)
_WHEN_ASKED = {
    "de": ((re.compile(r"^(?:und|also|ok)?[\s,]*wann (?:ist|geht) (?:das|der|die|er|sie|es)"
                       r"(?: \w+)?(?: dann| jetzt| denn| genau)* (?:aus|zu ende|vorbei|fertig)"
                       r"[\s?.!]*$", re.I), "wann endet {t}"),),
    "fr": ((re.compile(r"^(?:et|ok|alors)?[\s,]*(?:il|elle|ça|ca) (?:finit|termine|se termine)"
                       r" à quelle heure(?: du coup| alors| maintenant| déjà)*[\s?.!]*$", re.I),
            "à quelle heure finit {t}"),
           (re.compile(r"^(?:et|ok|alors|bon)?[\s,]*(?:c'était|c'est|il est|elle est|(?:il|elle|"
                       r"ça|ca) (?:commence|débute|sonne|tombe|est prévue?)) à quelle "
                       r"heure(?: déjà| du coup| alors| maintenant| finalement| une fois)*[\s?.!]*$",
                       re.I), "à quelle heure est {t}"),
           (re.compile(r"^(?:et|ok|alors|bon)?[\s,]*(?:c'est )?à quelle heure (?:(?:il|elle) "
                       r"(?:commence|débute|sonne|est)|(?:commence|débute|sonne)-t-(?:il|elle)|"
                       r"c'est|ça tombe)(?: déjà| du coup| alors| maintenant| finalement)*"
                       r"[\s?.!]*$", re.I), "à quelle heure est {t}")),
    "es": ((re.compile(r"^(?:y|ok|vale)?[\s,]*¿?\s*a qu[eé] hora (?:termina|acaba)(?: eso)?"
                       r"(?: entonces| ahora)*[\s?.!]*$", re.I), "a qué hora termina {t}"),
           (re.compile(r"^(?:y|ok|vale)?[\s,]*¿?\s*a qu[eé] hora (?:es|era|ser[aá]|suena|sonar[aá]|"
                       r"empieza|comienza|qued[oó]|queda)(?: eso| esa| ese| ahora)?"
                       r"(?: entonces| al final| ahora)*[\s?.!]*$", re.I), "a qué hora es {t}")),
    "it": ((re.compile(r"^(?:e|ok|allora)?[\s,]*a che ora (?:finisce|termina)(?: quell[oa])?"
                       r"(?: allora| adesso)*[\s?.!]*$", re.I), "a che ora finisce {t}"),
           (re.compile(r"^(?:e|ok|allora)?[\s,]*a che ora (?:è|era|sarà|suona|inizia|comincia|"
                       r"l'hai (?:mess[oa]|segnat[oa]|impostat[oa]))(?: quell[oa])?"
                       r"(?: allora| adesso| ora)*[\s?.!]*$", re.I), "a che ora è {t}")),
}
# how long a timer has left, asked without naming it
_LEFT = {
    "de": re.compile(r"^(?:und\s+)?wie lange? (?:noch|dauert(?:'s| es) noch|(?:hat|läuft|"
                     r"braucht|geht|dauert) (?:der|er|es|'s|das)(?: jetzt| denn| eigentlich)* "
                     r"(?:noch|no))(?:\s+jetzt)?[\s?.!]*$", re.I),
    "fr": re.compile(r"^(?:et\s+)?(?:il (?:lui |en )?reste combien(?: de temps)?|combien (?:de "
                     r"temps )?(?:il )?(?:lui |en )?reste(?:-t-il)?)(?:\s+(?:maintenant|encore))?"
                     r"[\s?.!]*$", re.I),
    "es": re.compile(r"^(?:y\s+)?¿?\s*cu[aá]nto (?:le )?(?:queda|falta)(?:\s+(?:ahora|"
                     r"todav[ií]a|a[uú]n))?[\s?.!]*$", re.I),
    "it": re.compile(r"^(?:e\s+)?quanto (?:gli )?(?:manca|resta)(?:\s+(?:adesso|ancora|ora))?"
                     r"[\s?.!]*$", re.I),
}
_LEFT_OF_LENGTH = {"de": "wie lange läuft der Timer {n} noch?",
                   "fr": "combien de temps reste-t-il sur le minuteur {n} ?",
                   "es": "cuánto le queda al temporizador de {n}?",
                   "it": "quanto manca al timer {n}?"}
# "on it" said of a list just changed or read
_ON_IT = {"de": re.compile(r"\s(drauf|darauf)(?=[\s?.!]*$)", re.I),
          "fr": re.compile(r"\s(dessus)(?=[\s?.!]*$)", re.I),
          "es": re.compile(r"\s(en ella|ahí|ahi)(?=[\s?.!]*$)", re.I),
          "it": re.compile(r"\s(sopra|lì sopra)(?=[\s?.!]*$)", re.I)}
_ONTO_ASKED = {"de": "auf der {w}", "fr": "sur la {w}", "es": "en la {w}", "it": "sulla {w}"}
_ON = {"de": "beim", "fr": "sur le", "es": "al", "it": "al"}


# putting on and taking off a list that the turn does not name ("togli le banane" after
# the shopping list was read)
_LIST_VERBS = {
    "en": (r"add|put|stick|throw|chuck", r"remove|take|delete|cross|tick|scratch|strike|mark"),
    "de": (r"setz|schreib|pack|füg|fug|tu|trag|nimm (?:noch )?\w+ (?:mit )?auf",
           r"nimm|streich|lösch|losch|entfern|hak"),
    "fr": (r"ajoute|rajoute|mets|note|inscris", r"enlève|enleve|retire|supprime|raye|coche|efface"),
    "es": (r"añade|anade|agrega|pon|apunta|mete|incluye", r"quita|borra|elimina|tacha|marca|saca"),
    "it": (r"aggiungi|metti|segna|scrivi", r"togli|cancella|elimina|rimuovi|spunta|depenna"),
}
_ONTO = {"en": ("to the", "from the"), "de": ("auf die", "von der"), "fr": ("à la", "de la"),
         "es": ("a la", "de la"), "it": ("alla", "dalla")}
_A_LIST = re.compile(r"list|liste|lista|einkauf|courses|compra|spesa|to-?do", re.I)
_OPENING = re.compile(r"^(?:(?:and|also|oh|ok|okay|und|noch|et|pis|puis|aussi|y|también|"
                      r"tambien|e|anche|poi)[\s,]+)*", re.I)


# "them" said of the items a question just found on the list ("are the bananas still on
# it?" — "take them off"; "¿están los plátanos?" — "bórralos")
_THEM = {"en": re.compile(r"\b(?:it|them|those|these|'em|em)\b", re.I),
         "de": re.compile(r"\b(?:sie|es|die|das|den|ihn)\b(?=\s+(?:runter|weg|ab|raus|von)\b)",
                          re.I),
         "fr": re.compile(r"-(?:les|le|la)\b", re.I)}


def _pronoun(text: str, lang: str) -> tuple[re.Match[str], str] | None:
    """Where ``text`` says "it" after its verb (``_PRONOUN``), and the verb; Spanish
    matched without accents ("Pásala", "cancélalo"), which keeps every position."""
    m = _PRONOUN[lang].search(unaccented(text) if lang == "es" else text)
    if m is None:
        return None
    return m, unaccented(m.group(1)) if lang == "es" else m.group(1)


def _with_items(text: str, focus: dict[str, Any], lang: str) -> str:
    """``text`` with "them" said as the focus list's items, when it has some."""
    items = [str(i) for i in focus.get("items") or []]
    if not items:
        return text
    said = join(items, lang)
    if lang in ("es", "it"):  # "bórralos" → "borra plátanos", "toglile" → "togli banane"
        found = _pronoun(text, lang)
        if found is None:
            return text
        m, verb = found
        return f"{text[:m.start(1)]}{verb} {said}{text[m.end():]}"
    m = _THEM[lang].search(text) if lang in _THEM else None
    if m is None:
        return text
    sep = " " if m.group().startswith("-") else ""
    return f"{text[:m.start()]}{sep}{said}{text[m.end():]}"


def _onto_list(text: str, focus: dict[str, Any], lang: str) -> str | None:
    """``text`` with the focus list named, when it puts something on or takes something
    off a list and names none; None otherwise."""
    from hark.dialogue.focus import list_words

    if _A_LIST.search(text):
        return None
    text = _with_items(text, focus, lang) if not focus.get("created") else text
    adds, removes = _LIST_VERBS[lang]
    said = text[_OPENING.match(text).end():]  # type: ignore[union-attr]
    which = 0 if re.match(rf"(?:{adds})\w*\b", said, re.I) else \
        1 if re.match(rf"(?:{removes})\w*\b", said, re.I) else None
    if which is None:
        return None
    onto = f"{_ONTO[lang][which]} {list_words(str(focus.get('name') or ''), lang)}"
    body = text.rstrip(" .!?")
    if lang == "de":  # "setz … drauf" → "… auf die Liste"; "nimm … runter" keeps "runter"
        m = re.search(r"\s(drauf|dazu|hinzu|rauf)$", body, re.I)
        if m:
            return f"{body[:m.start()]} {onto}"
        m = re.search(r"\s(runter|ab|weg|raus)$", body, re.I)
        if m:
            return f"{body[:m.start()]} {onto} {m.group(1)}"
    return f"{body} {onto}"


def named(focus: dict[str, Any], lang: str) -> str | None:
    """How ``lang`` names the thing ``focus`` is about, or None."""
    table = _NAMED.get(lang, _NAMED["en"])
    kind, name = focus.get("type"), str(focus.get("name") or "").strip()
    if kind == "alarm":
        if name:
            return table["alarm"].format(n=name)
        return table["alarm_t"].format(t=focus["time"]) if focus.get("time") else None
    if kind == "timer":
        if not name and focus.get("seconds"):
            name = _LENGTH[lang].format(m=round(float(focus["seconds"]) / 60))
        return table["timer"].format(n=name) if name else table["timer_"]
    if kind in ("reminder", "event", "list") and name:
        return table[kind].format(n=name)
    return None


def _asked(text: str, focus: dict[str, Any], lang: str) -> str | None:
    """A question about "it" said of the focus ("When is it now?", "whats on it now",
    "Wie lange läuft er jetzt noch?"), or how long a timer has left asked without naming
    it ("cuánto le queda ahora", "il reste combien maintenant"); None otherwise."""
    if lang == "en":
        m = _ASKS_IT.match(text)
        if m:
            thing = named(focus, lang)
            said = _NOW_AFTER.sub("", f"{text[:m.start(2)]}{thing}{text[m.end(2):]}")
            return said.replace("'s now ", "'s ").replace(" now on ", " on ") if thing else None
    for pattern, said in _WHEN_ASKED.get(lang, ()):
        if focus.get("type") in ("alarm", "reminder", "event") and pattern.match(text):
            unnamed_alarm = not focus.get("name") and focus.get("type") == "alarm" \
                and focus.get("time")  # ("la alarma de las 06:00")
            thing = (f"der Wecker um {focus['time']}" if unnamed_alarm else _NOMINATIVE_DE[
                str(focus["type"])].format(n=focus.get("name") or "")) if lang == "de" \
                else named(focus, lang)
            return said.format(t=thing.strip()) if thing and (focus.get("name") or unnamed_alarm) \
                else None
    if lang == "de":
        m = _ASKS_IT_DE.match(text)
        nominative = _NOMINATIVE_DE.get(str(focus.get("type")))
        if m and nominative and focus.get("name"):
            return f"{text[:m.start(2)]}{nominative.format(n=focus['name'])}{text[m.end(2):]}"
    if focus.get("type") == "list" and lang in _ON_IT:
        m = _ON_IT[lang].search(text)
        if m and focus.get("name"):
            from hark.dialogue.focus import list_words

            on = _ONTO_ASKED[lang].format(w=list_words(str(focus["name"]), lang))
            return f"{text[:m.start()]} {on}{text[m.end():]}".strip()
    left = _LEFT.get(lang)
    if focus.get("type") == "timer" and left and left.search(text) \
            and not _NAMES_ONE[lang].search(text):
        thing = named(focus, lang)
        if thing and not focus.get("name") and focus.get("seconds"):  # one just set, by
            return _LEFT_OF_LENGTH[lang].format(  # its length: "der Timer 12 Minuten"
                n=_LENGTH[lang].format(m=round(float(focus["seconds"]) / 60)))
        if thing:
            return f"{text.rstrip(' ?.!')} {_ON[lang]} {thing.split(' ', 1)[1]}?"
    return None


def pointed(text: str, focus: dict[str, Any] | None, lang: str) -> str | None:
    """``text`` with "it"/"that" (or a timer's missing name) said as the thing ``focus``
    is about; None when it points at nothing."""
    if not focus or len(text.split()) > MAX_WORDS:
        return None
    lang = lang if lang in _NAMED else "en"
    asked = _asked(text, focus, lang)
    if asked is not None or focus.get("type") == "list":
        return asked if asked is not None else _onto_list(text, focus, lang)
    thing = named(focus, lang)
    if thing is None:
        return None
    m = _BEFORE_VERB.get(lang, _NEVER).search(text)  # "Kannst du den … schieben?",
    if m:  # "tu peux le mettre vendredi plutôt ?"
        if lang in ("fr", "it"):
            return f"{text[:m.start(1)]}{m.group(2)} {thing}{text[m.end(2):]}"
        return f"{text[:m.start(1)]}{thing}{text[m.end(1):]}"
    that = _THAT_ONE.get(lang, _NEVER).search(text)
    if that:  # "enlève celui-là aussi"
        return f"{text[:that.start()]}{thing}{text[that.end():]}"
    found = _pronoun(text, lang)
    if found:
        m, verb = found
        if not focus.get("created") and _SET_NOT_MOVE.get(lang, _NEVER).fullmatch(verb):
            verb = _MOVE[lang]  # "mettila alle otto e mezza" of an alarm asked about: moved
        if lang == "en" and focus.get("created") and _REMOVE.match(verb):
            return None
        if lang == "en" and not focus.get("created") and verb.lower() in ("put", "set") \
                and re.match(r"\s*(?:at|to|for|on)\b", text[m.end():]):
            verb = "change" if focus.get("type") in ("alarm", "timer") else "move"  # "put it
            # at 6 in the evening instead" of a reminder that exists: moved, not made
        if lang == "en" and verb.lower() in ("bump", "nudge", "slide"):  # "bump it to 11"
            verb = "change" if focus.get("type") in ("alarm", "timer") else "move"
        if lang == "en" and verb.lower() == "make":  # "make it 8:30", "… an hour later"
            rest = text[m.end():].lstrip()
            if not _MADE.match(rest):
                return None
            verb = "change" if focus.get("type") in ("alarm", "timer") else "move"
            to = "" if re.match(r"(?:an?|half)\s", rest, re.I) else "to "
            if focus.get("type") == "timer" and not focus.get("name") and re.fullmatch(
                    r"\d+\s*(?:minutes?|mins?|hours?|seconds?)[\s.!]*", rest, re.I):
                rest = rest.rstrip(" .!") + " left"  # "the 60 minute timer to 50 minutes
                # left": its time left, not a new timer
            return f"{text[:m.start(1)]}{verb} {thing} {to}{rest}"
        return f"{text[:m.start(1)]}{verb} {thing}{text[m.end():]}"
    if focus.get("type") == "timer" and not _NAMES_ONE[lang].search(text):
        mm = _MINUTES[lang].search(text)
        if mm:  # "… to the pasta timer", "… al temporizador de pasta" (its article dropped)
            to = f"{_TO[lang]} {thing if lang == 'en' else thing.split(' ', 1)[1]}"
            if lang == "de":  # before the particle: "gib 5 minuten zum Timer Nudeln dazu"
                return f"{text[:mm.start(1)]}{to} {text[mm.start(1):]}"
            if lang == "es":  # "ponle" → "pon"
                text = re.sub(r"^(\w+?)le\b", lambda v: unaccented(v.group(1)), text)
            if lang == "fr":  # "ajoutes-y" → "ajoute"
                text = re.sub(r"^(\w+?)s?-(?:y|lui|en)\b", r"\1", text)
            return f"{text.rstrip(' .!')} {to}"
    return None

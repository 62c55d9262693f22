"""Another reminder said right after one was set, its own time and thing said without a
verb of reminding: "Et puis vendredi à seize heures, un seul rappel pour aller payer la
scolarité", "Ah, y el jueves a las ocho de la noche, una sola vez, pagar la factura de
UTE", "Und dann noch einmal, nur diesen Freitag um vier am Nachmittag: die Eislaufschuhe
vom Schleifen abholen", "And tomorrow at noon, just the once: ring the vet"; at the same
time as the one before: "y otro el viernes a la misma hora para la entrega de los
cupcakes"; or, by a pronoun, the reminder just set or asked about, at another time:
"recuérdamelo también el martes a las cinco", "rappelle-le-moi aussi mercredi soir".

Before, the first changed the reminder just set (to four in the morning, every day) and
the others were not understood. ``another(text, state, lang, now)`` returns the request
said in full ("rappelle-moi vendredi à seize heures de aller payer la scolarité"), or
None: only after a reminder, with one time said and a word saying it is one more (or just
once), or the thing after a colon.
"""

from __future__ import annotations

import re
from datetime import datetime

from hark.dialogue import but_for
from hark.dialogue.relative_other import day_at, that_day
from hark.dialogue.state import DialogueState, about_at
from hark.dialogue.words import PRECISELY, THAT_DAY, on_day
from hark.nlu.time_spans import find_time_spans
from hark.text import same_time
from hark.text.en_words import WEEKDAYS

# what opens the turn: "and", "then", "oh"
_OPEN = re.compile(r"^(?:(?:and|also|then|plus|oh|ah|et|puis|aussi|bon|alors|y|también|además|"
                   r"luego|und|dann|noch|auch|ach|e|poi|anche|inoltre|pure)\b[\s,]*)+", re.I)
# a word saying it is one more, or just once
_SAYS_ONE_MORE = (r"just the once|only once|(?:a |an )?one-?off|one more|another one|un seul rappel|"
                  r"un autre rappel|une (?:seule )?fois(?: seulement)?(?: hein)?|un rappel|una sola vez|"
                  r"solo una vez|otro recordatorio|un recordatorio|noch (?:ein)?mal|nur einmal|einmalig|"
                  r"noch eine erinnerung|eine erinnerung|una volta sola|solo una volta|un altro promemoria|"
                  r"un promemoria")
# another said alone (English "another for the Okafors" names who, not what: the follow-on
# reads it)
_ANOTHER_ALONE = r"otro|otra|un autre|une autre|noch einen|noch eine|un altro|un'altra"
_ONE_MORE = re.compile(rf"\b(?:{_SAYS_ONE_MORE}|{_ANOTHER_ALONE})\b", re.I)
_SAID_ONE_MORE = re.compile(rf"\b(?:{_SAYS_ONE_MORE})\b", re.I)
_BARE_OTHER = re.compile(rf"\b(?:{_ANOTHER_ALONE})\b", re.I)
# the speaker's own errand said as a clause, which only a new reminder says: "Und am
# Donnerstag, gleiche Zeit, dass ich die Rechnung zahl", "Et jeudi, même heure, que je
# paie la facture"
_THAT_I = {"en": r"that i\b", "de": r"(?:dass|damit) ich\b", "fr": r"(?:que je|qu'il faut que je)\b",
           "es": r"(?:que tengo que|para que)\b", "it": r"che devo\b"}
# the words leading the thing
_LEAD = {"en": r"(?:to|for|about)\s+", "fr": r"(?:pour|de|d')\s*", "es": r"(?:para|de)\s+",
         "it": r"(?:per|di)\s+", "de": r"(?:für|zum|zur|an)\s+"}
# a clause saying what not to forget: "…, dass ich die Bankdaten nicht vergesse"
_THAT = {"en": r"so (?:that )?i\b|that i\b", "fr": r"que |qu'|pour que ", "es": r"que |para que ",
         "it": r"che |così ", "de": r"dass |damit "}
_SAY = {"en": "remind me {when} to {thing}", "fr": "rappelle-moi {when} de {thing}",
        "es": "recuérdame {when} {thing}", "de": "erinnere mich {when}: {thing}",
        "it": "ricordami {when} di {thing}"}
# a clock said in full, for "at the same time"
_AT = {"en": "at {h}:{m:02d}", "fr": "à {h}h{m:02d}", "es": "a las {h}:{m:02d}",
       "it": "alle {h}:{m:02d}", "de": "um {h}:{m:02d}"}
# the words of the time before what was read as it
_BEFORE = re.compile(r"(?:\b(?:el|la|los|las|le|les|il|lo|am|an|on|at|for|the|this|next|diesen|nächsten|"
                     r"ce|cette|questo|questa|este|esta|um|gegen|à|vers|alle|verso)\s+)+$", re.I)
# the day of the reminder before, for "the same morning"
_DAY_SAID = re.compile(rf"\b(?:tomorrow|today|tonight|(?:{WEEKDAYS})"
                       r"(?:\s+the\s+\d{1,2}(?:st|nd|rd|th)?)?)\b", re.I)
# a change of the reminder just set, not another: "make it", "later", "it", "le", "lo"
_CHANGE = re.compile(r"\b(?:it|that|earlier|later|instead|plutôt|plus tôt|plus tard|"
                     r"más tarde|más temprano|mejor|später|früher|stattdessen|più tardi|"
                     r"prima|invece|anzi)\b|\?", re.I)

# a word saying it is like the one before: "otro igual", "un'altra uguale", "une pareille"
_ALIKE = re.compile(r"\b(?:igual|iguales|uguale|uguali|pareil|pareille|pareils|genauso|gleiche?n?|"
                    r"dasselbe|dieselbe|denselben|the same|same)\b", re.I)  # ("für Freitag dasselbe")
# the thing of the reminder before, not said again
_SAME_THING = re.compile(r"(?:the\s+)?same(?:\s+(?:thing|again|one|as before|reminder))?|"
                         r"la même chose|pareil|lo mismo|la misma cosa|lo stesso|la stessa cosa|"
                         r"(?:das\s+)?gleiche|dasselbe", re.I)

# the reminder talked about, asked for again by a pronoun: "recuérdamelo también el martes",
# "rappelle-le-moi aussi mercredi", "ricordamelo anche martedì", "erinner mich am Dienstag
# auch daran", "remind me about it on Tuesday too"
_OF_IT = {
    "en": r"\bremind me (?:again )?(?:about|of) (?:it|that)\b",
    "de": r"\berinner\w*\s+mich\b(?=.*\b(?:da)?ran\b)",
    "fr": r"\brappelle[sz]?-(?:le|la)-moi\b|\brappelle[sz]?-moi-(?:le|la)\b|"
          r"\b(?:tu )?me (?:le|la) rappelle(?:s|ras)?\b",
    "es": r"\brecu[eé]rd(?:a|e|en)me(?:lo|la)\b|\bme lo recuerdas\b",
    "it": r"\bricord(?:a|i)me(?:lo|la)\b|\bme lo ricordi\b",
}
_OF_IT_RE = {lang: re.compile(words, re.I) for lang, words in _OF_IT.items()}


def _of_it(text: str, state: DialogueState, lang: str, now: datetime) -> str | None:
    """The reminder talked about (set or asked about) asked for again at another time by
    a pronoun ("¿Cuándo tenía lo de sacar la basura?" — "Pues recuérdamelo también el
    martes a las cinco de la tarde, antes de la primera visita, …"): that reminder's thing
    at the time said, in full; None when ``text`` says no such thing."""
    name = str((state.focus or {}).get("name") or "")
    said = _OF_IT_RE[lang].search(text)
    if said is None or not name:
        return None
    clauses = re.split(r"\s*[,;]\s*", text[said.start():])
    for clause in clauses[:2]:  # (its time after a comma: "Recuérdamelo también, el martes")
        spans = [sp for sp in find_time_spans(clause, now, lang) if isinstance(sp.value, dict)
                 and sp.value.get("kind") in ("datetime", "date", "time")]
        if len(spans) == 1:
            at = clause.find(spans[0].raw)
            article = _BEFORE.search(clause, 0, at) if at > 0 else None
            when = clause[article.start() if article else at:at + len(spans[0].raw)]
            return _SAY[lang].format(when=when.strip(" ,.!?"), thing=name)
        if spans:
            return None
    return None


def _nth(day: int) -> str:
    return "th" if 10 < day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _errand_clause(text: str, rest: str, lang: str) -> bool:
    """Whether ``text`` opens with "and" and, its time taken out (``rest``), says only the
    speaker's own errand as a clause ("Und am Donnerstag, gleiche Zeit, dass ich …")."""
    return _OPEN.match(text) is not None and re.match(
        rf"(?:{_THAT_I[lang]})", _OPEN.sub("", rest.strip(" ,.;")).strip(" ,.;"), re.I) is not None


def another(text: str, state: DialogueState, lang: str, now: datetime) -> str | None:
    """Another reminder asked for by ``text`` after one was set (or, by a pronoun, after
    one was talked about), said in full; or None."""
    if (state.focus or {}).get("type") != "reminder" or lang not in _SAY:
        return None
    again = _of_it(text, state, lang, now)
    if again is not None:
        return again
    if lang != "en":  # "dann am selben Tag um 14 Uhr noch eine: …": that day, said
        text = that_day(text, state.about and {**state.about,
                                               "at": about_at(state.about, now.tzinfo)},
                        now, lang)
    spans = [s for s in find_time_spans(text, now, lang) if isinstance(s.value, dict)
             and s.value.get("kind") in ("datetime", "date", "time")]
    if len(spans) != 1:
        return None
    at = text.find(spans[0].raw)
    if at < 0:
        return None
    article = _BEFORE.search(text, 0, at)  # "el jueves …", "this Friday …"
    start = article.start() if article else at
    when = text[start:at + len(spans[0].raw)].strip(" ,:")
    rest = text[:start] + " " + text[at + len(spans[0].raw):]
    colon = ":" in text[at + len(spans[0].raw):]  # (not the one of "7:10")
    same = THAT_DAY.search(rest) if lang == "en" else None
    if same is not None:  # "another one for half eight, same morning, to …": the day of the
        day = _DAY_SAID.search(state.last_text or "")  # one before
        if day is None:
            return None
        when = f"{when} {on_day(day.group(0), same.group(1))}"
        rest = rest[:same.start()] + rest[same.end():]
    same_clock = same_time.find(rest)
    if same_clock is not None:  # "y otro el viernes a la misma hora para …": the clock of
        at_time = about_at(state.about, now.tzinfo)  # the one before
        if at_time is None or spans[0].value.get("kind") != "date":
            return None
        when = f"{when} {_AT[lang].format(h=at_time.hour, m=at_time.minute)}"
        rest = same_time.drop(rest)
    before = about_at(state.about, now.tzinfo)
    if same_clock is None and spans[0].value.get("kind") == "date" and before is not None \
            and lang != "en":  # "Y otro el viernes, para decorar la tarta" after one on
        # Wednesday at eleven: on Friday at eleven too (what it shares left out)
        when = f"{when} {_AT[lang].format(h=before.hour, m=before.minute)}"
    if spans[0].value.get("kind") == "time" and before is not None and lang != "en" \
            and before.date() != now.date():  # "Und noch eine um 7:10, dass …" after one
        # next Monday at 7: that Monday, in its morning
        clock = re.sub(r"^(?:um|gegen|à|vers|a las|a la|alle|verso|at)\s+", "", when, flags=re.I)
        hm = re.fullmatch(r"(\d{1,2})(?:[:h.](\d{2}))?", clock.strip())
        if hm is not None and spans[0].value.get("ambiguous") and before.hour < 12 \
                and int(hm[1]) < 12:
            clock = _AT[lang].format(h=int(hm[1]), m=int(hm[2] or 0))
        else:
            clock = when
        when = f"{day_at(before, lang)} {clock}"
    elif spans[0].value.get("kind") == "time" and before is not None and lang == "en" \
            and before.date() != now.date():  # "Oh and another one for Uncle Tariq at half
        # six" after one on Wednesday at six: that Wednesday, in the same half of the day
        # when said without one and no earlier than the one before
        hour = int(str(spans[0].value.get("time", "0:0")).split(":")[0]) % 12
        half = " pm" if spans[0].value.get("ambiguous") and before.hour >= 12 \
            and hour >= before.hour - 12 else ""
        when = f"{when}{half} on {before.strftime('%A')} the {before.day}{_nth(before.day)}"
    one_more = _ONE_MORE.search(rest) is not None or _errand_clause(text, rest, lang)
    but = but_for.said(rest, lang) if lang != "en" and (one_more or _ALIKE.search(rest)) \
        else None
    if but is not None:  # "Und so eine Erinnerung nochmal für Freitag, selbe Uhrzeit, aber
        # für den Essay in Soziologie": the one before's errand, done to that
        title = str((state.about or {}).get("title") or (state.focus or {}).get("name") or "")
        thing = but_for.thing(title, but, lang)
        if thing:
            return _SAY[lang].format(when=when, thing=thing)
    if not (colon or one_more) or _CHANGE.search(_ONE_MORE.sub(" ", rest)):
        return None
    thing = text[at:].split(":", 1)[1] if colon else _ONE_MORE.sub(" ", rest)
    thing = _OPEN.sub("", PRECISELY.sub("", thing).strip(" ,.;!")).strip(" ,.;!")
    thing = re.sub(r"[\s,]*\b(?:hein|quoi|eh|ok|vale|gell|ne|neh)\b[\s.!]*$", "", thing, flags=re.I)
    thing = re.sub(r"^(?:nur|just|solo|seulement|juste)\b\s*", "", thing, flags=re.I)
    # the verb of making and what its clock left: "ponme [otro] a [las seis …] para …"
    thing = re.sub(r"^(?:(?:pon(?:me)?|p[oó]nme|mets(?:-moi)?|metti(?:mi)?|fammene|stell|mach|"
                   r"set|put|add|añade|agrega|ajoute)\b\s*)?(?:(?:a|à|um|alle|at)\s+)*(?=\S)", "",
                   thing, flags=re.I)
    led = re.search(rf"(?:^|\s){_LEAD[lang]}", thing, re.I) is not None or \
        re.match(_THAT[lang], thing, re.I) is not None  # "noch eine um 7:10, dass ich …"
    whom = lang == "en" and re.match(r"(?:for|about)\s", thing, re.I) is not None
    thing = re.sub(rf"^{_LEAD[lang]}", "", re.split(r"(?<=\w)[.;!]\s+", thing)[0], flags=re.I)
    if _ALIKE.search(thing) or (_BARE_OTHER.search(rest) and not _SAID_ONE_MORE.search(rest)
                                and not (colon or led)):
        return None  # "Y otro igual a las nueve de la noche, hijo": the same again (another
        # word alone needs the thing said after its "para", "pour" …)
    if len(thing.split()) < 2 or _SAME_THING.fullmatch(thing):
        return None  # ("another one, same thing, tomorrow night": the thing of the one before)
    if whom:
        return f"remind me {when} about {thing}"  # "another one for Uncle Tariq": whom, not
        # what to do
    return _SAY[lang].format(when=when, thing=thing)

"""A thing just talked about moved or given time by an amount, the thing not named again
(five languages): "one more hour" after "push the bins reminder back an hour",
"Actually, another 15 minutes earlier" after the swimming alarm was moved, "and another
five" after ten minutes were added to the laundry timer, "and half an hour earlier" after
dinner was moved to Saturday; "noch eine Viertelstunde später bitte", "pack noch zwei
drauf", "et encore un quart d'heure plus tard", "repousse-le d'une heure et demie",
"ponle cinco más", "y otra media hora antes", "spostala di un'altra ora".

``further(text, state, now, lang)`` returns the request said in full ("move the reminder
to take the bins out 1 hour later", "gib dem Timer Wäsche noch fünf Minuten dazu"), or
None. It answers only when the turn says an amount and a way (later or earlier, more or
less) — the way may be left to the last change of that thing ("one more hour") — and
nothing else: a turn that names a time of day, a day, or anything more is not a shift.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from hark.dialogue.also_this import REASON
from hark.dialogue.pointing import named
from hark.dialogue.state import DialogueState
from hark.nlu.normalize import normalize
from hark.nlu.time_spans import find_time_spans

MAX_WORDS = 10
_KINDS = ("alarm", "reminder", "event", "timer")


def _words(*alts: str) -> str:
    return "|".join(alts)


# later (or more, on a timer) / earlier (or less); said around the amount
_LATER = {
    "en": _words(r"later", r"back", r"after", r"push(?:ed)?", r"bump(?:ed)?", r"on top of (?:that|it)",
                 r"on top",
                 r"on", r"longer", r"add", r"give",
                 r"extra"),
    "de": _words(r"später", r"nach hinten", r"danach", r"obendrauf", r"oben drauf", r"drauf",
                 r"dazu", r"länger", r"mehr"),
    "fr": _words(r"plus tard", r"après", r"repousse", r"recule", r"ajoute", r"rajoute",
                 r"de plus", r"en plus"),
    "es": _words(r"m[aá]s tarde", r"despu[eé]s", r"retr[aá]sa(?:l[oa])?", r"atr[aá]sa(?:l[oa])?",
                 r"p[oó]nle", r"dale",
                 r"a[nñ][aá]de(?:le)?", r"agr[eé]ga(?:le)?", r"s[uú]ma(?:le)?"),
    "it": _words(r"pi[uù] tardi", r"dopo", r"posticipa(?:l[oa])?", r"rimanda(?:l[oa])?",
                 r"aggiungi(?:gli|ce(?:ne)?|ne)?", r"dagli", r"in pi[uù]"),
}
_EARLIER = {
    "en": _words(r"earlier", r"sooner", r"forward", r"before", r"off", r"less", r"shorter",
                 r"take", r"knock", r"shave", r"minus"),
    "de": _words(r"früher", r"nach vorne?", r"vorher", r"eher", r"weg", r"ab", r"weniger",
                 r"kürzer"),
    "fr": _words(r"plus tôt", r"avant", r"avance", r"enlève", r"enleve", r"retire",
                 r"de moins", r"en moins"),
    "es": _words(r"m[aá]s temprano", r"antes", r"adel[aá]nta(?:l[oa])?", r"qu[ií]ta(?:le)?",
                 r"r[eé]sta(?:le)?", r"menos"),
    "it": _words(r"pi[uù] presto", r"prima", r"anticipa(?:l[oa])?", r"togli(?:gli|ce(?:ne)?|ne)?",
                 r"levagli", r"in meno"),
}
# "another", "one more", "noch", "encore", "otra", "ancora": the same again
_MORE = {
    "en": _words(r"another", r"more", r"a further", r"further", r"an extra", r"an additional",
                 r"additional", r"again"),
    "de": _words(r"noch(?:mal| mal| einmal)?", r"weitere?n?", r"wieder"),
    "fr": _words(r"encore", r"supplémentaires?", r"de nouveau"),
    "es": _words(r"otr[oa]s?", r"todav[ií]a", r"a[uú]n", r"de nuevo", r"m[aá]s"),
    "it": _words(r"un'altra", r"un altro", r"altr[oaie]", r"ancora", r"di nuovo"),
}
# words said around a shift that say nothing of it: fillers, verbs, "it", "by"
_EMPTY = {
    "en": _words(r"and", r"oh", r"ah", r"hmm+", r"um+", r"uh+", r"er+m?", r"ok", r"okay",
                 r"actually", r"so", r"well", r"right", r"then", r"please", r"yeah", r"nah",
                 r"no", r"wait", r"sorry", r"just", r"can you", r"could you", r"ach", r"och", r"mate",
                 r"move", r"make", r"put", r"bring", r"shift", r"set", r"change", r"pop",
                 r"stick", r"that one", r"this one", r"the new one", r"it", r"that", r"this", r"by", r"to it", r"to that",
                 r"on it", r"off it", r"off that", r"of", r"a bit", r"the time", r"eh",
                 r"innit", r"sweet as", r"cheers", r"thanks", r"than that",
                 r"than before", r"than it was", r"have it start", r"have it", r"start"),
    "de": _words(r"und", r"ach", r"äh+m?", r"ähm", r"oh", r"also", r"ok", r"okay", r"na", r"gut",
                 r"dann", r"hm+",
                 r"ja", r"sorry", r"bitte", r"mal", r"doch", r"eigentlich", r"lieber", r"nee", r"nein",
                 r"mach", r"schieb", r"verschieb", r"stell", r"setz", r"gib", r"pack", r"leg",
                 r"tu", r"nimm", r"zieh", r"ihn", r"sie", r"es", r"das", r"den", r"die",
                 r"der", r"dem", r"ihm", r"um", r"zeit", r"komm", r"kannste", r"kannst du", r"kannst",
                 r"machen"),
    "fr": _words(r"et", r"euh", r"oh", r"ah", r"ouais", r"bon", r"alors", r"ok", r"okay", r"en fait",
                 r"vas-y", r"allez",
                 r"du coup", r"finalement", r"pardon", r"s'il te plaît", r"stp", r"non", r"mets",
                 r"décale", r"decale", r"déplace", r"deplace", r"donne", r"fais", r"le",
                 r"la", r"les", r"l'", r"lui", r"de", r"d'", r"encore une fois", r"y"),
    "es": _words(r"y", r"eh", r"ay", r"ah", r"oh", r"uy", r"ya", r"listo", r"entonces", r"bueno",
                 r"pues", r"vale", r"ok",
                 r"mejor", r"perd[oó]n", r"po", r"sabes qu[eé]", r"por favor", r"porfa", r"no", r"oye", r"p[aá]sa",
                 r"mu[eé]ve", r"p[oó]n", r"c[aá]mbia", r"ha(?:z|s)", r"lo", r"la", r"le",
                 r"los", r"las", r"de"),
    "it": _words(r"e", r"ehm", r"eh", r"oh", r"ah", r"allora", r"ok", r"okay", r"beh", r"dai",
                 r"senta", r"senti", r"va bene",
                 r"anzi", r"invece", r"scusa", r"va", r"per favore", r"no", r"sposta", r"metti", r"fai", r"facciamo",
                 r"fallo", r"falla", r"lo",
                 r"la", r"gli", r"di", r"da"),
}
# verbs that carry their object ("pásala", "spostalo", "repousse-le", "mettigli")
_CLITIC = {
    "es": re.compile(r"\b(p[aá]s|mu[eé]v|p[oó]n|c[aá]mbi|retr[aá]s|atr[aá]s|adel[aá]nt|qu[ií]t|"
                     r"r[eé]st|s[uú]m|d|agr[eé]g|a[nñ][aá]d|ha[zs])[aeo]?(?:l[oa]s?|le)\b", re.I),
    "it": re.compile(r"\b(spost|mett|posticip|anticip|rimand|aggiung|togl|f)[aei]?(?:(?:m[ei]|c[ei]|"
                     r"gli)(?:l[oaie]|ne)?|l[oaie]|ne)\b", re.I),
    "fr": re.compile(r"\b([\wéè]+)-(?:le|la|les|lui)\b", re.I),
}
# a correction of the last amount: "twenty instead of fifteen", "anzi … invece di quindici"
_INSTEAD = {
    "en": r"\b(?:instead of|rather than|not)\s+(?:the\s+)?[\w-]+(?:\s+(?:minutes?|mins?|hours?|"
          r"days?))?",
    "de": r"\b(?:statt|anstatt|nicht)\s+[\w-]+(?:\s+(?:minuten|stunden?|tage?n?))?",
    "fr": r"\b(?:au lieu de|au lieu d'|pas)\s*[\w-]+(?:\s+(?:minutes?|heures?|jours?))?",
    "es": r"\b(?:en vez de|en lugar de|no)\s+[\w-]+(?:\s+(?:minutos?|horas?|d[ií]as?))?",
    "it": r"\b(?:invece di|invece che|non)\s+[\w-]+(?:\s+(?:minuti|ore|ora|giorni))?",
}
# the same said without the amount it replaces: "I meant two hours", "anzi, venti minuti"
# (not with "another": "sorry, one more hour" is more)
_MEANT = {"en": r"\b(?:i meant|i mean|sorry|instead)\b",
          "de": r"\b(?:ich mein(?:t)?e|sorry|stattdessen)\b",
          "fr": r"\b(?:je voulais dire|pardon|plutôt)\b",
          "es": r"\b(?:quise decir|perd[oó]n|mejor)\b",
          "it": r"\b(?:volevo dire|anzi|scusa|invece)\b"}
_INSTEAD_RE = {lang: re.compile(words, re.I) for lang, words in _INSTEAD.items()}
_MEANT_RE = {lang: re.compile(words, re.I) for lang, words in _MEANT.items()}
# the length of a new thing: "another for 5 minutes", "noch einen für 10 Minuten"
_FOR = re.compile(r"(?:for|für|pour|para|per|da)\s", re.I)
# a bare number's unit when the turn says none ("pack noch zwei drauf")
_MINUTES = {"en": "minutes", "de": "Minuten", "fr": "minutes", "es": "minutos", "it": "minuti"}
_UNITS = {"hour": re.compile(r"\b(?:hours?|stunden?|heures?|horas?|or[ae])\b", re.I),
          "day": re.compile(r"\b(?:days?|tag(?:e|en)?|jours?|d[ií]as?|giorn[oi])\b", re.I)}
_UNIT_WORD = {"hour": {"en": "hours", "de": "Stunden", "fr": "heures", "es": "horas",
                       "it": "ore"},
              "day": {"en": "days", "de": "Tage", "fr": "jours", "es": "días", "it": "giorni"}}
_NUMBER = re.compile(r"^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|"
                     r"twenty|thirty|ein|eine|zwei|drei|vier|fünf|sechs|zehn|zwanzig|un|une|"
                     r"deux|trois|quatre|cinq|six|dix|vingt|uno|una|dos|tres|cuatro|cinco|seis|"
                     r"diez|veinte|due|tre|quattro|cinque|sei|dieci|venti)$", re.I)

# the request said in full: {thing}, {amount}
_SAID = {
    "en": {"timer+": "add {amount} to {thing}", "timer-": "take {amount} off {thing}",
           "alarm+": "change {thing} {amount} later", "alarm-": "change {thing} {amount} earlier",
           "+": "move {thing} {amount} later", "-": "move {thing} {amount} earlier"},
    "de": {"timer+": "gib {dative} noch {amount} dazu", "timer-": "zieh {from_} {amount} ab",
           "alarm+": "stell {thing} {amount} später", "alarm-": "stell {thing} {amount} früher",
           "+": "verschieb {thing} um {amount} nach hinten",
           "-": "verschieb {thing} um {amount} nach vorne"},
    "fr": {"timer+": "ajoute {amount} au {bare}", "timer-": "enlève {amount} au {bare}",
           "+": "décale {thing} {of_amount} plus tard", "-": "décale {thing} {of_amount} plus tôt"},
    "es": {"timer+": "añade {amount} al {bare}", "timer-": "quita {amount} al {bare}",
           "+": "pasa {thing} {amount} más tarde", "-": "pasa {thing} {amount} antes"},
    "it": {"timer+": "aggiungi {amount} al {bare}", "timer-": "togli {amount} al {bare}",
           "+": "sposta {thing} di {amount} più tardi", "-": "sposta {thing} di {amount} più presto"},
}


def _table(words: dict[str, str]) -> dict[str, re.Pattern[str]]:
    return {lang: re.compile(rf"(?<![\w'-])(?:{alts})(?![\w'])", re.I)
            for lang, alts in words.items()}


_LATER_RE, _EARLIER_RE, _MORE_RE = (_table(t) for t in (_LATER, _EARLIER, _MORE))
# the empty words said before the amount and after it ("mach die | eine Stunde", "d'|une
# heure et demie"; "et" inside "une heure et demie" is the amount's)
_EMPTY_FIRST = {lang: re.compile(rf"^(?:(?:{alts})(?:\s+|$)|(?:d'|l')\s*)", re.I)
                for lang, alts in _EMPTY.items()}
_EMPTY_LAST = {lang: re.compile(rf"(?:^|\s)(?:{alts})$", re.I) for lang, alts in _EMPTY.items()}


def _inner(rest: str, lang: str) -> str:
    """``rest`` without the empty words at its ends."""
    for _ in range(12):
        rest = " ".join(rest.split()).strip(" ,.!?¿¡;:-")
        cut = _EMPTY_LAST[lang].sub("", _EMPTY_FIRST[lang].sub("", rest, count=1), count=1)
        if cut == rest:
            break
        rest = cut
    return rest


def _way(text: str, lang: str) -> int:
    """+1 (later, more), -1 (earlier, less) or 0 as ``text`` says it."""
    later = bool(_LATER_RE[lang].search(text))
    earlier = bool(_EARLIER_RE[lang].search(text))
    return 0 if later == earlier else 1 if later else -1


def _last_way(state: DialogueState, focus: dict[str, Any], lang: str, now: datetime
              ) -> tuple[int, str, float]:
    """The way, unit ("hour", "day" or "") and amount in seconds (0: none said) of the
    last change said in this session (its words: "push the bins reminder back an hour" →
    (+1, "hour", 3600))."""
    turn = state.last_change()
    intent = str((turn or {}).get("intent") or "")
    if turn is None or not intent.startswith(str(focus.get("type") or "?")[:4]) and not (
            focus.get("type") in ("event", "reminder") and intent.startswith("calendar")):
        return 0, "", 0.0
    said = str(turn.get("text") or "")
    unit = next((u for u, pattern in _UNITS.items() if pattern.search(said)), "")
    lengths = [float(span.value["seconds"]) for span in find_time_spans(said, now, lang)
               if isinstance(span.value, dict) and span.value.get("kind") == "duration"
               and span.value.get("seconds")]
    return _way(said, lang), unit, lengths[0] if len(lengths) == 1 else 0.0


def _amount(rest: str, now: datetime, lang: str, unit: str, timer: bool) -> str | None:
    """The amount ``rest`` says, as words a request reads ("15 minutes", "zwei Minuten"),
    or None when ``rest`` is anything else."""
    rest = " ".join(rest.split()).strip(" ,.!?¿¡;:-")
    if not rest or (lang == "en" and re.match(r"the\s", rest)):
        return None  # ("And the week after?": which week, asked; no length)
    if any(pattern.fullmatch(rest) for pattern in _UNITS.values()):
        rest = f"1 {rest}"  # "otra hora más": one hour
    if _NUMBER.match(rest):  # "and another five", "pack noch zwei drauf"
        if not unit and not timer:
            return None
        rest = f"{rest} {_UNIT_WORD[unit][lang] if unit else _MINUTES[lang]}"
    value = normalize("duration", rest, now, lang)
    if not isinstance(value, dict) or not value.get("seconds"):
        return None
    return rest


def further(text: str, state: DialogueState, now: datetime, lang: str) -> str | None:
    """``text`` said in full as a shift of the session's focus by an amount, or None."""
    focus = state.focus or {}
    kind = focus.get("type")
    lang = lang if lang in _SAID else "en"
    if kind not in _KINDS or focus.get("id") is None or len(text.split()) > MAX_WORDS:
        return None
    thing = named(focus, lang)
    if thing is None:
        return None
    low = REASON.sub("", text.casefold().replace("’", "'"))  # "…, que me he pasao"
    low = re.sub(r"(?<![\w'])ne(?= halbe)", "eine", low) if lang == "de" else low
    instead = _INSTEAD_RE[lang].search(low) or (
        None if _MORE_RE[lang].search(low) else _MEANT_RE[lang].search(low))
    last_way, unit, last_s = _last_way(state, focus, lang, now)
    if instead is not None and (not last_way or not last_s) \
            and not _INSTEAD_RE[lang].search(low):
        instead = None  # "mejor diez minutos antes" after a change to 7: a shift of it
        low = _MEANT_RE[lang].sub(" ", low)
    if instead is not None:  # "twenty instead of fifteen": the last amount put right
        low = _MEANT_RE[lang].sub(" ", _INSTEAD_RE[lang].sub(" ", low))
        if not last_way or not last_s or _way(low, lang) == -last_way:
            return None
    said_way = _way(low, lang)
    more = bool(_MORE_RE[lang].search(low))
    if not said_way and focus.get("created"):
        return None  # "set a timer for 10 minutes" — "and another 5 minutes": maybe a new one
    way = said_way or last_way or (1 if more and kind == "timer" else 0)
    if not way or not (more or said_way or instead):
        return None
    rest = low
    clitic = _CLITIC.get(lang)
    if clitic is not None:
        rest = clitic.sub(" ", rest)
    for table in (_LATER_RE, _EARLIER_RE, _MORE_RE):
        rest = table[lang].sub(" ", rest)
    rest = _inner(re.sub(r"[,.!?¿¡;:]", " ", rest), lang)
    if _FOR.match(rest):
        return None  # "and another for 5 minutes": a new one that long
    unit = next((u for u, pattern in _UNITS.items() if pattern.search(rest)), unit)
    amount = _amount(rest, now, lang, unit, kind == "timer")
    if amount is None:
        return None
    if instead is not None:  # what is still to add (or take back) to make it so
        seconds = float(normalize("duration", amount, now, lang)["seconds"]) - last_s
        if not seconds:
            return None
        way = last_way if seconds > 0 else -last_way
        amount = _said_length(abs(seconds), lang)
    if kind == "timer":
        words = _SAID[lang]["timer+" if way > 0 else "timer-"]
    else:
        key = ("alarm" if kind == "alarm" and "alarm+" in _SAID[lang] else "") + \
            ("+" if way > 0 else "-")
        words = _SAID[lang][key]
    bare = thing.split(" ", 1)[1] if " " in thing else thing
    of_amount = ("d'" if re.match(r"[aeiouyhéè]", amount) else "de ") + amount
    return words.format(thing=thing, amount=amount, bare=bare, of_amount=of_amount,
                        dative=_dative_de(focus), from_=_dative_de(focus, "vom"))


def _said_length(seconds: float, lang: str) -> str:
    """A length in whole days, hours or minutes, in ``lang``'s words ("90 minutes")."""
    for unit, size in (("day", 86400), ("hour", 3600)):
        if seconds % size == 0:
            return f"{int(seconds // size)} {_UNIT_WORD[unit][lang]}"
    return f"{round(seconds / 60)} {_MINUTES[lang]}"


def _dative_de(focus: dict[str, Any], article: str = "dem") -> str:
    """A German timer in the dative ("dem Timer Nudeln", "vom Timer")."""
    name = str(focus.get("name") or "").strip()
    return f"{article} Timer {name}".strip()

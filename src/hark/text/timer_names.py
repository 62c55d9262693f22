"""Timers called by their bare name (English), as people do in a busy kitchen: "pause
laundry, cancel pasta", "stop the rice", "how's the pasta doing?", "add 2 minutes to
pasta" — said of a timer the user has running, they mean that timer. The same in German,
French, Spanish and Italian, asked how long is left or given more or less time: "wie lang
rennt die Wäsche no?", "quanto manca alla pasta", "Ajoute trois minutes aux pâtes".

``with_timer_names(text, names)`` says "the NAME timer" where one of ``names`` (the
user's timers) is named with a timer's verb ("NAME-Timer" in the other languages, a
compound their reader takes for that timer); ``text`` is unchanged otherwise.
``may_name_timer(text)`` is the cheap check for whether the timers are worth reading.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from hark.nlu.stored_requests import IN_ALL, KIND_WORDS, LENGTH, MORE_OR_LESS, REMINDS, REMOVE
from hark.text.numbers import words_to_digits

_VERBS = (r"pause|unpause|un-pause|resume|restart|continue|cancel|stop|kill|end|hold|freeze|"
          r"switch off|turn off")
# what may follow the name in a request about the timer
_AFTER = r"(?=\s*(?:$|[,.;!?]|\s+(?:and|then|please|now|too|as well|for me|thanks)\b))"
# how long is left, in German, French, Spanish and Italian
_HOW_LONG_OTHER = (r"wie lang\w*|wie viel\w* zeit|combien de temps|dans combien|läuft \w+ noch|"
                   r"tourne(?:-t-\w+)? encore|sigue corriendo|va ancora|"
                   r"cu[aá]nto (?:le )?(?:falta|queda|tiempo)|quanto (?:manca|tempo|ci vuole)|"
                   # when it ends: "À quelle heure elle finit, la lessive ?", "A che ora finisce
                   # il bucato?", "¿A qué hora acaba la colada?", "Wann ist die Wäsche fertig?"
                   r"à quelle heure (?:\w+ )?(?:finit|se termine|sonne)|"
                   r"a che ora (?:\w+ )?(?:finisce|termina|suona)|"
                   r"a qu[eé] hora (?:\w+ )?(?:termina|acaba|suena)|"
                   r"wann (?:ist|sind) (?:\w+ ){1,3}fertig|um wie viel uhr (?:ist|sind) (?:\w+ ){1,3}fertig")
# paused or resumed, said first: "Pausier mal die Wäsche", "metti in pausa il bucato"
_PAUSE_OTHER = (r"pausier\w*|halt\w* (?:mal )?(?:\w+ )?(?:die|den|das) \w+ an|met(?:s|tez|ti) en pause|"
                 r"met(?:s|tez) (?:\S+ ){1,3}(?:en|sur) pause|"
                r"paus(?:a|e)|pon en pausa|metti in pausa|sospend\w*|ferma")
_PAUSED_OTHER = rf"(?:{_PAUSE_OTHER})\b"
_MAY = re.compile(rf"\b(?:{_VERBS}|how(?:'s| is)|add|put|take|give|stick|chuck|pop|bung|make|mek|"
                  rf"set|change|reduce|cut|bring|knock|drop|plus|one|it|how long|still|läuft|"
                  rf"tourne|sigue|ancora|mett\w*|ferm\w*|stopp\w*|{_HOW_LONG_OTHER}|"
                  rf"{_PAUSE_OTHER}|laiss\w* tomber|lascia\w* perdere|olv[ií]date|vergiss|"
                  rf"annul\w*|supprim\w*|arrêt\w*|cancel\w*|elimin\w*|lösch\w*|b[oó]rr\w*|"
                  rf"qu[ií]ta\w*|ausmachen|abstellen|ausschalten|abschalten|aus|ab)\b|"
                  rf"{MORE_OR_LESS}|{IN_ALL}", re.I)


def may_name_timer(text: str) -> bool:
    return _MAY.search(text) is not None


def _forms(name: str) -> list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]]:
    n = re.escape(name)
    the = r"(?:the\s+|my\s+|me\s+|that\s+)?"
    return [
        # ("kill the pasta one")
        (re.compile(rf"\b({_VERBS})\s+{the}{n}(?:\s+one)?\b(?!\s+timer){_AFTER}", re.I),
         rf"\1 the {name} timer"),
        # "how's the pasta doing?", "how is the rice getting on"
        (re.compile(rf"\bhow(?:'s| is)\s+{the}{n}\s+(?:doing|going|getting on|coming along)\b",
                    re.I), f"how long is left on the {name} timer"),
        # "add 2 minutes to pasta", "take 3 minutes off the rice", "give the rice 2 more minutes"
        (re.compile(rf"\b((?:add|put)\s+(?:an?|another|\w+)\s+(?:more\s+)?(?:minutes?|mins?|"
                    rf"seconds?|secs?|hours?)\s+(?:on\s*to|onto|to|on)|take\s+(?:an?|\w+)\s+(?:minutes?|mins?|"
                    rf"seconds?|secs?|hours?)\s+off)\s+{the}{n}\b(?!\s+timer){_AFTER}", re.I),
         rf"\1 the {name} timer"),
        # "the pasta needs a bit longer, give it 3 more minutes" / "…, add a minute"
        (re.compile(rf"^{the}{n}\b(?!\s+timer)[^,.;]*[,.;]\s*(?:(?:can|could) you\s+|please\s+)?"
                    rf"(?:give it|add|put on|add on|stick on)\s+((?:an?|another|\w+)\s+"
                    rf"(?:more\s+|extra\s+)?(?:minutes?|mins?|seconds?|secs?))\b[^,.;]*[.!]?$",
                    re.I), rf"add \1 to the {name} timer"),
        (re.compile(rf"\bgive\s+{the}{n}\s+((?:an?|another|\w+)\s+(?:more\s+|extra\s+)?"
                    rf"(?:minutes?|mins?|seconds?|secs?|hours?))\b{_AFTER}", re.I),
         rf"add \1 to the {name} timer"),
        # "the pasta needs a bit longer, stick four more minutes on it"
        (re.compile(rf"^{the}{n}\b(?!\s+timer)[^,.;]*[,.;]\s*(?:(?:can|could) you\s+|please\s+)?"
                    rf"(?:stick|put|chuck|throw|pop|bung|give it)\s+({_AMOUNT}\s+(?:more\s+|extra\s+)?"
                    rf"{_UNIT_WORDS})\s+(?:on|onto|on to)\s+it\b[^,.;]*[.!]?$", re.I),
         rf"add \1 to the {name} timer"),
        # "make the laundry timer 25 minutes instead", "reduce the pasta timer so that five
        # minutes remain", "knock the laundry timer down to ten minutes left"
        (re.compile(rf"\b(?:make|mek|set|change|reduce|cut|bring|turn|knock|drop|put)\s+(?:{the}|di\s+){n}"
                    rf"(?:\s+(?:timer|one))?\s+(?:(?:down|back|up)\s+)?(?:(?:so that|so|until)\s+"
                    rf"(?:it has\s+|there (?:are|is)\s+)?|to\s+|at\s+)?({_AMOUNT}\s+{_UNIT_WORDS})"
                    rf"(?!\s+(?:more|less|shorter|longer|short|long|extra)\b)"
                    rf"(?:\s+(?:remain|are left|is left|left|to go|instead))*\b"
                    rf"(?:,\s*(?:my|mi|i|i'm|it's|its|we|we're|they|because|cos|as|since)\b[^.;!?]*)?",
                    re.I), lambda m: f"set the {name} timer to {words_to_digits(m.group(1))}"),
        # "Pasta, plus ninety seconds", "Laundry, hold it": the name, then what to do
        (re.compile(rf"(?:^|(?<=[.;!?] )){n},?\s+(?:plus|add|another)\s+({_AMOUNT}\s+"
                    rf"{_UNIT_WORDS})(?=[.!?;]|$)", re.I), rf"add \1 to the {name} timer"),
        (re.compile(rf"(?:^|(?<=[.;!?] )){n},?\s+(?:hold|pause|freeze|stop)\s+it(?=[.!?;]|$)",
                    re.I), rf"pause the {name} timer"),
        # "the laundry one": that timer
        (re.compile(rf"\b(?<=the )({n})\s+one\b", re.I), r"\1 timer"),
    ]


_AMOUNT = (r"(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
           r"twelve|fifteen|twenty|twenty-five|thirty|forty|forty-five|fifty|sixty|ninety|"
           r"a couple of|a few)")
_UNIT_WORDS = r"(?:minutes?|mins?|seconds?|secs?|hours?)"
# a timer named first, then "it": "Hmm, the laundry, I think I put it on the quick wash, so
# maybe, yeah, knock it down to ten minutes left"
_IT_VERBS = (r"knock|set|bring|turn|make|give|add|stick|put|take|pause|hold|stop|cancel|kill|"
             r"resume|unpause|reduce|cut|drop|bump|chuck|pop")


# Italian and Spanish: the timer first, then the verb with its pronoun ("Il bucato mettilo
# a mezz'ora", "E la pasta fermala nu mumento"); "for a moment" makes a stop a pause
_MOMENT = re.compile(r"\b(?:un|nu|'n|n')\s+(?:momento|mumento|attimo|secondo|istante|"
                     r"momentito|ratito|segundo)\b", re.I)


def _topic_clitic(text: str, name: str) -> str:
    """``text`` with the timer named first said after its verb (see above), else ``text``."""
    m = re.match(rf"^(?:e\s+|y\s+)?(?P<art>il|la|lo|l'|i|le|el|los|las)\s*{re.escape(name)}"
                 rf"\s*,?\s+(?P<verb>\w+?)(?:l[oaie]|l[oa]s)\b(?P<rest>.*)$", text, re.I)
    if m is None or len(m["verb"]) < 3:
        return text
    if re.match(r"(?:ferm|stopp|par|deten|det[eé]n)", m["verb"], re.I) and _MOMENT.search(
            m["rest"]):
        return f"metti in pausa il timer {name}{m['rest']}" if m["art"].lower() in (
            "il", "lo", "l'", "i", "le") or m["verb"].lower().startswith(("ferm", "stopp")) \
            else f"pausa el temporizador de {name}{m['rest']}"
    return f"{m['verb']} {m['art']} {name}-Timer{m['rest']}"


def _topic_then_it(text: str, name: str) -> str:
    """The request about "it" alone, said of the timer named first, else ``text``."""
    n = re.escape(name)
    topic = re.search(rf"^(?:[\w']+,?\s+){{0,2}}(?:the|my)\s+{n}\b(?!\s+(?:timer|one))\s*[,.;]",
                      text, re.I)
    if topic is None:
        return text
    found = list(re.finditer(rf"\b(?:{_IT_VERBS})\s+it\b", text[topic.end():], re.I))
    if not found:
        return text
    asked = found[-1]
    rest = text[topic.end() + asked.start():]
    return re.sub(r"\bit\b", f"the {name} timer", rest, count=1)


# a sentence or a clause of several requests: "Wie lang braucht die Wäsche noch? Und setz
# Weichspüler auf die Einkaufsliste" names its timer in its first sentence
_CLAUSES = re.compile(r"(?<=[.?!;,])\s+")


def _other_languages(text: str, name: str) -> str:
    """``text`` with ``name`` said as "NAME-Timer" in each sentence or clause that asks
    how long is left or for more or less time, and names no timer, alarm, reminder, list
    or calendar and asks to be reminded of nothing ("Erinnere mich in zehn Minuten noch an
    die Nudeln")."""
    pieces = _CLAUSES.split(text)
    if len(pieces) > 1:
        named = " ".join(_named_other(p, name) for p in pieces)
        if named != " ".join(pieces) or re.search(r"[.?!;]\s", text):
            return named
    return _named_other(text, name)  # (one sentence, the timer named after a comma: "À
    # quelle heure elle finit, la lessive ?")


# a timer dropped by its name alone, first thing said: "ah non laisse tomber le bain, il
# s'est endormi", "cancella il bagnetto", "lösch die Flasche", "quita el baño"
_DROP_FIRST = re.compile(
    r"^(?:\W*(?:ah|oh|ach|euh|eh|uy|ay|non|no|nein|nee|et|und|y|e|alors|bon|vale|allora)\b[\s,]*)*"
    r"(?:" + "|".join(REMOVE.values()) + r")\s+(?:-(?:le|la|les|lo)\s+)?"
    r"(?:le|la|les|l'|il|lo|i|gli|el|los|las|den|die|das|der)\s*", re.I)


# a timer switched off by its name (German): "d'Nudeln kannst ausmachen", "stell die Wäsche
# ab", "mach den Reis aus"
_SWITCHED_OFF_DE = re.compile(r"\b(?:aus|ab)(?:machen|stellen|schalten)\b|"
                              r"^(?:\W*\w+\W+){0,2}?(?:mach|stell|schalt)\w*\s+(?:\S+\s+){1,3}?"
                              r"(?:aus|ab)\s*[,.!]*$", re.I)


def _dropped(low: str, name: str) -> bool:
    """Whether ``low`` opens by dropping the thing ``name`` alone (then a comma or the end)."""
    m = _DROP_FIRST.match(low)
    return m is not None and re.match(rf"{re.escape(name)}\s*(?:[,.;!?]|$)", low[m.end():]) \
        is not None


def _named_other(text: str, name: str) -> str:
    text = re.sub(r"\b(met\w*\s+(?:\S+\s+){1,3})sur pause\b", r"\1en pause", text,
                  flags=re.I)  # "Mettez la lessive sur pause"
    low = text.lower()
    if re.search(rf"(?<![\w-])(?:{KIND_WORDS}|{REMINDS})(?![\w-])", low) or not (
            re.search(rf"\b(?:{_HOW_LONG_OTHER})\b", low) or re.match(_PAUSED_OTHER, low)
            or _dropped(low, name) or _SWITCHED_OFF_DE.search(low)
            or (re.search(LENGTH, low) and re.search(rf"{MORE_OR_LESS}|{IN_ALL}", low))):
        return text
    return re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", lambda m: f"{m.group()}-Timer",
                  text, count=1, flags=re.I)


# whether a timer still runs, asked of it by its name: "Und die Wäsche, läuft die noch?",
# "How long di laundry have lef'?", "k how long on laundry", "et la lessive, elle tourne
# encore ?", "¿y la colada sigue?", "e il bucato va ancora?" — asked plainly
_STILL = [
    ("de", r"\bläuft\b(?:\s+\w+)?\s+noch\b|\bnoch\b(?:\s+\w+)?\s+läuft\b",
     "wie lange läuft der {name}-Timer noch?"),
    ("fr", r"\btourne(?:-t-\w+)?\s+encore\b|\bencore\s+en\s+marche\b",
     "combien de temps reste-t-il sur le minuteur {name} ?"),
    ("es", r"\bsigue\b(?:\s+(?:andando|corriendo|en marcha))?\s*\?",
     "¿cuánto le queda al temporizador de {name}?"),
    ("it", r"\b(?:va|è)\s+ancora\b", "quanto manca al timer {name}?"),
    ("en", r"^(?:\w+\s+)?how long\b(?:\s+(?:on|for|does|di|has|have|is|'s))*\s+(?:the\s+|my\s+)?"
           r"{n}(?:\s+(?:have|has|got|timer|one))*(?:\s+(?:left|lef'?|to go|now))*\s*\??$|"
           r"^is\s+(?:the\s+|my\s+)?{n}(?:\s+(?:one|timer))?\s+still\s+(?:running|going|on)\b",
     "how long is left on the {name} timer?"),
]


def _asked_still(text: str, name: str, names: list[str]) -> str:
    """``text`` asked plainly when it asks whether the timer ``name`` still runs (and
    names no other of the user's timers)."""
    n = re.escape(name)
    if any(other.lower() != name and re.search(rf"(?<![\w-]){re.escape(other)}(?!\w)",
                                               text, re.I) for other in names if other):
        return text
    if not re.search(rf"(?<![\w-]){n}(?![\w-])", text, re.I) or not text.rstrip().endswith(
            "?") and not text.lower().startswith(("k ", "how long", "is ")):
        return text
    for _, words, said in _STILL:
        if re.search(words.replace("{n}", n), text, re.I):
            return said.format(name=next((o for o in names if o.lower() == name), name))
    return text


# more or less time for "both" or "all of them", no timer's word said: "add 5 mins to both"
_BOTH = re.compile(r"^(.*\b(?:add|put|give|take|knock|stick)\b.*\b(?:to|on|onto|off|from)\s+)"
                   r"(both|all|each)(?:\s+of\s+(?:them|em|'em))?(?=\s*[.!?]?$)", re.I)


def with_timer_names(text: str, names: Iterable[str]) -> str:
    """``text`` with each bare timer name said as "the NAME timer" (see the module)."""
    names = list(names)
    if re.search(rf"\b\d+\s*{_UNIT_WORDS}|\b(?:a|an|one|two|three|four|five|ten)\s+"
                 rf"{_UNIT_WORDS}", text, re.I) and len(names) > 1:
        text = _BOTH.sub(lambda m: f"{m[1]}{m[2]} timers", text)
    for name in sorted({n.strip().lower() for n in names if n and n.strip()}, key=len,
                       reverse=True):
        if name not in text.lower() and len(name) > 4 and name.endswith("e"):
            # said without its last "e", as in the south: "d'Wäsch" (Wäsche)
            text = re.sub(rf"(?<![\w-]){re.escape(name[:-1])}(?![\w-])", name.capitalize()
                          if name[:1].isalpha() else name, text, flags=re.I)
        if name not in text.lower():
            continue
        text = _topic_clitic(_topic_then_it(_asked_still(text, name, names), name), name)
        before = text
        for pattern, said in _forms(name):
            text = pattern.sub(said, text)
        if text == before:
            text = _other_languages(text, name)
    return text

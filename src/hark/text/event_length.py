"""A calendar event made to end at another time, or to last longer or shorter, in English,
German, French, Spanish and Italian: "can you have it finishing at half ten instead",
"dinner on Friday only needs to run till nine", "my dentist appointment is actually a full
hour, not thirty minutes", "block out two hours for it", "Stell des Ende bitte auf drei am
Nachmittag", "Rallonge-moi la réunion d'équipe d'une demi-heure", "ponle que acabe a las
nueve", "allungamelo fino alle tre".

Its start put right with its verb right after it was put in, de/fr/es/it ("Scusa, mi
sono sbagliata: inizia alle 10, e finisce sempre alle 14", "die fängt erst um halb acht
an"): ``start_told(text, lang)`` reads the new start and end, ``moved(title, at, lang)``
says the move plainly.

``asked(text, lang)`` reads the change and the words left to name the event;
``said(asked, title, lang)`` is the plain request the calendar skill's templates
(``TEMPLATES``) take; ``plain(text)`` reads that request back for the skill.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

from hark.nlu.event_span import said_span
from hark.nlu.repeat_changes import day_names

# a length: "two hours", "an hour and a half", "ninety minutes", "'ne halbe Stunde",
# "une heure et quart", "cuarenta y cinco minutos", "un'ora e mezzo"
# (a quarter hour's words too: "tres cuartos de hora", "un quarto d'ora", "drei Viertelstunden")
_UNIT = (r"(?:hours?|hrs?|minutes?|mins?|stunden?|stund|minuten?|quarts? d'heure|heures?|horas?|horitas?|"
         r"minutos?|ore|ora|minuti|minuto|demi-heure|mezz'ora|mezzora|quart[oi] d'ora|"
         r"cuartos? de hora|viertelstunden?)(?![\w'])")
_HALF = (r"(?:\s+(?:and a half|and a quarter|und (?:a |eine )?halb\w*|et demie|et quart|"
         r"y media|y cuarto|e mezz[oa]|e un quarto))?")
# (only number words before the unit: "make the meeting half an hour longer")
_NUMBER = (r"(?:\d+(?:[.,]\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
           r"twelve|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety|half|quarter|couple|"
           r"of|few|full|whole|good|solid|extra|more|ein|eine|einen|einer|'ne|ne|zwei|vier|"
           r"fünf|zehn|fünfzehn|zwanzig|dreißig|vierzig|fünfundvierzig|halbe|halben|dreiviertel|"
           r"viertel|anderthalb|eineinhalb|ganze|gute|un|une|d'une|d'un|deux|trois|quatre|"
           r"cinq|dix|quinze|vingt|trente|quarante|quarante-cinq|cinquante|soixante|demi|bonne|"
           r"una|unos|dos|tres|cuatro|cinco|diez|quince|veinte|treinta|cuarenta|y|cincuenta|"
           r"sesenta|noventa|media|medio|due|tre|quattro|cinque|dieci|quindici|venti|trenta|"
           r"quaranta|quarantacinque|cinquanta|sessanta|novanta|mezza|mezzo|buona)")
LENGTH = rf"(?:{_NUMBER}[\s-]+|un'|mezz'){{0,4}}{_UNIT}{_HALF}"
# words that only stress a length: "a full hour", "a ganze Stund", "un'ora e mezzo bona"
_STRESS = re.compile(r"\b(?:full|whole|good|solid|ganze[n]?|bonne|entera|buena|bona|piena|"
                     r"intera|so|about|around|roughly|etwa|ungefähr|environ|unos|unas|circa)\s+",
                     re.I)

# the end said: "finishing at half ten", "run till nine", "go on till eleven", "das Ende
# auf drei", "bis drei", "finit à onze heures", "que acabe a las nueve", "fino alle tre"
_END = {
    "en": r"\b(?:finish(?:ing|es|ed)?|end(?:ing|s)?|wrap(?:ping)? up|be over|run(?:ning|s)?|"
          r"go(?:ing|es)? on|last(?:ing|s)?|go(?:ing|es)?)\s+(?:at|till|until|til|by)\s+"
          r"(?:(?:about|around|roughly|approximately)\s+)?"
          r"|\b(?:finish(?:ing|es)?|end(?:ing|s)?|wrap(?:ping|s)? up)\s+(?:about|around|roughly)\s+"
          r"|\bend time\s+(?:to|at|of)\s+|\bthe end\s+(?:to|at)\s+",
    "de": r"\b(?:ende|schluss)\b[^,.;]*?\b(?:auf|um|bei)\s+(?:(?:bitte|mal|ma)\s+)*"
          r"|\b(?:geht|gehen|dauert|dauern|läuft|laufen)\b[^,.;]*?\bbis\s+(?:um\s+)?",
    "fr": r"\b(?:finit|finisse|finir|finira|termine|terminer|terminera|se termine|rentre|rentrons|"
          r"revient|revenons)\s+(?:à|a|vers)\s+"
          r"|\bla fin\s+(?:à|a)\s+|\bjusqu'(?:à|a)\s+",
    "es": r"\b(?:acabe|acaba|termine|termina|finalice|finalizar|acabar|terminar|volvemos|vuelvo)\s+"
          r"(?:a las|a la|sobre las)\s+|\bhasta las\s+|\bel final a las\s+",
    "it": r"\b(?:finisce|finisca|finire|termina|termini|terminare|torniamo|rientriamo|torno|rientro)"
          r"\s+(?:alle|all'|verso le|verso l')\s*"
          r"|\bfino alle\s+|\bfino all'|\bla fine alle\s+",
}
# the time said after it, up to a clause's end or a correction ("not half ten")
_TIME_WORDS = r"(?P<time>[^,.;!?]+?)(?=\s+(?:instead|now|then|please|not|rather|statt|anstatt|" \
              r"stattdessen|au lieu|plutôt|en vez|en lugar|invece|anzich[eé]|in vece|" \
              r"(?:and|und|et|y|e)(?!\s+(?:media|cuarto|mezz[oa]|un quarto|demie|quart)\b)|" \
              r"maintenant|jetzt|ahora|adesso|dann|alors|luego|poi|bitte|por favor|per favore|" \
              r"che|que|dass|weil|because|so|coz|cos)\b|\s*[,.;!?]|\s*$)"

# the length said: "is actually a full hour", "block out two hours for it", "it's two
# hours, not one", "dauert eine Stunde", "rechne eine Stunde dafür", "dure une heure",
# "dura cuarenta y cinco minutos", "dura un'ora"
_LASTS = {
    "en": r"\b(?:(?:is|it's|its|it is|be|'s)\s+(?:actually|now|really|going to be|gonna be|"
          r"meant to be|supposed to be|booked for|set for)|it's|make it|block out|block off|"
          r"book out|takes?|will take|lasts?|(?:goes|runs|carries) on for|runs for|"
          r"(?:it|she|he|they)(?:'ll| will)(?:\s+(?:only|just|"
          r"probably))?\s+be)\s+"
          r"(?:(?:actually|now|really|only|just|about|'bout|bout|around|roughly|like|maybe)\s+)*",
    "de": r"\b(?:dauert|dauern|rechne|rechnet|rechnen sie|plan|plane|planen sie|eher|braucht|"
          r"nimm)\s+(?:(?:jetzt|doch|bitte|mal|ma|eher|wohl|so|nur|etwa|ungefähr|circa)\s+)*"
          r"(?:(?<=rechne )mit\s+|(?<=rechnet )mit\s+|(?<=rechnen sie )mit\s+|(?<=mal )mit\s+)?",
    "fr": r"\b(?:dure|durera|va durer|devrait durer|(?<!le )(?<!mon )(?<!ton )(?<!un )compte|"
          r"comptez|compter|prévois|prévoyez|"
          r"mettons|ça prend|ça va prendre|en (?:a|aura|ont|auront|avons|aurons) pour|"
          # "…, pour une heure et demie" ("pour deux heures" may be a clock: not read)
          r"pour(?=\s+(?:une\s+(?:heure|demi-heure)|\S+\s+minutes|trois quarts)\b))\s+"
          r"(?:(?:plutôt|bien|en fait|finalement|environ|à peu près|juste)\s+)*",
    "es": r"\b(?:dura|durará|va a durar|ponle que dure|que dure|haz(?:lo|la)? durar|son|calc[uú]lale|"
          r"c[aá]lculale|por(?=\s+(?:una|\S+)\s+(?:horas?|minutos)\b))\s+(?:(?:más bien|como|al final)"
          r"\s+)*",
    # ("fallo durare mezz'ora", "falla durare un'ora": made to last)
    "it": r"\b(?:dura|durerà|dovrebbe durare|deve durare|mettici|calcola|conta|"
          r"f(?:allo|alla|ammelo|ammela|atelo|atela|acciamolo|acciamola) durare)\s+(?:(?:più o meno|tipo|alla fine)\s+)*",
}
# longer or shorter by a length: "extend the meeting by half an hour", "half an hour
# longer", "verlängere … um eine halbe Stunde", "rallonge … d'une demi-heure", "alarga …
# media hora", "allunga … di mezz'ora"
_LONGER = {
    "en": r"\b(?:extend|lengthen|stretch)\b[^,.;]*?\bby\s+|\badd\s+(?=" + LENGTH + r"\s+(?:on\s+)?to\b)",
    "de": r"\b(?:verlänger\w*|länger)\b[^,.;]*?\bum\s+",
    "fr": r"\b(?:rallonge\w*|prolonge\w*|allonge\w*)\b[^,.;]*?\b(?:de|d')\s*",
    "es": r"\b(?:al[aá]rg\w*|prolonga\w*|extiende\w*|extendé\w*)\b[^,.;]*?\b(?:en\s+|por\s+)?",
    "it": r"\b(?:allunga\w*|prolunga\w*|estendi\w*)\b[^,.;]*?\b(?:di\s+)",
}
_SHORTER = {
    "en": r"\b(?:shorten|cut|trim)\b[^,.;]*?\bby\s+",
    "de": r"\b(?:verkürz\w*|kürzer)\b[^,.;]*?\bum\s+",
    "fr": r"\b(?:raccourci\w*|écourte\w*)\b[^,.;]*?\b(?:de|d')\s*",
    "es": r"\b(?:ac[oó]rt\w*|rec[oó]rt\w*)\b[^,.;]*?\b(?:en\s+)?",
    "it": r"\b(?:accorcia\w*|riduci\w*)\b[^,.;]*?\b(?:di\s+)",
}
_AFTER = {"en": r"\s+(?P<way>longer|shorter|more|less)\b(?!\s+(?:early|late|earlier|later)\b)", "de": r"\s+(?P<way>länger|kürzer)\b",
          "fr": r"\s+(?P<way>de plus|de moins)\b", "es": r"\s+(?P<way>más|menos)\b(?!\s+(?:tarde|temprano|pronto))",
          "it": r"\s+(?P<way>in più|di più|in meno|di meno)\b(?!\s+(?:tardi|presto))"}
# a question, not a change: "what time does it finish?", "bis wann geht die dann?"
_ASKS = re.compile(r"^(?:what|when|how|does|is|will|bis wann|wann|wie|quand|à quelle|"
                   r"cuándo|cuando|a qué|hasta qué|quando|a che|fino a che)\b|\b(?:what time|"
                   r"how long|bis wann|um wie viel uhr|quelle heure|qué hora|che ora|"
                   r"combien de temps|cuánto dura|quanto dura)\b", re.I)
# making a new event, not changing one: "add a webinar on Wednesday from ten until eleven",
# "O senti, mettimi in calendario mercoledì … la riunione del condominio, e la dura un'ora"
_NEW = re.compile(r"^(?:(?:please|can you|could you|ok|okay|right|so)[\s,]+)*(?:add|put|book|"
                  r"schedule|create|pop|stick|chuck|make (?:a|an) |new|trag\w*|schreib\w*|"
                  r"ajoute|mets-moi un|mets-moi une|crée|añade|agenda|apunta|anota|aggiungi|"
                  r"segna|metti in)\b|\b(?:in|into|on|to) (?:my |the )?(?:calendar|diary)\b|"
                  r"\b(?:eintragen|einzutragen|einschreiben|in (?:den|meinen) kalender|"
                  r"dans (?:l'|mon )agenda|à l'agenda|en (?:el|mi) calendario|en (?:la|mi) agenda|"
                  r"in calendario|in agenda|nel calendario|all'agenda)\b", re.I)


# the event talked about, pointed at: "have it finishing", "block out two hours for it",
# "schieb die", "allungamelo", "alárgala"
POINTED = re.compile(r"\b(?:it|that|this|she|he|es|ihn|sie|die|den|das|der|des|dat|le|la|l'|lo|ça|"
                     r"ce)\b|"
                     r"\w(?:lo|la|le|melo|mela|selo|sela)\b|-(?:le|la|lui)\b", re.I)


# a new start said before the end: "make it eight o'clock instead, and have it go on till
# eleven"
_STARTS = re.compile(r"\b(?:make|move|push|put|change)\s+it\s+(?:to\s+|at\s+)?(?P<t>[^,;.]+?)"
                     r"(?:\s+instead)?\s*(?:,|;|\.|\band\b)")
# a start said first, then the length, as its own clause: "ten to nine in the morning, and
# it's only ten minutes, mind", "À quinze heures, ça dure trois quarts d'heure"
_START_CLAUSE = re.compile(r"^\W*(?P<t>(?:[\w:.'-]+\s+){0,7}?[\w:.'-]+)\s*,\s*"
                           r"(?:(?:and|und|et|y|e)\s+)?", re.I)
# the start said in a sentence of its own: "Ah sorry, halb elf, nicht zehn. Und plan zwei
# Stunden ein."
_START_SENTENCE = re.compile(r"^\W*(?P<t>[^.!?]{1,80}?)\s*[.!]\s+(?:(?:and|und|et|y|e)\s+)?", re.I)
# a shift, not a length: "make it an hour later", "eine Stunde früher"
_SHIFT = (r"(?:more |a bit |bit )?(?:later|earlier|sooner|early|late)|before|after|back|forward|"
          r"später|früher|plus tard|plus tôt|"
          r"más tarde|antes|después|più tardi|prima|dopo")
# a clock time's words: "half ten", "nine", "drei am Nachmittag", "onze heures", "las nueve"
_CLOCKISH = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday|"
    r"midnight|half|quarter|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|halb|"
    r"viertel|mittag|mitternacht|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|"
    r"midi|minuit|heures?|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|"
    r"mediodía|medianoche|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|"
    r"mezzogiorno|mezzanotte)\b", re.I)
# the event moved, its end said with why: "push the team meeting to 11, I'm stuck on the
# school run till then"
_MOVED = re.compile(r"\b(?:push|move|bring|shift|reschedule|postpone|verschieb\w*|verleg\w*|"
                    r"décale\w*|déplace\w*|repousse\w*|avance\w*|m[uú]eve\w*|mové\w*|p[aá]sa\w*|"
                    r"c[aá]mbia\w*|sposta\w*|anticipa\w*|posticipa\w*)\b", re.I)  # ("pásala")


# a length said after a request to make an event, as its words read it: "…, for an hour",
# "…, für eine Stunde", "…, pendant une heure" ("pour une heure" may be one o'clock)
_FOR = {"en": "for {n}", "de": "für {n}", "fr": "pendant {n}", "es": "durante {n}",
        "it": "per {n}"}


def for_length(words: str, lang: str) -> str:
    """``words``, a length, as said after a request that makes an event ("for an hour")."""
    return _FOR.get(lang, _FOR["en"]).format(n=words)


@dataclass(frozen=True)
class Asked:
    """A change of an event's end: ``kind`` "end" (``words`` the new end time), "length"
    (``words`` the new length) or "longer"/"shorter" (``words`` by how much); ``rest``
    the words left to name the event."""

    kind: str
    words: str
    rest: str
    start: str = ""  # a new start said with it: "make it eight o'clock instead, and …"
    pointed: bool = False  # said only of the event talked about: "I'm back Friday night"


# an end on another day, said of the event talked about (a stay, a trip): "I'm back Friday
# night, 9 p.m., not Saturday", "We check out Tuesday the 8th, same time", "mach's doch bis
# Sonntag, gleiche Uhrzeit", "al final me devuelvo el sábado, a la misma hora"
_DAYS = "|".join(day_names())
_END_DAY = {
    "en": r"\b(?:(?:i'?m|we'?re|i am|we are|i'll be|we'll be|i get|we get)\s+(?:not\s+)?back|"
          r"(?:i|we)\s+(?:check|checking)\s+out|(?:it|that)\s+ends|make\s+it\s+end|"
          r"(?:make|extend|keep)\s+it\s+(?:till|until|through|to))\s+(?:home\s+)?(?:on\s+)?(?:the\s+)?",
    "de": r"\b(?:mach|verlänger|lass|bleib)\w*\b[^,.;]{0,20}?\bbis\s+(?:zum\s+|am\s+)?|"
          r"\b(?:ich|wir)\s+(?:komm|fahr)\w*\s+(?:erst\s+)?(?:am\s+)?(?=(?:" + _DAYS + r")\b[^,.;]*\bzurück)",
    "fr": r"\b(?:je|on|nous)\s+(?:rentre|reviens|revient|rentrons|revenons)\s+(?:finalement\s+)?"
          r"(?:le\s+)?|\bprolonge\w*(?:-le|-la)?\s+jusqu'(?:à|au)\s+",
    "es": r"\b(?:me\s+devuelvo|vuelvo|regreso|me\s+regreso|volvemos|regresamos)\s+(?:el\s+)?|"
          r"\b(?:al[áa]rga\w*|extiende\w*|d[ée]ja\w*)\b[^,.;]{0,20}?\bhasta\s+(?:el\s+)?",
    "it": r"\b(?:torno|rientro|ritorno|torniamo|rientriamo)\s+(?:il\s+|di\s+)?|"
          r"\b(?:allunga\w*|prolunga\w*|fal\w*)\b[^,.;]{0,20}?\bfino\s+a\s+",
}
_END_DAY_RE = {lang: re.compile(rf"(?:{words})(?P<day>(?:{_DAYS})\b)", re.I)
               for lang, words in _END_DAY.items()}
# the clock said after the day, maybe past a comma: "friday night, 9 p.m."
_DAY_THEN_CLOCK = re.compile(r"(?P<words>(?:\b[ap]\.m\.?|[^,.;!?])*)"
                             r"(?:,\s*(?P<clock>\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?))?", re.I)


def _end_day(text: str, lang: str) -> Asked | None:
    m = _END_DAY_RE[lang].search(text)
    if m is None:
        return None
    after = _DAY_THEN_CLOCK.match(text, m.start("day"))
    assert after is not None
    words = " ".join(p for p in (after["words"], after["clock"]) if p).strip()
    words = re.sub(r"\s+(?:not|nicht|pas|no|non)\b.*$", "", words)
    return Asked("end", words, text[:m.start()] + " " + text[after.end():], pointed=True)


def asked(text: str, lang: str) -> Asked | None:
    """The change of an event's end ``text`` asks for, or None (see the module)."""
    if lang not in _END or _ASKS.search(text.strip()) or _NEW.search(text.strip()):
        return None
    low = text.lower()
    day = _end_day(low, lang)
    if day is not None:
        return day
    for kind, table in (("longer", _LONGER), ("shorter", _SHORTER)):
        m = re.search(f"(?:{table[lang]})(?P<len>{LENGTH})", low)
        if m is not None:
            return Asked(kind, m.group("len").strip(), low[:m.start("len")] + " " + low[m.end():])
    m = re.search(r"(?P<len>" + LENGTH + r")" + _AFTER[lang], low, re.I)
    if m is not None:  # "make it fifteen minutes longer"
        way = m.group("way")
        kind = "shorter" if way in ("shorter", "less", "kürzer", "de moins", "menos", "in meno",
                                    "di meno") else "longer"
        return Asked(kind, m.group("len").strip(), low[:m.start()] + " " + low[m.end("way"):])
    m = re.search(f"(?:{_LASTS[lang]})(?P<len>{LENGTH})(?!\\s+(?:{_SHIFT}))", low)
    if m is not None and not re.search(_END[lang], low):  # ("des wird länger, eher a ganze
        # Stund. Stell des Ende bitte auf drei": the end said)
        return Asked("length", m.group("len").strip(),
                     low[:m.start("len")] + " " + low[m.end():])
    m = re.search(_END[lang], low)
    t = re.match(_TIME_WORDS, low[m.end():]) if m else None
    if m and t and _CLOCKISH.search(t.group("time")) and not _MOVED.search(low):
        rest = low[:m.end()] + " " + low[m.end() + t.end():]
        start = _STARTS.search(rest) if lang == "en" else None
        return Asked("end", t.group("time").strip(), rest,
                     start.group("t") if start and _CLOCKISH.search(start.group("t")) else "")
    return None


# a start and an end said alone: "From eight till twelve", "Von acht bis zwölf, hen die
# gsagt", "De huit heures à midi", "De nueve a once", "Dalle otto a mezzogiorno"
_RANGE = {
    # (without "from", not "to": "ten to five" is a time)
    "en": r"(?:from\s+(?P<a>[\w:.' ]{1,25}?)\s+(?:till|until|til|to|-)|(?P<a2>[\w:.' ]{1,25}?)\s+"
          r"(?:till|until|til|-|–))\s+(?P<b>[\w:.' ]{1,25}?)",
    # ("Ab vier am Nachmittag, bis sechs": from, a comma, till)
    "de": r"(?:(?:von|ab)\s+)?(?P<a>[\w:. ]{1,25}?)\s*,?\s+bis\s+(?:um\s+)?(?P<b>[\w:. ]{1,25}?)",
    "fr": r"(?:de\s+|d')(?P<a>[\w:. ]{1,25}?)\s+(?:à|a|jusqu'à)\s+(?P<b>[\w:. ]{1,25}?)",
    "es": r"(?:de|desde)\s+(?:las?\s+)?(?P<a>[\w:. ]{1,25}?)\s+(?:a|hasta)\s+(?:las?\s+)?(?P<b>[\w:. ]{1,25}?)",
    "it": r"(?:dalle|dall'|da)\s*(?P<a>[\w:. ]{1,25}?)\s+(?:alle|all'|a)\s*(?P<b>[\w:. ]{1,25}?)",
}
# what the range is of, said first: "it's eight till one", "the slot's eight in the morning
# till one", "the delivery window is 8 till 12"
_RANGE_OF = {"en": r"(?:(?:oh\s+)?(?:and\s+)?(?:it's|it is|it'll be|that's|"
                   r"make it(?: a bit| a little)?(?: earlier| later)?,?|"
                   r"(?:the|their|his|her|our) [\w-]+(?: [\w-]+)?(?:'s| is| will be|'ll be))\s+)?"}
# a start, then an end with its verb: "it starts at 7 pm and goes on till 11", "at 9, finishes
# at 1"
_STARTS_THEN_ENDS = re.compile(
    r"^(\W*)(?:(?:(?:it|that|the [\w-]+)\s+)?(?:starts|begins|kicks off)\s+)?(?:at\s+)?"
    r"(?P<a>[\w:.' ]{1,25}?)\s*(?:,|\s+and)\s+(?:it\s+|it's\s+)?(?:goes on|runs|lasts|carries on|"
    r"finishes|ends|wraps up|is over)\s+(?:till|until|to|at|by|around)\s+", re.I)
# news before a window said with "it's" ("ugh, he just texted, it's 10 till 2 now") and a
# word after it that says it is the new one
_WINDOW_NEWS = re.compile(r"^[^.;!?]*[,.;!]\s*(?=(?:it's|it is|it'll be|now it's)\s+\w[^,]*"
                          r"\s(?:till|until|til|to|-)\s[^,]*$)", re.I)
_WINDOW_TAIL = re.compile(r"\s+(?:now|instead|then|apparently)\s*([.!]*)\s*$", re.I)
_RANGE_SAID = {"en": ("at {a}", "it ends at {b}"), "de": ("um {a}", "es geht bis {b}"),
               "fr": ("à {a}", "ça finit à {b}"), "es": ("a las {a}", "termina a las {b}"),
               "it": ("alle {a}", "finisce alle {b}")}


# a start and an end, each said with its own verb: "ça commence à 18h30 et ça se termine à
# 19h30", "empieza a las seis y acaba a las ocho", "inizia alle sei e finisce alle otto",
# "es fängt um sechs an und geht bis acht"
_T = r"[\w:.' ]{1,25}?"
_BEGINS_ENDS = {
    "fr": rf"(?:ça|ce|il|elle)\s+(?:commence|débute)\s+(?:à|a|vers)\s+(?P<a>{_T})\s*,?\s+(?:et\s+)?"
          rf"(?:(?:ça|il|elle)\s+)?(?:se\s+termine|termine|finit|s'arrête)\s+(?:à|a|vers)\s+(?P<b>{_T})",
    "es": rf"(?:empieza|comienza)\s+a\s+las?\s+(?P<a>{_T})\s*,?\s+y\s+(?:termina|acaba)\s+a\s+las?\s+"
          rf"(?P<b>{_T})",
    "it": rf"(?:inizia|comincia)\s+(?:alle|all')\s*(?P<a>{_T})\s*,?\s+e\s+(?:finisce|termina)\s+"
          rf"(?:alle|all')\s*(?P<b>{_T})",
    "de": rf"(?:es|er|sie|das)?\s*(?:fängt|geht|beginnt)\s+um\s+(?P<a>{_T})\s+(?:an|los)?\s*,?\s*und\s+"
          rf"(?:hört|endet|geht)\s+(?:um|bis)\s+(?P<b>{_T})(?:\s+auf)?",
}
_BEGINS_ENDS_RE = {lang: re.compile(rf"^\W*(?:(?:et|y|e|und|alors|bon|vale|allora)\s+)?{p}\s*[.!]*$",
                                    re.I) for lang, p in _BEGINS_ENDS.items()}


def range_clocks(text: str, evening: bool) -> tuple[str, str] | None:
    """The start and end of an English window said alone ("6 till 8"), as clocks with
    their am/pm ("6 pm", "8 pm") read as the calendar reads them (``evening``: the event is an
    evening's), or None."""
    said = said_span(text.lower()) if len(text.lower()) == len(text) else None
    if said is None or said.range is None or not said.range.ok():
        return None
    start, end = said.range.times(evening)
    return _said_clock(start), _said_clock(end)


def _said_clock(at: time) -> str:
    """"10:30 am", "12 pm" (noon): a clock no reader takes the wrong way round."""
    hour = at.hour % 12 or 12
    minutes = f":{at.minute:02d}" if at.minute else ""
    return f"{hour}{minutes} {'am' if at.hour < 12 else 'pm'}"


def is_range(said: tuple[str, str], lang: str) -> bool:
    """Whether ``said``, what :func:`start_first` read, is a start and an end said alone
    ("6:30 till 8:30"), not a start and a length."""
    return said[1].startswith(_RANGE_SAID[lang][1].split("{")[0])


def start_first(text: str, lang: str) -> tuple[str, str] | None:
    """A start said first, then the length or end: "Ten to nine in the morning, and it's only
    ten minutes" → ("Ten to nine in the morning", "it's only ten minutes"); a start and an
    end said alone, "Von acht bis zwölf" → ("um acht", "es geht bis zwölf"), each with its
    verb, "ça commence à 18h30 et ça se termine à 19h30"; else None."""
    if lang == "en":  # "It starts at 7 pm and goes on till 11": from 7 pm till 11
        text = _STARTS_THEN_ENDS.sub(r"\1from \g<a> till ", text, count=1)
        # "ugh, he just texted, it's 10 till 2 now": the window, after the news
        text = _WINDOW_NEWS.sub("", _WINDOW_TAIL.sub(r"\1", text), count=1)
    span = re.match(rf"^\W*{_RANGE_OF.get(lang, '')}{_RANGE[lang]}\s*(?:[,.;!]|$)", text, re.I) \
        if lang in _RANGE else None
    if span is None and lang in _BEGINS_ENDS_RE:
        span = _BEGINS_ENDS_RE[lang].match(text.strip())
    a = (span.groupdict().get("a") or span.groupdict().get("a2") or "") if span else ""
    if span is not None and _CLOCKISH.search(a) and _CLOCKISH.search(span["b"]) \
            and not re.search(r"\b(?:minutes?|hours?|minuten|stunden?|minutos|"
                              r"minuti)\b", a + " " + span["b"], re.I):
        start, end = _RANGE_SAID[lang]
        return start.format(a=a.strip()), end.format(b=span["b"].strip())
    said = asked(text, lang)
    if said is None or said.kind not in ("length", "end"):
        return None
    for clause in (_START_CLAUSE, _START_SENTENCE):
        m = clause.match(text)
        if m is not None and _CLOCKISH.search(m["t"]) and asked(m["t"], lang) is None:
            return m["t"], text[m.end():]
    return None


def length_words(words: str) -> str:
    """A length as the duration reader takes it ("a full hour": "an hour", "a ganze
    Stund": "a Stunde")."""
    words = _STRESS.sub("", words)
    return re.sub(r"\bstund\b", "stunde", words, flags=re.I)


# the plain requests, one per change and language (the skill's templates)
_SAID = {
    "en": {"end": "set the end of the {title} to {words}",
           "length": "set the length of the {title} to {words}",
           "longer": "make the {title} longer by {words}",
           "shorter": "make the {title} shorter by {words}"},
    "de": {"end": "setz das Ende von {title} auf {words}",
           "length": "setz die Dauer von {title} auf {words}",
           "longer": "verlängere {title} um {words}", "shorter": "verkürze {title} um {words}"},
    "fr": {"end": "mets la fin de {title} à {words}",
           "length": "mets la durée de {title} à {words}",
           "longer": "rallonge {title} de {words}", "shorter": "raccourcis {title} de {words}"},
    "es": {"end": "pon el final de {title} a las {words}",
           "length": "pon la duración de {title} en {words}",
           "longer": "alarga {title} en {words}", "shorter": "acorta {title} en {words}"},
    "it": {"end": "metti la fine di {title} alle {words}",
           "length": "metti la durata di {title} a {words}",
           "longer": "allunga {title} di {words}", "shorter": "accorcia {title} di {words}"},
}
TEMPLATES = [form.format(title="{event_name}", words="{change}")
             for forms in _SAID.values() for form in forms.values()]
# (a title up to the first word after it for an end, "to" being in times: "quarter to
# twelve"; up to the length for the others, titles having "de" and "di")
_PLAIN = [(kind, re.compile("^" + re.escape(form).replace(
    r"\{title\}", "(?P<title>.+?)" if kind == "end" else "(?P<title>.+)").replace(
    r"\{words\}", "(?P<words>.+)" if kind == "end" else f"(?P<words>{LENGTH})") + "$", re.I))
          for forms in _SAID.values() for kind, form in forms.items()]


def said(a: Asked, title: str, lang: str) -> str:
    """The plain request of ``a`` for the event called ``title``."""
    words = re.sub(r"^(?:las|la|le|les|alle|à|a)\s+", "", a.words) if a.kind == "end" else a.words
    said_ = _SAID[lang][a.kind].format(title=title, words=words)
    return f"move the {title} to {a.start}, and {said_}" if a.start else said_


def plain(text: str) -> tuple[str, str, str] | None:
    """(kind, title, words) of a plain request :func:`said` made, or None."""
    for kind, form in _PLAIN:
        m = form.match(text.strip())
        if m:
            return kind, m.group("title").strip(), m.group("words").strip()
    return None


# the start of the event talked about put right with its verb, in German, French, Spanish
# and Italian, maybe with its end: "Moment, ich glaub, die fängt erst um halb acht an. Ja,
# 19:30.", "je me suis trompée : ça commence à 11 heures, pas à 10. La fin, c'est toujours
# 14 heures.", "me he liado, empieza a las nueve y termina igual a las dos", "mi sono
# sbagliata: inizia alle 10, che dobbiamo allestire, e finisce sempre alle 14" — only
# words of putting it right before it, a "not" or a why after it, the clock said again last
_PUT_RIGHT_LEAD = {
    "de": r"moment|warte|sorry|entschuldigung|nee|nein|ach|oh|ah|äh|halt|stopp|mist|"
          r"ich (?:glaub(?:e)?|denke?|hab mich (?:vertan|geirrt|verhört))|falsch",
    "fr": r"pardon|désolée?|oups|non|attends|ah|oh|euh|en fait|zut|finalement|je crois|"
          r"je me suis (?:trompée?|plantée?|gourée?)|erreur",
    "es": r"perdona|perd[oó]n|perdone|uy|no|espera|ah|oh|eh|en realidad|vaya|al final|creo|"
          r"me (?:he )?(?:equivocado|equivoqu[eé]|liado|li[eé]|confundido|confund[ií])",
    "it": r"scusa|scusami|no|aspetta|ah|oh|eh|in realtà|accidenti|alla fine|credo|penso|"
          r"mi sono (?:sbagliat|confus)[oa]|ho sbagliato",
}
_BEGINS = {
    "de": r"(?:(?:die|der|das|es|sie|er)\s+)?(?:fängt|beginnt|startet|geht)\s+(?:(?:erst|doch|"
          r"schon|eigentlich|aber|ja|dann|jetzt)\s+)*(?:um|ab)\s+(?P<a>{t})(?:\s+(?:an|los))?",
    "fr": r"(?:(?:ça|ca|ce|il|elle|on)\s+)?(?:commence|débute|démarre)\s+(?:(?:en fait|plutôt|"
          r"finalement)\s+)?(?:à|a|vers)\s+(?P<a>{t})",
    "es": r"(?:empieza|comienza|arranca)\s+(?:(?:en realidad|realmente)\s+)?(?:a|sobre)\s+"
          r"(?:las?\s+)?(?P<a>{t})",
    "it": r"(?:inizia|comincia)\s+(?:(?:invece|in realtà)\s+)?(?:alle|all'|verso le)\s*(?P<a>{t})",
}
# the end said after it, the same as before or not: "und hört immer noch um zwei auf", "La
# fin, c'est toujours 14 heures", "y acaba igual a las dos", "e finisce sempre alle 14"
_STILL = r"(?:(?:immer noch|noch immer|weiterhin|trotzdem|toujours|quand même|igual|siempre|" \
         r"todavía|sempre|comunque|lo stesso)\s+)?"
_ENDS = {
    "de": rf"(?:(?:die|der|das|es|sie|er)\s+)?(?:hört|endet|geht)\s+{_STILL}(?:um|bis)\s+"
          rf"(?:um\s+)?(?P<b>{{t}})(?:\s+auf)?|(?:das\s+)?ende\s+(?:ist\s+)?{_STILL}um\s+(?P<b2>{{t}})",
    "fr": rf"(?:(?:ça|ca|il|elle)\s+)?(?:se\s+termine|termine|finit|s'arrête)\s+{_STILL}(?:à|a|vers)"
          rf"\s+(?P<b>{{t}})|la fin\s*,?\s*(?:c'est\s+|est\s+|reste\s+)?{_STILL}(?:à\s+)?(?P<b2>{{t}})",
    "es": rf"(?:termina|acaba)\s+{_STILL}(?:a|sobre)\s+(?:las?\s+)?(?P<b>{{t}})|el final\s*,?\s*"
          rf"(?:es\s+)?{_STILL}a\s+las?\s+(?P<b2>{{t}})",
    "it": rf"(?:finisce|termina)\s+{_STILL}(?:alle|all')\s*(?P<b>{{t}})|la fine\s*,?\s*(?:è\s+)?"
          rf"{_STILL}(?:alle\s+|all')?(?P<b2>{{t}})",
}
_NOT_THEN = r"(?:\s*,?\s+(?:pas|nicht|no|non|e non|y no)\s+(?:à|a|um|alle|all'|a las|a la)?\s*" \
            r"[\w:.]+(?:\s+(?:heures?|uhr))?)?"
_WHY_THEN = r"(?:\s*,\s*(?:che|perché|que|parce que|porque|weil|denn|da)\s[^,.;!?]{1,60}?(?=\s*,))?"
_SAID_AGAIN = r"(?:\s*[.,;!]\s*(?:(?:ja|genau|oui|voilà|sí|si|sì|esatto)\s*[,.]?\s*)?" \
              r"(?P<again>\d{1,2}(?:[:.h]\d\d)?(?:\s*(?:uhr|heures?|h))?))?"
_PUT_RIGHT_RE = {
    lang: re.compile(
        rf"^\W*(?:(?:{_PUT_RIGHT_LEAD[lang]})(?![\w'])[\s,.:;!…-]*)*"
        + _BEGINS[lang].format(t=_T) + _NOT_THEN + _WHY_THEN
        + rf"(?:\s*[,.;]?\s*(?:(?:und|aber|et|mais|y|pero|e|ma)\s+)?(?:{_ENDS[lang].format(t=_T)}))?"
        + _SAID_AGAIN + r"\s*[.!]*$", re.I)
    for lang in _BEGINS}


def start_told(text: str, lang: str) -> tuple[str, str] | None:
    """(the new start, the end said with it or "") when ``text`` (de/fr/es/it) puts right
    when the event talked about starts, with its verb (see ``_PUT_RIGHT_RE``); else None."""
    m = _PUT_RIGHT_RE[lang].match(text.strip()) if lang in _PUT_RIGHT_RE else None
    if m is None:
        return None
    start = (m["again"] or m["a"]).strip()
    end = (m["b"] or m["b2"] or "").strip()
    if not _CLOCKISH.search(start) or (end and not _CLOCKISH.search(end)):
        return None
    return start, end


# the event talked about moved to a new start, as the calendar skill reads it (its length
# kept)
_MOVED_SAID = {"en": "move the {title} to {at}", "de": "verschieb {title} auf {at}",
               "fr": "déplace {title} à {at}", "es": "mueve {title} a las {at}",
               "it": "sposta {title} alle {at}"}


def moved(title: str, at: str, lang: str) -> str:
    """The plain request that moves the event called ``title`` to start at ``at``."""
    at = re.sub(r"^(?:las|la|les|le|alle|à|a|um|at)\s+", "", at.strip(), flags=re.I)
    return _MOVED_SAID.get(lang, _MOVED_SAID["en"]).format(title=title, at=at)

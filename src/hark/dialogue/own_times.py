"""A new alarm, reminder, appointment or timer timed from one of the user's own things,
named in the same request, five languages: "remind me to leave forty-five minutes before
the dentist appointment starts", "need an alarm twenty minutes before my team meeting
tomorrow", "put drinks with Tom in straight after dinner with Anna finishes", "the night
before the bins go out, at nine, remind me to sort the recycling", "an extra alarm on
Sunday, same time as the swimming one", "one more timer, ten minutes shorter than the
laundry one", "oa Stund bevor morgn die Teambesprechung losgeht", "cinq minutes après la
fin de la lessive", "justo cuando acabe la reunión de equipo", "il giorno dopo la cena con
Anna, a mezzogiorno".

:func:`timed` returns the request with that time said as a date and a clock time (or, for
a timer, as its length), for the skills to read as any other; None when the request is
not a new thing timed so, or when which of one's things it is timed from is unclear.
A change to a thing ("move my alarm to 20 minutes before the meeting") is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from hark.dialogue import relative, relative_other
from hark.dialogue.reason_after import request_alone
from hark.nlu import repeat_changes
from hark.nlu.normalize import normalize
from hark.nlu.time_spans import find_time_spans
from hark.skills.providers.lang import say_repeat
from hark.text.clean import begins_like


@dataclass(frozen=True)
class Thing:
    """One of the user's things: ``kind`` alarm, reminder, event or timer; ``name`` its
    label, words or title; ``start`` when it rings, is due, starts or goes off; ``end``
    when an event ends."""

    kind: str
    name: str
    start: datetime
    end: datetime | None = None
    days: tuple[int, ...] | None = None  # the weekdays an alarm repeats on


_AMOUNT = (r"(?:(?:a|an|one|a full|a good|two|three|four|five|six|seven|eight|nine|ten|"
           r"fifteen|twenty|thirty|forty|forty-five|fifty|ninety|a couple of|a few|half an?|"
           r"a quarter of an?|\d+|eine?n?|oa|a|zwei|drei|vier|fünf|zehn|fünfzehn|zwanzig|"
           r"dreißig|halbe?|viertel|une?|deux|trois|quatre|cinq|dix|quinze|vingt|trente|"
           r"demi-|un quart d'|una?|uno|dos|tres|cuatro|cinco|diez|quince|veinte|treinta|"
           r"media|un cuarto de|un'|due|tre|quattro|cinque|dieci|quindici|venti|trenta|mezz'|"
           r"mezza|un quarto d')[\s-]*)+"
           r"(?:hours?|hrs?|minutes?|mins?|stunden?|stund|minuten?|heures?|heure|minutes?|"
           r"horas?|minutos?|ore|ora|minuti)"
           r"(?:\s+(?:and|und|et|y|e)\s+(?:a\s+)?(?:half|demie|media|mezza|\w+\s+minutes?))?")
_BEFORE = r"before|prior to|ahead of|earlier than|vor|bevor|vorher|avant|antes|prima"
_AFTER = r"after|later than|nach|nachdem|danach|après|después|dopo"
_OFFSET = re.compile(rf"(?<![\w'])(?P<amount>{_AMOUNT})\s+(?P<dir>{_BEFORE}|{_AFTER})(?![\w'])",
                     re.I)
# a part of a day before or after the thing, the clock said apart: "the night before",
# "la veille", "le lendemain", "la noche antes", "il giorno dopo"
_DAY_SHIFT = re.compile(
    r"\b(?:(?:the|on the)\s+(?P<part>day|night|evening|morning|afternoon)\s+(?P<dir>before|"
    r"after)|(?:am\s+)?(?P<de>vortag|tag davor|abend davor|abend vorher|tag danach|tag "
    r"darauf)|(?P<fr>la veille|le lendemain|le jour d'avant|le soir d'avant)|"
    r"(?:la|el)\s+(?P<es_part>noche|d[ií]a|tarde|mañana)\s+(?P<es>antes|después)|"
    r"la v[ií]spera|(?:il|la)\s+(?P<it_part>giorno|sera|mattina|notte)\s+(?P<it>prima|dopo)|"
    r"l'indomani|la vigilia)\b", re.I)
# at the thing's end: "when the team meeting finishes", "wenn der Termin zu Ende ist",
# "après la fin de la lessive", "cuando acabe", "quando finisce"
_ENDS = re.compile(r"\b(?:finish(?:es|ed)?|ends?|is over|is done|are done|goes off|go off|"
                   r"zu ende|endet|aufhört|vorbei|fertig|fin|finit|se termine|termine|"
                   r"acab[ae]\w*|termin[ae]\b|finisca|finisce|finiscono|fine|insieme al)\b",
                   re.I)
_STARTS = re.compile(r"\b(?:starts?|begins?|losgeht|anfängt|beginnt|commence|empieza|comienza|"
                     r"inizia|comincia)\b", re.I)
# a new appointment ending when the thing starts: "ending just when my team meeting starts"
_ENDING_AT = re.compile(r"\b(?:ending|finishing|to end|so it ends)\s+(?:just\s+|right\s+)?"
                        r"(?:when|as)\b", re.I)
# at the thing's time with no offset: "straight after dinner with Anna finishes", "genau
# dann, wenn", "justo cuando", "a partire da quando", "dès que"
_AT_ONCE = re.compile(r"\b(?:(?:straight|right|just|immediately)\s+after|as soon as|once|"
                      r"when|genau dann,? wenn|sobald|wenn|dès que|juste après|justo cuando|"
                      r"cuando|en cuanto|a partire da quando|da quando|quando|appena)\b", re.I)
_SAME_TIME = re.compile(r"\b(?:(?:at\s+)?the same time as|same time as|zur (?:gleichen|selben) "
                        r"(?:zeit|uhrzeit) wie|à la même heure que|a la misma hora que|"
                        r"alla stess'ora di|alla stessa ora di)\b", re.I)
_SAME_TIME_BARE = re.compile(r"\b(?:(?:at\s+)?the same time|zur (?:gleichen|selben) (?:zeit|"
                             r"uhrzeit)|à la même heure|a la misma hora|alla stess'ora|"
                             r"alla stessa ora)\b", re.I)
# a timer as long as another has left, give or take: "whatever the pasta's got left plus
# two minutes", "ten minutes shorter than the laundry one"
_LONGER = re.compile(rf"(?P<amount>{_AMOUNT})\s+(?P<dir>longer|shorter|more|less|länger|"
                     r"kürzer|de plus|de moins|más|menos|in più|in meno)\s+(?:than|als|que|di)\b",
                     re.I)
_PLUS = re.compile(rf"\b(?:plus|and another|\+)\s+(?P<amount>{_AMOUNT})", re.I)

# a new thing asked for
_NEW = re.compile(
    r"\b(?:remind me|wake me|get me up|(?:set|add|make|create|put|book|schedule|start|chuck|"
    r"stick|pop|need|want|give me)\b.{0,40}?\b(?:an?|another|one more|new|extra|"
    r"separate)\s+(?:\w+\s+)?(?:alarm|reminder|timer|event|appointment)|"
    r"(?:put|stick|pop|book|pencil|add|schedule)\b.{0,60}\b(?:in|into|on|to)\s+(?:my|the)\s+"
    r"(?:calendar|diary|schedule)|(?:calendar|diary)\b|one more\b|another one\b|"
    r"erinner\w*\s+(?:sie\s+)?(?:mich|uns)|(?:mich|uns)\b.{0,80}\berinnern|"
    r"(?:einen|'nen|nen|an|en|eine|noch)\s+(?:\w+\s+)?(?:wecker|timer|erinnerung|termin)|"
    r"kalender|rappel(?:le|lez)[- ]moi|(?:un|une)\s+(?:\w+\s+)?(?:réveil|cadran|alarme|"
    r"rappel|minuteur|minuterie)|agenda|recu[eé]rd(?:ame|eme|anos)|apúnta\w*|"
    r"(?:una|un|otr[oa])\s+(?:\w+\s+)?(?:alarma|despertador|recordatorio|temporizador|"
    r"llamada|cita)|calendario|ricord(?:ami|aci)|(?:una|un)\s+(?:\w+\s+)?(?:sveglia|"
    r"promemoria|timer)|svegliami)", re.I)
_KIND_WORDS = {
    "alarm": re.compile(r"\b(?:alarms?|wecker\w*|réveils?|cadrans?|alarmas?|despertador|"
                        r"sveglia|sveglie)\b", re.I),
    "reminder": re.compile(r"\b(?:reminders?|erinnerung\w*|rappels?|recordatorios?|"
                           r"promemoria)\b", re.I),
    "timer": re.compile(r"\b(?:timers?|minuteurs?|minuterie|temporizador\w*)\b", re.I),
    "event": re.compile(r"\b(?:appointments?|meetings?|termin\w*|rendez-vous|citas?|"
                        r"reuni[oó]n|appuntamento|riunione)\b", re.I),
}
_NEW_KIND = {
    "timer": re.compile(r"\b(?:timer|minuteur|minuterie|temporizador)\b", re.I),
    "alarm": re.compile(r"\b(?:alarm|wake me|get me up|wecker|weck\w* mich|réveil|cadran|"
                        r"alarma|despertador|sveglia|svegliami)\b", re.I),
}
_LITTLE = frozenset(
    "the my our a an and for with from to of in on at this that one out "
    "die der das den dem des ein eine mit für von vom zum zur und "
    "le la les un une des du de avec pour et chez au aux "
    "el los las uno una del con para y al "
    "il lo gli i di della dello dei delle con per e dal dalla".split())
_EARLIEST = re.compile(r"\b(?:earliest|first|erste\w*|frühest\w*|premier|première|primer[oa]?|"
                       r"prim[oa])\s+(?:\w+\s+)?(?:alarm|wecker|réveil|alarma|despertador|"
                       r"sveglia)", re.I)
_MORNING = re.compile(r"\b(?:morning|a\.?m\.?|früh|morgens|matin|mañana|mattina)\b", re.I)
_EVENING = re.compile(r"\b(?:night|evening|pm|p\.m\.|abends?|nachts?|soir|nuit|noche|tarde|sera|"
                      r"notte|pomeriggio)\b", re.I)


def cue(piece: str) -> bool:
    """Whether ``piece`` may be a new thing timed from one of one's own (cheap: before the
    things are read)."""
    return bool(_NEW.search(piece)) and any(p.search(piece) for p in (
        _DAY_SHIFT, _OFFSET, _SAME_TIME, _SAME_TIME_BARE, _LONGER, _PLUS, _ENDS, _STARTS))


_SENTENCE = re.compile(r"[^.!?]+[.!?]*")


def several_sentences(text: str) -> bool:
    return cue(text) and len(_SENTENCE.findall(text.strip())) > 1


def timed(piece: str, lang: str, things: list[Thing], now: datetime) -> str | None:
    """``piece`` with the time it takes from one of ``things`` said outright, or None.
    Said in several sentences, one the request and the others statements (which may name
    the thing: "After my dentist appointment on Wednesday I've a prescription to fetch.
    Could you remind me when it's over?"), the request alone comes back."""
    if not things or not _NEW.search(piece):
        return None
    sentences = [x.strip() for x in _SENTENCE.findall(piece.strip()) if x.strip()]
    if len(sentences) > 1:
        asks = [x for x in sentences if _NEW.search(x)]
        if len(asks) != 1:
            return None
        if _AND_LASTS.search(piece):  # "… finishes. It'll be an hour.": one request
            return _single(piece, lang, things, now)
        if any(x.endswith("?") for x in sentences if x is not asks[0]):
            return None
        thing = _named(piece, things, now)
        return None if thing is None else _single(asks[0], lang, things, now, thing, piece)
    return _single(_without_why(piece, lang), lang, things, now)


def _without_why(piece: str, lang: str) -> str:
    """``piece`` without why, said after a comma, when it asks for no reminder (whose
    words it may be): in "ponme otra una hora antes, que primero tengo que sacar a
    Rocco" the "sacar" names no reminder to time it from (de/fr/es/it)."""
    if lang == "en" or _REMIND.search(piece):
        return piece
    alone = request_alone(piece, lang)
    return alone if alone != piece and piece.strip()[len(alone):].lstrip().startswith(",") \
        else piece


def _single(piece: str, lang: str, things: list[Thing], now: datetime,
            named: Thing | None = None, whole: str = "") -> str | None:
    shifted = _DAY_SHIFT.search(piece)
    offset = _OFFSET.search(piece)
    same = _SAME_TIME.search(piece) or (_SAME_TIME_BARE.search(piece) if shifted else None)
    longer = _LONGER.search(piece)
    at_once = _AT_ONCE.search(piece) if _ENDS.search(piece) or _STARTS.search(piece) else None
    plus = _PLUS.search(piece) if _NEW_KIND["timer"].search(piece) else None
    if not (shifted or offset or same or longer or at_once or plus):
        return None
    fixed = _CORRECTED.search(piece)
    if fixed is not None and named is None:  # "da quando finisce la cena con Anna... no, mi
        # scusi, da quando finisce l'appuntamento dal dentista": what is said after
        said_first = [m.start() for p in (_DAY_SHIFT, _OFFSET, _AT_ONCE)
                      if (m := p.search(piece, 0, fixed.start())) is not None]
        if said_first and any(p.search(piece, fixed.end()) for p in (_DAY_SHIFT, _OFFSET,
                                                                     _AT_ONCE)):
            return _single(f"{piece[:min(said_first)]}{piece[fixed.end():]}", lang, things,
                           now)
    thing = named or _referred(piece, [m for m in (shifted, offset, same, longer, at_once,
                                                   plus) if m is not None], things, now)
    if thing is None:
        return None
    if _NEW_KIND["timer"].search(piece) and (thing.kind == "timer"
                                            or not _NEW_KIND["alarm"].search(piece)):
        return _as_timer(piece, lang, thing, offset, longer, now, whole or piece)
    piece = _KEEP_FIRST.sub("", piece)  # "Leave the swimming alarm as it is, but …"
    out = _timed(piece, lang, thing, shifted, offset, same, at_once, now)
    if out is None:
        return None
    if not _REMIND.search(piece) and (_NEW_KIND["alarm"].search(piece) or (
            thing.kind == "alarm" and _ONE_MORE.search(piece))):
        return _as_alarm(out, lang, thing, piece)
    out = _OF_LENGTH.sub(" durante ", out) if lang == "es" else out  # ", de media hora"
    out = _AND_LASTS.sub(r" for \g<amount>", out)
    moment = _MOMENT_SAID[lang].search(out)
    if moment is not None and _REMIND.search(piece):  # "remind me 10 minutes before the
        # dentist appointment": about it, nothing else being said
        about = {"title": thing.name, "kind": thing.kind}
        out = relative._about(out, moment.group(0), piece, about) if lang == "en" else \
            relative_other._about(out, moment.group(0), about, lang)
    return out


def _timed(piece: str, lang: str, thing: Thing, shifted: re.Match[str] | None,
           offset: re.Match[str] | None, same: re.Match[str] | None,
           at_once: re.Match[str] | None, now: datetime) -> str | None:
    """``piece`` with the time from ``thing`` said as a date and a clock time."""
    if shifted:
        return _shifted_day(piece, lang, thing, shifted, same, now)
    if same and not offset:
        return _replace(piece, same.start(), _thing_end_of(piece, same.end(), thing),
                        _clock(thing.start, lang))
    anchor = thing.end if thing.end is not None and _ENDS.search(piece) else thing.start
    if offset:
        length = _length(offset.group("amount"), lang, now)
        if length is None:
            return None
        sign = -1 if re.fullmatch(_BEFORE, offset.group("dir"), re.I) else 1
        moved = anchor + sign * length
        start = offset.start()
    else:
        moved, start = anchor, at_once.start() if at_once else 0
        ending = _ENDING_AT.search(piece)
        if ending and _STARTS.search(piece, ending.end()):  # "ending just when my team
            # meeting starts": the new appointment's end
            return _ending_at(piece, lang, thing.start, ending, now)
    end = _thing_end_of(piece, start, thing)
    return _replace(piece, start, end, _moment(moved, lang))


# "Leave the swimming alarm exactly as it is, but …", "keep the Saturday one, but …"
_KEEP_FIRST = re.compile(r"^\W*(?:leave|keep)\b[^,.;]{0,60}?,?\s+but\s+(?:also\s+)?", re.I)
# a correction: "… no, sorry, …", "… nee, warte …", "… anzi …"
_CORRECTED = re.compile(r"(?:\.\.\.|…|[—–,])?\s*\b(?:no,? (?:wait|sorry|hang on)|sorry,? i mean|"
                        r"i mean|nee,? warte|nein,? warte|non,? (?:attends|pardon)|"
                        r"no,? (?:espera|perdón|perdona)|no,? (?:mi scusi|scusa|aspetta)|anzi)"
                        r"\b[,\s]*", re.I)
_REMIND = re.compile(r"\b(?:remind\w*|erinner\w*|rappel\w*|recu[eé]rd\w*|recordatorio|ricord\w*|"
                     r"promemoria)\b", re.I)
_ONE_MORE = re.compile(r"\b(?:one more|another(?: one)?|an extra one|a second one|"
                       r"noch (?:einen|einer|so einen)|un autre|otro|un altro|un'altra)\b", re.I)
# a length said as a sentence of its own: ". It'll be an hour."
_AND_LASTS = re.compile(rf"\s*[.;]\s*it(?:'ll| will)?\s+(?:be|last|take|run)s?\s+(?:about\s+)?"
                        rf"(?P<amount>{_AMOUNT})\s*\.?\s*$", re.I)
# an appointment's length said with "de" (Spanish): "…, de media hora"
_OF_LENGTH = re.compile(r",?\s+de\s+(?=(?:media|una|un|dos|tres|cuatro|\d+|quince|veinte|treinta|"
                        r"cuarenta|noventa)\s*(?:y media\s+)?(?:horas?|minutos?)\b)", re.I)
_SAME_DAYS = re.compile(r"\b(?:same days?|on the same days|die gleichen tage|les mêmes jours|"
                        r"los mismos días|gli stessi giorni)\b", re.I)
_ALARM_SAY = {"en": "set an alarm {when}", "de": "Stell einen Wecker {when}",
              "fr": "mets un réveil {when}", "es": "pon una alarma {when}",
              "it": "metti una sveglia {when}"}


def _as_alarm(out: str, lang: str, thing: Thing, piece: str) -> str:
    """A new alarm at the time ``out`` says (on the days ``thing`` repeats on when "the
    same days" are asked), said plainly."""
    said = _MOMENT_SAID[lang].search(out)
    if said is None:
        return out
    when = said.group(0)
    if re.fullmatch(_CLOCK_SAID[lang], when):  # "on Sunday, same time as the swimming one":
        # the day said besides
        day = _A_DAY.search(out)
        if day is not None:
            when = f"{when} {day.group(0)}"
    if thing.days and _SAME_DAYS.search(piece):
        clock = re.search(_CLOCK_SAID[lang], when)
        when = f"{clock.group(0) if clock else when} {say_repeat(thing.days, lang)}"
    return _ALARM_SAY[lang].format(when=when)


# a day said: "Sunday", "questa domenica", "demain"
_A_DAY = re.compile(r"\b(?:(?:this|next|diese\w*|ce|este|esta|questa|questo)\s+)?(?:"
                    + "|".join(repeat_changes.day_names())
                    + r"|tomorrow|morgen|demain|mañana|domani)\b", re.I)
# the moment :func:`_moment` says
_MONTH_WORDS = "|".join(["January", "February", "March", "April", "May", "June", "July",
                         "August", "September", "October", "November", "December"])
_MOMENT_SAID = {
    "en": re.compile(rf"at \d{{1,2}}:\d\d [ap]m(?: on the \d{{1,2}}\w\w of (?:{_MONTH_WORDS}))?"),
    "de": re.compile(r"(?:am \d{1,2}\.\d{1,2}\. )?um \d{1,2}:\d\d Uhr"),
    "fr": re.compile(r"(?:le \d{1,2} \w+ )?à \d{1,2}h\d\d"),
    "es": re.compile(r"(?:el \d{1,2} de \w+ )?a las \d{1,2}:\d\d"),
    "it": re.compile(r"(?:il \d{1,2} \w+ )?alle \d{1,2}:\d\d"),
}
_CLOCK_SAID = {"en": r"at \d{1,2}:\d\d [ap]m", "de": r"um \d{1,2}:\d\d Uhr",
               "fr": r"à \d{1,2}h\d\d", "es": r"a las \d{1,2}:\d\d", "it": r"alle \d{1,2}:\d\d"}


# "… before it", "… davor": the thing said before the relation (or in the turn before)
_IT_AFTER = re.compile(r"^\W*(?:it|that|them|this|ihn|ça|cela|esto|eso)\b"
                       # or what to do then: "… due ore prima di comprare il vino"
                       r"|^\W*(?:(?:to|di|de|pour|para|per|zu|um zu)\s+|d')(?!(?:que|la|le|el|il|l'|the|"
                       r"my|den|die|dem|der|mi|mon|ma|lo|los|las|les|un|une|una|uno|a|an)\b)"
                       r"[^\W\d]", re.I)


# only the end or start said after "when", no subject: "cuando termine", "quando finisce"
_BARE_END = re.compile(rf"^\W*(?:se\s+)?(?:{_ENDS.pattern}|{_STARTS.pattern})\W*$", re.I)


def _referred(piece: str, said: list[re.Match[str]], things: list[Thing], now: datetime
              ) -> Thing | None:
    """The thing the relation said first in ``piece`` is timed from: named after it
    ("forty-five minutes before the appointment starts"), else before it ("my earliest
    alarm tomorrow …, one more a full hour before it"); None when "it" points at nothing
    said here ("remind me one hour before it to buy a gift": the turn before's)."""
    if _NEW_KIND["timer"].search(piece):  # a timer timed from a timer, first
        timers = [t for t in things if t.kind == "timer"]
        found = _referred(piece, said, timers, now) if timers and len(timers) < len(
            things) else None
        if found is not None:
            return found
    first = min(said, key=lambda m: m.start())
    piece = _TIMER_NAME.sub(lambda m: " " * len(m.group(0)), piece)  # ("chiamalo …" names
    # the new timer, not the reminder to "chiamare il dentista")
    after, before = piece[first.end():], piece[:first.start()]
    if first.re is _PLUS:
        return _named(piece, things, now)
    if first.re is _AT_ONCE and _BARE_END.match(after):
        return None  # "recuérdame tender las equipaciones justo cuando termine": the end of
        # the turn before's thing, its subject left out (not the "reunión de equipo")
    if not _IT_AFTER.match(after):
        found = _named(_THAT_VERB.sub("", after), things, now, piece)
        if found is not None:
            return found
    return _named(before, things, now, piece)


# "que"/"che" and the verb right after "antes"/"prima": what to do, its verb naming no
# thing ("recuérdame tres horas antes que compre vino" is not the reminder to "comprar una
# tarjeta"; "… antes que empiece la reunión" still names the meeting)
_THAT_VERB = re.compile(r"^\s*(?:que|che)\s+[\w']+", re.I)


def _named(piece: str, things: list[Thing], now: datetime, whole: str = "") -> Thing | None:
    """The one thing ``piece`` names by its words (its kind's word counting too), or by
    an alarm's clock time, or "my earliest alarm tomorrow"."""
    words = _name_words(piece, r"[\w']+")
    scored: list[tuple[float, Thing]] = []
    for t in things:
        hits = sum(1 for n in _name_words(t.name) if any(_says(n, w) for w in words))
        if hits and _KIND_WORDS[t.kind].search(whole or piece):  # ("un timer che finisca
            hits += 0.5  # insieme al bucato": the timer of that name)
        if hits and re.search(rf"\b(?:vor|nach|before|after|avant|après|antes|después|prima|"
                              rf"dopo)\s+(?:(?:dem|der|den|the|my|le|la|l'|el|del|de la|il|lo|"
                              rf"mio|mia)\s*)?{re.escape(t.name.lower())}\b", (whole or piece).lower()):
            hits += 1  # its whole name after "before": "vor dem Zahnarzttermin", not the
            # "Zahnarzt anrufen" reminder (but "… vorher an den Zahnarzttermin erinnern" is
            # what to be reminded of)
        scored.append((hits, t))
    best = max(s for s, _ in scored)
    if best >= 1:
        top = [t for s, t in scored if s == best]
        return top[0] if len(top) == 1 else None
    alarms = [t for t in things if t.kind == "alarm"]
    if _KIND_WORDS["alarm"].search(piece) or re.search(r"\bmy \d", piece):
        clocked = [a for a in alarms if _clock_said(piece, a.start)]
        if len(clocked) == 1:
            return clocked[0]
        if _EARLIEST.search(piece):
            day = _day_said(piece, now)
            on_day = sorted((a for a in alarms if day is None or a.start.date() == day),
                            key=lambda a: a.start)
            return on_day[0] if on_day else None
    return None


def _name_words(text: str, word: str = r"\w+") -> list[str]:
    """The words of ``text`` that can name a thing (not "the", "for", "mit" …)."""
    return [w for w in re.findall(word, text.lower()) if w not in _LITTLE and len(w) > 2]


def _says(name_word: str, word: str) -> bool:
    """Whether ``word`` is the thing's ``name_word`` (its ending aside)."""
    return word == name_word or begins_like(name_word, word)


def _clock_said(piece: str, at: datetime) -> bool:
    """Whether ``piece`` says the clock time of ``at`` ("my 6:30", "the 7:15 one")."""
    h12 = at.hour % 12 or 12
    return re.search(rf"(?<![\d:.])(?:{at.hour}|{h12})[:.]{at.minute:02d}(?!\d)", piece) is not None


def _day_said(piece: str, now: datetime) -> object:
    if re.search(r"\b(?:tomorrow|morgen|demain|mañana|domani)\b", piece, re.I):
        return (now + timedelta(days=1)).date()
    if re.search(r"\b(?:today|heute|aujourd'hui|hoy|oggi)\b", piece, re.I):
        return now.date()
    return None


def _length(amount: str, lang: str, now: datetime) -> timedelta | None:
    said = re.sub(r"\ba (?:full|good)\b", "an", amount, flags=re.I)
    said = re.sub(r"\boa\b", "eine", said, flags=re.I)
    said = re.sub(r"\bstund\b", "Stunde", said, flags=re.I)
    v = normalize("duration", said, now, lang)
    if not v or not v.get("seconds"):
        v = normalize("duration", said, now, "en")
    if not v or not v.get("seconds"):
        return None
    return timedelta(seconds=float(v["seconds"]))


def _thing_end_of(piece: str, start: int, thing: Thing) -> int:
    """Where the words naming ``thing`` after ``start`` end (with "starts", "finishes",
    "tomorrow" said of it), not past the clause."""
    m = _CLAUSE_END.search(piece, start)
    clause_end = m.start() if m is not None else len(piece)
    name = _name_words(thing.name)
    last = start
    gap = 0  # words since the last of its name: "… my dinner with Anna to text Anna that
    # …" names the dinner up to its first "Anna", the rest is what to do
    for w in re.finditer(r"[\w']+", piece[start:clause_end]):
        word = w.group(0).lower()
        if any(_says(n, word) for n in name) or _KIND_WORDS[thing.kind].fullmatch(word) \
                or _SAID_OF_IT.fullmatch(word):
            if gap >= 2 and last > start:
                break
            last, gap = start + w.end(), 0
        elif not _NEUTRAL.fullmatch(word):
            gap += 1
    return last


_CLAUSE_END = re.compile(r"[,.;!?—–]|\s-\s")
# words said beside a thing's name that end no naming ("on Wednesday", "this", "my")
_NEUTRAL = re.compile(r"on|the|my|our|at|of|with|and|this|that|next|in|am|le|la|el|il|der|"
                      r"die|das|den|\w+day|\w+tag|\w+di|\w+dì|lunes|martes|miércoles|jueves|"
                      r"viernes|sábado|sabato|domingo|domenica|samedi|dimanche", re.I)
# said of the thing after its name: "… the team meeting starts", "… the bins go out"
_SAID_OF_IT = re.compile(rf"(?:{_ENDS.pattern}|{_STARTS.pattern}|one|it|tomorrow|morgen|demain|"
                         r"mañana|domani|go|goes|out|ist|is|ends|finishes)", re.I)


def _replace(piece: str, start: int, end: int, said: str) -> str:
    out = f"{piece[:start].rstrip()} {said} {piece[end:].lstrip()}"
    return re.sub(r"\s+([,.;!?])", r"\1", " ".join(out.split())).strip(" ,")


def _moment(at: datetime, lang: str) -> str:
    if lang == "en":
        return f"at {relative._say_clock(at)} {relative.say_day(at.date())}"
    return relative_other.said_at(at, lang)


def _clock(at: datetime, lang: str) -> str:
    if lang == "en":
        return f"at {relative._say_clock(at)}"
    return relative_other._clock_at(at, lang)


def _shifted_day(piece: str, lang: str, thing: Thing, m: re.Match[str],
                 same: re.Match[str] | None, now: datetime) -> str | None:
    """"The night before the bins go out, at nine o'clock": the day before the thing's, at
    the clock said (after dark for "night" and "evening")."""
    word = m.group(0).lower()
    before = bool(re.search(r"before|davor|vorher|vortag|veille|d'avant|antes|v[ií]spera|"
                            r"prima|vigilia", word))
    day = (thing.start + timedelta(days=-1 if before else 1)).date()
    end = _thing_end_of(piece, m.end(), thing)
    rest = piece[:m.start()] + " " * (end - m.start()) + piece[end:]
    if same is not None:  # "le lendemain …, à la même heure"
        at = datetime.combine(day, thing.start.timetz())
        rest = rest[:same.start()] + " " * (same.end() - same.start()) + rest[same.end():]
        return _replace(rest, m.start(), m.start(), _moment(at, lang))
    clock = _clock_in(rest, lang, now)
    if clock is None:
        return None
    t, ambiguous, a, b = clock
    if ambiguous and t.hour < 12 and (_EVENING.search(word) or _EVENING.search(piece[a:b + 12])
                                      or (1 <= t.hour <= 6 and not _NEW_KIND["alarm"].search(
                                          piece) and not _MORNING.search(piece))):
        t = t.replace(hour=t.hour + 12)  # ("lunch … at one o'clock": not 1 AM)
    at = datetime.combine(day, t, tzinfo=thing.start.tzinfo)
    rest = rest[:a] + " " * (b - a) + rest[b:]
    return _replace(rest, m.start(), m.start(), _moment(at, lang))


def _clock_in(text: str, lang: str, now: datetime) -> tuple[time, bool, int, int] | None:
    """The first clock time said in ``text`` (with "at", "um", "à", "a las", "alle"
    before it), whether it may be either half of the day, and where it is."""
    for s in find_time_spans(text, now, lang):
        v = s.value
        if not isinstance(v, dict) or v.get("relative") or v.get("end"):
            continue
        if v.get("kind") == "time" and v.get("time"):
            t = time.fromisoformat(v["time"])
        elif v.get("kind") == "datetime" and v.get("datetime"):
            t = datetime.fromisoformat(v["datetime"]).astimezone(now.tzinfo).time()
        else:
            continue
        a = s.start or 0
        lead = re.search(r"(?:\b(?:at|for|um|à|a las|a la|alle|all'|a)\s+|say about\s+|about\s+)$",
                         text[:a], re.I)
        return t.replace(second=0, microsecond=0), bool(v.get("ambiguous")), \
            lead.start() if lead else a, s.end or a + len(s.raw)
    return None


def _ending_at(piece: str, lang: str, at: datetime, ending: re.Match[str], now: datetime
               ) -> str | None:
    """A new appointment of the length said ending at ``at``."""
    length = re.search(rf"(?P<amount>{_AMOUNT})", piece, re.I)
    took = _length(length.group("amount"), lang, now) if length else None
    if took is None or lang != "en":
        return None
    start = at - took
    stop = _STARTS.search(piece, ending.end())
    assert stop is not None
    out = _replace(piece, ending.start(), stop.end(),
                   f"from {relative._say_clock(start)} to {relative._say_clock(at)} "
                   f"{relative.say_day(at.date())}")
    return _replace(out, *_span_of(out, length.group(0)), "")


def _span_of(text: str, words: str) -> tuple[int, int]:
    i = text.find(words)
    return (i, i + len(words)) if i >= 0 else (0, 0)


_TIMER_NAME = re.compile(r"\b(?:called|named|name it|call it|namens|genannt|appelé|nommé|"
                         r"llamado|que se llame|chiamalo|chiamato)\s+(?P<name>[\w'-]+)", re.I)
# "a timer for the dryer that goes off ten minutes after the pasta does"
_TIMER_FOR = re.compile(r"\btimer\s+for\s+(?:the|my)\s+(?P<name>[a-z][\w'-]*)\s+(?:that|which)\b",
                        re.I)
_TIMER_SAY = {
    "en": "set a timer for {n}{name}",
    "de": "Stell einen Timer{name} auf {n}",
    "fr": "mets un minuteur de {n}{name}",
    "es": "pon un temporizador de {n}{name}",
    "it": "metti un timer di {n}{name}",
}
_NAME_SAY = {"en": " called {name}", "de": " namens {name}", "fr": " pour {name}",
             "es": " para {name}", "it": " per l'{name}"}
# minutes and seconds: "13 minutes and 20 seconds"
_UNITS = {"en": ("minutes", "seconds", "and"), "de": ("Minuten", "Sekunden", "und"),
          "fr": ("minutes", "secondes", "et"), "es": ("minutos", "segundos", "y"),
          "it": ("minuti", "secondi", "e")}


def _said_length(seconds: int, lang: str) -> str:
    minutes, rest = divmod(seconds, 60)
    unit_m, unit_s, joined = _UNITS[lang]
    if not minutes:
        return f"{rest} {unit_s}"
    return f"{minutes} {unit_m}" + (f" {joined} {rest} {unit_s}" if rest else "")


def _as_timer(piece: str, lang: str, thing: Thing, offset: re.Match[str] | None,
              longer: re.Match[str] | None, now: datetime, whole: str) -> str | None:
    """A new timer going off a while before or after one of one's things (a timer's end,
    an alarm …), or as long as a timer has left, give or take."""
    left = (thing.start - now).total_seconds()
    if left <= 0:
        return None
    said = offset or longer or _PLUS.search(piece)
    if said is not None:
        length = _length(said.group("amount"), lang, now)
        if length is None:
            return None
        less = said.groupdict().get("dir") or "plus"
        sign = -1 if re.fullmatch(rf"{_BEFORE}|shorter|less|kürzer|de moins|menos|in meno",
                                  less, re.I) else 1
        left += sign * length.total_seconds()
    elif not _ENDS.search(piece) and not _SAME_TIME_BARE.search(piece):
        return None
    if left <= 0:
        return None
    named = _TIMER_NAME.search(whole) or (  # (also in a sentence of its own: "… Name it tea.")
        _TIMER_FOR.search(whole) if lang == "en" else None)
    name = _NAME_SAY[lang].format(name=named.group("name")) if named else ""
    return _TIMER_SAY[lang].format(n=_said_length(round(left), lang), name=name)


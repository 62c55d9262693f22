"""Days off from one's alarms, five languages: "I'm off tomorrow, don't wake me", "skip
the weekday alarm on Tuesday and Wednesday", "pause my weekday alarm for the rest of the
week", "no alarms till Monday", "den Werktagswecker morgen ausfallen lassen", "saute le
réveil de semaine pour demain", "que no suene ninguna alarma mañana", "salta la sveglia
feriale solo per domani" — and the way back: "put tomorrow's alarm back on", "remets-le
pour demain", "déjala como estaba".

:func:`asked` tells such a request; :func:`back` tells the way back; :func:`days` reads
the days said (a list, a stretch, "until Monday", "so it rings again on Friday", "the
next two rings"). Which alarms, and what becomes of them, is the alarm skill's
(:mod:`hark.skills.days_off`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from hark.nlu.time_spans import find_time_spans
from hark.text.calendar_words import WEEKDAYS
from hark.types import Slot

# saying an alarm stays silent on some days
_SKIP = {
    # not the skip the builders fill ("the skip lorry's coming", "a skip for Friday")
    "en": r"(?<!\bthe )(?<!\ba )(?<!\bour )(?<!\bmy )(?<!\bthat )\bskip(?:ping)?\b"
          r"(?! (?:lorry|lorries|truck|hire|bag|collection|man|men|company)\b)(?!'s\b)|\bpause\b|\bsuspend\b|\bhold (?:the|my)\b|\bsit (?:\w+ ){0,2}out\b|"
          r"\b(?:don'?t|do not|dont) (?:\w+ )?wake me\b|\blet me (?:lie|sleep) (?:on )?in\b|"
          r"\blet me lie on\b|\bno (?:\w+ ){0,2}alarms?\b|"
          r"\b(?:won'?t|will not|don'?t|do not|dont|not) (?:be )?need(?:ing)? (?:\w+ ){0,4}"
          r"(?:alarm|wake-?up|one)\b|"
          r"\b(?:switch|turn|shut|knock|kill)\w* (?:\w+ ){0,4}off (?:for|until|till|on|"
          r"tomorrow|this|the rest|during)\b|"
          r"\b(?:doesn'?t|does not|don'?t|do not|won'?t|will not|not) (?:need to )?"
          r"(?:go off|sound|ring)\b|\bdon'?t let (?:\w+ ){1,4}go off\b",
    "de": r"ausfallen|aussetzen|\bsetz\w* (?:[\w,]+ ){1,10}aus\b|überspring|auslass|\blass\w* "
          r"(?:\w+ ){1,6}aus\b|pausier|still bleib|\bstill\b|(?:nicht|ned|net|nich) klingel|"
          r"\bkein\w* (?:\w+ )?wecker|\bkeen\w* (?:\w+ )?wecker|weck\w* mich (?:\w+ )?(?:nicht|ned)|"
          r"\bbrauch\w* (?:\w+ ){0,4}(?:nicht|ned|net|nich)\b(?! mehr)",
    "fr": r"\bsaut\w*|\bzapp\w*|\ben pause\b|\bsuspend\w*|\bpas de (?:\w+ )?réveil|"
          r"\baucun réveil|\b(?:ne|n')\s?sonne pas\b|\bpas qu'il sonne\b|\bpas besoin d[ue] réveil|"
          r"\bne me réveille pas\b|\bne sonne\w* pas\b",
    "es": r"\bs[aá]lt\w*|\bpausa\w*|\bque no suene\w*|\bninguna alarma|\bno me despiert\w*|"
          r"\bno (?:\w+ )?suene\b|\bquít\w* (?:\w+ ){0,3}solo\b",
    "it": r"\bsalt\w*|\b(?:non|nun) (?:la |le )?fa\w*'?\s+suon\w*|\bin pausa\b|\bsospend\w*|"
          r"\bniente sveglie|\bnessuna sveglia|\b(?:non|nun) (?:deve )?suon\w*",
}
# an alarm said (or waking): the request is about alarms
_ALARM = {
    "en": r"\balarms?\b|\bwake\b|\bwake-?up\b|\bthe \d|"
          r"\bthe (?:half |quarter )?(?:past |to )?(?:two|three|four|five|six|seven|eight|"
          r"nine|ten|eleven|twelve)\b",
    "de": r"wecker|\bweck|\bden um \w",
    "fr": r"réveil|cadran|\bcelui de \w+ heures?",
    "es": r"\balarmas?\b|despiert|\bla de las \w",
    "it": r"\bsveglie\b|\bsveglia\b|\bquella delle \w",
}
# for good: not days off ("I don't need the weekday alarm any more")
_FOR_GOOD = {
    "en": r"\bany ?more\b|\bno more\b|\bno longer\b|\bfor good\b|\bever again\b|"
          r"\bfrom now on\b|\bretired\b|"
          r"\bevery\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days\b",
    "de": r"\bmehr\b|\bjeden\b|\bimmer\b|\bab jetzt\b",
    "fr": r"\bplus jamais\b|\bn'en ai plus\b|\bdésormais\b|\btous les\b|\bchaque\b",
    "es": r"\bya no\b|\bnunca más\b|\btodos los\b|\bcada\b",
    "it": r"\bpiù\b|\bogni\b|\btutti i\b",
}
# having the skipped days back
_BACK = {
    "en": r"\b(?:put|turn|switch|set)\s+(?:\w+'?s?\s+){0,3}back\b(?!\s+(?:by|an?|one|\d|half))|"
          r"\bun-?skip\b|\bdon'?t skip\b|\bback on\b",
    "de": r"\bdoch wieder\b|\bwieder an\b|\bwieder rein\b|\bwieder einschalt",
    "fr": r"\bremet\w*[- ]l[ea]\b|\bremet\w* (?:\w+ )?pour\b|\brétabli\w*|\bremets-les\b",
    "es": r"\bcomo estaba\b|\bvuelve a ponerla\b|\bvuélvela a poner\b|\bdéjala como\b|"
          r"\breactiv\w*",
    "it": r"\brimett\w*|\brimetti\w*|\briattiv\w*|\bcome prima\b",
}
# the stretch runs to the end of this week
_REST_OF_WEEK = {
    "en": r"\b(?:the )?rest of (?:the|this) week\b|\ball week\b|\bfor (?:the|this) week\b",
    "de": r"\brest der woche\b|\bdie ganze woche\b|\bdiese woche\b",
    "fr": r"\breste de la semaine\b|\btoute la semaine\b|\bcette semaine\b",
    "es": r"\bresto de la semana\b|\btoda la semana\b|\besta semana\b",
    "it": r"\bresto della settimana\b|\btutta la settimana\b|\bquesta settimana\b",
}
# words before a day that say the alarm rings again then ("so it rings again on Friday")
_AGAIN = {
    "en": r"\b(?:again|back on|back|going again|need (?:\w+ ){0,4}from|resume\w*|"
          r"start(?:s|ing)? again)"
          r"(?:\s+(?:on|from|next|this))*\s*$",
    "de": r"\b(?:ab|wieder)(?:\s+(?:am|dem|nächsten|kommenden))*\s*$",
    "fr": r"\b(?:reprenne|reprend|reprends|à partir d[eu]|dès)(?:\s+(?:le|lundi|ce))*\s*$",
    "es": r"\b(?:vuelva a sonar|vuelva|vuelvo|desde|a partir del?)(?:\s+(?:el|a|la|pega|"
          r"pr[oó]xim[oa]))*\s*$",
    "it": r"\b(?:ricominci\w*|ripart\w*|riprend\w*|da|dal)(?:\s+(?:il|prossimo))*\s*$",
}
# the day after the stretch's end ("until Monday": back on Monday)
_UNTIL = {
    "en": r"(?:until|till|til|'til|up to|before)\s+(?:next\s+|this\s+)?$",
    "de": r"\bbis\s+(?:zum\s+|nächsten\s+|kommenden\s+)?$",
    "fr": r"\bjusqu'(?:à|au)\s+(?:lundi\s+)?$",
    "es": r"\bhasta\s+(?:el\s+)?$",
    "it": r"\bfino\s+a(?:l)?\s+$",
}
# said after the day: "Friday it's back on", "Donnerstag soll er ganz normal klingeln"
_AGAIN_AFTER = re.compile(r"\s*(?:it'?s|it is|is|'s)?\s*back\b|\s*(?:it |she )?(?:rings|goes off) "
                          r"again\b|\s*(?:brauche ich ihn wieder|soll er (?:\w+ ){0,3}klingeln|"
                          r"je reprends|il doit sonner|vuelvo|riparte)", re.I)
_INCLUSIVE = re.compile(r"^\W*(?:inclusive|inclus\w*|compreso|compresi|incluido|"
                        r"einschließlich|included)\b", re.I)
# a stretch said with its start: "from tomorrow until Friday" (both days off)
_FROM = re.compile(r"\b(?:from|von|du|de|dal|da)\s+$", re.I)
_TO_BETWEEN = re.compile(r"^\s*(?:,\s*)?(?:to|till|until|through|thru|bis|au|à|a|al|"
                         r"jusqu'à|hasta|fino a|-)\s+(?:(?:le|el|il)\s+)?$", re.I)
# a sentence saying the alarm rings on its days: "Mercredi et jeudi il doit sonner
# normalement", "Donnerstag soll er ganz normal klingeln", "I've got to be in on Thursday"
_RINGS = re.compile(r"\b(?:ring(?:s|ing)? (?:as )?normal(?:ly)?|go(?:es)? off (?:as )?normal(?:ly)?|"
                    r"(?:got|have|need) to be in\b|i still need (?:it|the \w+)|"
                    r"\bi'?m (?:going )?in (?:after all|then|that day|anyway)\b|needs? me in\b|"
                    r"(?:soll|muss) (?:er|der wecker) (?:\w+ ){0,3}klingeln|"
                    r"(?:il )?doit sonner|debe sonar|que suene normal|deve suonare|"
                    r"suon\w* normalmente)", re.I)
# the word of a span that names its day
_DAY_WORD = re.compile("|".join(
    [w for lang in WEEKDAYS for w in WEEKDAYS[lang]]
    + ["tomorrow", "today", "tonight", "next", "this", "morgen", "heute", "übermorgen",
       "demain", "aujourd'hui", "mañana", "hoy", "domani", "oggi", "dopodomani"]), re.I)
# the days said are the only ones: "Actually, only tomorrow", "nur Dienstag und Mittwoch"
_ONLY = re.compile(r"\b(?:only|just|nur|seulement|juste|solo|sólo|solamente|soltanto)\b", re.I)
# said besides a correction: the days are added, not put in place of the others
_ALSO = re.compile(r"\b(?:also|too|as well|auch|aussi|también|anche|pure)\b", re.I)
# "the next two rings", "just the once", "skip it once"
_COUNT = re.compile(r"\bnext (two|three|four|five|[2-5]) (?:\w+ )?(?:rings|times|mornings|"
                    r"days|alarms|wake-?ups)\b", re.I)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
# a correction: the days after it are the ones meant ("tomorrow... no, hang on, tomorrow
# and Wednesday", "Moment, die Fortbildung ist nur Dienstag und Mittwoch")
_CORRECTION = re.compile(r"\b(?:no,? (?:hang on|wait|sorry)|hang on|sorry,? make that|make that|"
                         r"actually|moment|enfin non|ah pardon|anzi|no,? espera|"
                         r"mejor dicho)\b", re.I)


def _re(table: dict[str, str], language: str) -> re.Pattern[str]:
    return _COMPILED.setdefault((id(table), language),
                                re.compile(table.get(language, table["en"]), re.I))


_COMPILED: dict[tuple[int, str], re.Pattern[str]] = {}


def asked(text: str, language: str) -> bool:
    """Whether ``text`` asks for alarms to stay silent on some days (not for good)."""
    said = text.replace("’", "'")
    cue = _re(_SKIP, language).search(said)
    if cue is None or not _re(_ALARM, language).search(said):
        return False
    lo = max(said.rfind(c, 0, cue.start()) for c in ",.;!?") + 1
    his = [i for i in (said.find(c, cue.end()) for c in ",.;!?") if i >= 0]
    clause = said[lo:min(his or [len(said)])]
    if _re(_FOR_GOOD, language).search(clause):
        return False  # (the clause of the cue: "…, den um 7:15 brauch ich nicht mehr")
    if _OTHER_THINGS.search(clause):
        return False  # "pause the 5 minute timer"
    sentences = re.split(r"(?<=[.!?])\s+", said)
    if any(_OTHER_THINGS.search(x) and not _re(_SKIP, language).search(x) for x in sentences):
        return False  # another request of its own in another sentence: each is read alone
    return not _question(said)


# a day that limits a removal to it: "kill tomorrow's alarms", "cancel the 6:30 on Tuesday"
_ONE_DAY_EN = re.compile(r"\b(?:tomorrow|today|tonight)(?:'s)?\b|\b(?:on|for) (?:this )?"
                         r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
                         r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day's\b", re.I)


def limited(text: str, language: str) -> bool:
    """Whether a removal ``text`` is limited to a day ("knock off tomorrow's early
    alarm"): of a repeating alarm, only that day's ring goes (English)."""
    said = text.replace("’", "'")
    return language == "en" and bool(_ONE_DAY_EN.search(said)) and not _re(
        _FOR_GOOD, language).search(said) and not _question(said)


# being away or off: "I'm off tomorrow", "bin morgen krankgeschrieben", "je pars à la
# montagne demain jusqu'à dimanche", "estoy con licencia martes y miércoles", "martedì e
# mercoledì sono in ferie"
_AWAY = {
    "en": r"\b(?:day off|days off|week off|off (?:sick|work)|off (?:tomorrow|on|till|until|"
          r"for)|(?:i'?m|i am|i'?ll be|i will be|we'?re|we are) (?:\w+ ){0,2}(?:off|away|"
          r"sick|ill|on (?:leave|holiday|vacation|a course)|working from home|wfh)|on (?:annual )?"
          r"leave|on holiday|signed me off|booked (?:\w+ ){0,2}off|bank holiday|"
          r"not (?:working|going in|in)\b)",
    "de": r"\b(?:frei(?:genommen)?|urlaub|krank\w*|fahr\w* (?:\w+ ){0,4}(?:zu|nach)|"
          r"verreis\w*|feiertag|home ?office|fortbildung)\b",
    "fr": r"\b(?:congé|malade|repos|vacances|je pars|télétravail|férié|formation|"
          r"j'ai posé|ma journée)\b",
    "es": r"\b(?:libre|licencia|de baja|vacaciones|no curro|no laburo|no trabajo|me voy|"
          r"festivo|me tomo el día)\b",
    "it": r"\b(?:ferie|riposo|festa|permesso|malattia|me ne vado|mi ne vaiu|sto male|"
          r"lavoro da casa)\b",
}
# a request or a thing of one's named: not a statement alone
_REQUEST = {
    "en": r"\b(?:alarms?|remind\w*|reminders?|calendar|meeting|appointment|timers?|list|"
          r"cancel|delete|remove|move|set|add|put|skip|book|please|can you|could you|what|"
          r"when|which|is there|do i|have i|write|send|e-?mail|text|message|call|tell)\b|\?",
    "de": r"\b(?:wecker|erinner\w*|termin\w*|kalender|besprechung|timer|liste|lösch\w*|"
          r"schieb\w*|trag\w*|stell\w*|setz\w*|sag\w*|bitte|kannst|könnten|was|wann|"
          r"entfern\w*|verschieb\w*|streich\w*|leg\w*|nimm|mach\w*|schreib\w*|schick\w*|"
          r"send\w*|e-?mail|nachricht|ruf\w*)\b|\?",
    "fr": r"\b(?:réveils?|cadran|rappels?|agenda|réunion|rendez-vous|minuteur|liste|annule\w*|"
          r"supprime\w*|décale\w*|mets|ajoute\w*|qu'est-ce|quand|pouvez|peux|efface\w*|"
          r"enlève\w*|retire\w*|déplace\w*|change\w*|souper|dîner|écri\w*|envoie\w*|"
          r"e-?mail|courriel|message|appelle\w*)\b|\?",
    "es": r"\b(?:alarmas?|recordatorios?|recuérda\w*|calendario|reunión|cita|temporizador\w*|"
          r"lista|cancela\w*|borra\w*|mueve\w*|pon\w*|qué|cuándo|puedes|quita\w*|"
          r"elimina\w*|cambia\w*|agrega\w*|añade\w*|cena|escrib\w*|envía\w*|manda\w*|"
          r"correo|mensaje|llama\w*)\b|\?",
    "it": r"\b(?:sveglie|sveglia|promemoria|calendario|agenda|riunione|appuntamento|timer|"
          r"lista|cancella\w*|sposta\w*|metti|aggiungi|ricorda\w*|cosa|quando|puoi|togli\w*|"
          r"elimina\w*|rimuovi\w*|cambia\w*|cena|scrivi\w*|manda\w*|invia\w*|e-?mail|"
          r"messaggio|chiama\w*)\b|\?",
}


# a repeating alarm changed for one day only: "just for tomorrow, make my weekday alarm
# 7:45", "instead of the usual weekday alarm, wake me at quarter to eight tomorrow"
_ONE_DAY = {
    "en": r"\b(?:just|only) (?:for )?(?:tomorrow|today|on \w+day|\w+day|this (?:once|time)|"
          r"(?:that|this|the one) day)\b|\bfor (?:tomorrow|\w+day) only\b|"
          r"\binstead of (?:the|my) usual\b|\bjust (?:the|this) once\b|\bthat day's alarm\b",
    "de": r"\bnur (?:für )?(?:morgen|heute|am \w+tag|\w+tag)\b|\bausnahmsweise\b|"
          r"\bnur (?:dieses )?(?:eine )?mal\b|\bstatt (?:des|dem) üblichen\b",
    "fr": r"\b(?:juste|seulement|uniquement) (?:pour )?(?:demain|ce jour-là|\w+di)\b|"
          r"\bpour demain seulement\b|\bexceptionnellement\b|\bpour une fois\b|"
          r"\bau lieu du (?:réveil )?habituel\b",
    "es": r"\bsolo (?:para |por )?(?:mañana|el \w+|esta vez|ese día)\b|\bpor esta vez\b|"
          r"\bexcepcionalmente\b|\ben vez de la (?:alarma )?de siempre\b",
    "it": r"\bsolo (?:per )?(?:domani|\w+dì|questa volta|quel giorno)\b|\bper una volta\b|"
          r"\beccezionalmente\b|\binvece della (?:sveglia )?solita\b",
}


def one_day(text: str, language: str) -> bool:
    """Whether ``text`` changes an alarm for one day only (not a day off, not a question)."""
    said = text.replace("’", "'")
    return bool(_re(_ONE_DAY, language).search(said)) and not asked(said, language) and not (
        _question(said))


_REMOVES_EN = re.compile(r"\b(?:delete|remove|cancel|get rid|bin|kill|knock off|scrap|"
                         r"get shot|turn (?:\w+ )?off|switch (?:\w+ )?off)\b", re.I)


def removes(text: str, language: str) -> bool:
    """Whether ``text`` says a verb of removing ("…, enlève celui de sept heures")."""
    if language == "en":
        return bool(_REMOVES_EN.search(text))
    from hark.nlu.stored_requests import REMOVE

    # ("setz den Wecker … aus" skips: "aus" alone is no removal here)
    words = REMOVE[language].replace("|aus|", "|") if language == "de" else REMOVE[language]
    return re.search(rf"\b(?:{words})\b", text, re.I) is not None


def stated(text: str, language: str, now: datetime | None = None) -> bool:
    """Whether ``text`` only says one is away or off on some days ("I'm off tomorrow",
    "ich fahr morgen zu meinen Eltern und bleib bis Sonntag"): no request in it."""
    said = text.replace("’", "'")
    if not _re(_AWAY, language).search(said) or _re(_REQUEST, language).search(said) or asked(
            said, language):
        return False
    return any(isinstance(s.value, dict) and s.value.get("kind") in ("date", "date_range")
               for s in find_time_spans(said, now or datetime.now(UTC), language))


def asked_alone(text: str, language: str) -> str | None:
    """The sentences of ``text`` that ask for days off, when other sentences ask something
    else ("… kannst du auch löschen. ach ja, und der wecker … soll morgen still bleiben"),
    with any statement before them; None without such a sentence."""
    sentences = re.split(r"(?<=[.!?])\s+", text.replace("’", "'"))
    if len(sentences) < 2 or not any(asked(x, language) for x in sentences):
        return None
    return " ".join(x for x in sentences if asked(x, language) or not _re(
        _REQUEST, language).search(x))


def back(text: str, language: str) -> bool:
    """Whether ``text`` asks for skipped days to ring again ("put tomorrow's alarm back on")."""
    said = text.replace("’", "'")
    return bool(_re(_BACK, language).search(said)) and not _question(said)


# words saying a thing goes on from a day ("I'll still need it from Wednesday")
_FROM_ON = re.compile(r"\b(?:again|from|wieder|ab|reprend\w*|à partir|vuelv\w*|desde|"
                      r"ricominci\w*|ripart\w*|dal)\b", re.I)


def says_again(text: str) -> bool:
    """Whether ``text`` says a thing goes on again from a day."""
    return bool(_FROM_ON.search(text))


def corrected(text: str) -> bool:
    """Whether ``text`` corrects the days off said before it ("make that just Tuesday"),
    which then replace them (not when it adds: "anzi, … anche mercoledì")."""
    cut = list(_CORRECTION.finditer(text))
    return bool(cut) and not _ALSO.search(text[cut[-1].start():])


# things other than alarms
_OTHER_THINGS = re.compile(
    r"\b(?:remind\w*|reminders?|calendar|meeting|appointment|timers?|list|event|song|music|"
    r"erinnerung\w*|termin\w*|besprechung|kalender|liste|rappels?|réunion|rendez-vous|"
    r"minuteur|recordatorios?|reunión|cita|temporizador|promemoria|riunione|appuntamento)\b",
    re.I)


def names_other_things(text: str) -> bool:
    """Whether ``text`` names reminders, appointments, timers or lists."""
    return bool(_OTHER_THINGS.search(text))


def _question(said: str) -> bool:
    # (a tag asks nothing: "…, ja?", "…, right?", "…, vale?")
    last = re.sub(r"(?i)[,\s]+(?:ja|gell|ne|oder|right|ok(?:ay)?|yeah|eh|hein|d'accord|vale|"
                  r"sí|no|va bene|ok)\s*\?\s*$", ".", said.strip())
    last = re.split(r"(?<=[.!])\s+", last)[-1]
    last = last[last.rindex("¿") + 1:] if "¿" in last else last  # (the question itself)
    return last.endswith("?") and not re.match(
        r"(?i)\s*(?:can|could|would|will) you\b|kannst|könnt|können sie|pourriez|pouvez|"
        r"peux-tu|tu peux|puedes|podr|puoi|potrebbe|può|me hace", last)


@dataclass(frozen=True)
class DaysOff:
    """The local days said (None: none said), and how many rings when counted."""

    days: frozenset[date] | None
    rings: int = 1


def days(text: str, now: datetime, language: str) -> DaysOff:
    """The days ``text`` says the alarms are off (today counts from ``now``)."""
    said = text.replace("’", "'")
    cut = list(_CORRECTION.finditer(said))
    if cut:  # the days said after a correction, when it says any ("till Thursday. No,
        # sorry, till Friday": only the end said again)
        head, tail = said[:cut[-1].start()], said[cut[-1].end():]
        only = next((x for x in re.split(r"(?<=[.!?;])\s+", tail) if _ONLY.search(x)
                     and find_time_spans(x, now, language)), None)
        if only is not None:  # "Actually, only tomorrow. I've got the dentist on Wednesday"
            tail = only
        if find_time_spans(tail, now, language):
            ends_only = re.match(r"(?i)\W*(?:till|until|til|bis|jusqu|hasta|fino)\b", tail)
            said = (re.sub(r"(?i)\b(?:till|until|til|bis|jusqu'(?:à|au)|hasta|fino a)\s+\w+",
                           " ", head) + tail) if ends_only else tail
    today = now.date()
    count = _COUNT.search(said)
    found: set[date] = set()
    again: date | None = None  # the alarms ring again that day
    end: date | None = None  # the last day of a stretch ("till Sunday")
    spans = [_as_date(s) for s in find_time_spans(said, now, language)
             if isinstance(s.value, dict) and s.value.get("kind") in ("date", "date_range")
             or isinstance(s.value, dict) and s.value.get("kind") == "datetime"
             and not s.value.get("relative")]
    until = _re(_UNTIL, language)
    i = 0
    while i < len(spans):
        s = spans[i]
        v = s.value
        raw = str(s.raw)
        # (with the span's own leading words: "one from Wednesday" is no 1 o'clock)
        day_word = _DAY_WORD.search(raw)
        before = (said[:s.start] if s.start is not None else "") + (
            raw[:day_word.start()] if day_word else "")
        if v["kind"] == "date_range":  # (not "Reading week", "la settimana" alone)
            if _re(_AGAIN, language).search(before):  # "start again next week"
                first = date.fromisoformat(v["start"][:10])
                again = first if again is None else min(again, first)
            elif not _re(_REST_OF_WEEK, language).search(said) and not re.fullmatch(
                    r"(?i)(?:the |la |die |el )?(?:week|woche|semaine|semana|settimana)", raw):
                found |= _run(date.fromisoformat(v["start"][:10]), date.fromisoformat(v["end"][:10]))
            i += 1
            continue
        day = date.fromisoformat(v["date"][:10])
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        if (nxt is not None and nxt.value.get("kind") == "date" and s.end is not None
                and nxt.start is not None
                and (_TO_BETWEEN.match(said[s.end:nxt.start])
                     or re.match(r"\s*$", said[s.end:nxt.start]) and re.match(
                         r"(?i)(?:until|till|til|to|through|thru|bis|jusqu|au|hasta|al?|fino)\b",
                         str(nxt.raw))
                     and not re.search(r"(?i)\b(?:no|not|nicht)\b", said[s.end:nxt.start]))):
            # "Tuesday through Thursday", "from tomorrow until Friday inclusive"
            found |= _run(day, date.fromisoformat(nxt.value["date"][:10]))
            i += 2
            continue
        bound = v.get("bound") == "before" or until.search(before) or re.match(
            r"(?i)(?:until|till|til|bis|jusqu|hasta|fino)", raw)
        if bound:
            if day <= today:  # "till Monday" said on a Monday: next week's
                day += timedelta(days=7)
            after = said[s.end:] if s.end is not None else ""
            # "from tomorrow till Friday": Friday too; "till Monday": back on Monday
            started = _FROM.search(said[:s.start] if s.start else "") is not None or re.search(
                r"(?i)\b(?:from|von|du|dal|desde)\b", before) is not None and bool(found)
            last = day if _INCLUSIVE.match(after) or started else day - timedelta(days=1)
            end = last if end is None else max(end, last)
        elif (_re(_AGAIN, language).search(before) or _AGAIN_AFTER.match(
                said[s.end:] if s.end is not None else "")) and day > today:
            again = day if again is None else min(again, day)
        else:
            found.add(day)
        i += 1
    if _re(_REST_OF_WEEK, language).search(said):
        found |= _run(today, today + timedelta(days=6 - today.weekday()))
    found -= _ring_days(said, spans)
    if end is not None:  # "from tomorrow … till Sunday", "no alarms till Monday"
        found |= _run(min(found) if found else today, end)
    if again is not None:  # "… so it rings again on Friday": off until then
        found = {d for d in found if d < again} | _run(today, again - timedelta(days=1))
    if not found:
        return DaysOff(None, _NUMBERS[count.group(1).lower()] if count else 1)
    return DaysOff(frozenset(found))


def _ring_days(said: str, spans: list[Slot]) -> set[date]:
    """The days of the sentences that say the alarm rings then."""
    out: set[date] = set()
    for m in _RINGS.finditer(said):
        lo = max(said.rfind(c, 0, m.start()) for c in ",.!?;") + 1
        hi = min([i for i in (said.find(c, m.end()) for c in ",.!?;") if i >= 0] or [len(said)])
        out |= {date.fromisoformat(s.value["date"][:10]) for s in spans
                if s.value.get("kind") == "date" and s.start is not None and lo <= s.start < hi}
    return out


def _as_date(s: Slot) -> Slot:
    """A span with a day and a time or part of it ("tomorrow morning") as its day."""
    v = s.value
    if v.get("kind") != "datetime":
        return s
    local = datetime.fromisoformat(v["datetime"])
    return Slot(s.name, s.raw, {"kind": "date", "date": local.date().isoformat()}, s.start, s.end)


def _run(first: date, last: date) -> set[date]:
    return {first + timedelta(days=i) for i in range((last - first).days + 1)}

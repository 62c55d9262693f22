"""A change to the days an alarm or a reminder one has repeats on, five languages: "make
the swimming alarm go off every Saturday, not just this one", "take Friday off my weekday
alarm", "the six thirty one, make it ring saturdays and sundays too", "let the 6:30 ring
tomorrow one last time and then never again", "Bitte nur noch Montag bis Donnerstag",
"enlève le lundi et mets le samedi à la place", "quítale los martes … No, espera, los
martes y los jueves", "fallo ripetere ogni giovedì e ogni domenica".

:func:`find` tells such a request (the thing's kind, the days said and how: set, added,
taken off, or no repeat at all); :func:`new_days` works out the days the thing then
repeats on from those it repeats on now. A new alarm or reminder ("set an alarm every
Sunday", "erinner mich jeden Abend"), a question ("does my 6:30 go off on Saturday?") and
a day said for something else are not such requests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ALL = frozenset(range(7))
WORKDAYS = frozenset(range(5))
WEEKEND = frozenset({5, 6})

_DAY_NAMES = {
    0: r"mondays?|mon|montags?|lundis?|lunes|luned[iì]",
    1: r"tuesdays?|tues?|dienstags?|mardis?|martes|marted[iì]",
    2: r"wednesdays?|wed|mittwochs?|mercredis?|mi[eé]rcoles|mercoled[iì]",
    3: r"thursdays?|thurs?|donnerstags?|jeudis?|jueves|gioved[iì]",
    4: r"fridays?|fri|freitags?|vendredis?|viernes|venerd[iì]",
    5: r"saturdays?|sat|samstags?|sonnabends?|samschtig|samedis?|s[aá]bados?|sabat[oi]",
    6: r"sundays?|sun|sonntags?|sunntig|dimanches?|domingos?|domeniche|domenica",
}
_DAY = "|".join(f"(?P<d{d}>{w})" for d, w in _DAY_NAMES.items())
_ANY_DAY = "|".join(_DAY_NAMES.values())
_RANGE = re.compile(rf"\b(?:from\s+|von\s+|du\s+|de\s+|dal\s+)?(?P<a>{_ANY_DAY})\s+"
                    r"(?:to|till|through|thru|bis|au|à|a|al|fino al|-)\s+"
                    rf"(?:(?:le|el|il)\s+)?(?P<b>{_ANY_DAY})\b", re.I)
_ONE_DAY = re.compile(rf"\b(?:{_DAY})\b", re.I)
_GROUPS = (
    (re.compile(r"\b(?:every(?:\s+single)?\s+day(?:\s+o[f'’]?\s+the\s+week)?|each day|daily|"
                r"(?:jeden|alle)\s+tag|täglich|jeden abend|jeden morgen|tous les (?:jours|soirs|"
                r"matins)|chaque (?:jour|soir|matin)|todos los d[ií]as|cada d[ií]a|a diario|"
                r"todas las (?:noches|mañanas)|tutti i giorni|ogni giorno|ogni sera|"
                r"ogni mattina)\b", re.I), ALL),
    (re.compile(r"\b(?:week\s?days?|work\s?days?|werktags?|wochentags?|werktage|"
                r"unter der woche|en semaine|jours? de semaine|jours ouvrables|"
                r"d[ií]as (?:laborables|de semana|entre semana)|entre semana|"
                r"giorni (?:feriali|lavorativi)|feriali)\b", re.I), WORKDAYS),
    (re.compile(r"\b(?:week-?ends?|wochenenden?|fin(?:s)? de semaine|fines? de semana|"
                r"fine settimana|weekend)\b", re.I), WEEKEND),
)
# every week, on its own day: "not just this one", "jede Woche", "wöchentlich"
_WEEKLY = re.compile(r"\b(?:every week|each week|weekly|week after week|not just (?:this|the) "
                     r"(?:one|once|week)|jede woche|wöchentlich|toutes les semaines|"
                     r"à toutes les semaines|chaque semaine|cada semana|todas las semanas|"
                     r"ogni settimana|tutte le settimane|settimanale)\b", re.I)
# no repeat at all any more: "one last time and then never again"
_ONCE = re.compile(r"\b(?:never again|one last time|just (?:this )?once|only once|"
                   r"(?:make it|just) a one-?off|"
                   r"stop (?:it )?repeating|not repeat(?:ing)?|nie wieder|nur (?:noch )?einmal|"
                   r"ein letztes mal|une (?:seule|dernière) fois|plus jamais|"
                   r"una (?:sola|última) vez|nunca más|una volta sola|un'ultima volta|"
                   r"mai più|(?:juste|seulement) pour demain|(?:qu'il |ne )?sonne plus|"
                   r"plus pantoute|nur (?:noch )?für morgen|solo (?:para|por) mañana|"
                   r"solo per domani)\b", re.I)
_ADD = re.compile(r"\b(?:too(?!\s+(?:late|early|soon|much|many|long|short|busy|tight|close|"
                  r"near|far|full|tired|hectic|mad|mental|packed|(?:\w+ly)\b))|as well|also(?!\s+(?:muss|musst|soll|kann|brauch\w*|hab\w*|ist|"
                  r"bitte|mach\w*|nur|ich|wir|du|am|um|doch|dann|"
                  # German "so": "also stell die Erinnerung … auf Donnerstag"
                  r"stell\w*|verschieb\w*|schieb\w*|leg\w*|setz\w*|trag\w*|änder\w*|lösch\w*|"
                  r"streich\w*|nimm|gib|weck\w*|erinner\w*|pass|die|der|das|den))|add|plus|aussi|ajout\w*|en plus|à la place|auch|"
                  r"dazu|zusätzlich|también|además|añád\w*|añade|agreg\w*|anche|aggiung\w*|"
                  r"pure)\b", re.I)
_DROP = re.compile(r"\b(?:(?<!go )(?<!goes )(?<!going )(?<!gone )(?<!went )(?<!turn )(?<!switch )"
                   r"(?<!shut )(?<!turning )(?<!switching )(?<!one-)(?<!one )off|remove|drop|skip|stop|except|not on|no longer|without|"
                   r"take out|out of|scrap|ditch|no need|not needed|"
                   # "so it doesn't go off on Wednesdays any more"
                   r"(?:doesn't|does not|don't|do not|shouldn't|should not|won't|will not|"
                   r"not to|never)\s+(?:go off|ring|sound|wake me)|"
                   r"enlève|enlever|retire\w*|sauf|sans|pas le|quít\w*|quita\w*|sin|excepto|"
                   r"menos|salvo|nimm|streich\w*|ohne|außer|nicht mehr|frei|togli\w*|tranne|"
                   r"senza|eccetto)\b", re.I)
_ONLY = re.compile(r"\b(?:only|just|nur|seulement|uniquement|solo|sólo|solamente|soltanto)\b",
                   re.I)
# days said as every week's: "And Mondays too." (not "And Sunday as well.": another one)
_EVERY_WEEK = re.compile(r"\b(?:every|each|jeden|jede|tous les|toutes les|todos los|todas las|"
                         r"cada|ogni|tutti i|tutte le|(?:mon|tues|wednes|thurs|fri|satur|sun)days|"
                         r"\w+tags|lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches)\b")
# another thing named by its day: "y la del sábado también", "the Saturday one too"
_ANOTHER_ONE = re.compile(r"\b(?:la|el|lo|las|los|le|les|il|quella|quello|die|der|den|celle|celui|"
                          r"the)\s+(?:del|de|di|vom|von|d')\b|\bones?\b")
# "not" right before the days: "not every day", "nicht Dienstag", "pas le mardi"
_NOT = r"\b(?:not|nicht|pas|non)\s+(?:(?:le|el|il|den|am|the|on)\s+)?"
_NOT_DAY = re.compile(rf"{_NOT}$")
_NOT_A_DAY = re.compile(rf"{_NOT}(?:{_ANY_DAY})\b")
# a reason said after the request, after a comma
_REASON = re.compile(r",\s*(?:because|since|'?cause|as|weil|denn|da|parce que|car|puisque|que|"
                     r"porque|ya que|perché|poiché|che)\b")
# a sentence of news after the request: "Thursdays I'm off anyway.", "Jeudi et vendredi je
# suis en congé", "Donnerstag bin ich eh frei"
_NEWS_AFTER = re.compile(r"(?<=[.?!])\s+[^.?!]{0,40}?\b(?:i'?m|i am|we'?re|we are|je suis|"
                         r"j'suis|on est|nous sommes|ich bin|bin ich|sind wir|wir sind|estoy|"
                         r"estamos|sono|siamo)\b")
# days said to be enough: "Fridays'll do", "Thursday only is enough already"
_ENOUGH = re.compile(r"\s*(?:only\s+)?('ll do|will do|(?:is|are) enough|(?:is|are) fine|only\b)")
# "no, wait", "I mean", "nee, warte", "non, attends", "no, espera", "anzi"
_CORRECTION = re.compile(r"\b(?:no,? wait|no,? hang on|i mean|sorry|nee|nein,? warte|"
                         r"non,? attends|no,? espera|anzi|no,? aspetta)\b", re.I)

_ALARM = re.compile(r"\b(?:alarms?|alarmes?|wecker\w*|\w+-wecker|réveils?|cadrans?|alarmas?|"
                    r"despertador(?:es)?|sveglie|sveglia)\b", re.I)
_REMINDER = re.compile(r"\b(?:reminders?|erinnerung(?:en)?|rappels?|recordatorios?|"
                       r"promemoria)\b", re.I)
# "the six thirty one, make it ring …": an alarm by its time, its kind left unsaid
_RINGS = re.compile(r"\b(?:ring|go off|klingel\w*|bimmel\w*|sonne\w*|suen\w*|suon\w*)\b", re.I)
# a new one, not the one one has: "set an alarm every Sunday", "mach mir 'nen Wecker"
_NEW = re.compile(
    r"\b(?:(?:an?|another|new|extra|separate|second|one more|one)\s+(?:\w+\s+)?"
    r"(?:alarm|reminder)|remind me|wake me|get me up|set (?:an?|the)? ?alarm for|"
    r"(?:einen|'nen|nen|ein|eine|en|an|noch)\s+(?:\w+\s+)?(?:wecker|erinnerung)|erinner\w* mich|"
    r"weck mich|(?:un|une|autre)\s+(?:\w+\s+)?(?:réveil|cadran|rappel|alarme)|rappelle[- ]moi|"
    r"'na\s+sveglia|"
    r"réveille[- ]moi|(?:una|un|otr[oa])\s+(?:\w+\s+)?(?:alarma|despertador|recordatorio)|"
    r"recu[eé]rda\w*|despi[eé]rta\w*|(?:una|un|un'|altr[ao])\s*(?:\w+\s+)?"
    r"(?:sveglia|promemoria)|ricorda\w*|svegliami|"
    # another one: "noch so 'ne zweite", "un autre", "otro aparte", "fammene un altro"
    r"(?:need|want|set|put|make|create|add)\s+(?:me\s+)?(?:an?\s+)?(?:new\s+)?alarms?\b|"
    r"another|one more|a second one|an? one-?off|(?:so\s+)?(?:'ne|'nen|eine|einen|ne|nen)\s+(?:zweite|"
    r"weitere|andere)\w*|une? autre|otr[oa]|un altro|un'altra|fammene)\b", re.I)
# asking, not asking for a change: "does my 6:30 go off on Saturday?", "is the bins
# reminder weekly?", "il promemoria si ripete o è una volta sola?"
_ASKS = re.compile(r"^\W*(?:\w+,\s+)*(?:is|does|do|will|are|am i|which|what|when|how|have i|"
                   r"ist|klingelt|geht|läuft|welche\w*|wann|est-ce|sonne-t-il|y sonne|c'est|"
                   r"quel\w*|quand|es\b|se repite|suena|cu[aá]ndo|qu[eé]\b|si ripete|suona|"
                   r"è\b|quale|quando)", re.I)
# verbs of changing ("could you …" alone also asks)
_VERBS = (r"make|let|set|change|put|take|keep|switch|should|want|need|like|knock|drop|skip|"
          r"scrap|ditch|add|aggiung\w*|agreg\w*|añad\w*|"
          r"(?:have|get) (?:it|them)|mach\w*|lass\w*|stell\w*|nimm|setz\w*|soll\w*|bitte|fais|"
          r"faites|faire|mets|mettez|mettre|enlève|garde\w*|ajoute\w*|passe\w*|rends|haz\w*|pon\w*|"
          r"d[eé]ja\w*|quít\w*|cambi\w*|que suene|fa(?:llo|lla|lli)|metti\w*|rendi\w*|togli\w*|"
          r"aggiungi|lascia\w*|voudrais|quiero|vorrei|voglio")
_MODALS = r"could|can|would|kannst|könnt\w*|peux|pouvez|puedes|podr[ií]\w*|puoi|potresti"
_MODAL = re.compile(rf"\b(?:{_MODALS})\b")
# asking for a change: a verb of doing or wanting one, or a modal
_CHANGE = re.compile(rf"\b(?:{_VERBS}|{_MODALS}|turn|remove|stop|fammi|fai|fate|met|hazla)\b",
                     re.I)


_NAMES_KIND = re.compile(r"\s*(?:alarms?|ones?|reminders?)\b")
# a verb of changing (not "could you …" alone, which also asks)
_STRONG = re.compile(rf"\b(?:{_VERBS}|fammi|brauch\w*|besoin|necesito|ho bisogno)\b", re.I)
# "could the swimming alarm go every weekend?", "la puoi far suonare tutti i martedì?"
_MODAL_GO = re.compile(r"\b(?:could|can|would|will)\b.{0,40}\b(?:go|ring|sound|repeat)\b|"
                       r"\b(?:puoi|potresti|peux|pouvez|puedes|podrías|kannst|könntest)\b.{0,40}"
                       r"\b(?:suonare|sonner|sonar|klingeln|läuten|ripetere|répéter|repetir)\b",
                       re.I)
# the thing named as one the user has: "the/my/that … alarm", "den … Wecker", "le réveil",
# "la alarma", "il promemoria"
_THE_THING = re.compile(
    r"\b(?:the|my|that|this|your|den|die|der|dem|das|mein\w*|dies\w*|le|la|l'|les|mon|ma|"
    r"mes|ce|cette|el|al|los|las|mi|mis|ese|esa|este|esta|il|lo|i|gli|mio|mia|quell\w*|"
    r"quest\w*)\s*(?:[\w'.:-]+\s+){0,4}?(?:alarms?|alarmes?|wecker\w*|\w+-wecker|réveils?|"
    r"cadrans?|alarmas?|despertador\w*|sveglie|sveglia|reminders?|erinnerung\w*|rappels?|"
    r"recordatorios?|promemoria)\b", re.I)
# the thing itself removed
_REMOVES_THING = re.compile(
    r"\b(?:cancel|delete|remove|get rid of|bin|scrap|ditch|lösch\w*|entfern\w*|supprim\w*|"
    r"annul\w*|borr\w*|elimin\w*|cancell\w*)\s+(?:[\w:'.-]+\s+){0,4}?(?:alarms?|reminders?|wecker|"
    r"erinnerung|réveil|rappel|alarma|recordatorio|sveglia|promemoria|one)\b"
    r"|\b(?:switch|turn|shut)\s+(?:it|them|that)\s+off\b"
    # the thing right after a verb of taking off: "quítame la alarma de natación del sábado"
    # (not "quítale a la alarma el viernes": a day taken off it)
    r"|\b(?:quít\w*|quita\w*|togli\w*|lev[ai]\w*|enlève\w*|enleve\w*|retire\w*|nimm|"
    r"streich\w*)\s+(?:la|el|mi|le|l'|mon|ma|den|die|meinen|meine|il|lo)\s*(?:alarma|"
    r"despertador|recordatorio|réveil|rappel|alarme|wecker|erinnerung|sveglia|promemoria)\b", re.I)


@dataclass(frozen=True)
class Group:
    """Days said together, and how: "set" (these days), "add", "drop" or "weekly" (its
    own day every week)."""

    days: frozenset[int]
    op: str
    start: int


@dataclass(frozen=True)
class RepeatChange:
    """A change to the days ``kind`` ("alarm" or "reminder") repeats on; ``once``: no
    repeat any more. ``spans`` are where the days were said (to leave out when finding
    which thing is meant)."""

    kind: str
    groups: tuple[Group, ...]
    once: bool
    spans: tuple[tuple[int, int], ...]

    def words_naming(self, text: str) -> str:
        """``text`` without the days said, what names the thing."""
        out = text
        for a, b in sorted(self.spans, reverse=True):
            out = out[:a] + " " + out[b:]
        return _ONCE.sub(" ", _WEEKLY.sub(" ", out))


# a sentence that opens another request: "Und trag mir …", "And put …", "Et ajoute …"
_OTHER_REQUEST = re.compile(
    r"[.!?]\s+(?:(?:und|and|also|et|puis|y|e|poi|dann|then)\s+)?(?:trag\w*|setz\w*|stell\w*|"
    r"erinner\w*|put|add|book|remind|mets|ajoute|rappelle|pon|ponme|añade|apunta|recuérdame|"
    r"metti|aggiungi|ricordami|segna)\b", re.I)


def find(text: str, lang: str = "en", of: str | None = None) -> RepeatChange | None:
    """The repeat change ``text`` asks for, or None; ``of``: the kind of the thing just
    talked about, when ``text`` names none ("enlève le lundi et mets le samedi")."""
    low = text.lower().replace("’", "'")
    kind = _kind(low) or of
    added = of is not None and _kind(low) is None and _ADD.search(low) is not None \
        and _EVERY_WEEK.search(low) is not None and not _ANOTHER_ONE.search(low)
    if kind is None or _NEW.search(low) or not (_CHANGE.search(low) or added):
        return None
    if _ASKS.match(low) and not _MODAL.search(low):
        return None
    if not (_STRONG.search(low) or _MODAL_GO.search(low) or added):
        return None  # "could you read out my reminders for the weekend?" asks ("And
        # Mondays too." of the one talked about adds a day)
    if _kind(low) is not None and not _THE_THING.search(low) and not _RINGS.search(low):
        return None  # "Wecker bitte samstags und sonntags um neun Uhr": a new one
    if _REMOVES_THING.search(low):
        return None  # "cancel the alarm that goes off every weekday", "remove my Thursday
        # reminder", "switch it off permanently": the thing removed
    groups, spans = _groups(low)
    # days asked about, not for: "venerdì che sveglie mi suonano?"
    groups = [g for g in groups if not _asked_about(low, g.start)]
    other = next((m for m in _OTHER_REQUEST.finditer(low) if m.start() > (groups[0].start
                                                                         if groups else 0)), None)
    if other is not None:  # a sentence after it that asks something else: its days are
        # its own ("…, also soll der 6:30-Wecker mittwochs nicht mehr klingeln. Und trag mir
        # für Donnerstag um 18:30 den Lauftreff ein": not Thursday)
        groups = [g for g in groups if g.start < other.start()]
        spans = [sp for sp in spans if sp[0] < other.start()]
    once = bool(_ONCE.search(low))
    if not groups and not once:
        return None
    return RepeatChange(kind, tuple(groups), once and not any(g.op != "drop" for g in groups),
                        tuple(spans))


# talk of repeating: "is it weekly", "just for this week", "si ripete o è una volta sola"
_REPEAT_TALK = re.compile(r"\b(?:repeat\w*|recurring|just (?:for )?this (?:week|one|once)|"
                          r"one-?off|wiederhol\w*|einmal|einmalig|jede woche|répète|"
                          r"une (?:seule )?fois|juste ce|se repite|una (?:sola )?vez|nomás para|"
                          r"si ripete|una volta|ogni settimana)\b", re.I)


def asked(text: str, lang: str = "en") -> str | None:
    """The kind of thing ("alarm", "reminder") a question asks how it repeats of ("is
    the bins reminder weekly?", "ist die Erinnerung nur einmal drin?", "il sonne le samedi
    aussi ?"), or None."""
    low = text.lower().replace("’", "'")
    kind = _kind(low)
    if kind is None or "?" not in low or _NEW.search(low) or find(text, lang) is not None \
            or _MODAL.search(low) or _STRONG.search(low):  # ("tu peux le mettre un quart
        return None  # d'heure plus tôt, une fois ?" asks a change)
    if _REPEAT_TALK.search(low) or _WEEKLY.search(low) or _ONCE.search(low) or (
            _ONE_DAY.search(low) and _ADD.search(low)):
        return kind
    return None


# the article that makes a weekday every week's: "il lunedì", "la domenica", "le mardi",
# "les jeudis", "los martes"
_HABIT_ARTICLE = {"it": r"il|la|i|le", "fr": r"le|les", "es": r"los|las"}
_JOIN = r"(?:\s*,\s*|\s+(?:e|et|y|pis|und|and|sowie)\s+|\s*,\s*(?:e|et|y|pis|und)\s+)"
_LISTED = re.compile(rf"\b(?:{_ANY_DAY})(?:{_JOIN}(?:{_ANY_DAY})\b){{2,}}", re.I)
# "Samstag und Sonntag jeweils um acht": each of the days
_EACH = re.compile(rf"\b(?:{_ANY_DAY})(?:{_JOIN}(?:{_ANY_DAY})\b)+\s+jeweils\b", re.I)


def habitual(text: str, lang: str) -> frozenset[int] | None:
    """Weekdays said as every week's, two or more: with the article that says so in
    Italian, French and Spanish ("il lunedì, il mercoledì e il venerdì", "il sabato e la
    domenica", "les mardis pis les jeudis", "los martes y los sábados"), three or more
    listed ("lunes, miércoles y viernes"), or "jeweils" after them ("Samstag und Sonntag
    jeweils"): every week on those days."""
    found = habitual_said(text, lang)
    return found[0] if found else None


def habitual_said(text: str, lang: str) -> tuple[frozenset[int], str] | None:
    """:func:`habitual`'s days and the words that said them."""
    if lang not in ("it", "fr", "es", "de"):
        return None
    art = _HABIT_ARTICLE.get(lang)
    m = re.search(rf"\b(?:{art})\s+(?:{_ANY_DAY})(?:{_JOIN}(?:{art})\s+(?:{_ANY_DAY}))+\b",
                  text, re.I) if art else None
    m = m or _LISTED.search(text) or _EACH.search(text)
    if m is None:
        return None
    return frozenset(_day_of(w) for w in re.findall(rf"\b(?:{_ANY_DAY})\b", m.group(0), re.I)
                     ), m.group(0)


def weekly_days(text: str) -> frozenset[int]:
    """The weekdays ``text`` says as every week's ("Quita la alarma de las 6:30 los
    miércoles", "my weekday alarm shouldn't go off on Wednesdays any more"): of a removal,
    the days a repeating alarm no longer rings on."""
    low = text.lower().replace("’", "'")
    return frozenset(_day_of(m.group(0)) for m in _ONE_DAY.finditer(low)
                     if not _short_alone(m, low) and (
                         _every(low, m) or m.group(0) == "mittwochs"
                         or re.search(r"\b(?:le|il)\s+$", low[:m.start()])))


def day_names() -> list[str]:
    """The weekday names read, each a pattern, Monday first (five languages)."""
    return list(_DAY_NAMES.values())


def without_days(text: str) -> str:
    """``text`` without the days it names (what is left names the thing)."""
    low = text.lower().replace("’", "'")
    _, spans = _groups(low)
    return RepeatChange("", (), False, tuple(spans)).words_naming(text)


def new_days(change: RepeatChange, now_days: frozenset[int] | None, own_day: int
             ) -> frozenset[int] | None:
    """The days the thing repeats on after ``change`` (None: once), from the days it
    repeats on now (None: once, next on weekday ``own_day``)."""
    if change.once:
        return None
    base = now_days if now_days is not None else frozenset({own_day})
    said = [g for g in change.groups if g.op == "set"]
    days = frozenset().union(*(g.days for g in said)) if said else base
    for g in change.groups:
        if g.op == "weekly":
            days = days if said else days | frozenset({own_day})
        elif g.op == "add":
            days = days | g.days
    for g in change.groups:
        if g.op == "drop":
            days = days - g.days
    return days or None


def _kind(low: str) -> str | None:
    if _REMINDER.search(low):
        return "reminder"
    if _ALARM.search(low):
        return "alarm"
    if _RINGS.search(low) and re.search(r"\b(?:one|it|him|her)\b", low):
        return "alarm"
    return None


# a clause, up to a comma not before "so" ("…, so take Friday off"; "…, also soll der
# Wecker …")
_CLAUSE = re.compile(r"(?:[^.;!?,]|,(?!\s*(?:so|also|donc|alors|así que|entonces|quindi|"
                     r"allora)\b))+")


def _groups(low: str) -> tuple[list[Group], list[tuple[int, int]]]:
    """The days said, each group with its operation, in the order said."""
    found: list[tuple[int, int, frozenset[int], str]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for m in _WEEKLY.finditer(low):
        found.append((m.start(), m.end(), frozenset(), "weekly"))
        taken.append(m.span())
    for pattern, days in _GROUPS:
        for m in pattern.finditer(low):
            if free(*m.span()) and not _NAMES_KIND.match(low, m.end()) and not _names_thing(
                    low, m.start()) and not _THIS.search(low, 0, m.start()):  # ("my weekday
                # alarm", "la alarma de entre semana" name the alarm; "this weekend" is no
                # repeat)
                found.append((m.start(), m.end(), days, ""))
                taken.append(m.span())
    for m in _RANGE.finditer(low):
        if free(*m.span()) and not _names_thing(low, m.start()) \
                and not _NAMES_KIND.match(low, m.end()):  # ("my Monday to Friday alarm")
            a, b = _day_of(m["a"]), _day_of(m["b"])
            days = frozenset(range(a, b + 1)) if a <= b else frozenset(
                [*range(a, 7), *range(0, b + 1)])
            # ("de lunes a viernes": three days or more are a week's, not a move)
            found.append((m.start(), m.end(), days,
                          "" if _every(low, m) or len(days) >= 3 else "plain"))
            taken.append(m.span())
    for m in _ONE_DAY.finditer(low):
        if free(*m.span()) and not _short_alone(m, low) and not _names_thing(low, m.start()) \
                and not _NAMES_KIND.match(low, m.end()):  # ("my Thursday reminder")
            d = next(int(k[1]) for k, v in m.groupdict().items() if v)
            found.append((m.start(), m.end(), frozenset({d}), "" if _every(low, m) else "plain"))
            taken.append(m.span())
    # days said before the request, as a reason ("I work from home on Fridays now.",
    # "Fridays I do the late school run now, so take Friday off …"), are not the days
    # asked for
    first = next((m.start() for m in re.finditer(_CLAUSE, low)
                  if _kind(m.group(0)) or _CHANGE.search(m.group(0))
                  or _NOT_A_DAY.search(m.group(0))), 0)
    found = sorted(f for f in found if f[0] >= first)
    # days said after the request, in its reason ("quítale el viernes, que los viernes ahora
    # teletrabajo"), are not asked for either
    if found:
        reason = _REASON.search(low, found[0][1])
        if reason is not None:  # (to the end of its sentence: "… que teletrabajo. No,
            # espera, los martes y los jueves" asks again)
            end = _bounds(low, reason.start())[1]
            found = [f for f in found if not reason.start() <= f[0] < end]
        # nor in a sentence of news after it: "… tu sais le mettre seulement lundi, mardi et
        # mercredi ? Jeudi et vendredi je suis en congé avec la belle-famille."
        for m in _NEWS_AFTER.finditer(low, found[0][1] if found else 0):
            start, end = _bounds(low, m.end())
            if not _CHANGE.search(low[start:end]) and not _CORRECTION.search(low[start:end]):
                found = [f for f in found if not start <= f[0] < end]
    runs: list[list[tuple[int, int, frozenset[int], str]]] = []
    for item in found:  # "every Thursday and every Sunday", "saturdays and sundays too"
        if runs and item[3] != "weekly" and runs[-1][-1][3] != "weekly" \
                and _joined(low[runs[-1][-1][1]:item[0]]):
            runs[-1].append(item)
        else:
            runs.append([item])
    groups: list[Group] = []
    repeating = _REPEAT_CUE.search(low) is not None
    negated = False
    for run in runs:
        a, b = run[0][0], run[-1][1]
        days = frozenset().union(*(item[2] for item in run))
        said_op = None if run[0][3] == "weekly" else _op_at(low, a, b)
        if run[0][3] != "weekly" and said_op in (None, "set") and _NOT_DAY.search(low, 0, a):
            # "… every day. Well, no, hang on, not every day": the days said before taken
            # back; "every day, not Saturday", "nicht Dienstag … auf den Montag": a day
            # taken off (and the days said after it put instead)
            if groups and groups[-1].days == days and groups[-1].op == "set":
                groups.pop()
            else:
                groups.append(Group(days, "drop", a))
                negated = True
            continue
        if all(item[3] == "plain" for item in run) and not repeating \
                and said_op not in ("add", "drop") and not negated:
            continue  # "move it to Wednesday, same time": a day, not a repeat
        op = "weekly" if run[0][3] == "weekly" else said_op or _unsaid_op(low, a, groups)
        if negated and op == "set" and said_op is None:
            op = "add"
        if groups and groups[-1].op == op and (
                _CORRECTION.search(low, groups[-1].start, a)  # "los martes … No, espera,
                # los martes y los jueves"
                or (op == "set" and said_op is None and _another_sentence(low, groups[-1], a)
                    and not _CHANGE.search(_sentence(low, a)))):  # "… tous les jours de la
            groups.pop()  # semaine ? Du lundi au vendredi, quoi."
        groups.append(Group(days, op, a))
    return groups, [(a, b) for a, b, _, _ in found]


def _bounds(low: str, a: int, b: int | None = None) -> tuple[int, int]:
    """Where the sentence holding ``low[a:b]`` starts and ends (before its mark)."""
    start = max(low.rfind(c, 0, a) for c in ".;!?") + 1
    ends = [i for i in (low.find(c, a if b is None else b) for c in ".;!?") if i >= 0]
    return start, min(ends) if ends else len(low)


def _asked_about(low: str, at: int) -> bool:
    """Whether the sentence holding ``at`` is a question that asks for nothing."""
    start, end = _bounds(low, at)
    return low[end:end + 1] == "?" and not _CHANGE.search(low[start:end])


def _sentence(low: str, at: int) -> str:
    start, end = _bounds(low, at)
    return low[start:end]


def _another_sentence(low: str, group: Group, at: int) -> bool:
    return any(c in low[group.start:at] for c in ".;!?")


def _unsaid_op(low: str, at: int, groups: list[Group]) -> str:
    """How days said without a word of adding or taking off are meant: "set" in a sentence
    asking for the change, else as the days before them ("… too. every day basically",
    "quítale los martes … No, espera, los martes y los jueves")."""
    if _CHANGE.search(_sentence(low, at)) or not groups or groups[-1].op == "weekly":
        return "set"
    return groups[-1].op


# a repeat said somewhere: then a weekday said alone is one of its days
_REPEAT_CUE = re.compile(
    r"\b(?:every|each|weekly|from now on|regularly|always|repeat\w*|recurring|only|"
    r"(?:make|keep|have) (?:it|them|that) just|"  # "make it just Monday, Tuesday and Wednesday"
    r"ab jetzt|ab sofort|von nun an|immer|jede[nrs]?|wöchentlich|nur|wiederhol\w*|"
    r"désormais|dorénavant|à partir de maintenant|toujours|tous|toutes|chaque|seulement|"
    r"uniquement|répét\w*|a partir de ahora|de ahora en adelante|siempre|cada|todos|todas|"
    r"sólo|solo|repit\w*|se repita|d'ora in poi|da ora in poi|sempre|ogni|tutti|tutte|"
    r"fiss[ao]|ripet\w*)\b", re.I)
# said before a day: every week on it ("every Friday", "los martes", "tous les samedis")
_EVERY_BEFORE = re.compile(r"(?:\b(?:every|each|jeden|jede|tous les|toutes les|todos los|"
                           r"todas las|cada|ogni|tutti i|tutte le|les|los|las|i)\s+)$", re.I)
_THIS = re.compile(r"\b(?:this|next|that|dieses|diese|diesen|nächste\w*|ce|cette|"
                   r"prochain\w*|este|esta|próxim\w*|questo|questa|prossim\w*)\s+$", re.I)
# the thing's own name before the days: "la alarma de entre semana", "Wecker unter der
# Woche", "l'alarme du lundi au vendredi"
_KIND_BEFORE = re.compile(r"\b(?:alarms?|alarmas?|alarmes?|réveils?|cadrans?|wecker\w*|"
                          r"sveglia|sveglie|despertador|reminders?|recordatorios?|rappels?|"
                          r"erinnerung\w*|promemoria)\s+(?:(?:de|del|des|du|für|von|dei|"
                          r"delle|del|for|of|unter)\s+)?(?:(?:la|les|los|las|le|el|der|die|"
                          r"den|il)\s+)?$", re.I)


def _every(low: str, m: re.Match[str]) -> bool:
    """Whether the day at ``m`` is said as every week's: plural ("Fridays", "montags",
    "samedis", "sábados", "sabati") or after "every", "los", "tous les" …"""
    word = m.group(0).split()[0] if m.re is _ONE_DAY else m["a"]
    plural = re.search(r"(?:days|tags|wochs|dis|ches|ados|ingos|ati|eniche)$", word) is not None
    return plural or _EVERY_BEFORE.search(low, 0, m.start()) is not None


def _names_thing(low: str, at: int) -> bool:
    kind = _KIND_BEFORE.search(low, 0, at)
    if kind is None:
        return False
    # "der 6:30-Wecker mittwochs gar nicht mehr klingeln": a German day adverb right after
    # the alarm says when, it does not name it
    return not (_ADVERB_DAY.match(low, at) and re.fullmatch(r"\S+\s+", kind.group(0)))


_ADVERB_DAY = re.compile(r"(?:montags|dienstags|mittwochs|donnerstags|freitags|samstags|"
                         r"sonntags)\b")


def _short_alone(m: re.Match[str], low: str) -> bool:
    """"mon", "sun", "sat" … said as other words ("sat down", "the sun")."""
    word = m.group(0)
    return word in ("mon", "sun", "sat", "wed", "fri", "tue", "thu", "thur", "thurs", "tues") \
        and not re.search(r"\b(?:every|on|and|n)\s*$", low[:m.start()])


def _day_of(word: str) -> int:
    return next(d for d, w in _DAY_NAMES.items() if re.fullmatch(w, word, re.I))


def _joined(between: str) -> bool:
    """Whether only "and", commas, articles and "every" lie ``between`` two days."""
    return re.fullmatch(r"[\s,]*(?:(?:and|und|et|y|e|also|both|every|each|jeden|ogni|cada|"
                        r"tous les|les|los|las|el|la|il|le|i|am|on)[\s,]*)*", between) is not None


def _op_at(low: str, a: int, b: int) -> str | None:
    """How the days at ``low[a:b]`` are said: a word of adding or taking off in their
    clause (nearest first), "set" after "only", else None."""
    start, end = _bounds(low, a, b)
    before, after = low[start:a], low[b:end]
    after = re.split(r"\b(?:and|but|und|aber|et|mais|y|pero|e|ma)\b|,", after, maxsplit=1)[0]
    before = re.split(r"\b(?:and|but|und|aber|et|mais|y|pero|e|ma)\b|,", before)[-1]
    cues = [(len(before) - m.end(), "drop") for m in _DROP.finditer(before)] + \
        [(len(before) - m.end(), "add") for m in _ADD.finditer(before)] + \
        [(m.start(), "drop") for m in _DROP.finditer(after)] + \
        [(m.start(), "add") for m in _ADD.finditer(after)]
    if _ONLY.search(before):
        cues.append((len(before) - _ONLY.search(before).end(), "set"))  # type: ignore[union-attr]
    enough = _ENOUGH.match(after)
    if enough:  # "Fridays'll do", "Thursday only is enough"
        cues.append((enough.start(1), "set"))
    return min(cues)[1] if cues else None

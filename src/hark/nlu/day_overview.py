"""A day's things asked for across kinds, in five languages: "What's happening on
Saturday? Anything set at all?", "Anything on Thursday evening I should know about?",
"For Wednesday, tell me everything I have — alarms, reminders, appointments", "Am Freitag,
wos steht do bei mir ois o?", "j'ai quoi ce week-end ? genre réveils, rappels, agenda",
"¿tengo algo el jueves? Citas, recordatorios, lo que sea", "sabato mattina che tengo?".

Such a question names no kind of thing (or asks for everything), or names two or more of
alarms, reminders and appointments, and says a day or a part of one. The model read these
as the calendar alone ("Your calendar is clear on Saturday", with a swimming alarm and a
reminder that morning), as one kind, or not at all. :func:`asks` tells them; the days are
found by the caller (:func:`hark.nlu.time_spans.find_time_spans`); :func:`kinds` says which
kinds to read.
"""

from __future__ import annotations

from datetime import datetime

from hark.nlu import stored_requests
from hark.text.clean import find_words
from hark.text.list_entry import ADDING

KINDS = ("alarm", "reminder", "event")

_KIND_WORDS = {
    "en": {"alarm": r"alarms?|wake-?up calls?",
           "reminder": r"reminders?|remind(?:ed)? me|to remind|be reminded",
           "event": r"calendar|diary|events?|appointments?|meetings?|schedule"},
    "de": {"alarm": r"weckern?|alarme?|weckzeiten", "reminder": r"erinnerung\w*",
           "event": r"\w*termine?|kalender|besprechung\w*|verabredung\w*"},
    "fr": {"alarm": r"réveils?|reveils?|cadrans?|alarmes?", "reminder": r"rappels?",
           "event": r"agenda|rendez-vous|rdv|réunions?|événements?|evenements?|calendrier"},
    "es": {"alarm": r"alarmas?|despertador\w*", "reminder": r"recordatorios?",
           "event": r"citas?|agenda|calendario|eventos?|reuniones?"},
    "it": {"alarm": r"sveglie|sveglia", "reminder": r"promemoria",
           "event": r"calendario|agenda|appuntament\w*|impegni|riunion\w*|eventi"},
}
# everything, said: "the whole lot", "alles", "ois", "tout le bazar", "lo que sea", "tutto"
# (a kind named as included: "reminders included", "rappels compris", "recordatorios
# incluidos": everything, that kind too)
_ALL = {"en": r"everything|the whole lot|all of it|the lot|whatever(?: is| there is|'s)? there|"
              r"\w+ included|including \w+",
        "de": r"alles|ois|ollas|olles|\w+ inklusive|inklusive \w+|einschließlich \w+",
        "fr": r"tout|tout le bazar|tout ça|\w+ compris|y compris|\w+ inclus",
        "es": r"todo|lo que sea|lo que haya|\w+ incluidos?|incluidos? \w+",
        "it": r"tutto|tutto quanto|qualsiasi cosa|\w+ compresi|\w+ inclusi|compresi \w+"}
# asking what there is, with no kind said
_GENERAL = {
    "en": r"what(?:'ve| have| has)? (?:i|we) got|what do (?:i|we) have|what have (?:i|we)|"
          r"what(?: else)?(?:'s| is) (?:on|happening|planned|going on|coming up|lined up|"
          r"in store)|what else (?:have|do|'ve) (?:i|we)|"
          r"(?:anything|something|much)(?: else)? (?:on|planned|happening|set|booked|scheduled|"
          r"lined up)|"
          r"(?:have i|do i have|i have|got) (?:got )?(?:anything|much)|awaits me|"
          r"what all|lay it (?:all )?out|everything (?:i have|i've got|that's on)|"
          r"how does \w+ look|what does \w+ look like|my day",
    "de": r"was (?:hab|habe|hast|haben|hab ich|steht|stehen|ist los|gibt'?s|gibt es|läuft|"
          r"ich habe|ist geplant)|wos (?:hob|hab|steht|is)|(?:hab|habe|hob) i(?:ch)? "
          r"(?:\w+ )?(?:was|etwas|irgendwas|wos)|steht (?:da |do )?(?:was|etwas|wos)",
    "fr": r"j'ai quoi|qu'est-ce que j'ai|qu'est-ce qu'il y a|qu'est-ce qui (?:m'attend|est prévu)|"
          r"qu'ai-je|(?:ai-je|j'ai|aurais-je|est-ce que j'ai) (?:quelque chose|qqch|un truc|"
          r"des trucs|rien)|de prévu|mon programme|c'est quoi le programme",
    "es": r"qu[ée] tengo|tengo algo|hay algo|qu[ée] hay|qu[ée] me espera|algo (?:planeado|"
          r"pendiente)|qu[ée] tengo planeado|qu[ée] me queda",
    "it": r"che (?:cosa )?(?:ho|tengo|c'ho)|cosa (?:ho|c'ho|tengo|c'è)|icché c'ho|cos'ho|"
          r"ho qualcosa|c'è qualcosa|che c'è|che impegni",
}
# whether there is an appointment, asked: "Aurais-je un rendez-vous …?", "Hab ich am
# Mittwoch einen Termin?", "¿Tengo alguna cita el jueves?", "Ho qualche appuntamento …?"
_HAVE_I = {"de": r"(?:hab|habe|hob) i(?:ch)? (?:\w+ ){0,3}?(?:einen|irgendeinen|irgendwelche|"
                 r"termine?)",
           "fr": r"(?:ai-je|aurais-je|est-ce que j'ai|est-ce que j'aurais|j'ai) "
                 r"(?:\w+ ){0,3}?(?:un|une|des)",
           "es": r"(?:tengo|tendré|hay) (?:\w+ ){0,3}?(?:alg[uú]n|alguna|algunas|algunos|una|"
                 r"un|citas|reuniones)",
           "it": r"(?:ho|avrò|c'è|ci sono) (?:\w+ ){0,3}?(?:qualche|un|una|degli|delle|"
                 r"impegni|appuntamenti)"}
# other things asked of a day: the weather, television, a meal
_OTHER = {"en": r"weather|rain\w*|snow\w*|sunny|temperature|forecast|tv|telly|television|"
                r"news|radio|films?|movies?|cinema|traffic|for (?:dinner|lunch|breakfast|tea)|"
                r"timers?|lists?|holiday|time is it|date|free|busy|to do (?:in|around|near)|"
                r"concerts?|gigs?|restaurants?",
          "de": r"wetter|regen|schnee|fernsehen|tv|nachrichten|kino|timer|liste\w*|frei|"
                r"konzert\w*|zu tun in",
          "fr": r"météo|meteo|pluie|neige|télé|tv|infos|cinéma|minuteurs?|listes?|libre|"
                r"concerts?|comme \w+ à|à faire (?:à|dans|près)",
          "es": r"tiempo|clima|lluvia|nieve|tele|tv|noticias|cine|temporizador\w*|listas?|"
                r"libre|conciertos?|tengo que|que hacer en",
          "it": r"meteo|tempo|pioggia|neve|tv|televisione|notizie|cinema|timer|liste?|libero|"
                r"concerti|da fare|in zona"}
# doing, not asking: "delete everything on Saturday", "move all of Friday's"
# (in de/fr/es/it: the words for removing, changing and adding of stored_requests)
_DOING_EN = (r"remove|delete|cancel|clear|move|change|add|put|shift|push|wake me|remind me to|"
             r"set (?:an?|the|my|me|up)|book|schedule (?:a|an|me)|create|make")


def _everything(text: str, lang: str) -> bool:
    """Whether ``text`` asks for everything ("the whole lot", "alles", "lo que sea")."""
    return find_words(_ALL.get(lang, _ALL["en"]), text.lower().replace("’", "'")) is not None


def named(text: str, lang: str) -> set[str]:
    """The kinds of ``KINDS`` named in ``text``."""
    words = _KIND_WORDS.get(lang, _KIND_WORDS["en"])
    low = text.lower().replace("’", "'")
    return {k for k, w in words.items() if find_words(w, low)}


def kinds(text: str, lang: str) -> tuple[str, ...]:
    """Which kinds to read for an overview question: all when everything is asked for or
    none is named, else those named."""
    said = named(text, lang)
    if _everything(text, lang) or not said:
        return KINDS
    return tuple(k for k in KINDS if k in said)


def every_alarm(text: str, lang: str) -> bool:
    """Whether every alarm is asked for (alarms named, or everything), not only those that
    say what they are for."""
    return "alarm" in named(text, lang) or _everything(text, lang)


def asks(text: str, lang: str) -> bool:
    """Whether ``text`` asks what the user has on some day across kinds (see the module).
    The day itself is not looked for here."""
    lang = lang if lang in _GENERAL else "en"
    low = " ".join(text.lower().replace("’", "'").split())
    if find_words(_OTHER[lang], low) or _doing(low, lang):
        return False
    said = named(low, lang)
    everything = _everything(low, lang)
    general = find_words(_GENERAL[lang], low) is not None
    if len(said) >= 2:
        return general or everything or "?" in low or low.startswith(("what", "which"))
    if said == {"event"} and lang in _HAVE_I and find_words(_HAVE_I[lang], low):
        return True  # "Aurais-je par hasard un rendez-vous mercredi après-midi ?"
    if said:  # one kind: the question is that kind's, unless everything is asked for
        return general and everything
    return general


def _doing(low: str, lang: str) -> bool:
    if lang == "en":
        return find_words(_DOING_EN, low) is not None
    return find_words(rf"{stored_requests.REMOVE[lang]}|{stored_requests.CHANGE[lang]}|"
                      rf"{ADDING[lang]}", low) is not None


def has_days(text: str, lang: str, now: datetime | None = None) -> bool:
    """Whether ``text`` says a day, a range of days or a part of a day."""
    from hark.nlu.time_spans import find_time_spans

    now = now or datetime.now().astimezone()
    return any(isinstance(s.value, dict) and (
        s.value.get("kind") in ("date", "date_range")
        or (s.value.get("kind") == "datetime" and s.value.get("end")))
        for s in find_time_spans(text, now, lang))

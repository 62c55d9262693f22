"""Questions about the user's alarms, reminders or appointments on some days, in German,
French, Spanish and Italian: "Erinnerungen ab Donnerstag?", "rappels avant jeudi",
"Recordatorios a partir del viernes", "promemoria dopo giovedì", "Tu peux me lire mes
rappels de demain et de jeudi ?", "Mi potrebbe elencare i promemoria da martedì a venerdì,
per favore?".

The model, taught mostly whole sentences, took several of these terse or polite ones for a
new reminder ("Okay, ich erinnere dich am Donnerstag: Erinnerungen ab."). A question is
read here when it names a kind of thing (in the plural, or a calendar) and a day, and
every other word is one of a small closed set: question and polite words, articles,
prepositions, "and"/"or", words of a range. Any other word (a verb that makes something,
a what-to-do) or a number (a time) leaves it to the rest of the NLU. The days themselves
are the slots the language's date finder gives (:func:`hark.nlu.time_spans`).
"""

from __future__ import annotations

import re

ALARMS = "alarm_query"
CALENDAR = "calendar_query"  # reminders and appointments alike (HWU64's taxonomy)

# the kinds of things, by the intent that answers for them
_KINDS: dict[str, dict[str, str]] = {
    "de": {**dict.fromkeys(("wecker", "alarme", "weckzeiten"), ALARMS),
           **dict.fromkeys(("erinnerungen", "erinnert", "termine", "kalender",
                            "terminkalender", "verabredungen", "pläne"), CALENDAR)},
    "fr": {**dict.fromkeys(("réveils", "reveils", "alarmes"), ALARMS),
           **dict.fromkeys(("rappels", "rendezvous", "rdv", "agenda", "calendrier",
                            "événements", "evenements", "planning"), CALENDAR)},
    "es": {**dict.fromkeys(("alarmas", "despertadores"), ALARMS),
           **dict.fromkeys(("recordatorios", "citas", "eventos", "agenda", "calendario",
                            "compromisos", "planes"), CALENDAR)},
    "it": {**dict.fromkeys(("sveglie",), ALARMS),
           **dict.fromkeys(("promemoria", "appuntamenti", "impegni", "eventi", "agenda",
                            "calendario"), CALENDAR)},
}
_DAYS: dict[str, frozenset[str]] = {
    "de": frozenset("montag dienstag mittwoch donnerstag freitag samstag sonntag heute "
                    "morgen übermorgen wochenende".split()),
    "fr": frozenset("lundi mardi mercredi jeudi vendredi samedi dimanche aujourd hui "
                    "demain".split()),
    "es": frozenset("lunes martes miércoles miercoles jueves viernes sábado sabado domingo "
                    "hoy mañana manana".split()),
    "it": frozenset("lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi "
                    "venerdì venerdi sabato domenica oggi domani".split()),
}
# every other word such a question may hold
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "de": frozenset(
        "welche welcher welches was für habe hab ich gibt es sind ist eingestellt gestellt "
        "klingelt klingeln läuft laufen ein eine einen meine meinen meiner mein die der den "
        "dem des am an im in für fuer von vom bis zum zur zwischen und oder ab nach vor "
        "bitte mir zeig zeige zeigen nenn nenne sag sage sagen lies lesen gib kannst du "
        "können könnten könntest sie würdest mal noch alle irgendwelche irgendwelchen steht "
        "stehen da drin dann also woran soll sollte werden wurde geplant anstehen "
        "nächsten nächste kommenden kommende diese dieser diesen woche auch schon "
        "eigentlich überhaupt wie sieht aus mit denn".split()),
    "fr": frozenset(
        "quels quelles quel quelle est sont ce que qu qui j ai je me m moi mes mon ma les le "
        "la l des de du d au aux à a et ou entre partir après apres avant jusqu pour tu "
        "peux pouvez vous pourriez pourrais lire dire donner montrer indiquer afficher "
        "rappeler s il te plaît plait en y prévu prévus prevus prévues sonner sonnent "
        "sonne programmé programmés dans mon j'ai est-ce ai-je t'il ya a-t-il t".split()),
    "es": frozenset(
        "qué que cuáles cuales cuál cual tengo tienes hay mis mi los las el la del al a y o "
        "e u entre partir después despues antes de desde hasta para por favor me dime "
        "muéstrame muestrame léeme leeme podrías podrias podría podria puedes puede usted "
        "decirme mostrarme leerme decir mostrar leer en sonar suena suenan programadas "
        "programados puestas puestos algún alguna algunas algunos pendientes tengo "
        "próximo proximo esta este semana también".split()),
    "it": frozenset(
        "che quali quale quanti quante ho hai ci sono c è e' i il lo la le gli mio miei mie "
        "mia di del della dei delle da dal dalla a al alla e o oppure tra fra dopo prima "
        "fino in poi per favore mi puoi potresti potrebbe può elencare elencami elenca "
        "dimmi mostrami leggimi dire mostrare leggere cosa suona suonano previsti previste "
        "impostate programmate anche questa settimana prossimo prossima".split()),
}
_WORD = re.compile(r"[^\W\d_]+")


def find(text: str, lang: str) -> str | None:
    """The intent of a question about alarms or reminders and appointments on some days,
    in German, French, Spanish or Italian, or None."""
    kinds = _KINDS.get(lang)
    if kinds is None or re.search(r"\d", text):
        return None
    words = _WORD.findall(text.lower().replace("’", "'").replace("rendez-vous", "rendezvous"))
    days, other = _DAYS[lang], _FUNCTION_WORDS[lang]
    asked = {kinds[w] for w in words if w in kinds}
    if len(asked) != 1 or not any(w in days for w in words):
        return None
    if any(w not in kinds and w not in days and w not in other for w in words):
        return None
    return asked.pop()

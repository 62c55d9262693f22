"""Words for the smart home in German, French, Spanish and Italian that both the NLU's
readers (:mod:`hark.nlu.home_requests`, :mod:`hark.nlu.status_questions`) and the
smart-home skill read: drinks, colours, the robot vacuum's commands, switching on and
off, and ordering."""

from __future__ import annotations

import re
from functools import cache

from hark.nlu.status_questions import devices_said
from hark.text.clean import find_words

# what the coffee machine makes (virtual or Home Assistant)
DRINKS = ("coffee", "espresso", "double espresso", "americano", "cappuccino", "latte",
          "flat white", "macchiato", "lungo", "hot water")

# the robot vacuum: what to do, by the words said (starting is the default)
VACUUM_ACTIONS = {
    "de": (("dock", r"zurück|ladestation|basis|station|aufladen|laden"),
           ("pause", r"pause|pausier\w*|unterbrech\w*|kurz|einen moment"),
           ("stop", r"stopp\w*|stop|halt\w*|aus\b|ab\b|ausschalten|abschalten|beende\w*|"
                    r"abbrechen|hör\w* auf")),
    "fr": (("dock", r"base|recharge\w*|rentre\w*|retourne\w*|renvoie\w*|station"),
           ("pause", r"pause|suspend\w*|un instant"),
           ("stop", r"arrête\w*|arrêter|stop\w*|éteins|éteindre")),
    "es": (("dock", r"base|carg\w*|vuelv\w*|volver|estación"),
           ("pause", r"pausa\w*|suspend\w*|un momento"),
           ("stop", r"para\b|parar|det[ée]n\w*|ap[aá]g\w*|stop")),
    "it": (("dock", r"base|ricaric\w*|torna\w*|stazione"),
           ("pause", r"pausa|sospend\w*|un attimo|un momento"),
           ("stop", r"ferma\w*|stop|spegni\w*|interromp\w*|stut\w*")),
}
# starting the robot vacuum (stopping, pausing and docking: VACUUM_ACTIONS)
START_CLEANING = {
    "de": r"starte\w*|start|saug\w*|putz\w*|los\w*|reinig\w*|an|anmachen|einschalten|lass\w*",
    "fr": r"lance\w*|démarre\w*|nettoie\w*|passe\w*|allume\w*|mets en route|aspire\w*|"
          r"fais|pars|partir",
    "es": r"enci[eé]nde\w*|pon\w*|arranca\w*|limpi\w*|pasa\w*|activa\w*|empie\w*|"
          r"inicia\w*|aspira\b|aspirar",
    "it": r"avvia\w*|accendi\w*|pulisci\w*|fai partire|metti in funzione|parti\w*|"
          r"attiva\w*|passa\w*|aspira\b",
}
# the cleaning itself stands for the robot vacuum ("suspendre le nettoyage")
CLEANING = {"de": r"reinigung|putzen|saugen|saug|sauge", "fr": r"nettoyage|ménage|aspire",
            "es": r"limpieza|aspira|aspirar", "it": r"pulizi[ae]|aspira"}


def vacuum_action(text: str, language: str) -> str:
    low = text.lower()
    for action, words in VACUUM_ACTIONS[language]:
        if re.search(rf"(?<!\w)(?:{words})", low):
            return action
    return "start"


def vacuum_command(text: str, language: str) -> str | None:
    """What ``text`` (the vacuum's own name left out: see ``status_questions.device_free``)
    asks the robot vacuum to do: "start", "stop", "pause", "dock", or None when it asks
    nothing ("… hat eine Socke gefressen")."""
    action = vacuum_action(text, language)
    if action == "start" and not find_words(START_CLEANING[language], text.lower()):
        return None
    return action


# drinks (DRINKS) as said, longest first when read
DRINK_WORDS = {
    "de": {"doppelter espresso": "double espresso", "doppelten espresso": "double espresso",
           "verlängerter": "americano", "verlängerten": "americano",
           "milchkaffee": "latte", "latte macchiato": "latte", "caffè latte": "latte",
           "heißes wasser": "hot water", "heisses wasser": "hot water", "kaffee": "coffee"},
    "fr": {"double espresso": "double espresso", "double expresso": "double espresso",
           "expresso": "espresso", "café crème": "latte", "café au lait": "latte",
           "café latte": "latte", "café allongé": "lungo", "allongé": "lungo",
           "eau chaude": "hot water", "petit noir": "espresso", "noisette": "macchiato",
           "café": "coffee"},
    "es": {"espresso doble": "double espresso", "café doble": "double espresso",
           "expreso doble": "double espresso",
           "café solo": "espresso", "expreso": "espresso", "café con leche": "latte",
           "cortado": "macchiato", "capuchino": "cappuccino", "agua caliente": "hot water",
           "café americano": "americano", "café": "coffee"},
    "it": {"espresso doppio": "double espresso", "caffè doppio": "double espresso",
           "doppio": "double espresso", "caffellatte": "latte", "caffè latte": "latte",
           "caffè lungo": "lungo", "caffè americano": "americano", "acqua calda": "hot water",
           "caffè": "coffee", "caffe": "coffee", "caffé": "coffee"},
}
# ordering: what makes "Kaffee" an order ("Einen Kaffee, bitte") and not a remark ("Ich
# trinke zu viel Kaffee"); the other drinks' names are orders by themselves
ORDER = {"de": r"mach\w*|bereite\w*|brüh\w*|koch\w*|hätte gerne?|möchte|will|gib|bring\w*|"
               r"bitte|für mich|lass\w*",
         "fr": r"fais|faites|fait|prépare\w*|lance\w*|voudrais|aimerais|veux|donne\w*|sers|"
               r"servez|s'il (?:te|vous) pla[iî]t|stp|svp|pour moi",
         "es": r"haz\w*|hace\w*|prepar\w*|quiero|quisiera|querría|ponme|pon|dame|sírveme|"
               r"sirve\w*|por favor|para mí",
         "it": r"fa\w*mi|fai|fa'|prepar\w*|vorrei|voglio|dammi|per favore|per me"}


@cache
def _drink_finder(language: str) -> tuple[dict[str, str], re.Pattern[str]]:
    said = {**{d: d for d in DRINKS}, **DRINK_WORDS[language]}
    names = "|".join(re.escape(w) for w in sorted(said, key=len, reverse=True))
    return said, re.compile(rf"(?<!\w)(?:{names})(?!\w)")


def _drink_at(text: str, language: str) -> tuple[str, int] | None:
    """(drink, where its name starts) for the first drink named in ``text`` (the longest
    name there: "doppelten Espresso", not "Espresso"; a drink before coffee itself)."""
    said, finder = _drink_finder(language)
    found = [(said[m.group()], m.start()) for m in finder.finditer(text.lower().replace("’", "'"))]
    # a drink's name over coffee itself: "Machine à café, un macchiato", "un café lungo"
    return next((f for f in found if f[0] != "coffee"), found[0] if found else None)


def drink_said(text: str, language: str) -> str | None:
    """The drink named in ``text`` (one of DRINKS), in ``language`` or by its
    international name ("Cappuccino", "Espresso")."""
    found = _drink_at(text, language)
    return found[0] if found else None


# questions about a drink ("¿Cuántas calorías tiene un capuchino?")
_ASKING = {"de": r"(?:wie|was|welche\w*|warum|wieso|wo|wer|hat|ist|sind)\b",
           "fr": r"(?:combien|quel\w*|pourquoi|comment|qu'est-ce|est-ce|c'est quoi|où)\b",
           "es": r"¿?(?:cu[áa]nt\w*|qu[ée]|cu[áa]l\w*|por qu[ée]|c[óo]mo|d[óo]nde)\b",
           "it": r"(?:quant\w*|qual\w*|che|perch[ée]|come|dove|cos'è|cosa)\b"}
# "einen Cappuccino", "un lungo": a drink ordered by its name alone
_ONE = {"de": r"einen|ein|eine|nen|noch einen", "fr": r"un|une", "es": r"un|una",
        "it": r"un|una|uno"}


def _ordering(low: str, at: int, language: str) -> tuple[bool, bool]:
    """(a word of ordering is said, "a" comes right before position ``at``) in ``low``."""
    asked = find_words(ORDER[language], low) is not None
    after_one = re.search(rf"(?<!\w)(?:{_ONE[language]})\s+(?:\w+\s+)?$", low[:at])
    return asked, after_one is not None


def ordered(text: str, language: str) -> str | None:
    """The drink ordered in ``text``: one named after "a" ("Un lungo stp") or with a word
    of ordering ("Einen Kaffee, bitte", "Preparami un flat white"). A drink's name alone
    may mean something else: "Quanto è lungo il Po?", "Aggiungi il latte alla lista",
    "Ich trinke zu viel Kaffee". With the coffee machine named, any drink named."""
    found = _drink_at(text, language)
    if found is None:
        return None
    drink, at = found
    low = text.lower().replace("’", "'")
    asked, after_one = _ordering(low, at, language)
    if re.match(_ASKING[language], low) and not asked:
        return None  # "Wie viel Koffein hat so ein Espresso?"
    if "coffee_machine" in devices_said(text, language):  # "heißes Wasser aus der Kaffeemaschine"
        return drink
    return drink if asked or (after_one and drink != "coffee") else None


# drinks the machine cannot make, ordered all the same ("Mach mir einen Tee"): the skill
# says what it can make
OTHER_DRINKS = {"de": r"tee|schokolade|heiße schokolade|kakao",
                "fr": r"thé|chocolat|chocolat chaud|tisane",
                "es": r"té|chocolate|infusión|manzanilla",
                "it": r"tè|the|cioccolata|cioccolata calda|camomilla|tisana"}


def other_drink_ordered(text: str, language: str) -> bool:
    """Whether ``text`` orders a drink the coffee machine does not make."""
    low = text.lower().replace("’", "'")
    m = find_words(OTHER_DRINKS[language], low)
    if m is None or re.match(_ASKING[language], low):
        return False
    asked, after_one = _ordering(low, m.start(), language)
    return asked and after_one


# colours said -> the colour names of hark.skills.providers.devices_base.COLORS
COLOR_WORDS = {
    "de": {"rot": "red", "grün": "green", "blau": "blue", "gelb": "yellow", "orange": "orange",
           "lila": "purple", "violett": "violet", "rosa": "pink", "pink": "pink",
           "weiß": "white", "weiss": "white", "türkis": "turquoise", "golden": "gold",
           "gold": "gold", "warmweiß": "warm white", "warmes weiß": "warm white",
           "kaltweiß": "cool white", "kaltes weiß": "cool white", "hellblau": "cyan",
           "dunkelblau": "navy", "braun": "brown", "magenta": "magenta", "cyan": "cyan"},
    "fr": {"rouge": "red", "vert": "green", "verte": "green", "bleu": "blue", "bleue": "blue",
           "jaune": "yellow", "orange": "orange", "violet": "purple", "violette": "purple",
           "rose": "pink", "blanc": "white", "blanche": "white", "turquoise": "turquoise",
           "doré": "gold", "dorée": "gold", "blanc chaud": "warm white",
           "blanc froid": "cool white", "bleu clair": "cyan", "bleu foncé": "navy",
           "marron": "brown", "magenta": "magenta", "cyan": "cyan"},
    "es": {"rojo": "red", "roja": "red", "verde": "green", "azul": "blue", "amarillo": "yellow",
           "amarilla": "yellow", "naranja": "orange", "morado": "purple", "morada": "purple",
           "lila": "purple", "violeta": "violet", "rosa": "pink", "blanco": "white",
           "blanca": "white", "turquesa": "turquoise", "dorado": "gold", "dorada": "gold",
           "blanco cálido": "warm white", "blanca cálida": "warm white",
           "blanco frío": "cool white", "blanca fría": "cool white", "celeste": "cyan",
           "azul marino": "navy", "marrón": "brown", "magenta": "magenta", "cian": "cyan"},
    "it": {"rosso": "red", "rossa": "red", "verde": "green", "blu": "blue", "giallo": "yellow",
           "gialla": "yellow", "arancione": "orange", "viola": "purple", "rosa": "pink",
           "bianco": "white", "bianca": "white", "turchese": "turquoise", "oro": "gold",
           "dorato": "gold", "dorata": "gold", "bianco caldo": "warm white",
           "bianca calda": "warm white", "bianco freddo": "cool white",
           "bianca fredda": "cool white", "azzurro": "cyan", "azzurra": "cyan",
           "blu scuro": "navy", "marrone": "brown", "magenta": "magenta", "ciano": "cyan"},
}


@cache
def _color_finder(language: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(rf"(?<!\w){_inflected(w, language)}(?!\w)"), w)
                 for w in COLOR_WORDS[language])


def color_said(text: str, language: str) -> str | None:
    """The colour named in ``text`` (the last one, the longest there), or None."""
    low = " ".join(text.lower().split())
    best: tuple[int, int, str] | None = None
    for pattern, words in _color_finder(language):
        for m in pattern.finditer(low):
            cand = (m.end(), len(words), COLOR_WORDS[language][words])
            best = cand if best is None or cand > best else best
    return best[2] if best else None


# switching a device on or off ("Mach den Wasserkocher an", "éteins le ventilo")
SWITCH_ON = {"de": r"an|ein|anmachen|einschalten|anschalten|anwerfen|starte\w*|mach\w* an",
             "fr": r"allum[eé]\w*|en (?:route|marche)|lance\w*|démarre\w*|active\w*",
             "es": r"enci[eé]nd\w*|encender|pr[eé]nd\w*|pon|ponme|pon[eé]|activa\w*|"
                   r"arranca\w*|conecta\w*|en marcha",
             # the formal imperatives too ("Accenda", "Attivi la presa")
             "it": r"accend[aie]\w*|metti su|avvi[aio]\w*|attiv[aio]\w*|fai partire|"
                   r"in funzione"}
SWITCH_OFF = {"de": r"aus|ausmachen|ausschalten|abschalten|stopp\w*|unterbrich\w*|trenn\w*",
              # (and the past participle: "que toutes les lampes soient éteintes")
              "fr": r"éteins|éteignez|éteindre|éteint\w*|arrête\w*|coupe\w*|désactive\w*",
              "es": r"ap[aá]g\w*|apagar|desconecta\w*|para|desactiva\w*",
              "it": r"spegn\w*|speng\w*|ferm[ai]\w*|stacc[ahi]\w*|disattiv[aio]\w*|stut\w*"}


def switched(text: str, language: str) -> bool | None:
    """True for switching on, False for off, None when neither (or both) is said."""
    low = text.lower().replace("’", "'")
    on = find_words(SWITCH_ON[language], low)
    off = find_words(SWITCH_OFF[language], low)
    if bool(on) == bool(off):
        return None
    return bool(on)


def _inflected(word: str, language: str) -> str:
    """A colour word with its endings: "rot(es)", "vert(e)(s)", "roj(o|a)(s)", "giall(o|a|i|e)"."""
    w = re.escape(word)
    if language == "de":
        return w + r"(?:e[nmrs]?)?"
    if language == "fr":
        return w + r"(?:e?s)?"
    if language == "es":
        return (w[:-1] + r"[oa]s?") if word[-1] in "oa" else w + r"(?:e?s)?"
    if word[-1] in "oa":  # Italian
        return w[:-1] + r"[oaie]"
    return w[:-1] + r"[ei]" if word[-1] == "e" else w


# Lights in the model's hands (phrasings the templates do not know): which way the light
# is to change, read from closed-class words. The encoder's pooled sentence tells a light
# command well but not its direction in these languages ("kannst du die Beleuchtung ein
# bisschen hochdrehen?" read as dimming, "Apágame la luz" as switching on).
LIGHT_INTENTS = ("iot_hue_lighton", "iot_hue_lightoff", "iot_hue_lightup", "iot_hue_lightdim")
LIGHT_WORDS = {
    "de": r"licht\w*|lampe\w*|leuchte\w*|beleuchtung|glühbirne\w*|birne\w*|deckenlicht\w*|"
          r"helligkeit",
    "fr": r"lumière\w*|lampe\w*|éclairage\w*|luminaire\w*|lampadaire\w*|plafonnier\w*|"
          r"luminosité",
    "es": r"luz|luces|lámpara\w*|lampara\w*|foco\w*|iluminación|bombilla\w*|bombillo\w*",
    "it": r"luc[ei]|lampad\w*|illuminazione|plafonier\w*|lampadari\w*|luminosità",
}
BRIGHTER = {
    "de": r"heller|aufhellen|hochdreh\w*|hochdimm\w*|hochfahren|raufdreh\w*|aufdimm\w*|"
          r"volle\w* helligkeit|maximale\w* helligkeit|mehr licht|volle pulle|"
          # the verb's particle last: "Dreh die Helligkeit in der Küche mal … hoch"
          r"dreh\S*(?: [\w'-]+){0,8}? (?:hoch|rauf|höher)",
    "fr": r"plus (?:fort|forte|clair|claire|lumineu\w*|intense)|augmente\w*|monte\w*|"
          r"à fond|au (?:max|maximum)|plus de lumière",
    "es": r"s[uú]b[eai]\w*|subir|aumenta\w*|aument[ae]\w*|más (?:fuerte|brillo|luz|clar[ao]|"
          r"intens[ao]|brillante)|al máximo|a tope",
    "it": r"più (?:forte|luce|luminos\w*|chiar\w*|intens\w*)|alza\w*|alzi|aumenta\w*|"
          r"aumenti|al massimo",
}
DIMMER = {
    "de": r"dunkler|dimm\w*|herunterdimm\w*|runterdimm\w*|herunterdreh\w*|runterdreh\w*|"
          r"abdunkeln|abdimm\w*|weniger (?:hell|licht)|gedämpft\w*|schwächer|"
          r"dreh\S*(?: [\w'-]+){0,8}? (?:runter|herunter|niedriger)",
    "fr": r"baisse\w*|tamise\w*|diminue\w*|moins (?:fort|forte|clair|claire|lumineu\w*|"
          r"de lumière)|plus (?:doux|douce|sombre|faible|tamisé\w*)",
    "es": r"b[aá]j[ae]\w*|bajar|aten[uú]a\w*|menos (?:luz|brillo|fuerte|intens\w*)|"
          r"más (?:tenues?|suaves?|baj[ao]s?)",
    "it": r"abbass\w*|attenu\w*|meno (?:forte|luce|luminos\w*|intens\w*)|"
          r"più (?:bass[ae]|soffus\w*|tenu[ei]|fioc[ah]e?|debol[ei])",
}
# what the room is like, said instead of what to do: read only when no switching word is
# ("Está muy oscuro, ¿podría encender la lámpara?" asks for the light on)
TOO_DARK = {"de": r"zu (?:dunkel|düster|finster)", "fr": r"trop sombre",
            "es": r"(?:muy|demasiado) oscuro", "it": r"troppo (?:buio|scuro)"}
TOO_BRIGHT = {"de": r"zu (?:hell|grell)",
              "fr": r"trop (?:fort|forte|clair|claire|lumineu\w*|vive)",
              "es": r"(?:muy|demasiado) (?:fuerte|brillante|clar[ao])",
              "it": r"troppo (?:forte|luminos\w*|chiar\w*)"}


def light_said(text: str, language: str) -> bool:
    words = LIGHT_WORDS.get(language)
    return bool(words and find_words(words, text.lower()))


def light_change(text: str, language: str) -> str | None:
    """The light intent ``text`` asks for by its words: brighter or dimmer first (the more
    specific: "Dreh die Lampe auf volle Helligkeit"), then on or off, then a room too dark
    or too bright; None when it says no direction, or two."""
    if language not in BRIGHTER:
        return None
    low = text.lower().replace("’", "'")
    up, down = find_words(BRIGHTER[language], low), find_words(DIMMER[language], low)
    if up or down:
        return None if up and down else ("iot_hue_lightup" if up else "iot_hue_lightdim")
    on = switched(text, language)
    if on is not None:
        return "iot_hue_lighton" if on else "iot_hue_lightoff"
    dark, bright = find_words(TOO_DARK[language], low), find_words(TOO_BRIGHT[language], low)
    if bool(dark) == bool(bright):
        return None
    return "iot_hue_lightup" if dark else "iot_hue_lightdim"

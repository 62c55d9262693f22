"""Language identification (en, de, fr, es, it): held-out sentences, short commands."""

from __future__ import annotations

import pytest

from hark.nlu.langid import detect_language, language_scores

SENTENCES: dict[str, list[str]] = {
    "en": [
        "what time is it",
        "turn on the lights",
        "tell me a joke",
        "set an alarm for 7 am",
        "play some jazz",
        "what's the weather in berlin",
        "wake me up at six",
        "how long will it take to drive to work",
        "remind me to call my mother tonight",
        "dim the bedroom lights a little",
        "is it going to snow this weekend",
        "read me the latest headlines",
        "add eggs to my shopping list",
        "cancel my alarm for tomorrow",
        "how many minutes are left on the timer",
        "order a large pepperoni pizza",
        "what's the exchange rate for the yen",
    ],
    "de": [
        "Licht an",
        "Licht aus",
        "wie spät ist es",
        "stell einen Wecker für sieben Uhr",
        "wie ist das Wetter in Berlin",
        "mach die Heizung wärmer",
        "Timer für fünf Minuten",
        "schalte die Kaffeemaschine ein",
        "wann geht morgen die Sonne auf",
        "lösche bitte meinen Wecker",
        "spiel etwas ruhige Musik im Schlafzimmer",
        "welcher Tag ist heute",
        "ich möchte morgen früh geweckt werden",
        "wie lange dauert die Fahrt zum Flughafen",
        "mach das Licht in der Küche heller",
        "regnet es am Wochenende",
        "schalte den Fernseher aus",
    ],
    "fr": [
        "allume la lumière",
        "éteins la lumière",
        "quelle heure est-il",
        "quel temps fait-il à Paris",
        "réveille-moi à sept heures",
        "mets un minuteur de dix minutes",
        "allume la machine à café",
        "est-ce qu'il va pleuvoir demain",
        "supprime mon réveil de demain",
        "baisse la lumière du salon",
        "quel jour sommes-nous",
        "lance l'aspirateur dans la cuisine",
        "combien de temps reste-t-il sur le minuteur",
        "mets de la musique douce",
        "ferme les volets de la chambre",
        "ajoute des œufs à la liste",
        "il fait froid ici",
    ],
    "es": [
        "enciende la luz",
        "apaga la luz",
        "qué hora es",
        "qué tiempo hace en Madrid",
        "despiértame a las siete",
        "pon un temporizador de diez minutos",
        "enciende la cafetera",
        "va a llover mañana",
        "borra la alarma de mañana",
        "baja la luz del salón",
        "qué día es hoy",
        "pon la aspiradora en la cocina",
        "cuánto tiempo queda en el temporizador",
        "pon música tranquila",
        "cierra las persianas del dormitorio",
        "añade huevos a la lista",
        "hace frío aquí",
    ],
    "it": [
        "accendi la luce",
        "spegni la luce",
        "che ore sono",
        "che tempo fa a Roma",
        "svegliami alle sette",
        "imposta un timer di dieci minuti",
        "accendi la macchina del caffè",
        "pioverà domani",
        "cancella la sveglia di domani",
        "abbassa la luce del soggiorno",
        "che giorno è oggi",
        "avvia l'aspirapolvere in cucina",
        "quanto tempo manca al timer",
        "metti della musica rilassante",
        "chiudi le tapparelle della camera",
        "aggiungi le uova alla lista",
        "fa freddo qui",
    ],
}

CASES = [(lang, text) for lang, texts in SENTENCES.items() for text in texts]

SHORT = [
    ("de", "ja"),
    ("de", "danke"),
    ("de", "nein"),
    ("fr", "merci"),
    ("fr", "oui"),
    ("es", "gracias"),
    ("es", "hola"),
    ("it", "grazie"),
    ("it", "ciao"),
    ("en", "no"),
    ("en", "ok"),
    ("en", "stop"),
    ("en", "hi"),
    ("en", "yes"),
    ("en", ""),
    ("en", "   "),
    ("en", "42"),
    ("en", "Spotify"),
    # a few English words that are French or Italian too ("minutes", "timer", "pause")
    ("en", "timer 10 minutes"),
    ("en", "10 minute timer"),
    ("en", "pasta timer"),
    ("en", "pause"),
    # one borrowed word in an English command of five words or more
    ("en", "Start a pomodoro timer for 50 minutes please."),
    ("en", "Put on a tiramisu timer, 4 hours."),
    # … but four words with one foreign stay the other language
    ("es", "Un cortado, por favor."),
    ("it", "timer pasta 10 minuti"),
    # short commands in the other languages keep their language
    ("de", "Licht an"),
    ("de", "Timer stoppen"),
    ("it", "meteo domani"),
    ("it", "Come stai?"),
    ("fr", "météo demain"),
    ("es", "apaga la luz"),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_sentences(lang: str, text: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(("lang", "text"), SHORT)
def test_short(lang: str, text: str) -> None:
    assert detect_language(text) == lang


def test_candidates_restrict_and_scores_sum_to_one() -> None:
    assert detect_language("accendi la luce", candidates=("en", "es")) in {"en", "es"}
    assert detect_language("allume la lumière", candidates=("en", "fr")) == "fr"
    scores = language_scores("schalte das Licht an")
    assert max(scores, key=scores.get) == "de"
    assert abs(sum(scores.values()) - 1.0) < 1e-9
    assert set(language_scores("")) == {"en", "de", "fr", "es", "it"}


def test_accuracy() -> None:
    right = sum(detect_language(t) == lang for lang, t in CASES)
    assert right / len(CASES) >= 0.95

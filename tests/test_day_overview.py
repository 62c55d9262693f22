"""A day's things asked for across kinds (alarms that ring, reminders due, appointments),
in five languages, and what the eighth held-out sets found on the way: questions that
changed things, a list question that added items, "the first thing" read as the 1st."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from hark.nlu import day_overview
from hark.text.asked_plainly import asked_plainly
from hark.text.courtesy import plainly
from tests.conversations import judged

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from manage_bench import mentions  # noqa: E402


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "What's happening on Saturday? Anything set at all?"),
    ("en", "Anything on Thursday evening I should know about?"),
    ("en", "For Wednesday, tell me everything I have — alarms, reminders, appointments"),
    ("en", "what alarms and reminders have i got on saturday"),
    ("de", "Am Freitag, wos steht do bei mir ois o?"),
    ("de", "Hab ich am Mittwoch einen Termin?"),
    ("fr", "j'ai quoi ce week-end ? genre réveils, rappels, agenda"),
    ("fr", "Aurais-je par hasard un rendez-vous mercredi après-midi ?"),
    ("es", "Oiga, ¿tengo algo el jueves? Citas, recordatorios, lo que sea."),
    ("it", "Uè, sabato mattina che tengo? Sveglie, promemoria, tutto quanto."),
])
def test_asked_across_kinds(lang: str, text: str) -> None:
    assert day_overview.asks(text, lang) and day_overview.has_days(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "what alarms do I have tomorrow"),  # one kind: that kind's question
    ("en", "what's the weather on Saturday"),
    ("en", "Am I free on Wednesday afternoon, or is something booked?"),
    ("en", "What have I asked you to remind me about on Thursday?"),
    ("en", "delete everything on Saturday"),
    ("fr", "Qu'est-ce qu'il y a comme concerts à Lille ce soir ?"),
    ("es", "¿A qué hora es que tengo que sacar la basura el jueves?"),
    ("it", "cosa c'è da fare stasera qui in zona"),
    ("de", "lösch alles am Samstag"),
])
def test_not_asked_across_kinds(lang: str, text: str) -> None:
    assert not day_overview.asks(text, lang)


def test_kinds_read() -> None:
    assert day_overview.kinds("what alarms and reminders have i got on saturday", "en") == \
        ("alarm", "reminder")
    assert day_overview.kinds("what's on saturday", "en") == day_overview.KINDS
    assert day_overview.kinds("Wecker, Termine, alles bitte", "de") == day_overview.KINDS


def test_listing_asked_roundabout() -> None:
    assert asked_plainly(plainly("Mate, run me through me alarms will ya")) == \
        "what alarms do I have?"
    assert asked_plainly("walk me through my reminders") == "what reminders do I have?"


def test_a_count_is_said() -> None:
    assert mentions({"count": 3}, "You have three alarms")
    assert mentions({"count": 2}, "Du hast 2 Wecker")
    assert not mentions({"count": 3}, "You have 2 alarms: 3 PM and 7 AM")


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("en", ["What's happening on Saturday? Anything set at all?"],
     {"mention": ["swimming", "09:00", "birthday card", "09:30"], "absent": ["Anna", "bins"]}),
    ("en", ["Anything on Thursday evening I should know about?"],
     {"mention": ["bins", "19:00"], "absent": ["06:30", "Anna"]}),
    ("en", ["what have I got on Saturday?", "and on Friday?"],
     {"mention": ["Anna", "19:30"], "absent": ["swimming"]}),
    ("en", ["What've I got on Saturday, alarms and reminders and that?",
            "Plans have changed, delete both of those."], {"gone": ["A3", "R3"]}),
    ("en", ["What's the first thing in my calendar on Friday?"],  # not the 1st of December
     {"mention": ["Anna"], "absent": ["team meeting"]}),
    ("en", ["Mate, run me through me alarms will ya"], {"mention": ["06:30", "07:15", "09:00"]}),
    ("de", ["Was ich habe morgen bis Mittag? Wecker, Termine, Erinnerungen, alles bitte."],
     {"mention": ["06:30", "07:15", "Teambesprechung", "anrufen"],
      "absent": ["Anna", "Müll", "Schwimmen"]}),
    ("fr", ["Bonjour. Aurais-je par hasard un rendez-vous mercredi après-midi ?"],
     {"mention": ["14:00", "dentiste"], "absent": ["réunion"]}),  # had made an event
    ("fr", ["Excuse-moi, je suis anglais, mon français pas très bien. Le pain... il est sur "
            "ma liste pour faire les courses ?"], {"mention": ["pain"]}),  # had added items
    ("es", ["Oye quillo, ¿sigue puesto el recordatorio ese de llamar al dentista, o lo borré "
            "sin querer?"], {"mention": ["dentista"]}),  # had deleted it
    ("es", ["Tío, ¿qué temporizadores tengo ahora mismo en marcha?"],  # had been lights, then
     {"mention": ["pasta", "colada"]}),  # a timer removal ("marcha")
    ("it", ["Uè, sabato mattina che tengo? Sveglie, promemoria, tutto quanto."],
     {"mention": ["09:00", "nuoto", "09:30", "biglietto"], "absent": ["Anna", "spazzatura"]}),
    # what the eighth sets found besides
    ("en", ["What time's my dentist appointment this week?",
            "They've rung to move it. Put it on Thursday, same time."],  # had made a new event
     {"changed": {"E2": {"start": "2026-12-03T14:00"}}}),
    ("en", ["Er, when's the, uh, bins reminder?",
            "Right, um, can you shove that to half seven instead?"],
     {"changed": {"R2": {"due": "2026-12-03T19:30"}}}),
    ("en", ["Pray, which alarms are presently set?",
            "Very good. Kindly dispense with the Saturday one; the swimming engagement is off."],
     {"gone": ["A3"]}),
    ("en", ["whats left on the shopping list",
            "got the eggs and the bananas already so cross them off"],
     {"gone_items": {"shopping": ["eggs", "bananas"]}}),
    ("en", ["Remind me what's on my to-do list.",
            "Right, the passport's sorted and I got my hair cut Saturday, so take both of those "
            "off."], {"gone_items": {"to-do": ["renew passport", "book a haircut"]}}),
    ("en", ["what's on my to-do list", "I did the passport and the haircut, take them off"],
     {"gone_items": {"to-do": ["renew passport", "book a haircut"]}}),  # not the whole list
    ("en", ["What's on my to-do list, bach?",
            "Well our Gareth fixed that bike light for me yesterday, bless him. Take it off."],
     {"gone_items": {"to-do": ["fix the bike light"]}}),
    ("en", ["How long is the dentist appointment booked for?"], {"mention": [{"minutes": 30}]}),
    ("en", ["How long has the pasta timer got?", "And the other one?"],
     {"mention": ["laundry", {"minutes": 15}], "absent": [{"minutes": 8}]}),
    ("en", ["what do I have on tuesday and wednesday"],
     {"mention": ["team meeting", "09:00", "dentist appointment", "14:00"],
      "absent": ["bins", "Anna"]}),
    ("de", ["Grüezi. Ich möchte kurz wissen, wie viele Erinnerungen ich für diese Woche noch "
            "offen habe. Merci."], {"mention": [{"count": 3}]}),
    ("de", ["Wie lange dauert die Teambesprechung?"], {"mention": ["10:00", "Stunde"]}),
    ("es", ["cuantas cosas me quedan en la lista de tareas pendientes"],
     {"mention": [{"count": 3}]}),
    ("it", ["Buonasera. Gradirei che mi elencasse, cortesemente, tutti i promemoria attualmente "
            "impostati."], {"mention": ["dentista", "spazzatura", "biglietto"]}),
    ("fr", ["c quand deja le rappel pour les poubelles"], {"mention": ["jeudi", "19:00"]}),
    ("fr", ["Le réveil pour la natation samedi, il sonne à quelle heure ?",
            "Oh peuchère, c'est bien trop tôt pour un samedi. Mets-le plutôt à 10 heures."],
     {"changed": {"A3": {"time": "10:00"}}}),
    ("fr", ["Le dîner avec Anna, c'est à quelle heure vendredi déjà ?",
            "Ah nan, elle finit le taf super tard. Décale ça à 20h30 steuplé."],
     {"changed": {"E3": {"start": "2026-12-04T20:30"}}}),
    ("fr", ["Il reste combien de temps sur la lessive ?",
            "Mets-la en pause une fois, on sonne à la porte."],
     {"changed": {"T2": {"paused": True}}}),
    ("fr", ["C'est quand la réunion d'équipe ?", "Et ça dure combien ?"],
     {"mention": ["10:00"]}),
    ("es", ["¿Cuándo tengo la cita con el dentista?", "¿Y cuánto dura?"],
     {"mention": ["30 minutos"]}),
    ("en", ["when's my dentist appointment", "and how long does it last?"],
     {"mention": [{"minutes": 30}]}),
    ("de", ["wann ist mein Zahnarzttermin?", "und um wie viel uhr bin ich da dann raus"],
     {"mention": ["14:30"]}),
    ("fr", ["J'ai quoi comme rappels ?"], {"mention": ["poubelles", "dentiste"]}),
    ("fr", ["pourriez-vous m'énumérer mes alarmes"], {"mention": ["06:30", "natation"]}),
    ("it", ["Quando è previsto il promemoria per il biglietto d'auguri di Sam?",
            "L'ho già acquistato stamattina in centro. Lo elimini pure."], {"gone": ["R3"]}),
    ("it", ["La riunione di squadra di domani è ancora in calendario?",
            "Il capo l'ha appena annullata. Cancellala pure."], {"gone": ["E1"]}),
])
def test_whole_conversations(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect, "ask", item_words=False)

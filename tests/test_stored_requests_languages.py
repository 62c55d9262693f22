"""Questions about, and changes to, what the user already has, said in German, French,
Spanish and Italian, through a real Assistant (real NLU, dialogue, skills and a SQLite
store seeded in the row's language as in benchmarks/manage_bench.py), judged by that
benchmark's scorer on sentences written for these tests (not set Y's); plus the reader
that names their intent, :mod:`hark.nlu.stored_requests`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from manage_bench import judge  # noqa: E402

from hark.nlu import stored_requests

# the store, in each language (manage_bench.NAMES): alarms A1 06:30 weekdays, A2 07:15
# tomorrow, A3 09:00 Saturday (Schwimmen / natation / natación / nuoto); reminders R1
# call the dentist Tue 10:00, R2 the bins Thu 19:00, R3 Sam's card Sat 09:30; timers T1
# pasta (Nudeln / pâtes) 8 min left, T2 laundry (Wäsche / lessive / colada / bucato) 15
# min left; shopping and to-do lists; events E1 team meeting Tue 09:00, E2 the dentist
# Wed 14:00, E3 dinner with Anna Fri 19:30. Now: Mon 30 Nov 2026, 17:00.
CASES: list[tuple[str, str, str, dict[str, Any]]] = [
    # list items taken off by their words, never the whole list
    ("de", "Streich die Bananen von der Einkaufsliste", "change",
     {"gone_items": {"shopping": ["Bananen"]}}),
    ("fr", "Retire le pain de ma liste de courses, merci", "change",
     {"gone_items": {"shopping": ["pain"]}}),
    ("it", "Ho aggiustato la luce della bici, toglila dalla lista delle cose da fare",
     "change", {"gone_items": {"to-do": ["aggiustare la luce della bici"]}}),
    ("es", "Borra toda la lista de la compra", "change",
     {"gone_items": {"shopping": ["leche", "huevos", "pan", "plátanos", "lavavajillas"]}}),
    ("de", "Nimm den Käse von der Einkaufsliste", "change", {}),  # not on it: nothing gone
    # timers: more time, a new length, paused or cancelled by their names
    ("fr", "Rajoute cinq minutes au minuteur des pâtes", "change",
     {"changed": {"T1": {"remaining_s": 780}}}),
    ("de", "Setz den Wäsche-Timer auf zwanzig Minuten", "change",
     {"changed": {"T2": {"remaining_s": 1200}}}),
    ("it", "Metti in pausa il timer della pasta", "change",
     {"changed": {"T1": {"paused": True}}}),
    ("de", "Brich bitte alle Timer ab", "change", {"gone": ["T1", "T2"]}),
    ("es", "Cancela el temporizador de la colada", "change", {"gone": ["T2"]}),
    # alarms moved by their label, kind, time or day
    ("es", "Cambia la alarma de natación a las diez", "change",
     {"changed": {"A3": {"time": "10:00"}}}),
    ("fr", "Mets le réveil de la semaine à sept heures moins le quart", "change",
     {"changed": {"A1": {"time": "06:45"}}}),
    ("it", "Sposta la sveglia delle 7:15 alle 8", "change",
     {"changed": {"A2": {"time": "08:00"}}}),
    ("de", "Lösch den Wecker für Samstag", "change", {"gone": ["A3"]}),
    # reminders, not the appointment that shares their words
    ("es", "Mueve el recordatorio de llamar al dentista a las once", "change",
     {"changed": {"R1": {"due": "2026-12-01T11:00"}}}),
    ("de", "Die Erinnerung zum Müll bitte eine Stunde später", "change",
     {"changed": {"R2": {"due": "2026-12-03T20:00"}}}),
    ("it", "Quando è il promemoria del biglietto per Sam?", "query", {"mention": ["09:30"]}),
    ("fr", "Supprime le rappel pour les poubelles", "change", {"gone": ["R2"]}),
    # more time on a timer named only by what it times
    ("de", "Gib den Nudeln noch zwei Minuten", "change",
     {"changed": {"T1": {"remaining_s": 600}}}),
    ("it", "Altri cinque minuti al bucato", "change",
     {"changed": {"T2": {"remaining_s": 1200}}}),
    # a one-off alarm moved to another day; the alarms of a part of a day
    ("es", "Pasa la alarma de natación al domingo", "change",
     {"changed": {"A3": {"time": "09:00", "date": "2026-12-06"}}}),
    ("it", "Ho una sveglia per giovedì mattina?", "query",
     {"mention": ["06:30"], "absent": ["07:15", "09:00"]}),
    # an appointment moved by a length said after its verb's object
    ("fr", "La réunion d'équipe, recule-la d'une demi-heure", "change",
     {"changed": {"E1": {"start": "2026-12-01T09:30"}}}),
    ("es", "¿Está el pan en la lista del súper?", "query", {"mention": ["pan"]}),
    # second set's lessons: shifts of alarms, reminders named around the verb, ticking off
    # with no list word, questions after "tell me", the list named before a tag question
    ("de", "Den Werktagswecker bitte zehn Minuten später", "change",
     {"changed": {"A1": {"time": "06:40"}}}),
    ("it", "Anticipa di un quarto d'ora la sveglia di domani delle 7:15", "change",
     {"changed": {"A2": {"time": "07:00"}}}),
    ("fr", "Les poubelles, décale le rappel d'une demi-heure, je rentre tard", "change",
     {"changed": {"R2": {"due": "2026-12-03T19:30"}}}),
    ("es", "El recordatorio de la basura, muévelo al viernes", "change",
     {"changed": {"R2": {"due": "2026-12-04T19:00"}}}),
    ("de", "Das Brot hab ich gekauft, kannst du es abhaken?", "change",
     {"gone_items": {"shopping": ["Brot"]}}),
    ("fr", "Dis-moi quels rappels j'ai", "query",
     {"mention": ["appeler le dentiste", "sortir les poubelles"]}),
    ("it", "Il latte è sulla lista della spesa o no?", "query", {"mention": ["latte"]}),
    ("de", "Was steht auf der To-do-Liste, kurz?", "query", {"mention": ["Reisepass"]}),
    ("de", "Was hab ich auf meiner To-do-Lischte?", "query", {"mention": ["Reisepass"]}),
    # third set's lessons: courtesies and hesitations before a question, being "reminded"
    # of what is set, minutes taken off (not the timer), running timers by bare name,
    # moves with clitics and "pa'", a reminder moved by its words alone, tasks as the
    # to-do list, the first part of a compound item, diminutive minutes
    ("es", "Perdone, ¿me puede decir a qué hora suena la alarma de natación?", "query",
     {"mention": ["09:00"], "absent": ["06:30"]}),
    ("it", "Mi scusi, potrebbe dirmi quali promemoria ho?", "query",
     {"mention": ["chiamare il dentista", "portare fuori la spazzatura"]}),
    ("fr", "Tu peux me rappeler quand est le rappel des poubelles ?", "query",
     {"mention": ["19:00"]}),
    ("de", "Ähm, wann wolltest du mich an den Zahnarzt erinnern?", "query",
     {"mention": ["10:00"]}),
    ("es", "Quítale diez minutos al temporizador de la colada", "change",
     {"changed": {"T2": {"remaining_s": 300}}}),
    ("it", "Quanto manca al bucato?", "query", {"mention": [{"minutes": 15}]}),
    ("fr", "Rajoute deux minutes aux pâtes", "change", {"changed": {"T1": {"remaining_s": 600}}}),
    ("de", "Wie lange brauchen die Nudeln noch?", "query", {"mention": [{"minutes": 8}]}),
    ("it", "Il timer della lavatrice, toglici cinque minuti", "change",
     {"changed": {"T2": {"remaining_s": 600}}}),
    ("es", "La reunión de equipo pásala pa'l miércoles a las once", "change",
     {"changed": {"E1": {"start": "2026-12-02T11:00"}}}),
    ("it", "Il promemoria del dentista, spostalo mercoledì alle nove", "change",
     {"changed": {"R1": {"due": "2026-12-02T09:00"}}}),
    ("de", "Das mit der Geburtstagskarte schieb bitte auf Freitag um zehn", "change",
     {"changed": {"R3": {"due": "2026-12-04T10:00"}}}),
    ("fr", "Le pain, enlève-le de mes tâches… non, de la liste de courses", "change",
     {"gone_items": {"shopping": ["pain"]}}),
    ("de", "Der Reisepass ist erledigt, streich ihn aus meinen Aufgaben", "change",
     {"gone_items": {"to-do": ["Reisepass verlängern"]}}),
    ("es", "Atrasa la alarma de natación cinco minutitos", "change",
     {"changed": {"A3": {"time": "09:05"}}}),
    ("es", "La alarma de los días de semana, retrásala un cuarto de hora", "change",
     {"changed": {"A1": {"time": "06:45"}}}),
    # the day changed, the time kept, with a weak verb and no appointment word
    ("it", "Sposta la riunione di squadra a mercoledì, stessa ora", "change",
     {"changed": {"E1": {"start": "2026-12-02T09:00"}}}),
    ("fr", "Mon truc chez le dentiste, mets-le vendredi à la même heure", "change",
     {"changed": {"E2": {"start": "2026-12-04T14:00"}}}),
    # taken off with no article, or said done
    ("de", "nimm Eier und Brot von der Einkaufsliste", "change",
     {"gone_items": {"shopping": ["Eier", "Brot"]}}),
    ("es", "Marca renovar el pasaporte como hecho", "change",
     {"gone_items": {"to-do": ["renovar el pasaporte"]}}),
    ("it", "Segna come fatto prenotare il parrucchiere", "change",
     {"gone_items": {"to-do": ["prenotare il parrucchiere"]}}),
    # a weekday and its day of the month, then the hour ("sabato 5" is no 5 o'clock)
    ("it", "Sposta la riunione di squadra a giovedì 3 alle dieci di mattina", "change",
     {"changed": {"E1": {"start": "2026-12-03T10:00"}}}),
    ("fr", "Déplace le rappel des poubelles au mercredi 2 à la même heure", "change",
     {"changed": {"R2": {"due": "2026-12-02T19:00"}}}),
    ("es", "Pasa la cena con Anna al sábado 5 a las nueve de la noche", "change",
     {"changed": {"E3": {"start": "2026-12-05T21:00"}}}),
    # a question of when it ends is no removal, and is answered with the end
    ("it", "Fino a che ora dura la riunione di squadra martedì?", "query",
     {"mention": ["10:00"]}),
    ("fr", "À quelle heure finit le rendez-vous chez le dentiste mercredi ?", "query",
     {"mention": ["14 h 30"]}),
    # a reason before the request stays with it: not a removal of its own
    ("de", "Die Teambesprechung ist abgesagt worden, lösch den Wecker um 7:15", "change",
     {"gone": ["A2"]}),
    ("it", "Non ho più la riunione domani, togli la sveglia delle sette e un quarto", "change",
     {"gone": ["A2"]}),
    # the reason's part of the day and the request's clock time: that one alarm
    ("de", "Die Besprechung morgen früh ist verschoben worden, lösch den Wecker um 7:15",
     "change", {"gone": ["A2"]}),
    # a timer named as a compound, the slot holding more than its name
    ("de", "Schalt bitte den Nudel-Timer aus", "change", {"gone": ["T1"]}),
    ("de", "Ich geh kurz raus, halt bitte mal den Wäsche-Timer an", "change",
     {"changed": {"T2": {"paused": True}}}),
    # the weekday alarm asked about by its days: that one alone
    ("de", "Wann klingelt eigentlich mein Wecker unter der Woche?", "query",
     {"mention": ["06:30"], "absent": ["07:15", "09:00"]}),
    ("es", "¿A qué hora suena la alarma de lunes a viernes?", "query",
     {"mention": ["06:30"], "absent": ["07:15", "09:00"]}),
    # "quince minutos antes": fifteen minutes earlier, not Friday at 15:00
    ("es", "Pon la alarma de lunes a viernes diez minutos antes", "change",
     {"changed": {"A1": {"time": "06:20"}}}),
    # what the user has to do, asked when: the reminder
    ("fr", "Quand est-ce que je dois sortir les poubelles ?", "query", {"mention": ["19:00"]}),
    ("es", "Oye, ¿cuándo tengo que llamar al dentista?", "query", {"mention": ["10:00"]}),
    # a weekday's day number is no clock time when asking about alarms
    ("es", "¿Tengo alguna alarma el sábado 5?", "query",
     {"mention": ["09:00"], "absent": ["06:30"]}),
    ("it", "La sveglia di sabato 5 a che ora suona?", "query",
     {"mention": ["09:00"], "absent": ["06:30"]}),
    # more time typed short
    ("de", "timer wäsche +5 min", "change", {"changed": {"T2": {"remaining_s": 1200}}}),
    ("it", "timer bucato più 5 minuti", "change", {"changed": {"T2": {"remaining_s": 1200}}}),
    ("it", "Quand'è che devo chiamare il dentista?", "query", {"mention": ["10:00"]}),
    # a diminutive length
    ("es", "Dale tres minutitos más al temporizador de la colada", "change",
     {"changed": {"T2": {"remaining_s": 1080}}}),
]


@pytest.mark.parametrize(("language", "text", "op", "expect"), CASES,
                         ids=[c[1] for c in CASES])
async def test_change_or_question_in_the_language_is_done(
        language: str, text: str, op: str, expect: dict[str, Any]) -> None:
    ok, said, diff = await judge({"text": text, "lang": language, "names": language, "op": op,
                                  "expect": expect})
    assert ok, (said, diff)


@pytest.mark.parametrize(("language", "text", "intent"), [
    ("de", "Gib dem Nudeltimer noch drei Minuten", "timer_adjust"),
    ("fr", "Annule le minuteur de la lessive", "timer_remove"),
    ("es", "Pausa el temporizador de la pasta", "timer_pause"),
    ("it", "Cancella la sveglia di sabato", "alarm_remove"),
    ("es", "Cámbiame la alarma de mañana a las ocho", "alarm_change"),
    ("fr", "Enlève le lait de la liste de courses", "lists_remove"),
    ("de", "Was steht auf meiner Einkaufsliste?", "lists_query"),
    ("it", "A che ora è il promemoria per il dentista?", "calendar_query"),
    ("de", "Lösch die Erinnerung für Donnerstag", "calendar_remove"),
    # a new thing is no request about one the user has: the model reads those
    ("de", "Stell einen Timer auf zehn Minuten", None),
    ("es", "Pon el temporizador en dos minutos y medio", None),  # a new one, as "set the timer"
    ("it", "Timer di sette minuti per le uova", None),
    ("fr", "Minuteur de trois minutes pour les œufs", None),
    ("it", "Mi metti la sveglia domani alle sei?", None),
    ("fr", "J'ai un cours de yoga jeudi à 18h, tu peux le noter dans le calendrier ?", None),
    ("fr", "Est-ce que tu pourrais ajouter du beurre à ma liste de courses ?", None),
    ("de", "Stell den Wecker von morgen auf halb sieben", "alarm_change"),
    ("fr", "Est-ce que tu peux mettre un réveil à 7h ?", None),
    ("fr", "Peux-tu me rappeler de sortir les poubelles ?", None),
    ("es", "Crea una lista nueva para la fiesta", None),
    ("it", "Aggiungi il latte alla lista della spesa", None),
    ("de", "Lass mich noch zehn Minuten schlafen", None),
    ("es", "Recuérdame en cinco minutos más", None),
    ("es", "Ponle cinco minutos más a la colada", "timer_adjust"),
    ("de", "Milch ist gekauft, hak das bitte ab", "lists_remove"),
    ("fr", "Tu peux me dire quand est le rappel pour le dentiste ?", "calendar_query"),
    ("de", "Ich hätte gern gewusst, was morgen in meinem Kalender steht", "calendar_query"),
    ("it", "Timer della pasta, aggiungi due minuti", "timer_adjust"),
    ("de", "Stell meinen Werktagswecker auf sechs Uhr, ich muss ab jetzt früher raus",
     "alarm_change"),
    ("es", "Detén el temporizador del arroz", "timer_remove"),
    ("es", "Para el temporizador del arroz", "timer_remove"),
    ("es", "Pon un temporizador para el arroz de quince minutos", None),
    ("es", "¿Podrías quitarle dos minutos al temporizador del arroz?", "timer_adjust"),
    ("it", "Cancella il timer di 5 minuti", "timer_remove"),
    ("de", "Lösch den 10-Minuten-Timer", "timer_remove"),
    ("fr", "Vire le réveil de samedi", "alarm_remove"),
    ("fr", "Coupe le minuteur, c'est cuit", "timer_remove"),
    ("fr", "Ajoute une coupe de cheveux à ma liste de choses à faire", None),
    ("it", "A che punto è il conto alla rovescia?", "timer_query"),
    ("de", "Wann klingelt morgen mein Wecker?", "alarm_query"),
    ("de", "Wann klingelt's am Samstag?", "alarm_query"),
    ("fr", "Pourriez-vous me rappeler à quelle heure est mon réveil demain ?", "alarm_query"),
    ("fr", "Rappelle-moi d'appeler le dentiste à quelle heure tu veux", None),
    ("it", "Ricordami di chiamare il dentista domani", None),
    ("de", "Die Erinnerung für den Zahnarzt kannst du abhaken", "calendar_remove"),
    ("es", "eh cuándo es el recordatorio de la basura", "calendar_query"),
    ("de", "Lies mir meine Erinnerungen vor", "calendar_query"),
    ("de", "Den Wecker für Samstag brauch ich nicht mehr", "alarm_remove"),
    ("it", "Il promemoria del dentista non mi serve più", "calendar_remove"),
    ("it", "Aggiungi svuotare la cantina alla lista delle cose da fare", None),
])
def test_reader_names_the_intent(language: str, text: str, intent: str | None) -> None:
    assert stored_requests.find(text, language) == intent


def test_item_words_of_a_removal() -> None:
    from hark.skills.lists import _content_words

    # the verb is no item ("Nimm brot steht nicht auf …" had been answered)
    assert _content_words("Nimm das Brot von der Einkaufsliste", "de", verbs=False) == ["brot"]
    # an item that begins as a verb does is still matched against the list
    assert "streichhölzer" in _content_words("Streich die Streichhölzer von der Liste", "de")
    # and another language's verbs leave its words alone (Italian "levare")
    assert "levure" in _content_words("Enlève la levure de la liste de courses", "fr",
                                      verbs=False)


def test_same_time_moves_read_the_day_alone() -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from hark.nlu import move_requests

    now = datetime(2026, 11, 30, 17, 0, tzinfo=ZoneInfo("Europe/London"))
    asked = move_requests.find("donc mets le truc des poubelles mercredi à la même heure",
                               "fr", now)
    assert asked is not None and (asked.event, asked.when) == ("le truc des poubelles",
                                                               "mercredi")
    # put into the calendar, not moved
    assert move_requests.find("Mets le dîner dans mon agenda à la même heure demain", "fr",
                              now) is None


@pytest.mark.parametrize(("language", "text", "new"), [
    ("de", "Der Braten braucht noch zwei Stunden, stell also einen Timer für den Braten", True),
    ("it", "Le patate cuociono ancora venti minuti, imposta un timer per le patate", True),
    # the model reads a length right after the timer; a question, a pause or a removal
    ("fr", "Mets-moi un minuteur d'une heure et quart", False),
    ("de", "Hast du einen Timer für zehn Minuten gestellt?", False),
    ("es", "Pausa un momento el temporizador de diez minutos", False),
    ("de", "Erinnere mich in zehn Minuten an einen Timer", False),
])
def test_a_new_timer_with_its_length_elsewhere(language: str, text: str, new: bool) -> None:
    assert stored_requests.new_timer(text, language) is new


@pytest.mark.parametrize(("kind", "text", "lang", "value"), [
    ("recurrence", "los martes y jueves", "es",
     {"kind": "recurrence", "freq": "weekly", "byday": ["TU", "TH"]}),
    ("recurrence", "todos los sábados", "es",
     {"kind": "recurrence", "freq": "weekly", "byday": ["SA"]}),
    ("date", "el martes", "es", {"kind": "date", "date": "2026-12-01"}),
    ("duration", "trois quarts d'heure", "fr", {"kind": "duration", "seconds": 2700,
                                                "iso": "PT45M"}),
    ("duration", "eine Dreiviertelstunde", "de", {"kind": "duration", "seconds": 2700,
                                                  "iso": "PT45M"}),
    ("duration", "tre quarti d'ora", "it", {"kind": "duration", "seconds": 2700, "iso": "PT45M"}),
    ("duration", "diez minutitos", "es", {"kind": "duration", "seconds": 600, "iso": "PT10M"}),
])
def test_said_times(kind: str, text: str, lang: str, value: dict[str, Any]) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from hark.nlu.normalize import normalize

    now = datetime(2026, 11, 30, 17, 0, tzinfo=ZoneInfo("Europe/London"))
    assert normalize(kind, text, now, lang) == value

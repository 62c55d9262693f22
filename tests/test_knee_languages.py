"""Getting over a knee operation in German, French, Spanish and Italian: what was fixed
after the held-out knee set (written apart from it, other words, other things)."""

from __future__ import annotations

import re

from hark.dialogue import timer_alike, undoing
from hark.nlu import stored_requests
from hark.skills import reminders
from hark.text.day_looks import without_now
from hark.text.one_named import restated
from hark.text.question_last import question_last
from hark.text.reason_clause import without_reason_clause
from hark.text.said_again import without_repeats
from hark.text.timer_pairs import timers_paired
from tests.conversations import judged


def test_another_timer_with_its_own_length_said_after_noch_einen() -> None:
    # "noch" had been read as more time on the timer set ("Diesen Timer finde ich nicht")
    assert timers_paired("Und noch eine mit fünf Minuten, für das Kühlen danach.", "de",
                         after_timer=True) == "stell einen Timer für Kühlen auf 5 Minuten"
    assert timers_paired("Gib ihm noch fünf Minuten.", "de", after_timer=True) \
        == "Gib ihm noch fünf Minuten."
    judged("de", ["Stell einen Timer auf zwanzig Minuten für die Kühlpacks.",
                  "Und gleich noch einen mit acht Minuten dazu, für den Tee danach."],
           {"new": [{"kind": "timer", "seconds": 1200}, {"kind": "timer", "seconds": 480}]})


def test_another_timer_the_same_as_the_one_just_set() -> None:
    # "otro igual" had been taken for a remark ("Vale.") and no timer set
    judged("es", ["Pon un temporizador de doce minutos para el arroz.",
                  "Y otro igual para las verduras."],
           {"new": [{"kind": "timer", "seconds": 720}, {"kind": "timer", "seconds": 720}]})
    judged("it", ["Metti un timer di dieci minuti per la pasta.", "E un altro uguale per il sugo."],
           {"new": [{"kind": "timer", "seconds": 600}, {"kind": "timer", "seconds": 600}]})
    assert re.search(timer_alike._SAME["fr"], "et une autre pareille pour le riz")
    assert re.search(timer_alike._SAME["de"], "und noch so einen für den Reis")


def test_the_last_of_a_series_of_reminders_by_its_place() -> None:
    # "die letzte" had been read as the thing to remember ("…: letzte")
    judged("de", ["Erinnere mich morgen um neun an den Hustensaft.",
                  "Und die letzte um acht Uhr abends."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T09:00", "about": ["Hustensaft"]},
                    {"kind": "reminder", "due": "2026-12-01T20:00", "about": ["Hustensaft"]}]})
    judged("es", ["Recuérdame mañana a las nueve tomar el jarabe.",
                  "Y la última a las nueve de la noche."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T09:00", "about": ["jarabe"]},
                    {"kind": "reminder", "due": "2026-12-01T21:00", "about": ["jarabe"]}]})
    judged("fr", ["Rappelle-moi demain à 9h de prendre le sirop.", "Et la dernière à 21h."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T09:00", "about": ["sirop"]},
                    {"kind": "reminder", "due": "2026-12-01T21:00", "about": ["sirop"]}]})


def test_never_mind_with_why_and_no_need() -> None:
    # "Brauchst du nicht." had been taken for a new value, and the mailbox asked about
    assert undoing.said("Ach, lass es sein, hab ich schon selbst erledigt. Brauch ich nicht.",
                        "de") is not None
    assert undoing.said("No, déjalo, si ya lo hizo mi hermana.", "es") is not None
    judged("de", ["Erinnere mich morgen um neun, dass ich die Versicherung anrufe.",
                  "Ach, vergiss es, hab ich heute schon erledigt. Brauchst du nicht."], {})
    judged("es", ["Ponme una alarma mañana a las siete.",
                  "Uy, no, déjalo, si ya tengo la del móvil puesta."], {})


def test_a_german_compound_named_by_its_last_part() -> None:
    # "die Karte" had matched no reminder ("Geburtstagskarte …") and read every event
    assert reminders._compound_heads({"saft"}, {"hustensaft", "kaufen"}) == {"hustensaft"}
    assert reminders._compound_heads({"ring"}, {"bring"}) == set()
    judged("de", ["Erinnere mich am Mittwoch um fünf, Hustensaft zu kaufen.",
                  "Danke. Und wann soll ich nochmal an den Saft denken?"],
           {"new": [{"kind": "reminder", "due": "2026-12-02T17:00", "about": ["Hustensaft"]}],
            "mention": ["17:00"]})


def test_now_in_a_question_of_when_is_after_the_change() -> None:
    # "ahora" had been read as this minute ("No tienes recordatorios para entonces")
    assert without_now("¿Cuándo tengo que llamar ahora?") == "¿Cuándo tengo que llamar?"
    assert without_now("Quando devo uscire adesso?") == "Quando devo uscire?"
    assert without_now("À quelle heure je pars maintenant ?") == "À quelle heure je pars ?"
    assert without_now("¿Qué hora es ahora?") == "¿Qué hora es ahora?"
    assert without_now("e finisce a che ora?") == "e finisce a che ora?"
    judged("es", ["Pásame el recordatorio de sacar la basura a las nueve de la noche, que a "
                  "las siete estoy en la fisio.",
                  "¿Y cuándo tengo que sacarla ahora?"],
           {"changed": {"R2": {"due": "2026-12-03T21:00"}}, "mention": ["21:00"]})


def test_a_reason_with_a_clock_after_a_spanish_verb_with_its_accent() -> None:
    # "Muéveme …" was no verb of asking, so the reason's clock moved the reminder
    assert without_reason_clause("Muéveme la alarma a las ocho, que a las siete estoy "
                                 "durmiendo todavía.") == "Muéveme la alarma a las ocho."


def test_a_thing_named_first_then_when_it_was() -> None:
    # "quand'era" and "c'était quand" had not been read as the question said last
    assert question_last("E il compleanno di Sam, quand'era?") == \
        "Quando era il compleanno di Sam?"
    assert question_last("Et le plombier, c'était quand ?") == "Quand est le plombier ?"


def test_when_is_a_thing_of_the_users_is_asked_of_the_calendar() -> None:
    # "Wann war der Müll?" had been read as a contact's mail, "¿Cuándo era la basura?" as
    # small talk, "Quando era la spazzatura?" not at all
    assert stored_requests.find("Quand sont les poubelles ?", "fr") == "calendar_query"
    assert stored_requests.find("¿Cuándo era el dentista?", "es") == "calendar_query"
    assert stored_requests.find("Quando è la pasta pronta?", "it") != "calendar_query"
    judged("it", ["Cosa ho domani?", "E la spazzatura, quand'era?"], {"mention": ["19:00"]})
    judged("es", ["¿Qué tengo mañana?", "¿Y la basura cuándo era?"], {"mention": ["19:00"]})


def test_an_article_after_wann_ist_is_no_pronoun_of_the_reminder_talked_about() -> None:
    # "Und der Müll, wann war das?" after the dentist reminder had been answered of it
    judged("de", ["Wann soll ich die Geburtstagskarte kaufen?", "Und wann ist der Müll?"],
           {"mention": ["19:00"]})


def test_a_thing_said_again_by_the_one_of_between_commas() -> None:
    # "…, celui de 7h15, …" had been split off as a request of its own and the alarm asked
    assert restated("Change le rappel de jeudi, celui de 19h, à 20h.") == \
        "Change le rappel de 19h de jeudi à 20h."
    assert restated("Pasa la alarma del sábado, la de las nueve, a las diez.") == \
        "Pasa la alarma de las nueve del sábado a las diez."
    assert restated("Mets du lait, celui de la ferme, sur la liste.") == \
        "Mets du lait, celui de la ferme, sur la liste."
    judged("it", ["Sposta la sveglia di sabato, quella delle 9, alle 10."],
           {"changed": {"A3": {"time": "10:00"}}})


def test_a_time_said_after_a_hesitation_and_confirmed_again() -> None:
    # "Euh… 14h15. Oui, c'est ça, 14h15." had been read as a "yes" and the time lost
    assert without_repeats("halb vier. Ja, genau, halb vier.") == "halb vier."
    assert without_repeats("Le dentiste, oui, c'est ça.") == "Le dentiste, oui, c'est ça."
    judged("es", ["Apúntame la cena con Marta el viernes 11.",
                  "Eh… a las nueve de la noche. Sí, eso es, a las nueve de la noche."],
           {"new": [{"kind": "event", "start": "2026-12-11T21:00", "about": ["Marta"]}]})

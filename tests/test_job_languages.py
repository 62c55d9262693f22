"""Starting a new job, in German, French, Spanish and Italian: what was fixed after the
held-out job set (written apart from it, other words, other things)."""

from __future__ import annotations

from datetime import datetime

import pytest

from hark.dialogue import lexicon
from hark.dialogue.another_reminder import another
from hark.dialogue.state import DialogueState
from hark.skills.lists import _bare
from hark.text.courtesy_other import plainly_other
from tests.conversations import judged

WEEKDAYS = ["MO", "TU", "WE", "TH", "FR"]


@pytest.mark.parametrize(("item", "lang", "out"), [
    ("un par de calcetines gordos", "es", "calcetines gordos"),
    ("unas cuantas servilletas", "es", "servilletas"),
    ("un paio di guanti da lavoro", "it", "guanti da lavoro"),
    ("un pacco di un paio di biscotti", "it", "biscotti"),
])
def test_a_couple_of_is_no_part_of_the_item(item: str, lang: str, out: str) -> None:
    # "un par de camisas …" had been written "par de camisas …", as "ein paar Eier" is not
    assert _bare(item, lang) == out


def test_one_more_long_thing_for_the_list_just_added_to() -> None:
    # "Y también un par de camisas blancas para el trabajo" (eight words) had been read
    # alone, as the lights switched off
    judged("es", ["Pon arroz en la lista de la compra.",
                  "Y también un par de toallas grandes para el gimnasio nuevo."],
           {"added_items": {"shopping": ["arroz", "toallas"]}})
    judged("it", ["Aggiungi un barattolo di miele alla lista della spesa.",
                  "E anche un paio di calzini di lana per la montagna."],
           {"added_items": {"shopping": ["miele", "calzini"]}})


def test_another_reminder_at_a_time_keeps_the_day_of_the_one_before() -> None:
    # "Und noch eine um 7:10, dass …" after one next Monday at 7 had been today at 19:10,
    # "10, dass …" its words (the colon of "7:10" taken for one before the thing)
    judged("de", ["Erinnere mich am Mittwoch um 8 Uhr, die Unterlagen auszudrucken.",
                  "Und noch eine um 8:20, dass ich den Ausweis mitnehme."],
           {"new": [{"kind": "reminder", "due": "2026-12-02T08:00", "about": ["Unterlagen"]},
                    {"kind": "reminder", "due": "2026-12-02T08:20", "about": ["Ausweis"]}]})


def test_another_reminder_read_with_its_clause_of_what_not_to_forget() -> None:
    now = datetime.fromisoformat("2026-11-30T09:00:00+00:00")
    state = DialogueState(focus={"type": "reminder"},
                          about={"at": "2026-12-03T06:45:00+00:00"})
    said = another("Und noch eine um 6:50, damit ich die Schlüssel einstecke.", state, "de",
                   now)
    assert said == "erinnere mich am 3.12. um 6:50: damit ich die Schlüssel einstecke"


@pytest.mark.parametrize(("text", "out"), [
    ("Stell mir einen Timer, und zwar auf zwanzig Minuten.",
     "Stell mir einen Timer auf zwanzig Minuten."),
    ("Mets-moi un rappel, à savoir pour jeudi.", "Mets-moi un rappel pour jeudi."),
    ("Ponme una alarma, en concreto para los sábados.", "Ponme una alarma para los sábados."),
])
def test_a_namely_before_what_is_said_of_the_thing(text: str, out: str) -> None:
    assert plainly_other(text) == out


def test_a_german_alarm_with_its_days_after_und_zwar_then_its_time() -> None:
    # "…, und zwar für jeden Werktag" had lost its days: the alarm was set for tomorrow
    judged("de", ["Ich brauch einen Wecker, und zwar für jeden Werktag.",
                  "Um Viertel vor sechs. Ab Montag muss ich nämlich früher raus."],
           {"new": [{"kind": "alarm", "time": "05:45", "repeat": WEEKDAYS}]})


@pytest.mark.parametrize("said", [
    "nein warte lass sie doch drin", "nee lass ihn stehen", "non attends garde la",
    "no espera déjalo", "no aspetta lascialo", "no wait keep it"])
def test_keeping_the_thing_is_a_no(said: str) -> None:
    assert lexicon.NO.match(said)


def test_a_removal_asked_then_kept_with_a_reason_after() -> None:
    # "Nein, warte, lass sie doch drin. Bis Freitag …" had been made an event on Friday
    judged("de", ["Lösch das Abendessen mit Anna.",
                  "Nein, lass es doch stehen. Am Samstag hab ich ja frei."], {})
    judged("it", ["Cancella la riunione di squadra di domani.",
                  "No, aspetta, lasciala. Fino a venerdì sono ancora in ufficio."], {})


def test_the_timer_alone_is_the_one_just_asked_about() -> None:
    # "Gib dem Timer noch zwei Minuten dazu, ich muss … eine Mail schreiben" had been read
    # whole, as a message to write
    judged("de", ["Wie lange läuft die Wäsche noch?",
                  "Gib dem Timer noch fünf Minuten dazu, ich ruf eh gleich meine Schwester an."],
           {"changed": {"T2": {"remaining_s": 1200}}})
    judged("fr", ["Il reste combien sur le minuteur des pâtes ?",
                  "Ajoute deux minutes au minuteur, je dois répondre à un mail du bureau."],
           {"changed": {"T1": {"remaining_s": 600}}})


@pytest.mark.parametrize(("lang", "asked", "said", "timer", "left"), [
    ("fr", "Il reste combien sur le minuteur des pâtes ?", "Rallonge-le de trois minutes.",
     "T1", 660),
    ("es", "¿Cuánto le queda al temporizador de la pasta?",
     "Acórtalo dos minutos, que ya casi está.", "T1", 360),
    ("de", "Wie lange läuft die Wäsche noch?", "Verlänger ihn um zehn Minuten.", "T2", 1500),
])
def test_a_timer_made_longer_or_shorter(lang: str, asked: str, said: str, timer: str,
                                        left: int) -> None:
    # "Allungalo di cinque minuti, …" had not been understood
    judged(lang, [asked, said], {"changed": {timer: {"remaining_s": left}}})

"""A new job with shifts in German, French, Spanish and Italian: a repeating reminder whose
words end with "the day after" ("… per il giorno dopo"), "now" said after a list's name
("… la lista de la compra en este momento"), French questions with the question word left
in place ("Il me reste quels réveils ?"). Written apart from the held-out sets."""

from __future__ import annotations

import pytest

from hark.text.asked_in_place import asked_in_place
from hark.text.dialect import standard
from hark.text.item_runs import split_run
from hark.text.reason_clause import without_reason_clause
from hark.text.story_first import without_news_then_so
from tests.conversations import judged


def test_a_repeat_for_the_day_after_starts_on_its_first_day() -> None:
    # Monday evening: every Wednesday and Saturday first rings on Wednesday, not Saturday
    judged("it", ["Ricordami ogni mercoledì e sabato alle 21 di lavare la divisa per il "
                  "giorno dopo."],
           {"new": [{"kind": "reminder", "due": "2026-12-02T21:00", "about": ["divisa"],
                     "repeat": ["WE", "SA"]}]})
    judged("en", ["Remind me every Tuesday and Thursday at 9pm to pack my bag for the day "
                  "after."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T21:00", "about": ["bag"],
                     "repeat": ["TU", "TH"]}]})


@pytest.mark.parametrize(("lang", "turn", "said"), [
    ("es", "¿Qué tengo en la lista de la compra en este momento?", ["huevos", "plátanos"]),
    ("de", "Was steht auf der Einkaufsliste im Moment?", ["Eier", "Spülmittel"]),
    ("fr", "Il y a quoi sur la liste de courses en ce moment ?", ["lait", "bananes"]),
    ("it", "Cosa c'è sulla lista della spesa al momento?", ["uova", "banane"]),
])
def test_now_after_the_list_name(lang: str, turn: str, said: list[str]) -> None:
    judged(lang, [turn], {"mention": said})


@pytest.mark.parametrize(("text", "out"), [
    ("Il me reste quels réveils du coup ?", "Quels réveils il me reste ?"),
    ("Et y a quelles alarmes vendredi ?", "Quelles alarmes il y a vendredi ?"),
    ("J'ai combien de rappels cette semaine ?", "Combien de rappels j'ai cette semaine ?"),
    ("il reste combien d'œufs", "Combien d'œufs il reste ?"),
    ("Y a quoi sur la liste bricolage ?", "Qu'est-ce qu'il y a sur la liste bricolage ?"),
    ("j'ai quoi jeudi", "Qu'est-ce que j'ai jeudi ?"),
    # one asked of: asked of all of them (the singular was not understood)
    ("J'ai quelle alarme samedi, déjà ?", "Quelles alarmes j'ai samedi ?"),
    ("Il reste quel minuteur ?", "Quels minuteurs il reste ?"),
    ("J'ai quelque chose mardi ?", "J'ai quelque chose mardi ?"),  # no question word
    ("Il reste du pain ?", "Il reste du pain ?"),  # no question word: as it was
    ("Quels rappels j'ai ?", "Quels rappels j'ai ?"),
])
def test_asked_in_place(text: str, out: str) -> None:
    assert asked_in_place(text) == out


def test_a_question_word_in_place_after_a_removal() -> None:
    judged("fr", ["Efface le réveil natation, je travaille samedi.",
                  "Il me reste quels réveils, du coup ?"],
           {"gone": ["A3"], "mention": ["6 h 30", "7 h 15"], "absent": ["natation"]})


@pytest.mark.parametrize(("text", "out"), [
    # days listed after a comma: no reason of the speaker's ("sabato" is no verb in -o)
    ("metti una sveglia alle 5:20 tutti i mercoledì, giovedì e sabato",
     "metti una sveglia alle 5:20 tutti i mercoledì, giovedì e sabato"),
    ("mettimi la sveglia alle sette, domenica lavoro", "mettimi la sveglia alle sette"),
])
def test_days_listed_are_no_reason(text: str, out: str) -> None:
    assert without_reason_clause(text) == out


def test_an_alarm_on_three_days_listed_with_commas() -> None:
    judged("it", ["Mettimi una sveglia alle 5:20 tutti i mercoledì, giovedì e sabato."],
           {"new": [{"kind": "alarm", "time": "05:20", "repeat": ["WE", "TH", "SA"]}]})


@pytest.mark.parametrize(("lang", "turns", "new"), [
    # the part of the day after a noun and "of" is the kind of shift, kept in its title
    ("it", ["Segna in agenda il turno di notte di sabato 12 dicembre, dalle 21 alle 5 del "
            "mattino seguente."],
     [{"kind": "event", "start": "2026-12-12T21:00", "about": ["turno di notte"],
       "end": "2026-12-13T05:00"}]),
    ("es", ["Apunta en el calendario el turno de noche del jueves, de 23 a 7."],
     [{"kind": "event", "start": "2026-12-03T23:00", "about": ["turno de noche"],
       "end": "2026-12-04T07:00"}]),
    # "anche" opening the title of a second one is no part of it
    ("it", ["Metti in agenda il colloquio con la caposala giovedì alle 10.",
            "E anche il corso antincendio, venerdì alle 15."],
     [{"kind": "event", "start": "2026-12-03T10:00", "about": ["colloquio"]},
      {"kind": "event", "start": "2026-12-04T15:00", "about": ["corso antincendio"]}]),
])
def test_shift_titles(lang: str, turns: list[str], new: list[dict[str, str]]) -> None:
    judged(lang, turns, {"new": new})


@pytest.mark.parametrize(("lang", "turn", "seconds", "name"), [
    # the name said alone after the length and a comma
    ("de", "Mach mir einen Timer auf 15 Minuten, Mittagsschlaf, ich bin ganz kaputt.", 900,
     "Mittagsschlaf"),
    ("fr", "Mets un minuteur de vingt-cinq minutes, lessive, merci.", 1500, "lessive"),
    # a tool named by its use ("le fer à repasser": no Lancashire "for")
    ("fr", "Lance un minuteur de six minutes pour le fer à friser.", 360, "fer à friser"),
    ("it", "Metti un timer di 4 minuti per il ferro da stiro.", 240, "ferro da stiro"),
])
def test_a_new_timer_named(lang: str, turn: str, seconds: int, name: str) -> None:
    judged(lang, [turn], {"new": [{"kind": "timer", "seconds": seconds, "name": name}]})


@pytest.mark.parametrize("turn", [
    "Stell einen Timer auf 12 Minuten, bitte.",
    "Stell einen Timer auf 12 Minuten, ich geh kurz raus.",
])
def test_no_name_after_the_length(turn: str) -> None:
    judged("de", [turn], {"new": [{"kind": "timer", "seconds": 720}]})


def test_french_fer_is_no_lancashire_for() -> None:
    assert standard("Lance un minuteur pour le fer à repasser") == \
        "Lance un minuteur pour le fer à repasser"
    assert standard("put a reminder in fer t' dentist") == "put a reminder in for the dentist"


@pytest.mark.parametrize(("run", "lang", "out"), [
    # a thing for something: not cut after "pour les", "für die", "per le"
    ("lingettes pour les lunettes", "fr", ["lingettes pour les lunettes"]),
    ("Pflaster für die Blasen", "de", ["Pflaster für die Blasen"]),
    ("crema per le mani", "it", ["crema per le mani"]),
    ("du lait des œufs du beurre", "fr", ["du lait", "des œufs", "du beurre"]),
])
def test_runs_not_cut_after_a_word_leading_on(run: str, lang: str, out: list[str]) -> None:
    assert split_run(run, lang) == out


def test_a_thing_for_something_stays_whole() -> None:
    judged("fr", ["Mets sur la liste de courses du fromage, des lingettes pour les lunettes."],
           {"added_items": {"shopping": ["fromage", "lingettes pour les lunettes"]}},
           item_words=False)


@pytest.mark.parametrize(("lang", "turns", "said"), [
    # when it ends, the question word said last, right after the event was asked about
    ("it", ["Quando è la cena con Anna?", "e termina a che ora?"], ["21:30"]),
    ("it", ["Senti, a che ora è l'appuntamento dal dentista mercoledì?", "e quando finisce?"],
     ["14:30"]),
    ("es", ["¿Cuándo es la reunión de equipo?", "¿Y termina cuándo?"], ["10:00"]),
    ("fr", ["À quelle heure est la réunion d'équipe ?", "Et elle finit quand ?"], ["10 h 00"]),
])
def test_when_it_ends_asked_after(lang: str, turns: list[str], said: list[str]) -> None:
    judged(lang, turns, {"mention": said})


@pytest.mark.parametrize(("text", "lang", "out"), [
    ("Endlich ist der Plan da: den Wecker um Viertel nach sieben kannst du löschen.", "de",
     "den Wecker um Viertel nach sieben kannst du löschen."),
    ("J'ai enfin reçu le planning : le réveil de 7 h 15, supprime-le.", "fr",
     "le réveil de 7 h 15, supprime-le."),
    # the day said before the colon is the request's: kept
    ("Mañana por la mañana: la alarma de las 7:15 bórrala", "es",
     "Mañana por la mañana: la alarma de las 7:15 bórrala"),
    ("Nuovo promemoria: la bolletta del gas", "it", "Nuovo promemoria: la bolletta del gas"),
])
def test_news_before_a_colon(text: str, lang: str, out: str) -> None:
    assert without_news_then_so(text, lang) == out


def test_news_before_a_colon_then_a_change() -> None:
    judged("es", ["Por fin me han dado el horario: la alarma de las 7:15 pásala a las 6:20."],
           {"changed": {"A2": {"time": "06:20"}}})

"""A dog-walking business in German, French, Spanish and Italian: what was fixed after the
held-out dogs set (written apart from it, other words, other things)."""

from __future__ import annotations

import pytest

from hark.nlu.stored_requests import removed_not_set
from hark.text.regional_words import in_standard_words
from hark.text.story_first import question_after_news
from tests.conversations import judged


@pytest.mark.parametrize(("lang", "turns", "start"), [
    # "mi sbagliavo" had left the turn not understood
    ("it", ["Segna in agenda il veterinario venerdì alle 16.",
            "Uffa, no, mi sbagliavo: è giovedì, sempre alle 16."], "2026-12-03T16:00"),
    # the dash after "ich hab mich vertan" had made an event called "ist"
    ("de", ["Trag mir den Friseur am Freitag um 15 Uhr ein.",
            "Moment, ich hab mich vertan — der ist am Dienstag, gleiche Uhrzeit."],
     "2026-12-01T15:00"),
])
def test_a_day_put_right_after_i_was_wrong(lang: str, turns: list[str], start: str) -> None:
    judged(lang, turns, {"new": [{"kind": "event", "start": start}]})


def test_lass_es_bleiben_takes_back_what_was_just_made() -> None:
    judged("de", ["Stell mir einen Wecker für morgen um halb sechs.",
                  "Ach nee, lass es lieber bleiben — die Runde fällt aus."], {})


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Oye, cancélame la cena con Anna del viernes."),
    ("es", "Bórrame la reunión de equipo de mañana, porfa."),
    ("it", "Toglimi la cena con Anna di venerdì."),
])
def test_a_removal_verb_with_its_clitic_removes(lang: str, text: str) -> None:
    assert removed_not_set(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Ponme la cena con Anna el viernes."),
    ("es", "Quita el timer y ponme una alarma."),
    ("it", "Segna la cena con Anna venerdì."),
])
def test_no_removal_first_or_a_setting_said(lang: str, text: str) -> None:
    assert not removed_not_set(text, lang)


def test_a_removal_with_its_clitic_is_asked_and_done() -> None:
    # "Cancélame …" had added an event "cena con Anna" for Friday
    judged("es", ["Cancélame la cena con Anna del viernes."], {"gone": ["E3"]})


@pytest.mark.parametrize(("lang", "turns", "name"), [
    ("es", ["Pon un temporizador de diez minutos para bañar a Lola."], "Lola"),
    ("fr", ["Lance un minuteur de sept minutes pour brosser Caramel."], "Caramel"),
    ("it", ["Mettimi un timer per lavare Fido.", "Venti minuti."], "Fido"),
])
def test_a_timer_named_for_whom_it_is(lang: str, turns: list[str], name: str) -> None:
    seconds = 1200 if lang == "it" else 600 if lang == "es" else 420
    judged(lang, turns, {"new": [{"kind": "timer", "seconds": seconds, "name": name}]})


def test_another_timer_for_someone_else_with_a_remark() -> None:
    # "…, il sort du congélateur" had been read as music
    judged("fr", ["Mets un minuteur de cinq minutes pour sécher Moka.",
                  "Et un autre pour Réglisse, il sort de la rivière."],
           {"new": [{"kind": "timer", "seconds": 300, "name": "Moka"},
                    {"kind": "timer", "seconds": 300, "name": "Réglisse"}]})


def test_dale_and_pe_between_commas_say_nothing() -> None:
    assert in_standard_words("Y otra para el jueves, dale, a la misma hora.") \
        == "Y otra para el jueves, a la misma hora."
    assert in_standard_words("Ponme otra, pe, a las seis.") == "Ponme otra, a las seis."
    assert in_standard_words("Dale cinco minutos más al arroz.") \
        == "Dale cinco minutos más al arroz."


def test_another_reminder_with_dale_keeps_its_errand() -> None:
    # the new one had been about "dale"
    judged("es", ["Recuérdame mañana a las ocho regar las plantas del balcón.",
                  "Y otro para el jueves, dale, a la misma hora."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T08:00", "about": ["plantas"]},
                    {"kind": "reminder", "due": "2026-12-03T08:00", "about": ["plantas"]}]})


def test_a_time_said_sharp_fills_the_reminder() -> None:
    # "… pile" had not been understood
    judged("fr", ["Rappelle-moi d'arroser les plantes jeudi.", "Hum, à 18 heures pile."],
           {"new": [{"kind": "reminder", "due": "2026-12-03T18:00", "about": ["plantes"]}]})


def test_jeweils_between_day_and_time() -> None:
    # the time had been lost (0:00)
    judged("de", ["Erinner mich am Dienstag jeweils um zwölf an die Tabletten."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T12:00", "about": ["Tabletten"]}]})


def test_when_was_i_due_to_asks_the_reminder() -> None:
    judged("es", ["Oye, ¿cuándo me tocaba comprar la tarjeta para Sam?"],
           {"mention": ["09:30"]})


def test_a_dash_before_the_length_of_an_event_just_made() -> None:
    # a dash had hidden the time and the length
    judged("de", ["Trag mir am Freitag den Friseur ein.",
                  "Um halb vier — und das dauert eine Stunde."],
           {"new": [{"kind": "event", "start": "2026-12-04T15:30", "end": "2026-12-04T16:30",
                     "about": ["Friseur"]}]})


def test_reckon_with_an_hour_is_its_length() -> None:
    # "rechne mit einer Stunde" had started a one-hour timer
    judged("de", ["Trag mir übermorgen Vormittag das Probetraining ein.",
                  "Um zehn, und rechne mit zwei Stunden."],
           {"new": [{"kind": "event", "start": "2026-12-02T10:00", "end": "2026-12-02T12:00",
                     "about": ["Probetraining"]}]})


def test_a_question_after_news_and_a_dash() -> None:
    assert question_after_news("Die Hunde ziehen wie verrückt an der Leine — wie lange "
                               "brauchen die Nudeln noch?", "de") \
        == "Wie lange brauchen die Nudeln noch?"
    # the news before a dash with a day of its own stays
    said = "Morgen bin ich den ganzen Tag im Park — wie lange brauchen die Nudeln noch?"
    assert question_after_news(said, "de") == said


def test_a_timer_put_right_with_a_remark_is_no_pair_of_timers() -> None:
    # "…, son seis perros" had made a second timer "son perros" of six minutes
    judged("es", ["Pon un temporizador de diez minutos para la tortilla.",
                  "No, perdona, mejor de doce, son muchos huevos."],
           {"new": [{"kind": "timer", "seconds": 720, "name": "tortilla"}]})


def test_how_the_list_is_now() -> None:
    # "¿Cómo quedó la lista?" had listed the lists
    judged("es", ["Añade servilletas a la lista de la compra.", "¿Y cómo ha quedado la lista?"],
           {"added_items": {"shopping": ["servilletas"]}, "mention": ["servilletas", "leche"]})

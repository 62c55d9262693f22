"""A week with the car off the road in German, French, Spanish and Italian: what was fixed
after the held-out car set (written apart from it, other words, other things)."""

from __future__ import annotations

import pytest

from hark.dialogue.lexicon import stop_and_why
from hark.dialogue.undoing import said as undo_said
from hark.text.corrections_other import corrected_other
from hark.text.event_length import asked as length_asked
from hark.text.items_done import done_then_off
from hark.text.regional_words import in_standard_words
from hark.text.story_first import without_news_then_so
from tests.conversations import judged

# --- the same reminder again on another day or at another time ---------------------------


def test_the_same_again_with_please_in_the_middle_keeps_the_thing() -> None:
    # "Und das Gleiche bitte …" had made a reminder "bitte"
    judged("de", ["Erinnere mich am Dienstag um acht: Winterreifen beim Händler abholen.",
                  "Das Gleiche bitte nochmal am Freitag."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T08:00", "about": ["Winterreifen"]},
                    {"kind": "reminder", "due": "2026-12-04T08:00", "about": ["Winterreifen"]}]})


def test_an_italian_one_alike_keeps_the_thing() -> None:
    # "E uno uguale per …" had made a reminder "uno"
    judged("it", ["Ricordami domani alle dieci di chiamare il meccanico.",
                  "Fammene uno uguale per sabato, per favore."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T10:00", "about": ["meccanico"]},
                    {"kind": "reminder", "due": "2026-12-05T10:00", "about": ["meccanico"]}]})


def test_a_french_make_me_another_at_a_time_keeps_the_thing() -> None:
    # "mets-en un autre à …" had made a reminder of the words "et mets-en un autre rappel à"
    judged("fr", ["Rappelle-moi jeudi à 10 heures d'appeler l'assurance.",
                  "Et mets-m'en un autre à 16 heures, au cas où ils ne décrochent pas."],
           {"new": [{"kind": "reminder", "due": "2026-12-03T10:00", "about": ["assurance"]},
                    {"kind": "reminder", "due": "2026-12-03T16:00", "about": ["assurance"]}]})


def test_a_spanish_put_me_another_keeps_the_thing() -> None:
    judged("es", ["Recuérdame mañana a las diez de llamar al taller.",
                  "Y ponme otro a las cinco, por si no contestan."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T10:00", "about": ["taller"]},
                    {"kind": "reminder", "due": "2026-12-01T17:00", "about": ["taller"]}]})


# --- a question after news and a colon ----------------------------------------------------


@pytest.mark.parametrize(("text", "lang", "out"), [
    ("Bon, il faut que je m'organise sans la voiture : qu'est-ce que j'ai jeudi ?", "fr",
     "qu'est-ce que j'ai jeudi ?"),
    ("Tengo que ver cómo me apaño sin coche: ¿qué tengo el viernes?", "es",
     "¿qué tengo el viernes?"),
])
def test_news_before_a_colon_then_a_question(text: str, lang: str, out: str) -> None:
    assert without_news_then_so(text, lang) == out


def test_news_with_a_day_before_a_colon_stays() -> None:
    said = "Am Freitag bin ich ohne Auto unterwegs: was steht da im Kalender?"
    assert without_news_then_so(said, "de") == said


def test_a_german_question_after_news_and_a_colon_then_another_day() -> None:
    # whole, it had not been understood; "Und am Freitag?" was then read as a date question
    answers = judged("de", ["Mal sehen, wie ich das mit dem Bus mache: Was habe ich am "
                            "Freitag im Kalender?", "Und am Mittwoch?"],
                     {"mention": ["14:00"], "absent": ["19:30"]})
    assert "19:30" in answers[0]


# --- giving up, with why ------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Ah non, laisse tomber, en fait je prends le bus, pas besoin de réveil.",
    "Nee, vergiss es, ich steh eh um sieben auf.",
    "No, lascia stare, tanto domani non lavoro.",
    "Ay, no, déjalo.",
    "Oh no, forget it.",
])
def test_giving_up_with_why_is_a_stop(text: str) -> None:
    assert stop_and_why(text)


@pytest.mark.parametrize("text", [
    "Non, laisse tomber, mets-le à 9 heures.",
    "Neun Uhr.",
    "No, alle nove e mezza.",
])
def test_an_answer_or_a_new_time_is_no_stop(text: str) -> None:
    assert not stop_and_why(text)


def test_an_alarm_asked_for_its_time_given_up_with_a_reason_holding_a_time() -> None:
    # the time in the reason had set the alarm
    judged("it", ["Mettimi una sveglia per giovedì.",
                  "No, lascia stare, in realtà il meccanico apre alle dieci, non serve."],
           {"new": []})


def test_an_item_just_added_given_up_with_why_is_taken_back() -> None:
    # "déjalo, ya lo compro …" had not been understood and the item stayed
    judged("es", ["Añade pilas para el mando a la lista de la compra.",
                  "Bah, déjalo, ya las compro yo en el súper."], {"new": []})
    judged("de", ["Setz Senf auf die Einkaufsliste.", "Ach, lass es, ich hab noch welchen."],
           {"new": []})


@pytest.mark.parametrize(("text", "lang"), [
    ("Bah, déjalo, ya lo compro yo.", "es"),
    ("Ach, lass es, ich hab noch welche.", "de"),
    ("Lascia stare, lo compro io domani.", "it"),
])
def test_giving_up_then_why_is_an_undo(text: str, lang: str) -> None:
    heard = undo_said(text, lang)
    assert heard is not None and heard.recent_only


# --- an alarm's time put right in the answer ----------------------------------------------


def test_spoken_ich_brauch_is_ich_brauche() -> None:
    assert in_standard_words("Ich brauch noch einen Timer") == "Ich brauche noch einen Timer"
    assert in_standard_words("Brauch ich morgen einen Schirm?") == "Brauche ich morgen einen Schirm?"
    assert in_standard_words("Der Kuchen braucht noch") == "Der Kuchen braucht noch"


def test_a_time_put_right_with_a_word_that_it_will_do() -> None:
    assert corrected_other("Sieben Uhr. Nee, warte, halb acht reicht, die Schule fängt erst "
                           "um neun an.") == "um halb acht."
    assert corrected_other("Metti una sveglia alle sei. No, aspetta, alle sei e mezza basta, "
                           "tanto il treno parte alle otto.") == \
        "Metti una sveglia alle sei e mezza."


def test_a_german_alarm_needed_then_its_time_put_right() -> None:
    judged("de", ["Ich brauch einen Wecker für Freitag.",
                  "Ähm, sechs Uhr. Nee, warte, Viertel nach sechs reicht, der Zug fährt erst "
                  "um 7:20."],
           {"new": [{"kind": "alarm", "time": "06:15", "date": "2026-12-04"}]})


# --- an item taken off after another request in the same breath ---------------------------


def test_an_item_taken_off_after_items_added_keeps_the_adding() -> None:
    lists = {"shopping": ["Butter", "Käse"], "to-do": ["Reifen wechseln"]}
    said = ("Schreib Frostschutz und Kühlerflüssigkeit auf die Einkaufsliste, und, äh, die "
            "Butter kannst du streichen, die hab ich noch.")
    assert done_then_off(said, lists, "de") == ("Schreib Frostschutz und Kühlerflüssigkeit "
                                                "auf die Einkaufsliste und streich Butter von "
                                                "der Einkaufsliste")
    assert done_then_off("Die Butter hab ich, kannst du streichen", lists, "de") == \
        "streich Butter von der Einkaufsliste"


def test_a_german_add_and_a_removal_in_one_breath() -> None:
    judged("de", ["Setz Frostschutzmittel und Handschuhe auf die Einkaufsliste, und, ähm, "
                  "die Milch kannst du runternehmen, hab ich noch."],
           {"added_items": {"shopping": ["Frostschutzmittel", "Handschuhe"]},
            "gone_items": {"shopping": ["Milch"]}})


# --- an event made to last ----------------------------------------------------------------


def test_made_to_last_is_a_length() -> None:
    got = length_asked("E falla durare un'ora", "it")
    assert got is not None and got.kind == "length" and got.words == "un'ora"
    got = length_asked("Y hazlo durar cuarenta y cinco minutos", "es")
    assert got is not None and got.kind == "length"


def test_an_italian_event_made_to_last_after_it_was_put_in() -> None:
    judged("it", ["Aggiungi un evento: cambio gomme.", "Giovedì alle tre del pomeriggio.",
                  "E fallo durare un'ora."],
           {"new": [{"kind": "event", "start": "2026-12-03T15:00", "about": ["gomme"],
                     "end": "2026-12-03T16:00"}]})


def test_another_thing_named_in_full_is_a_request_of_its_own() -> None:
    # "stell noch einen Timer …" must not be read as the timer before, again
    judged("de", ["Stell einen Timer für die Kartoffeln auf zwanzig Minuten.",
                  "Und stell noch einen Timer für den Tee, drei Minuten."],
           {"new": [{"kind": "timer", "seconds": 1200, "name": "Kartoffeln"},
                    {"kind": "timer", "seconds": 180, "name": "Tee"}]})


def test_another_reminder_said_with_para_keeps_only_its_errand() -> None:
    """"Y ponme otro a las cinco para comprar pan" after a reminder had made a reminder
    "Y ponme otro recordatorio a para comprar pan"."""
    judged("es", ["Recuérdame mañana a las diez llamar al taller.",
                  "Y ponme otro recordatorio a las seis de la tarde para recoger las llaves"],
           {"new": [{"kind": "reminder", "due": "2026-12-01T10:00", "about": ["taller"]},
                    {"kind": "reminder", "due": "2026-12-01T18:00", "about": ["llaves"]}]})

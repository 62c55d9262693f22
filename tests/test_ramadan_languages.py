"""A week of Ramadan in German, French, Spanish and Italian: what was fixed after the
held-out Ramadan set (written apart from it, other words, other things)."""

from __future__ import annotations

import pytest

from tests.conversations import judged


@pytest.mark.parametrize(("lang", "first", "then"), [
    ("it", "Cosa c'è sulla lista della spesa?", "E sulla to-do?"),
    ("es", "¿Qué hay en la lista de la compra?", "¿Y en la to-do?"),
    ("de", "Was steht auf der Einkaufsliste?", "Und auf der To-do?"),
])
def test_the_to_do_list_by_its_short_name_after_a_list(lang: str, first: str,
                                                       then: str) -> None:
    answers = judged(lang, [first, then], {})
    assert "to-do" in answers[-1].lower()


@pytest.mark.parametrize(("lang", "turns", "said"), [
    ("fr", ["À quelle heure sonne le réveil de natation ?",
            "Et le rappel pour appeler le dentiste ?"], "10 h 00"),
    ("it", ["A che ora suona la sveglia del nuoto?",
            "E il promemoria per il biglietto di Sam?"], "9:30"),
    ("de", ["Wann klingelt der Wecker fürs Schwimmen?",
            "Und die Erinnerung für die Karte von Sam?"], "9:30"),
])
def test_a_thing_of_another_kind_asked_with_and(lang: str, turns: list[str],
                                                said: str) -> None:
    answers = judged(lang, turns, {})
    assert said in answers[-1]


@pytest.mark.parametrize(("lang", "turns", "kept", "added"), [
    ("fr", ["Ajoute de la semoule et des dattes aux courses.",
            "Non, enlève la semoule, mets plutôt du boulgour."], "dattes", "boulgour"),
    ("es", ["Añade caldo de pollo y pan de pita a la compra.",
            "Mejor quita el caldo y pon hierbabuena."], "pita", "hierbabuena"),
    ("de", ["Setz Gemüsebrühe und Datteln auf die Einkaufsliste.",
            "Streich die Gemüsebrühe wieder, schreib lieber Minze auf."], "Datteln", "Minze"),
])
def test_an_item_just_added_taken_off_and_another_put_on(lang: str, turns: list[str],
                                                         kept: str, added: str) -> None:
    judged(lang, turns, {"added_items": {"shopping": [kept, added]}})


@pytest.mark.parametrize(("lang", "text", "gone", "added"), [
    ("fr", "Raye le lait, je l'ai déjà, et ajoute des dattes.", "lait", "dattes"),
    ("es", "Tacha los huevos y añade harina de sémola.", "huevos", "harina"),
])
def test_what_is_added_after_items_ticked_off_goes_on_that_list(
        lang: str, text: str, gone: str, added: str) -> None:
    judged(lang, [text], {"gone_items": {"shopping": [gone]},
                          "added_items": {"shopping": [added]}})


def test_an_event_cancelled_then_another_noted_stays_in_the_calendar() -> None:
    judged("it", ["Cancella la cena con Anna di venerdì e segnami invece la cena dai "
                  "cugini sabato alle venti."],
           {"gone": ["E3"], "new": [{"kind": "event", "start": "2026-12-05T20:00",
                                     "about": ["cugini"]}]})


@pytest.mark.parametrize(("lang", "turns"), [
    ("fr", ["À quelle heure finit la réunion d'équipe demain ?",
            "Rappelle-moi à cette heure-là d'appeler l'école."]),
    ("es", ["¿A qué hora termina la reunión de equipo mañana?",
            "Recuérdame a esa hora llamar al colegio."]),
    ("de", ["Bis wann geht die Teambesprechung morgen?",
            "Erinnere mich zu der Zeit, die Schule anzurufen."]),
])
def test_at_that_time_after_an_end_asked_is_the_end(lang: str, turns: list[str]) -> None:
    judged(lang, turns, {"new": [{"kind": "reminder", "due": "2026-12-01T10:00",
                                  "about": []}]})


@pytest.mark.parametrize(("lang", "turns", "said"), [
    ("fr", ["Les invités arrivent, combien de temps il reste sur les pâtes ?",
            "Et la lessive ?"], "15 minutes"),
    ("es", ["Ya están aquí los primos, ¿cuánto le queda a la pasta?", "¿Y la colada?"],
     "15 minutos"),
    ("it", ["Arrivano gli ospiti, quanto manca alla pasta?", "E il bucato?"], "15 minuti"),
])
def test_a_question_after_news_carried_over(lang: str, turns: list[str], said: str) -> None:
    answers = judged(lang, turns, {})
    assert said in answers[-1]


@pytest.mark.parametrize(("lang", "turns"), [
    ("fr", ["Mets-moi un réveil samedi à cinq heures.",
            "Non, laisse tomber, le samedi ma mère me réveille toujours pour le sahour."]),
    ("es", ["Ponme una alarma el sábado a las cinco.",
            "No, espera, olvídalo, el finde me despierta mi madre para el suhur."]),
    ("it", ["Mettimi una sveglia sabato alle cinque.",
            "No, aspetta, lascia perdere, sabato mi sveglia mia madre per il suhur."]),
])
def test_never_mind_with_news_of_a_day(lang: str, turns: list[str]) -> None:
    judged(lang, turns, {})


def test_the_thing_named_first_asked_with_exactly() -> None:
    judged("es", ["Y la cena con Anna, ¿cuándo es exactamente?",
                  "Recuérdame una hora antes de comprar flores."],
           {"new": [{"kind": "reminder", "due": "2026-12-04T18:30", "about": ["flores"]}]})


def test_a_thing_named_before_the_day_asked_is_no_date_question() -> None:
    judged("de", ["Wann ist denn die Teambesprechung morgen?",
                  "Kannst du sie auf zehn verschieben?"],
           {"changed": {"E1": {"start": "2026-12-01T10:00"}}})


def test_what_stands_on_a_day_is_no_device_question() -> None:
    answers = judged("de", ["Was steht am Freitag alles an?"], {})
    assert "Anna" in answers[-1]


def test_another_reminder_with_a_long_errand() -> None:
    judged("fr", ["Rappelle-moi vendredi à 9 h de payer la cantine.",
                  "Et pareil lundi, pour rapporter les livres à la bibliothèque municipale."],
           {"new": [{"kind": "reminder", "due": "2026-12-04T09:00", "about": ["cantine"]},
                    {"kind": "reminder", "due": "2026-12-07T09:00",
                     "about": ["bibliothèque"]}]})


def test_a_compound_timer_asked_for_then_its_length_put_right() -> None:
    judged("de", ["Stell mir bitte einen Kartoffel-Timer auf zwölf Minuten.",
                  "Nee, Quatsch, fünfzehn Minuten, die sind noch ganz roh."],
           {"new": [{"kind": "timer", "seconds": 900, "name": "Kartoffel"}]})

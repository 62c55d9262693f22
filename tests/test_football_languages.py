"""A children's football coach's week in German, French, Spanish and Italian: what was
fixed after the held-out football set (written apart from it, other words, other things)."""

from __future__ import annotations

import pytest

from hark.dialogue import undoing
from hark.text.busy_first import without_busy_reason
from hark.text.question_among import question_alone
from hark.text.regional_words import in_standard_words
from hark.text.same_time import moved_day_alone
from tests.conversations import judged

# -- taking back a change: "lass ihn doch", "laisse faire", "… la sveglia resta" --------

@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Ach, warte, lass sie doch, die brauch ich am Freitag noch."),
    ("fr", "Ah non, laisse faire, mon frère s'en charge."),
    ("it", "No, lascia stare, il cane lo porto fuori io. La sveglia resta."),
])
def test_a_change_taken_back(lang: str, text: str) -> None:
    assert undoing.said(text, lang) is not None


def test_a_deleted_alarm_kept_after_all_in_bavarian() -> None:
    judged("de", ["Lösch bitte den Wecker von morgen um Viertel nach sieben.",
                  "Na, warte, lass ihn doch, ich hab morgen früh ja Training."], {})


def test_an_item_added_then_taken_back_in_quebec_french() -> None:
    judged("fr", ["Mets des clémentines sur la liste de courses pour le goûter.",
                  "Ah non, laisse faire, le coach en apporte."], {})


def test_a_dinner_deleted_then_kept_with_it_stays() -> None:
    judged("it", ["Cancella la cena con Anna di venerdì.",
                  "No dai, lascia stare, la lavatrice la faccio sabato. La cena resta."], {})


# -- Roman and Bavarian words --------------------------------------------------------

@pytest.mark.parametrize(("said", "meant"), [
    ("E n'altro uguale per i parastinchi", "E un altro uguale per i parastinchi"),
    ("facciamo alle dieci, so' ancora in campo", "facciamo alle dieci, sono ancora in campo"),
    ("No, famo alle dieci", "No, facciamo alle dieci"),
    ("und des Gleiche am Freitag", "und das Gleiche am Freitag"),
])
def test_regional_words(said: str, meant: str) -> None:
    assert in_standard_words(said) == meant


def test_another_timer_the_same_said_in_roman() -> None:
    judged("it", ["Metti un timer di quindici minuti per i parastinchi.",
                  "E n'altro uguale per le scarpette."],
           {"new": [{"kind": "timer", "seconds": 900, "name": "parastinchi"},
                    {"kind": "timer", "seconds": 900, "name": "scarpette"}]})


def test_the_same_reminder_again_said_in_bavarian() -> None:
    judged("de", ["Erinner mich morgen um vier am Nachmittag, dass ich die Bälle aufpumpe.",
                  "Und des Gleiche nochmal am Freitag, selbe Uhrzeit."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T16:00", "about": ["Bälle"]},
                    {"kind": "reminder", "due": "2026-12-04T16:00", "about": ["Bälle"]}]})


# -- why the old time will not do, said before the new one -----------------------------

@pytest.mark.parametrize(("text", "meant"), [
    ("Nee, um fünf bin ich noch in der Halle, mach lieber halb sieben.",
     "Nee, mach lieber halb sieben."),
    ("Non, à dix-huit heures je suis encore au stade, alors mets-le plutôt à dix-neuf heures.",
     "Non, mets-le plutôt à dix-neuf heures."),
    ("No, a las seis todavía estoy en el campo, mejor a las siete.", "No, mejor a las siete."),
    ("No, alle sette sono ancora al campo, facciamo alle otto.", "No, facciamo alle otto."),
    ("Allora, il torneo è stato spostato alle dieci, quindi sposta la sveglia alle sette.",
     "Allora, sposta la sveglia alle sette."),
])
def test_the_busy_reason_dropped(text: str, meant: str) -> None:
    assert without_busy_reason(text) == meant


@pytest.mark.parametrize("text", [
    "Mets-le à dix-neuf heures, je suis encore au stade à dix-huit heures.",  # why after
    "Um fünf bin ich in der Halle.",
    "Stell mir einen Wecker um sieben, das Training ist um neun.",
])
def test_no_busy_reason(text: str) -> None:
    assert without_busy_reason(text) == text


def test_a_reminder_put_later_after_saying_where_one_is() -> None:
    judged("de", ["Erinnere mich am Mittwoch um fünf am Nachmittag, dass ich die Trikots wasche.",
                  "Moment, um fünf bin ich ja noch in der Halle, mach lieber halb sieben, "
                  "da bin ich daheim."],
           {"new": [{"kind": "reminder", "due": "2026-12-02T18:30", "about": ["Trikots"]}]})


def test_an_alarm_moved_after_news_with_its_own_clock() -> None:
    judged("fr", ["Bon, le tournoi a été repoussé à quinze heures, donc avance l'alarme "
                  "natation à huit heures, je nagerai un peu avant."],
           {"changed": {"A3": {"time": "08:00"}}})


# -- a short "and …?" among remarks --------------------------------------------------

@pytest.mark.parametrize(("text", "asked"), [
    ("E per domenica? C'è il torneo a Pisa.", "E per domenica?"),
    ("Und am Freitag? Da ist das Pokalspiel.", "Und am Freitag?"),
    ("Voilà. Et vendredi, j'ai quoi d'autre ?", "Voilà. Et vendredi, j'ai quoi d'autre ?"),
])
def test_a_short_and_question_among_remarks(text: str, asked: str) -> None:
    assert question_alone(text) == asked


def test_the_alarms_of_another_day_asked_with_a_remark() -> None:
    answers = judged("it", ["Che sveglie ho per domani?",
                            "E per sabato? Giochiamo in casa."], {"mention": ["09:00"]})
    assert "nuoto" in answers[-1]


# -- corrections and times ----------------------------------------------------------

def test_a_timer_put_right_after_que_me_he_liado() -> None:
    judged("es", ["Pon un temporizador de diez minutos para los balones.",
                  "Ay, perdona, que me he equivocado, que sean veinte, que si no no da tiempo."],
           {"new": [{"kind": "timer", "seconds": 1200}]})


def test_when_it_ends_is_the_timer_just_asked_about() -> None:
    judged("es", ["¿Cuánto le queda a la colada?",
                  "Pues recuérdame colgar el equipamiento justo cuando termine."],
           {"new": [{"kind": "reminder", "due": "2026-11-30T17:15",
                     "about": ["equipamiento"]}]})


def test_what_was_said_then_what_is_meant() -> None:
    judged("it", ["Metti in agenda la riunione dei genitori giovedì alle cinque del pomeriggio.",
                  "No scusa, ho detto giovedì ma è martedì, martedì alle cinque. Giovedì c'ho "
                  "il dentista."],
           {"new": [{"kind": "event", "start": "2026-12-01T17:00", "about": ["genitori"]}]})


def test_a_german_move_to_another_day_at_the_same_time() -> None:
    assert moved_day_alone("Schieb ihn auf Montag, gleiche Zeit.") == "Schieb ihn auf Montag."
    assert moved_day_alone("Und noch einen am Montag, gleiche Zeit.") == \
        "Und noch einen am Montag, gleiche Zeit."
    judged("de", ["Wann klingelt am Samstag der Wecker fürs Schwimmen?",
                  "Schieb ihn auf Sonntag, selbe Zeit."],
           {"changed": {"A3": {"time": "09:00", "date": "2026-12-06"}}})


# -- entries, lists and several requests ----------------------------------------------

def test_news_then_put_it_in_with_its_length_after() -> None:
    judged("de", ["Also, der Elternabend ist jetzt am Donnerstag um acht am Abend, trag mir "
                  "den bitte ein, der dauert eine Stunde."],
           {"new": [{"kind": "event", "start": "2026-12-03T20:00", "end": "2026-12-03T21:00",
                     "about": ["Elternabend"]}]})


def test_a_why_clause_after_the_items_is_no_item() -> None:
    judged("es", ["Apunta en la lista de la compra vendas y agua oxigenada, que el botiquín "
                  "está vacío."],
           {"added_items": {"shopping": ["vendas", "agua oxigenada"]}})


def test_an_alarm_named_then_taken_off_and_another_made() -> None:
    judged("it", ["La sveglia del nuoto cancellala, e mettimene una alle sette."],
           {"gone": ["A3"], "new": [{"kind": "alarm", "time": "07:00", "date": "2026-12-05"}]})


def test_an_addition_after_and_follows_an_entry() -> None:
    judged("fr", ["Note dans l'agenda le repas de l'équipe samedi à midi.",
                  "Et ajoute « acheter les médailles » à la to-do."],
           {"new": [{"kind": "event", "start": "2026-12-05T12:00", "about": ["repas"]}],
            "added_items": {"to-do": ["médailles"]}})


def test_two_items_taken_off_two_lists() -> None:
    judged("it", ["Poi togli il pane dalla spesa, l'ho già preso, e anche 'rinnovare il "
                  "passaporto' dalla to-do."],
           {"gone_items": {"shopping": ["pane"], "to-do": ["rinnovare il passaporto"]}})

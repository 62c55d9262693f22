"""Looking after an elderly parent in German, French, Spanish and Italian: what was fixed
after the held-out parent set (written apart from it, other words, other things)."""

from __future__ import annotations

import pytest

from hark.dialogue.reason_after import request_alone
from hark.dialogue.same_repeat import with_repeat
from hark.nlu.scope_frames import decide
from hark.text import list_entry
from hark.text.asked_again import without_again
from hark.text.called_off import called_off
from hark.text.corrections_other import corrected_other
from hark.text.question_among import question_alone
from hark.text.reason_clause import without_reason_clause
from hark.text.timer_pairs import timers_paired
from tests.conversations import judged


def test_a_reminder_to_fetch_something_is_no_removal() -> None:
    # "ritirare" (to collect) had been read as a removal and the reminder not understood
    assert decide("calendar_remove", "Mettimi un promemoria per ritirare il pacco", "it") \
        == "calendar_set"
    assert decide("lists_remove", "Ricordami di ritirare le analisi in farmacia", "it") \
        == "calendar_set"
    assert decide("lists_remove", "Togli il promemoria del pacco", "it") is None


def test_an_italian_reminder_to_collect_then_its_time() -> None:
    judged("it", ["Mi serve un promemoria per ritirare le analisi della nonna.",
                  "Venerdì pomeriggio alle quattro."],
           {"new": [{"kind": "reminder", "due": "2026-12-04T16:00", "about": ["analisi"]}]})


def test_a_reason_with_a_word_before_what_one_has_to_do_is_left_out() -> None:
    # "…, que antes tengo que …": "antes" had been kept and the dinner moved earlier
    assert request_alone("Pues atrásala una hora, que antes tengo que bañar a mi padre",
                         "es") == "Pues atrásala una hora"
    assert request_alone("Spostala di mezz'ora, che prima devo passare dalla nonna",
                         "it") == "Spostala di mezz'ora"


def test_a_spanish_dinner_put_back_with_a_reason_after() -> None:
    judged("es", ["¿A qué hora es la cena con Anna?",
                  "Retrásala una hora, que antes tengo que darle la cena a mi padre."],
           {"changed": {"E3": {"start": "2026-12-04T20:30"}}})


EVERY_DAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def test_alarms_at_hours_are_no_timers() -> None:
    # "une alarme … à 7 heures … et une autre …" had been made two timers of hours
    said = "Mets une alarme à 7 heures pour le collyre de papa et une autre à 19 heures"
    assert timers_paired(said, "fr") == said


@pytest.mark.parametrize(("tail", "head", "lang", "out"), [
    ("et une autre pareille à midi", "mets une alarme tous les jours à sept heures", "fr",
     "et une autre tous les jours à midi"),
    ("y otra igual a las diez", "ponme una alarma de lunes a viernes a las siete", "es",
     "y otra de lunes a viernes a las diez"),
    ("e un'altra uguale alle nove", "metti una sveglia ogni giorno alle sei", "it",
     "e un'altra ogni giorno alle nove"),
    ("und noch einen genauso um neun", "stell einen Wecker jeden Tag um sechs", "de",
     "und noch einen jeden Tag um neun"),
    ("y otra igual a las diez", "ponme una alarma mañana a las siete", "es",
     "y otra igual a las diez"),  # nothing repeats: nothing to copy
])
def test_another_the_same_takes_the_days_of_the_one_before(tail: str, head: str, lang: str,
                                                            out: str) -> None:
    assert with_repeat(tail, head, lang) == out


def test_a_french_alarm_every_day_and_another_the_same() -> None:
    judged("fr", ["Peux-tu mettre une alarme tous les jours à 7 heures pour le collyre de papa, "
                  "et une autre pareille à 19 heures ?"],
           {"new": [{"kind": "alarm", "time": "07:00", "repeat": EVERY_DAY},
                    {"kind": "alarm", "time": "19:00", "repeat": EVERY_DAY}]})


def test_a_spanish_weekday_alarm_and_another_the_same() -> None:
    judged("es", ["Pon una alarma de lunes a viernes a las siete y media para las gotas de "
                  "mi abuelo, y otra igual a las diez de la noche."],
           {"new": [{"kind": "alarm", "time": "07:30", "repeat": EVERY_DAY[:5]},
                    {"kind": "alarm", "time": "22:00", "repeat": EVERY_DAY[:5]}]})


def test_a_german_reminder_said_with_dran_and_its_time_after() -> None:
    # "dran" had been kept as the errand's first word, and "so um …" left the time unread
    judged("de", ["Erinner mich übermorgen dran, Opas Brille beim Optiker abzuholen.",
                  "Äh, nachmittags, so gegen vier."],
           {"new": [{"kind": "reminder", "due": "2026-12-02T16:00", "about": ["Brille"]}]})


def test_a_german_reminder_with_dran_and_the_verb_last() -> None:
    judged("de", ["Kannst du mich morgen um zehn dran erinnern, die Oma anzurufen?"],
           {"new": [{"kind": "reminder", "due": "2026-12-01T10:00", "text": "die Oma anzurufen"}]})


@pytest.mark.parametrize(("lang", "turn", "name", "items"), [
    ("de", "Mach eine neue Liste, die heißt einfach Opa, und schreib gleich drauf: Wollsocken, "
           "ein Rätselbuch und Lippenbalsam.", "Opa", ["Wollsocken", "Rätselbuch", "Lippenbalsam"]),
    ("fr", "Crée une nouvelle liste qui s'appelle juste Papi, et mets dessus : des chaussons "
           "et un plaid.", "Papi", ["chaussons", "plaid"]),
])
def test_a_new_list_named_plainly(lang: str, turn: str, name: str, items: list[str]) -> None:
    # "einfach", "juste" had been taken into the name ("Einfach opa")
    judged(lang, [turn], {"added_items": {name: items}})


@pytest.mark.parametrize(("turn", "items", "listed"), [
    ("Ajoute sur la liste de courses de la crème fraîche.", "de la crème fraîche",
     "liste de courses"),
    ("Mets sur ma liste de courses de l'eau gazeuse.", "de l'eau gazeuse", "liste de courses"),
    ("Ajoute à ma liste de choses à faire réserver le taxi.", "réserver le taxi",
     "liste de choses à faire"),
])
def test_a_french_item_after_the_list_keeps_its_article(turn: str, items: str,
                                                        listed: str) -> None:
    # "liste de courses de la compote" had named a list "courses de la"
    assert list_entry.read(turn, "fr") == list_entry.Entry(items, listed)


def test_french_items_said_after_the_shopping_list() -> None:
    judged("fr", ["Ajoute sur la liste de courses de la soupe de légumes et des mouchoirs."],
           {"added_items": {"shopping": ["soupe", "mouchoirs"]}})


@pytest.mark.parametrize(("text", "plain"), [
    ("Ricordami domani alle nove di portare il nonno dal dentista... no, scusa, alle nove e "
     "un quarto, che prima c'è traffico.",
     "Ricordami domani alle nove e un quarto di portare il nonno dal dentista."),
    ("Stell mir einen Wecker für Freitag, halb sieben. Ach nein, sorry, mach sieben draus.",
     "Stell mir einen Wecker für Freitag, um sieben."),
    ("Mets un rappel demain à huit heures pour appeler le kiné, non pardon, à neuf heures.",
     "Mets un rappel demain à neuf heures pour appeler le kiné."),
    ("Pon un recordatorio el jueves a las cinco para llamar a mi tía, no, perdona, a las "
     "seis, que a las cinco trabaja.",
     "Pon un recordatorio el jueves a las seis para llamar a mi tía."),
    # no new time after the correcting word: left alone
    ("Ricordami alle otto di chiamare la zia, no, il nonno.",
     "Ricordami alle otto di chiamare la zia, no, il nonno."),
])
def test_a_time_put_right_after_the_errand(text: str, plain: str) -> None:
    assert corrected_other(text) == plain


def test_an_italian_reminder_with_its_time_put_right_after_the_errand() -> None:
    judged("it", ["Ricordami domani alle nove di portare il nonno dal dentista... no, scusa, "
                  "alle nove e un quarto, che prima c'è traffico."],
           {"new": [{"kind": "reminder", "due": "2026-12-01T09:15", "about": ["nonno"]}]})


def test_a_german_alarm_put_right_with_mach_draus() -> None:
    judged("de", ["Stell mir 'nen Wecker für Freitag, Viertel vor sieben. Ach nee, sorry, mach "
                  "halb sieben draus, ich muss Opa noch zum Bus bringen."],
           {"new": [{"kind": "alarm", "time": "06:30", "date": "2026-12-04"}]})


@pytest.mark.parametrize(("text", "plain"), [
    ("Erinner mich morgen früh, dass ich die Oma zum Arzt fahre. Ach nee, weißt du was, "
     "vergiss es, das macht mein Bruder.", "vergiss es"),
    ("Mets un réveil à six heures pour demain… non, laisse tomber, je me lèverai tout seul.",
     "laisse tomber"),
    ("Ponme una alarma a las siete para mañana. Bueno, no, olvídalo.", "olvídalo"),
    ("Ricordami di comprare il pane domani, anzi no, lascia perdere, ci passo io adesso.",
     "lascia stare"),
    # called off, then asked again: the request said anew
    ("Stell einen Timer auf fünf Minuten, ach nee, vergiss es, stell ihn auf zehn.",
     "stell ihn auf zehn"),
    ("Lösch den Wecker für morgen, lass es laufen.", None),
    ("Cancela la alarma de mañana, déjala la del sábado.", None),
])
def test_a_request_called_off_in_the_same_breath(text: str, plain: str | None) -> None:
    assert called_off(text) == (plain or text)


def test_a_german_reminder_called_off_makes_nothing() -> None:
    judged("de", ["Erinner mich morgen um zehn, dass ich beim Pflegedienst anrufe. Ach nee, "
                  "weißt du was, vergiss es, das mach ich gleich selbst."],
           {"new": []})


def test_a_call_off_undoes_nothing_before_it() -> None:
    # "vergiss es" at the end had been read as "undo that" of the change before
    judged("de", ["Stell den Nudeltimer auf zwölf Minuten.",
                  "Stell mir einen Wecker für morgen um sechs. Ach nee, vergiss es."],
           {"changed": {"T1": {"remaining_s": 720}}, "new": []})


def test_a_french_remark_on_someone_coming_is_left_out() -> None:
    assert request_alone("Celui de 7h15, mets-le à 7h, le kiné vient chez papa à 8h", "fr") \
        == "Celui de 7h15, mets-le à 7h"


def test_a_french_alarm_picked_and_moved_with_who_is_coming() -> None:
    judged("fr", ["J'ai quels réveils demain ?",
                  "Bon. Celui de 7h15, mets-le à 7h, le kiné passe chez papa à 8h."],
           {"changed": {"A2": {"time": "07:00"}}})


def test_a_german_question_then_more_time_on_the_same_timer() -> None:
    # the request after the question had been taken for a remark and dropped
    assert question_alone("Wie lange läuft der Nudeltimer noch? Gib ihm einfach fünf Minuten "
                          "dazu.") != "Wie lange läuft der Nudeltimer noch?"
    assert question_alone("Ich pack grad die Koffer. Wie lange läuft die Wäsche noch?") == \
        "Wie lange läuft die Wäsche noch?"
    judged("de", ["Wie lange brauchen die Nudeln noch? Ach, egal, pack einfach fünf Minuten "
                  "drauf, ich muss erst noch Opa abholen."],
           {"changed": {"T1": {"remaining_s": 780}}})


@pytest.mark.parametrize(("lang", "turn", "items"), [
    ("es", "Añade a la lista de la compra magdalenas, que son las que le gustan a mi padre, "
           "y... ah, y crema de manos también.", ["magdalenas", "crema de manos"]),
    ("fr", "Ajoute à la liste de courses des madeleines, celles que papa aime, et du thé aussi.",
     ["madeleines", "thé"]),
])
def test_a_clause_about_an_item_between_items(lang: str, turn: str, items: list[str]) -> None:
    # the clause had been put on the list as items ("que son las que …", "ah", "y"), and
    # "también" kept in the last one; judged whole, nothing else goes on
    judged(lang, [turn], {"added_items": {"shopping": items}}, item_words=False)


@pytest.mark.parametrize(("text", "plain"), [
    ("Wann ist übermorgen nochmal der Zahnarzttermin?", "Wann ist übermorgen der Zahnarzttermin?"),
    ("Um wie viel Uhr klingelt noch mal mein Wecker am Samstag?",
     "Um wie viel Uhr klingelt mein Wecker am Samstag?"),
    ("Stell den Wecker nochmal auf sechs.", "Stell den Wecker nochmal auf sechs."),  # no question
])
def test_a_german_question_asked_again(text: str, plain: str) -> None:
    assert without_again(text) == plain


def test_a_german_meeting_asked_again_then_moved() -> None:
    judged("de", ["Wann ist übermorgen nochmal der Zahnarzttermin?",
                  "Oh, da fahr ich Oma zur Physio. Kannst du den auf vier Uhr schieben?"],
           {"changed": {"E2": {"start": "2026-12-02T16:00"}}})


def test_an_italian_day_and_time_after_a_comma_is_no_reason() -> None:
    # "… del pomeriggio" had been read as a verb of "I" and the day and time dropped
    said = "Segna in calendario il controllo dal cardiologo del nonno, giovedì 10 alle quattro " \
           "del pomeriggio."
    assert without_reason_clause(said) == said
    assert without_reason_clause("Spostalo a venerdì, giovedì pomeriggio lavoro.") == \
        "Spostalo a venerdì."


def test_an_italian_alarm_and_an_event_with_its_day_after_a_comma() -> None:
    judged("it", ["Metti una sveglia tutte le domeniche alle nove, che vado dal nonno, e segna "
                  "in calendario il controllo dal cardiologo del nonno, giovedì 10 alle quattro "
                  "del pomeriggio."],
           {"new": [{"kind": "alarm", "time": "09:00", "repeat": ["SU"]},
                    {"kind": "event", "start": "2026-12-10T16:00", "about": ["cardiologo"]}]})

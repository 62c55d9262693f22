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


def test_that_day_is_the_day_just_asked_about() -> None:
    # "apúntame ese día la jornada de bienvenida" after "¿Tengo algo el lunes 7?" had been
    # put in tomorrow
    judged("fr", ["Est-ce que j'ai quelque chose le jeudi 10 décembre ?",
                  "Alors mets-moi ce jour-là un rendez-vous avec Paul à quinze heures."],
           {"new": [{"kind": "event", "start": "2026-12-10T15:00", "about": ["Paul"]}]})
    judged("de", ["Hab ich am Donnerstag, den 10. Dezember, was vor?",
                  "Dann trag mir an dem Tag um zwölf ein Mittagessen mit Paul ein."],
           {"new": [{"kind": "event", "start": "2026-12-10T12:00", "about": ["Paul"]}]})


def test_what_is_on_that_day_after_a_thing_was_put_in() -> None:
    # "¿Qué tengo ese día entonces?" had been answered with today's date
    judged("it", ["Aggiungi una cena con i colleghi giovedì 10 alle otto di sera.",
                  "Cosa ho quel giorno?"],
           {"new": [{"kind": "event", "start": "2026-12-10T20:00", "about": ["cena"]}],
            "mention": ["cena", "20:00"]})


@pytest.mark.parametrize(("lang", "made", "said", "due", "about"), [
    ("it", "Ricordami giovedì alle tre di chiamare il commercialista.",
     "Scusa, alle quattro, non alle tre.", "2026-12-03T16:00", "commercialista"),
    ("de", "Erinnere mich am Donnerstag um drei, den Steuerberater anzurufen.",
     "Sorry, um vier, nicht um drei.", "2026-12-03T16:00", "Steuerberater"),
    ("es", "Recuérdame el jueves a las cuatro de la tarde recoger el traje.",
     "Perdona, a las siete, no a las cuatro.", "2026-12-03T19:00", "traje"),
])
def test_a_time_put_right_with_the_old_one_said_as_not_meant(
        lang: str, made: str, said: str, due: str, about: str) -> None:
    # "Perdona, a las seis, no a las cinco." had been read as five, and an event made
    judged(lang, [made, said], {"new": [{"kind": "reminder", "due": due, "about": [about]}]})


def test_six_not_five_is_six() -> None:
    from hark.text.corrections import corrected
    from hark.text.corrections_other import corrected_other

    said = "ponlo a las nueve, no a las ocho"
    assert corrected(said) == said
    assert corrected_other(said) == said
    assert corrected_other("ponla a las ocho, no, a las nueve") == "ponla a las nueve"


@pytest.mark.parametrize(("lang", "said", "about"), [
    ("es", "Recuérdame el jueves a las cinco enviarle un correo a Pedro.", "Pedro"),
    ("fr", "Rappelle-moi demain à 9h d'envoyer un mail à Paul.", "Paul"),
    ("it", "Ricordami domani alle dieci di mandare una mail al capo.", "capo"),
])
def test_a_reminder_to_write_an_email_with_its_time_first(lang: str, said: str,
                                                          about: str) -> None:
    # "Recuérdame mañana a las diez mandarle un correo a …" had asked whether to send a
    # message or add an event
    from hark.nlu.scope_frames import decide

    assert decide("email_sendemail", said, lang) == "calendar_set"


@pytest.mark.parametrize(("lang", "said", "start"), [
    ("fr", "Mets-moi demain à 20h un dîner avec Paul.", "2026-12-01T20:00"),
    ("fr", "Mets-moi le 10 décembre un dîner avec Paul à 20h.", "2026-12-10T20:00"),
    ("fr", "Mets-moi jeudi un rendez-vous avec Paul à quinze heures.", "2026-12-03T15:00"),
])
def test_an_article_after_the_time_is_no_number(lang: str, said: str, start: str) -> None:
    # "… à 20h un dîner" had been at 20:01, "le 10 décembre un …" at 13:00 (one o'clock),
    # "jeudi un rendez-vous" on the 1st
    judged(lang, [said], {"new": [{"kind": "event", "start": start, "about": ["Paul"]}]})


@pytest.mark.parametrize(("lang", "said"), [
    ("fr", "Et mercredi, je me lève à quelle heure ?"),
    ("es", "¿A qué hora me levanto el lunes?"),
    ("it", "A che ora mi alzo lunedì?"),
    ("de", "Um wie viel Uhr steh ich am Montag auf?"),
])
def test_when_do_i_get_up_asks_the_alarms(lang: str, said: str) -> None:
    # "Du coup, je me lève à quelle heure lundi ?" had not been understood
    from hark.nlu.ring_questions import asked

    assert asked(said, lang)


@pytest.mark.parametrize(("lang", "moved", "asked", "key", "due", "hour"), [
    ("fr", "Décale le rappel des poubelles à jeudi à 20h.",
     "Tu me le rappelles à quelle heure, du coup ?", "R2", "2026-12-03T20:00", "20"),
    ("es", "Mueve el recordatorio del dentista a las doce.",
     "¿Y cuándo me lo recuerdas entonces?", "R1", "2026-12-01T12:00", "12:00"),
    ("de", "Verschieb die Erinnerung Zahnarzt anrufen auf 11 Uhr.",
     "Wann erinnerst du mich dann?", "R1", "2026-12-01T11:00", "11:00"),
])
def test_when_will_you_remind_me_after_a_move(lang: str, moved: str, asked: str, key: str,
                                              due: str, hour: str) -> None:
    # "Quindi quando me lo ricordi?" after the reminder was moved had not been understood
    judged(lang, [moved, asked], {"changed": {key: {"due": due}}, "mention": [hour]})


def test_another_event_right_after_at_its_time_with_its_errand() -> None:
    # "Et un autre juste après, à 15h30, pour récupérer mon badge" had been tomorrow, titled
    # "autre juste après à pour récupérer mon badge"
    judged("es", ["Pon una cita con el banco el jueves a las diez.",
                  "Y otra justo después, a las once, para firmar el contrato."],
           {"new": [{"kind": "event", "start": "2026-12-03T10:00", "about": ["banco"]},
                    {"kind": "event", "start": "2026-12-03T11:00", "about": ["contrato"]}]})


def test_put_in_the_to_do_list_with_a_verb_that_reads_as_taking_out() -> None:
    # "pon en la lista de tareas sacarme el abono de transporte" had not been understood
    # ("sacar" read as a removal, "en la lista" as no adding)
    judged("es", ["Pon en la lista de tareas sacarme el carné de la biblioteca."],
           {"added_items": {"to-do": ["carné"]}})


def test_a_second_request_with_its_day_and_time_before_its_verb() -> None:
    # "…, e martedì 8 alle dieci mettimi in calendario la configurazione …" had been read
    # as one removal of both
    judged("it", ["Allora: cancella il dentista di mercoledì, e giovedì 10 alle nove "
                  "mettimi in calendario la visita dal commercialista."],
           {"gone": ["E2"], "new": [{"kind": "event", "start": "2026-12-10T09:00",
                                     "about": ["commercialista"]}]})


def test_a_french_reminder_moved_before_something_starts() -> None:
    # "…, mets-le plutôt à 8h30, avant que ça commence au bureau" had asked which reminder
    from hark.text.reason_clause import without_reason_clause

    assert without_reason_clause("Le rappel des poubelles, mets-le plutôt à 19h, avant que "
                                 "ça devienne trop tard.") == \
        "Le rappel des poubelles, mets-le plutôt à 19h."


@pytest.mark.parametrize(("said", "out"), [
    ("Tu peux me redire ce que j'ai jeudi ?", "Tu peux me dire ce que j'ai jeudi ?"),
    ("Redis-moi ce qu'il y a sur la liste.", "Dis-moi ce qu'il y a sur la liste."),
    ("Mi ridici cosa ho domani?", "Mi dici cosa ho domani?"),
])
def test_tell_me_again_asks(said: str, out: str) -> None:
    # "Tu peux me redire mes rappels de demain ?" had been made a reminder
    from hark.text.asked_again import without_again

    assert without_again(said) == out


def test_the_reminders_of_tomorrow_asked_again_after_a_move() -> None:
    judged("fr", ["Le rappel pour appeler le dentiste, mets-le plutôt à 11h, avant que ça "
                  "commence au bureau.", "Tu peux me redire mes rappels de demain ?"],
           {"changed": {"R1": {"due": "2026-12-01T11:00"}}, "mention": ["11", "dentiste"]})

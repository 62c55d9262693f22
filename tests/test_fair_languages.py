"""A school Christmas fair stall in German, French, Spanish and Italian: what was fixed
after the held-out fair set (written apart from it, other words, other things)."""

from __future__ import annotations

import pytest

from hark.dialogue.follow_on import _AND_RE, _strip_cues
from hark.dialogue.policy import _kept_then_why
from hark.dialogue.reason_after import request_alone
from hark.text.event_length import moved, start_told
from tests.conversations import judged


@pytest.mark.parametrize(("lang", "text", "told"), [
    ("it", "Ah no, scusa: comincia alle nove, perché prima c'è la messa, e termina comunque "
           "alle 13.", ("nove", "13")),
    ("fr", "Oups, en fait ça débute à 9 heures, pas à 8. Et ça finit quand même à midi.",
     ("9 heures", "midi")),
    ("es", "Uy, me he confundido, empieza a las nueve y acaba igual a la una.",
     ("nueve", "una")),
    ("de", "Nee, sorry, das beginnt erst um acht. Ja, 20 Uhr.", ("20 Uhr", "")),
    ("de", "Ach, es fängt doch um halb neun an und hört trotzdem um elf auf.",
     ("halb neun", "elf")),
])
def test_the_start_put_right_with_its_verb(lang: str, text: str, told: tuple[str, str]) -> None:
    assert start_told(text, lang) == told


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Il concerto comincia alle 8, ricordamelo alle 7."),  # a request after it
    ("fr", "Ça commence quand ?"),
    ("de", "Stell mir einen Wecker, das Turnier fängt um neun an."),
])
def test_no_start_put_right(lang: str, text: str) -> None:
    assert start_told(text, lang) is None


def test_the_move_said_plainly() -> None:
    assert moved("Tombola", "alle 10", "it") == "sposta Tombola alle 10"
    assert moved("Basar", "halb acht", "de") == "verschieb Basar auf halb acht"


@pytest.mark.parametrize(("lang", "turns", "start", "end"), [
    ("it", ["Metti in agenda la recita della scuola giovedì dalle 17 alle 19.",
            "Scusa, mi sono confusa: comincia alle 16, che c'è la prova generale, e termina "
            "sempre alle 19."], "2026-12-03T16:00", "2026-12-03T19:00"),
    ("fr", ["Note dans l'agenda la kermesse vendredi de 15 heures à 18 heures.",
            "Oups, je me suis plantée : ça débute à 14 heures, pas à 15. La fin, c'est "
            "toujours 18 heures."], "2026-12-04T14:00", "2026-12-04T18:00"),
    ("es", ["Apunta la función de Navidad del cole el jueves de cinco a siete de la tarde.",
            "Perdona, me he liado: empieza a las seis y termina igual a las siete."],
     "2026-12-03T18:00", "2026-12-03T19:00"),
    # its length kept, the clock read as the evening it was in
    ("de", ["Trag die Chorprobe am Donnerstag um 18 Uhr ein, die dauert zwei Stunden.",
            "Warte, ich glaub, die fängt erst um halb sieben an."],
     "2026-12-03T18:30", "2026-12-03T20:30"),
])
def test_an_event_s_start_put_right_right_after_it_was_made(
        lang: str, turns: list[str], start: str, end: str) -> None:
    # it had become a new event called "inizia" / "ça commence", or its end was lost
    judged(lang, turns, {"new": [{"kind": "event", "start": start, "end": end}]})


def test_a_german_remark_on_a_thing_after_a_correction_is_why() -> None:
    assert request_alone("Nee, mach 40 draus, der Braten ist heute größer", "de") \
        == "Nee, mach 40 draus"
    assert request_alone("Nee, mach 40 draus, die Form ist tiefer als sonst", "de") \
        == "Nee, mach 40 draus"


def test_a_timer_put_right_with_a_remark_after_it() -> None:
    # it had not been read as a correction ("Licht auf 5 Prozent")
    judged("de", ["Stell einen Timer für den Stollen auf 45 Minuten.",
                  "Oh sorry, mach 50 draus, der Ofen ist heute langsamer."],
           {"new": [{"kind": "timer", "seconds": 3000, "name": "Stollen"}]})


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Et mets-m'en une deuxième à 6h40"),
    ("fr", "Et une seconde à 6h40"),
    ("es", "Y ponme un segundo a las siete menos veinte"),
    ("it", "E mettimene una seconda alle sei e quaranta"),
    ("de", "Und stell mir einen zweiten um zwanzig vor sieben"),
])
def test_a_second_one_is_another_of_the_same(lang: str, text: str) -> None:
    assert _AND_RE[lang].match(text)
    assert _strip_cues(text, lang)[1] == "and"


@pytest.mark.parametrize(("lang", "turns", "times"), [
    ("fr", ["Mets un réveil vendredi à 6h30, j'ouvre le stand.",
            "Et mets-en un deuxième à 6h40, on sait jamais."], ["06:30", "06:40"]),
    ("it", ["Sveglia venerdì alle 6:30, apro il banco.",
            "E mettine un'altra alle sei e quaranta, non si sa mai."], ["06:30", "06:40"]),
    ("es", ["Ponme una alarma el viernes a las seis y media.",
            "Y ponme una segunda a las siete menos veinte."], ["06:30", "06:40"]),
])
def test_a_second_alarm_keeps_the_first_one_s_day(lang: str, turns: list[str],
                                                  times: list[str]) -> None:
    # the Italian one had rung tomorrow; the French one had asked "for which place?"
    judged(lang, turns, {"new": [{"kind": "alarm", "time": t, "date": "2026-12-04"}
                                 for t in times]})


@pytest.mark.parametrize(("lang", "said", "kept"), [
    ("it", "No, aspetta, lascialo: il banco apre più tardi, ce la faccio.", "no aspetta lascialo"),
    ("fr", "Non, garde-le, je me lèverai quand même.", "non garde le"),
    ("es", "No, déjala, al final llego a tiempo.", "no déjala"),
    ("de", "Nein, lass ihn drin, ich schaff das schon.", "nein lass ihn drin"),
])
def test_no_keep_it_then_why(lang: str, said: str, kept: str) -> None:
    assert _kept_then_why(said, lang) == kept


def test_no_keep_it_then_a_request_is_no_plain_no() -> None:
    assert _kept_then_why("No, lasciala, spostala alle otto.", "it") is None
    assert _kept_then_why("No, sposta quella di domenica.", "it") is None


@pytest.mark.parametrize(("lang", "turns"), [
    ("it", ["Cancella la sveglia della palestra di sabato.",
            "No, aspetta, lasciala: alla fine la lezione è alle 10, ce la faccio."]),
    ("fr", ["Supprime le réveil de la natation samedi.",
            "Non, attends, garde-le : finalement le marché ouvre à 11 heures, ça ira."]),
])
def test_a_removal_refused_with_why_keeps_the_alarm(lang: str, turns: list[str]) -> None:
    # it had put "mercatino comincia" in the calendar at 23:00
    judged(lang, turns, {})


def test_asked_when_first_then_the_errand() -> None:
    from hark.text.errand_first import errand_first

    assert errand_first("¿A qué hora era lo de recoger las entradas del teatro?") \
        == "¿a qué hora es el recordatorio de recoger las entradas del teatro?"
    assert errand_first("Oye, ¿cuándo me toca lo de llamar al fontanero?") \
        == "¿cuándo es el recordatorio de llamar al fontanero?"


def test_a_reminder_asked_by_its_errand_then_moved() -> None:
    # "¿Cuándo era lo de …?" had not been understood, so "Cámbialo" asked which reminder
    judged("es", ["¿Cuándo era lo de llamar al dentista?",
                  "Ay, ese día no puedo. Pásalo al jueves a las once de la mañana."],
           {"changed": {"R1": {"due": "2026-12-03T11:00"}}})


@pytest.mark.parametrize(("lang", "turns", "name"), [
    ("es", ["¿Cuánto le queda a la colada?",
            "Pues ponme otro temporizador con esa misma duración para las galletas, que se "
            "queman enseguida."], "galletas"),
    ("it", ["Quanto manca al bucato?",
            "Allora mettimi un altro timer con quello stesso tempo per la glassa."], "glassa"),
    ("fr", ["Il reste combien sur la lessive ?",
            "Mets-moi un autre minuteur de cette même durée pour les sablés."], "sablés"),
])
def test_another_timer_as_long_keeps_its_own_name(lang: str, turns: list[str],
                                                  name: str) -> None:
    # "ese mismo tiempo" had not been read as the same time, and the name was lost
    judged(lang, turns, {"new": [{"kind": "timer", "seconds": 900, "name": name}]})


@pytest.mark.parametrize(("lang", "text", "said"), [
    ("fr", "Tu pourrais me lire la liste ?", "qu'est-ce qu'il y a sur ma liste fête"),
    ("es", "¿Me vuelves a leer la lista?", "qué hay en mi lista fête"),
    ("it", "Me la puoi rileggere?", "cosa c'è nella mia lista fête"),
    ("de", "Kannst du sie mir vorlesen?", "was steht auf meiner Liste fête"),
])
def test_the_list_read_back_without_its_name(lang: str, text: str, said: str) -> None:
    from hark.dialogue.list_asked import asked

    assert asked(text, lang, "fête") == said


def test_a_new_list_read_back() -> None:
    # it had read the names of all the lists
    judged("fr", ["Crée une liste qui s'appelle kermesse, avec des gobelets, des serviettes "
                  "et des ballons.", "Tu pourrais me lire la liste ?"],
           {"added_items": {"kermesse": ["gobelets", "serviettes", "ballons"]},
            "mention": ["gobelets", "serviettes", "ballons"]})


@pytest.mark.parametrize(("lang", "turns"), [
    ("fr", ["C'est quand le dîner avec Anna ?",
            "Rappelle-moi le même jour à midi de lui demander si elle m'aide samedi au stand."]),
    ("es", ["¿Cuándo es la cena con Anna?",
            "Recuérdame ese día a las doce que le pregunte si el sábado me ayuda en el puesto."]),
    ("de", ["Wann ist nochmal das Abendessen mit Anna?",
            "Dann erinner mich am gleichen Tag um zwölf, dass ich sie frage, ob sie am Sonntag "
            "beim Aufräumen hilft."]),
])
def test_that_day_with_another_day_in_the_errand(lang: str, turns: list[str]) -> None:
    # the day in the errand ("samedi", "am Sonntag") had been the reminder's day
    judged(lang, turns, {"new": [{"kind": "reminder", "due": "2026-12-04T12:00"}]})


@pytest.mark.parametrize(("lang", "turn"), [
    ("it", "Ricordami di stendere le tovaglie nel momento in cui finisce."),
    ("es", "Recuérdame tender los manteles en el momento en que termine."),
    ("de", "Erinner mich, die Tischdecken aufzuhängen, in dem Moment, wo sie fertig ist."),
    ("fr", "Rappelle-moi de plier les nappes dès l'instant où elle se termine."),
])
def test_a_reminder_the_moment_the_timer_asked_about_ends(lang: str, turn: str) -> None:
    asked = {"it": "Quanto manca al bucato?", "es": "¿Cuánto le queda a la colada?",
             "de": "Wie lange läuft die Wäsche noch?",
             "fr": "Il reste combien de temps sur la lessive ?"}[lang]
    judged(lang, [asked, turn], {"new": [{"kind": "reminder", "due": "2026-11-30T17:15"}]})

"""The builders are in (de/fr/es/it): "del mediodía" and the hour "una" put right, a clock
range after a comma and another event after it, a list named without "of" before its
things, news with a time or a day beside a request, "same time" put right, a length said
with "ore"/"Stunden", a thing named before its question, "the next one", a reminder as a
heading, a thing put right after its list, an aside after "Ach –". Written apart from the
held-out sets."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from hark.dialogue.follow_on import _unled
from hark.nlu import move_requests
from hark.nlu.event_span_other import said_span
from hark.nlu.normalize import normalize
from hark.text.item_corrected import list_then_fixed
from hark.text.noises import without_noises
from hark.text.question_last import question_last
from hark.text.reason_clause import without_reason_clause
from hark.text.story_first import without_news_then_so, without_story
from tests.conversations import judged

NOW = datetime(2026, 11, 30, 17, 0, tzinfo=ZoneInfo("Europe/London"))


@pytest.mark.parametrize(("said", "lang", "time"), [
    ("a la una del mediodía", "es", "13:00"),
    ("a las doce del mediodía", "es", "12:00"),
])
def test_del_mediodia(said: str, lang: str, time: str) -> None:
    value = normalize("time", said, NOW, lang)
    assert value is not None and value["time"] == time


@pytest.mark.parametrize(("said", "lang", "kind"), [
    ("un'ora e mezza", "it", "duration"),
    ("tre ore e mezza", "it", "duration"),
    ("una hora y media", "es", "duration"),
    ("alle ore sette e mezza", "it", "time"),
    ("deux heures et demie", "fr", "time"),  # French "heures" is a clock
])
def test_hours_as_a_length(said: str, lang: str, kind: str) -> None:
    value = normalize("time", said, NOW, lang)
    assert value is not None and value["kind"] == kind


@pytest.mark.parametrize(("text", "lang", "left"), [
    ("a la una y cuarto", "es", "una y cuarto"),
    ("à une heure", "fr", "une heure"),
    ("a las siete", "es", "siete"),
])
def test_the_hour_one_stays(text: str, lang: str, left: str) -> None:
    assert _unled(text, lang, clock=True) == left


def test_en_a_pour_is_a_length() -> None:
    said = said_span("mets le peintre jeudi à 9h, il en aura pour trois heures environ", "fr")
    assert said is not None and said.length is not None and said.length.seconds == 3 * 3600


@pytest.mark.parametrize(("text", "lang", "said"), [
    ("Demain le plombier vient à huit heures, avance le réveil de demain à sept heures.", "fr",
     "avance le réveil de demain à sept heures."),
    ("Il corriere passa alle nove, quindi sposta il promemoria alle dieci.", "it",
     "sposta il promemoria alle dieci."),
    # no day or time in the news: left as said
    ("Il corriere è gentile, sposta il promemoria alle dieci.", "it",
     "Il corriere è gentile, sposta il promemoria alle dieci."),
])
def test_news_before_a_change(text: str, lang: str, said: str) -> None:
    assert without_news_then_so(text, lang) == said


@pytest.mark.parametrize(("text", "lang", "said"), [
    ("Ponme un recordatorio para el jueves, viene el fontanero a mirar la caldera.", "es",
     "Ponme un recordatorio para el jueves."),
    ("Am Freitag kommen die Maler ganz früh, stell mir einen Wecker.", "de",
     "stell mir einen Wecker am Freitag."),
    ("Mañana viene el fontanero temprano, ponme un despertador.", "es",
     "ponme un despertador mañana."),
    # a time in the news: not its day alone
    ("Mañana viene el fontanero a las 8, ponme un despertador.", "es",
     "Mañana viene el fontanero a las 8, ponme un despertador."),
])
def test_news_beside_a_request(text: str, lang: str, said: str) -> None:
    assert without_story(text, lang) == said


def test_a_reason_with_a_clock_in_words() -> None:
    assert without_reason_clause("La cena pásala a las nueve, que a las ocho tengo al "
                                 "pintor en casa.") == "La cena pásala a las nueve."


def test_a_fronted_thing_moved_by_its_pronoun() -> None:
    found = move_requests.find("Lo del seguro del coche, pásalo al lunes a las diez.", "es", NOW)
    assert found is not None and found.when == "al lunes a las diez"
    assert move_requests.find("La leche, ponla en la lista de la compra.", "es", NOW) is None


@pytest.mark.parametrize(("text", "said"), [
    ("Et le cours de yoga, c'est quand ?", "Quand est le cours de yoga ?"),
    ("Pis le rappel pour le dentiste, c'est à quelle heure déjà ?",
     "À quelle heure est le rappel pour le dentiste ?"),
    ("¿Y la reunión de equipo a qué hora es?", "¿A qué hora es la reunión de equipo?"),
    ("E il dentista, quando è?", "Quando è il dentista?"),
    ("Und der Zahnarzttermin, wann ist der nochmal?", "Wann ist der Zahnarzttermin?"),
    ("Et le dentiste, tu peux le virer ?", "Et le dentiste, tu peux le virer ?"),
])
def test_question_last(text: str, said: str) -> None:
    assert question_last(text) == said


@pytest.mark.parametrize(("text", "said"), [
    ("Setz Silikon auf die Einkaufsliste – ach nein, nicht Silikon, Acryl.",
     "Setz Silikon – ach nein, nicht Silikon, Acryl auf die Einkaufsliste."),
    ("Metti il mastice nella lista della spesa, anzi no, lo stucco.",
     "Metti il mastice, anzi no, lo stucco nella lista della spesa."),
    # a correction of where it goes, or no thing instead: as said
    ("Put milk on the list, no, not on the list, in the calendar.",
     "Put milk on the list, no, not on the list, in the calendar."),
    ("Add eggs to my list, no, I have eggs.", "Add eggs to my list, no, I have eggs."),
])
def test_a_thing_put_right_after_its_list(text: str, said: str) -> None:
    assert list_then_fixed(text) == said


def test_an_aside_after_ach() -> None:
    assert without_noises("Oh – Tom, lass das! – sorry. Nimm die Milch von der Liste.") == \
        "Nimm die Milch von der Liste."


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    ("es", ["Recuérdame el jueves a la una del mediodía recoger las llaves del piso."],
     {"new": [{"kind": "reminder", "due": "2026-12-03T13:00", "about": ["llaves"]}],
      "absent": ["mediodía recoger"]}),
    ("es", ["Recuérdame mañana a las diez pagar al fontanero.",
            "Mejor ponlo a la una y cuarto de la tarde."],
     {"new": [{"kind": "reminder", "due": "2026-12-01T13:15", "about": ["fontanero"]}]}),
    ("fr", ["Mets dans l'agenda la livraison du parquet jeudi, le créneau c'est de 9h à 11h."],
     {"new": [{"kind": "event", "start": "2026-12-03T09:00", "end": "2026-12-03T11:00",
               "about": ["parquet"]}]}),
    ("en", ["Put the tile delivery in my calendar on Friday, the slot is from 8 to 12.",
            "And the electrician on Tuesday at 1:30, it'll take about two hours."],
     {"new": [{"kind": "event", "start": "2026-12-04T08:00", "end": "2026-12-04T12:00",
               "about": ["tile"]},
              {"kind": "event", "start": "2026-12-01T13:30", "end": "2026-12-01T15:30",
               "about": ["electrician"]}]}),
    ("it", ["Crea una lista chiamata bricolage.",
            "Metti nella lista bricolage viti, colla e carta vetrata."],
     {"added_items": {"bricolage": ["viti", "colla", "carta vetrata"]}}),
    ("it", ["Venerdì l'idraulico arriva alle otto, sposta la sveglia di domani alle sei."],
     {"changed": {"A2": {"time": "06:00"}}}),
    ("es", ["Y apúntame en el calendario la visita del arquitecto el viernes a las diez."],
     {"new": [{"kind": "event", "start": "2026-12-04T10:00", "about": ["arquitecto"]}],
      "absent": ["apúntame la"]}),
    ("fr", ["Annule le rendez-vous chez le dentiste de mercredi.",
            "Et mets l'électricien mercredi à 15h à la place, dans l'agenda."],
     {"gone": ["E2"], "new": [{"kind": "event", "start": "2026-12-02T15:00",
                               "about": ["électricien"]}], "absent": ["place"]}),
    ("it", ["metti un timer di tre ore e mezza per la vernice", "anzi no, facciamo quattro ore"],
     {"new": [{"kind": "timer", "seconds": 14400, "name": "vernice"}]}),
    ("es", ["Lo de sacar la basura, pásalo al viernes a la misma hora.",
            "No, mejor el viernes a las ocho de la tarde."],
     {"changed": {"R2": {"due": "2026-12-04T20:00"}}}),
    ("fr", ["Tu peux me dire quand est le dîner avec Anna ?",
            "Et la réunion d'équipe, elle est à quelle heure ?"],
     {"mention": ["09:00"]}),
    ("de", ["Wie viele Erinnerungen habe ich?", "Und welche ist die nächste?"],
     {"mention": ["Zahnarzt"]}),
    ("fr", ["Nouveau rappel : appeler le carreleur.", "Jeudi à dix heures."],
     {"new": [{"kind": "reminder", "due": "2026-12-03T10:00", "about": ["carreleur"]}]}),
    ("de", ["Neue Erinnerung: übermorgen um neun Fliesen bestellen."],
     {"new": [{"kind": "reminder", "due": "2026-12-02T09:00", "about": ["Fliesen"]}],
      "absent": ["um neun Fliesen"]}),
    ("it", ["Mi serve una sveglia per venerdì, arrivano gli operai a montare la cucina.",
            "alle sei e mezza"],
     {"new": [{"kind": "alarm", "time": "06:30", "date": "2026-12-04"}]}),
    ("es", ["Metí la pata: pon masilla en la lista de la compra, ay no perdón, no masilla, yeso."],
     {"added_items": {"shopping": ["yeso"]}}),
    ("de", ["Oh – Tom, lass das! – sorry. Die Eier kannst du von der Einkaufsliste "
            "runternehmen, die hat der Nachbar gebracht."],
     {"gone_items": {"shopping": ["Eier"]}}),
])
def test_whole_conversations(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect, "builders")

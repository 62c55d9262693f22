"""Follow-ups with something in between or around them: an aside (the weather, the clock,
the calendar) before going back to the thing ("that reminder", "quella sveglia me la metta
mezz'ora prima"), a question the aside asked left unanswered ("For which city?"), a remark
or a reason first ("oh fan de chichourle c'est trop tôt ça, mets-le à onze heures",
"actually she's running late push it a further 30 minutes"), the item said first ("il
parrucchiere già l'ho prenotato, cancellalo"), an amount corrected in the same breath ("zehn
Minuten drauf äh nee acht"), a timer told when to ring or doubled; and what was found on the
way: a move read as muting or deleting, "7:45 instead" making a second alarm, a question
("klingelt der dann morgen schon um sechs") setting one, "ya" read as "now"."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from hark.dialogue.pointing import kind_said, pointed
from hark.dialogue.reason_after import request_after_reason, request_alone
from hark.dialogue.state import DialogueState, Pending
from hark.nlu import stored_requests
from hark.nlu.normalize import normalize
from hark.nlu.said_times import alarm_hour
from hark.nlu.time_spans import find_time_spans
from hark.text import same_time
from hark.text.corrections_other import corrected_other
from hark.text.fronted import unfronted
from hark.text.regional_words import in_standard_words
from tests.conversations import judged

NOW = datetime(2026, 11, 30, 17, 0, tzinfo=ZoneInfo("Europe/London"))
SWIM = {"type": "alarm", "id": 3, "name": "nuoto", "time": "09:00", "created": False}
PASTA = {"type": "timer", "id": 1, "name": "pâtes", "seconds": 600.0, "created": False}
FIVE_MINUTES = {"type": "timer", "id": 4, "name": "", "seconds": 300.0, "created": True}
SHOPPING = {"type": "list", "name": "shopping", "created": False, "items": []}


# ------------------------------------------------------------ "same time", one pattern


@pytest.mark.parametrize(("said", "left"), [
    ("another one for Friday at the same time", "another one for Friday"),
    ("the day after, same time as before", "the day after"),
    ("und noch einen für Donnerstag zur gleichen Zeit", "und noch einen für Donnerstag"),
    ("mets-le jeudi à la même heure", "mets-le jeudi"),
    ("mejor el viernes a la misma hora", "mejor el viernes"),
    ("spostalo a venerdì allo stesso orario", "spostalo a venerdì"),
    ("move it to friday", "move it to friday"),
])
def test_same_time_in_five_languages(said: str, left: str) -> None:
    assert same_time.drop(said) == left
    assert (same_time.find(said) is None) == (said == left)


# ------------------------------------------------------------ "that alarm", "quella sveglia"


@pytest.mark.parametrize(("lang", "said", "kind"), [
    ("en", "okay then move that reminder to 2 in the afternoon", "reminder"),
    ("en", "uh go back to that alarm and make it half 8", "alarm"),
    ("it", "allora quella sveglia che ho appena messo falla alle otto e venti", "alarm"),
    ("fr", "bon rajoute deux minutes à ce minuteur-là", "timer"),
    ("es", "ese recordatorio muévelo al jueves", "reminder"),
    ("de", "diesen Termin bitte eine Stunde später", "event"),
    ("en", "move it to 2", None),
])
def test_the_kind_a_demonstrative_names(lang: str, said: str, kind: str | None) -> None:
    assert kind_said(said, lang) == kind


@pytest.mark.parametrize(("lang", "said", "focus", "full"), [
    ("it", "va bene. e quella sveglia me la metta mezz'ora prima", SWIM,
     "va bene. e sposta la sveglia nuoto mezz'ora prima"),
    ("it", "allora quella sveglia che ho appena messo falla alle otto e venti", SWIM,
     "allora sposta la sveglia nuoto alle otto e venti"),
    ("fr", "bon rajoute deux minutes à ce minuteur-là", PASTA,
     "bon rajoute deux minutes au minuteur pâtes"),
    ("es", "ya, cámbiamela para las diez", {**SWIM, "name": "natación"},
     "ya, cambia la alarma de natación para las diez"),
    ("fr", "oh fan de chichourle c'est trop tôt ça, mets-le à onze heures",
     {"type": "reminder", "id": 1, "name": "appeler le dentiste", "created": False},
     "déplace le rappel appeler le dentiste à onze heures"),
    ("de", "Merci. Können Sie den bitte eine Stunde nach hinten schieben",
     {"type": "event", "id": 2, "name": "Zahnarzttermin", "created": False},
     "Merci. Können Sie den Termin Zahnarzttermin bitte eine Stunde nach hinten schieben"),
])
def test_it_said_again_after_an_aside(lang: str, said: str, focus: dict[str, Any],
                                      full: str) -> None:
    assert pointed(said, focus, lang) == full


def test_that_reminder_is_not_the_event_asked_about_since() -> None:
    event = {"type": "event", "id": 1, "name": "team meeting", "created": False}
    assert pointed("move that reminder to 2 in the afternoon", event, "en") is None


def test_the_thing_of_a_kind_from_earlier_turns() -> None:
    reminder = {"type": "reminder", "id": 1, "name": "call the dentist", "created": False}
    event = {"type": "event", "id": 1, "name": "team meeting", "created": False}
    state = DialogueState(history=[{"text": "when is my reminder", "focus": reminder},
                                   {"text": "and my calendar tomorrow", "focus": event}])
    assert state.earlier_focus("reminder") == reminder
    assert state.earlier_focus("alarm") is None


def test_only_an_asides_question_may_go_unanswered() -> None:
    weather = Pending(kind="slot", intent="weather_query", missing="place_name")
    alarm = Pending(kind="slot", intent="alarm_set", missing="time")
    assert DialogueState(pending=weather).aside_asked()
    assert not DialogueState(pending=alarm).aside_asked()
    assert not DialogueState().aside_asked()


# ------------------------------------------------------------ the item said first


@pytest.mark.parametrize(("lang", "said", "full"), [
    ("it", "ah il parrucchiere già l'ho prenotato, cancellalo",
     "cancella il parrucchiere già l'ho prenotato dalla lista della spesa"),
    ("es", "los plátanos ya los compré, quítalos",
     "quita los plátanos ya los compré de la lista de la compra"),
    ("fr", "le pain c'est bon, enlève-le", "enlève le pain c'est bon de la liste de courses"),
    ("de", "die Bananen hab ich schon, streich die",
     "streich die Bananen hab ich schon von der Einkaufsliste"),
])
def test_an_item_said_before_its_verb(lang: str, said: str, full: str) -> None:
    assert pointed(said, SHOPPING, lang) == full


def test_an_item_done_with_how_in_between() -> None:
    assert unfronted("oh the haircut one's sorted i booked it at lunch so tick that one off") \
        == "oh tick off the haircut one"
    assert unfronted("renew passport is done so tick that off") == "tick off renew passport"


# ------------------------------------------------------------ timers


@pytest.mark.parametrize(("lang", "said", "full"), [
    ("en", "um no just have it go off in half an hour", "change the pasta timer to half an "
     "hour left"),
    ("en", "ok change it to go off in 20 minutes can", "change the pasta timer to 20 minutes "
     "left"),
    ("es", "ya, ponle que termine en veinte minutos nomás",
     "cambia el temporizador de pasta a veinte minutos"),
    ("en", "uh throw another 3 minutes on there", "add another 3 minutes to the pasta timer"),
    ("en", "ok put another 5 on it lah", "add another 5 minutes to the pasta timer"),
    ("en", "how much time still got", "how long is left on the pasta timer?"),
    ("es", "bueno, quítele cinco minutos", "quita cinco minutos al temporizador de pasta"),
])
def test_a_timer_told_what_to_do(lang: str, said: str, full: str) -> None:
    assert pointed(said, {**PASTA, "name": "pasta"}, lang) == full


@pytest.mark.parametrize(("lang", "said", "full"), [
    ("en", "uh double that", "add 5 minutes to the 5 minute timer"),
    ("de", "verdopple das", "gib 5 Minuten zum Timer 5 Minuten dazu"),
    ("fr", "double-le", "ajoute 5 minutes au minuteur de 5 minutes"),
    ("es", "duplícalo", "añade 5 minutos al temporizador de 5 minutos"),
    ("it", "raddoppialo", "aggiungi 5 minuti al timer da 5 minuti"),
])
def test_a_timer_doubled(lang: str, said: str, full: str) -> None:
    assert pointed(said, FIVE_MINUTES, lang) == full


# ------------------------------------------------------------ reasons, remarks


@pytest.mark.parametrize(("lang", "said", "alone"), [
    ("en", "uh throw another 3 minutes on there it's still crunchy",
     "uh throw another 3 minutes on there"),
    ("de", "dann streich die Bananen und s Brot, des hemmer no",
     "dann streich die Bananen und s Brot"),
    # a thing said with a demonstrative is followed by which one, not why
    ("it", "quella sveglia che ho appena messo falla alle otto e venti",
     "quella sveglia che ho appena messo falla alle otto e venti"),
])
def test_a_reason_or_remark_after_it(lang: str, said: str, alone: str) -> None:
    assert request_alone(said, lang) == alone


def test_a_reason_before_it() -> None:
    assert request_after_reason("actually she's running late push it a further 30 minutes",
                                "en") == "push it a further 30 minutes"
    assert request_after_reason("push it a further 30 minutes", "en") == \
        "push it a further 30 minutes"
    assert request_after_reason("they moved it to thursday", "en") == \
        "they moved it to thursday"


# ------------------------------------------------------------ words


@pytest.mark.parametrize(("said", "plain"), [
    ("ya, cámbiamela pa las diez po, que quiero dormir más",
     "ya, cámbiamela para las diez, que quiero dormir más"),
    ("pon un temporizador de cuarenta minutos pal pollo",
     "pon un temporizador de cuarenta minutos para el pollo"),
    ("bueno, quítele cinco minuticos", "bueno, quítele cinco minutos"),
    ("aggiungi un minuto e mezzo, ajò", "aggiungi un minuto e mezzo"),
    ("et puis celui de la carte pour Sam aussi, ça joue",
     "et puis celui de la carte pour Sam aussi"),
])
def test_regional_words(said: str, plain: str) -> None:
    assert in_standard_words(said) == plain


@pytest.mark.parametrize(("said", "right"), [
    ("mach da ma noch zehn Minuten drauf äh nee acht", "mach da ma noch acht Minuten drauf"),
    ("ajoute cinq minutes, non, six", "ajoute six minutes"),
    ("ponle diez minutos no mejor ocho", "ponle ocho minutos"),
    ("aggiungi dieci minuti anzi otto", "aggiungi otto minuti"),
    ("mach zehn Minuten drauf ja", "mach zehn Minuten drauf ja"),
])
def test_an_amount_corrected_in_the_same_breath(said: str, right: str) -> None:
    assert corrected_other(said) == right


def test_ya_is_not_now() -> None:
    assert normalize("time", "ya", NOW, "es") is None
    assert normalize("time", "ahora", NOW, "es") is not None


def test_an_alarms_hour_after_auf() -> None:
    text = "stell meinen Wecker unter der Woche auf sechs"
    slots = alarm_hour(find_time_spans(text, NOW, "de"), text, NOW, "de")
    assert [(s.raw, s.value["time"]) for s in slots if s.name == "time"] == [("sechs", "18:00")]
    volume = "stell die Lautstärke auf drei bitte hoch"
    assert alarm_hour([], volume, NOW, "de") == []
    assert alarm_hour([], "stell meinen Wecker auf sechs", NOW, "fr") == []


@pytest.mark.parametrize(("lang", "said", "intent"), [
    ("de", "klingelt der dann morgen schon um sechs", "alarm_query"),
    ("es", "¿suena mañana a las siete?", "alarm_query"),
    ("it", "suona domani alle sette?", "alarm_query"),
    ("de", "stell meinen Wecker unter der Woche auf sechs", "alarm_change"),
])
def test_alarm_requests_read_by_their_words(lang: str, said: str, intent: str) -> None:
    assert stored_requests.find(said, lang) == intent


@pytest.mark.parametrize(("lang", "said", "setting"), [
    ("fr", "non attends, mets vingt-cinq", True),
    ("fr", "Mets fin au compte à rebours.", False),
    ("es", "pon la alarma a las seis y bórrala mañana", False),
    ("de", "stell den Timer ab", False),
])
def test_a_setting_is_never_a_removal(lang: str, said: str, setting: bool) -> None:
    assert stored_requests.set_not_removed(said, lang) is setting


# ------------------------------------------------------------ whole conversations


@pytest.mark.parametrize(("lang", "turns", "expect"), [
    # the aside asked a question; the next turn goes back to the thing
    ("de", ["was steht auf meiner Einkaufsliste", "und wie wird's Wetter morgen",
            "ach dann streich die Bananen, die hab ich noch"],
     {"gone_items": {"shopping": ["Bananen"]}}),
    ("en", ["move my saturday alarm to 8", "what's the weather like tomorrow",
            "go back to that alarm and make it half 8"], {"changed": {"A3": {"time": "08:30"}}}),
    ("it", ["mi sposti la sveglia del nuoto a domenica", "che ore sono",
            "e quella sveglia me la metta mezz'ora prima"],
     {"changed": {"A3": {"time": "08:30", "date": "2026-12-06"}}}),
    ("en", ["when's my reminder to call the dentist", "what's on my calendar tomorrow",
            "move that reminder to 3 in the afternoon"],
     {"changed": {"R1": {"due": "2026-12-01T15:00"}}}),
    ("en", ["book lunch with sam on friday at 1pm", "what time is it",
            "move the lunch to thursday"], {"new": [{"kind": "event",
                                                     "start": "2026-12-03T13:00"}]}),
    # a move never mutes or deletes
    ("de", ["wann ist mein Zahnarzttermin", "Können Sie den bitte eine Stunde nach hinten "
            "schieben"], {"changed": {"E2": {"start": "2026-12-02T15:00"}}}),
    ("es", ["a qué hora es la alarma del sábado", "ya, cámbiamela pa las diez"],
     {"changed": {"A3": {"time": "10:00"}}}),
    ("es", ["a qué hora es la cena con Anna", "córramela media hora más temprano"],
     {"changed": {"E3": {"start": "2026-12-04T19:00"}}}),
    ("it", ["che c'è sulla lista delle cose da fare", "il passaporto l'ho già rinnovato, "
            "cancellalo"], {"gone_items": {"to-do": ["rinnovare il passaporto"]}}),
    # corrections of a thing just made
    ("en", ["wake me up at 8 on wednesday", "7:45 instead"],
     {"new": [{"kind": "alarm", "time": "07:45", "date": "2026-12-02"}]}),
    ("en", ["remind me to call the garage in 2 hours", "actually make it 3 hours"],
     {"new": [{"kind": "reminder", "due": "2026-11-30T20:00"}]}),
    ("en", ["remind me to call the garage in 2 hours", "sorry change to half past 8 tonight"],
     {"new": [{"kind": "reminder", "due": "2026-11-30T20:30"}]}),
    ("en", ["put the boiler service in my calendar thursday at 10",
            "sorry that should be friday same time"],
     {"new": [{"kind": "event", "start": "2026-12-04T10:00"}]}),
    ("fr", ["mets un minuteur de dix minutes pour les œufs", "non attends, mets douze"],
     {"new": [{"kind": "timer", "seconds": 720}]}),
    ("en", ["set a timer for 12 minutes", "how long did i say", "make it 15 actually"],
     {"new": [{"kind": "timer", "seconds": 900}]}),
    # timers
    ("en", ["how long's left on the laundry", "have it go off in half an hour"],
     {"changed": {"T2": {"remaining_s": 1800}}}),
    ("de", ["stell einen Timer auf 5 Minuten", "verdopple das"],
     {"new": [{"kind": "timer", "seconds": 600}]}),
    ("de", ["wie lange läuft die Wäsche noch", "mach noch zehn Minuten drauf äh nee acht"],
     {"changed": {"T2": {"remaining_s": 1380}}}),
    ("fr", ["il reste combien sur la lessive", "ah c'est trop, enlève trois minutes"],
     {"changed": {"T2": {"remaining_s": 720}}}),
    # shifts after a change to a time
    ("es", ["cambia la alarma de entre semana a las siete", "uy no, mejor diez minutos antes"],
     {"changed": {"A1": {"time": "06:50"}}}),
    ("en", ["push dinner with anna back half an hour", "she's running late push it a further "
            "30 minutes"], {"changed": {"E3": {"start": "2026-12-04T20:30"}}}),
    ("en", ["what's on my calendar for wednesday", "they moved it to thursday same time can "
            "you update it"], {"changed": {"E2": {"start": "2026-12-03T14:00"}}}),
    # a question with the verb first asks; a weekday alarm named by its days is changed
    ("de", ["stell meinen Wecker unter der Woche auf sechs", "klingelt der dann morgen um sechs",
            "mach lieber Viertel nach sechs draus"], {"changed": {"A1": {"time": "06:15"}}}),
    # a place said first is no request of its own (it had deleted the whole list)
    ("it", ["cosa c'è sulla lista della spesa", "che ore sono",
            "ok, da quella lista togli il pane che l'ho già preso"],
     {"gone_items": {"shopping": ["pane"]}}),
    # a remark first, then a preposition's "it" (it had cancelled the timer)
    ("en", ["add 10 minutes to the laundry timer", "ah that's too long knock 5 off it"],
     {"changed": {"T2": {"remaining_s": 1200}}}),
    ("en", ["how much longer on the pasta", "mm it's still a bit hard chuck another three "
            "minutes on it"], {"changed": {"T1": {"remaining_s": 660}}}),
    # "the new one" shifted from its own time, not from the one asked about since
    ("en", ["add parents evening to the calendar on wednesday at half 5",
            "what else have i got on wednesday", "ok move the new one half an hour later"],
     {"new": [{"kind": "event", "start": "2026-12-02T18:00"}]}),
    ("en", ["remind me to pay the gas bill thursday morning at 9",
            "and put another one in for friday same time please"],
     {"new": [{"kind": "reminder", "due": "2026-12-03T09:00"},
              {"kind": "reminder", "due": "2026-12-04T09:00"}]}),
    ("en", ["set an alarm for 7 on saturday", "do me one for sunday as well same time"],
     {"new": [{"kind": "alarm", "time": "07:00", "date": "2026-12-05"},
              {"kind": "alarm", "time": "07:00", "date": "2026-12-06"}]}),
    # "set one for …" after a question is a request of its own, not the question again
    ("en", ["what alarms have i got tomorrow", "set one for the 2nd at 6.15 too"],
     {"new": [{"kind": "alarm", "time": "06:15", "date": "2026-12-02"}]}),
    ("en", ["set an alarm for 5 45 on friday", "sorry not friday thursday"],
     {"new": [{"kind": "alarm", "time": "05:45", "date": "2026-12-03"}]}),
    ("en", ["remind me to ring mum on wednesday at 6 pm", "can you do 7 instead she won't "
            "be home yet"], {"new": [{"kind": "reminder", "due": "2026-12-02T19:00"}]}),
    # German "dat", "en halbe Stund", "stell … um", "sagen wir"
    ("de", ["Erinner mich morgen um 18 Uhr, den Anzug abzuholen",
            "mach dat doch eine Stunde früher"],
     {"new": [{"kind": "reminder", "due": "2026-12-01T17:00"}]}),
    ("de", ["Schieb dat Müll rausbringen auf acht Uhr abends",
            "Nä, mach lieber noch en halbe Stund später"],
     {"changed": {"R2": {"due": "2026-12-03T20:30"}}}),
    ("de", ["stell den Wecker morgen um Viertel nach sieben auf sieben um",
            "mach den doch noch zehn Minuten früher"], {"changed": {"A2": {"time": "06:50"}}}),
    ("de", ["Weck mich am Mittwoch um sechs", "äh nee, sagen wir Viertel nach"],
     {"new": [{"kind": "alarm", "time": "06:15", "date": "2026-12-02"}]}),
    ("es", ["pon un temporizador de siete minutos para los huevos",
            "mejor que sean nueve, que los quiero duros"],
     {"new": [{"kind": "timer", "seconds": 540}]}),
    ("es", ["recuérdeme mañana a las ocho de la noche llevar al perro al veterinario",
            "¿va a llover mañana por la noche?", "entonces póngalo una hora antes"],
     {"new": [{"kind": "reminder", "due": "2026-12-01T19:00"}]}),
    ("fr", ["Mon réveil de la semaine il sonne à quelle heure", "Mettez-le plutôt à sept "
            "heures moins le quart"], {"changed": {"A1": {"time": "06:45"}}}),
    # the thing said with its kind before the comma is that one, not the one talked about
    ("it", ["Fai partire un timer di un'ora per il pane", "Quanto manca al bucato?",
            "Ok, il timer del pane l'ho messo per sbaglio, annullalo"], {}),
    # lists
    ("en", ["add call the bank to my to do list", "and pay the gas bill on there as well"],
     {"added_items": {"to-do": ["call the bank", "pay the gas bill"]}}),
    ("en", ["what's on my to do list", "the passport one's done i renewed it yesterday so "
            "tick that one off"], {"gone_items": {"to-do": ["renew passport"]}}),
])
def test_whole_conversations(lang: str, turns: list[str], expect: dict[str, Any]) -> None:
    judged(lang, turns, expect, "asides", item_words=False)

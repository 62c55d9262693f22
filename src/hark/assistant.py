"""The turn orchestrator: text in, spoken answer out, with the conversation remembered.

    assistant = Assistant(settings)
    result = await assistant.handle_text("what's the weather in Paris")
    result.to_dict()  # the `hark ask --json` answer

One turn: validate -> load/plan the session -> understand (NLU, in a thread) ->
context (carry-over, references) -> policy -> skill (``SkillRegistry.dispatch``) ->
new dialogue state -> session state + turn row in one transaction -> turn log.

**When a skill crashes** ``dispatch`` turns the exception into a spoken apology
(action ``skill.error``). The user hears it, and the turn is treated as not having
happened: no turn row is written and the session state stays as it was (a new session
is still created, empty, so its id stays usable). Any other exception (NLU, database)
propagates, and since the state and the turn are written in one transaction after the
skill has returned, nothing half-written is left behind.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
import uuid
import weakref
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from hark.config import Settings, get_settings
from hark.dialogue import (
    compound,
    compound_other,
    conditions,
    day_corrected,
    days_said,
    declined,
    event_asked,
    focus,
    item_taken_off,
    kind_asked,
    list_asked,
    list_pointed,
    one_of_kind,
    own_times,
    persist,
    relative,
    relative_other,
    repeat_said,
    timer_alike,
    timer_meant,
    tracker,
    undoing,
)
from hark.dialogue import context as dcontext
from hark.dialogue.also_this import also_this
from hark.dialogue.another_reminder import another as another_reminder
from hark.dialogue.ellipsis import complete, every_day
from hark.dialogue.follow_on import (
    ANOTHER_EN,
    FollowOn,
    follow_on,
    it_fetched,
    own_request,
    whose_said,
)
from hark.dialogue.further import further
from hark.dialogue.its_day import from_its_day, that_weekend
from hark.dialogue.ordinals import of_talked, picked, said_alone
from hark.dialogue.person_named import named as person_named
from hark.dialogue.pointing import TOPIC_IT, kind_said, pointed
from hark.dialogue.policy import Decision, decide, proceed
from hark.dialogue.reason_after import request_after_reason, request_alone
from hark.dialogue.state import DialogueState, about_read, about_stored
from hark.dialogue.timer_asked import about_timers
from hark.dialogue.timer_asked import asked as timer_asked
from hark.dialogue.timer_more import more_time
from hark.errors import InvalidInput, TextTooLong, UnknownSession
from hark.logs import Stopwatch
from hark.nlu.time_spans import find_time_spans
from hark.skills.base import SkillContext
from hark.skills.registry import SkillRegistry
from hark.skills.timers import write_db
from hark.store import journal
from hark.store.take_back import take_back
from hark.text import (
    day_looks,
    event_dropped,
    event_length,
    event_when,
    free_asked,
    item_to_diary,
    named_moved,
    one_named,
    same_time,
    timer_done,
    topic_only,
    typos,
)
from hark.text.antecedent import possessor_named, titled_person_put_in
from hark.text.asked_again import without_again
from hark.text.asked_in_place import asked_in_place
from hark.text.asked_plainly import asked_plainly
from hark.text.bare_minutes import another_in_minutes, with_minutes
from hark.text.bullets import unbulleted
from hark.text.busy_first import without_busy_reason
from hark.text.calendar_first import event_first
from hark.text.called_off import called_off
from hark.text.checked_first import checked_first
from hark.text.closing import without_closing
from hark.text.corrections import corrected
from hark.text.corrections_other import corrected_other
from hark.text.courtesy import plainly
from hark.text.courtesy_other import plainly_other
from hark.text.day_asked import day_named
from hark.text.day_put_right import day_put_right
from hark.text.dialect import standard
from hark.text.errand_first import errand_first
from hark.text.event_pairs import events_paired
from hark.text.fronted import unfronted
from hark.text.hedges import unhedged
from hark.text.hushed import without_hushing
from hark.text.instead import instead
from hark.text.instead_other import without_old_time
from hark.text.item_corrected import list_then_fixed
from hark.text.item_questions import asked_item, may_ask_item
from hark.text.items_done import all_bought_but, done_then_off, may_be_done, may_take_off, said_done
from hark.text.length_told import length_told
from hark.text.list_bare import listed
from hark.text.list_corrected import list_corrected
from hark.text.list_first import items_first, items_first_other
from hark.text.list_named import may_ask_list, with_list_word
from hark.text.moves_paired import moves_paired
from hark.text.news_day import with_news_day
from hark.text.night_of import night_of
from hark.text.no_longer import no_longer_needed
from hark.text.noises import without_noises
from hark.text.not_till import not_till
from hark.text.noted_after import noted_after
from hark.text.one_named import restated as one_restated
from hark.text.only_said import without_only
from hark.text.place_put_right import place_put_right
from hark.text.put_in import put_in
from hark.text.question_among import question_alone
from hark.text.question_last import question_last
from hark.text.reason_clause import without_reason_clause
from hark.text.reason_first import without_reason
from hark.text.reason_reminded import reminded_of_reason
from hark.text.regional_words import in_standard_words
from hark.text.reminder_set_to import moved_plainly
from hark.text.reminder_shift import shifted
from hark.text.restarts import restarted
from hark.text.run_out import run_out
from hark.text.said_again import without_repeats
from hark.text.said_wrong import right_after_wrong
from hark.text.shorthand import written_out
from hark.text.story_first import (
    dash_as_stop,
    news_day_asked,
    question_after_news,
    without_news_after,
    without_news_then_so,
    without_story,
)
from hark.text.those_days import those_days
from hark.text.timer_list import timers_listed
from hark.text.timer_names import may_name_timer, with_timer_names
from hark.text.timer_pairs import timers_paired
from hark.text.told_moved import told_moved
from hark.text.topic_first import topic_first
from hark.text.typed_accents import with_accents
from hark.text.typos import spelled
from hark.text.verb_last import verb_last
from hark.text.weekday_date import dated
from hark.types import Outcome, Slot, Understanding

log = logging.getLogger("hark.assistant")
# the thing just made, named so after a question about another ("… on the new one")
_NEW_ONE = re.compile(r"\b(?:the|that) (?:new|new timer|new alarm|new reminder) one\b|"
                      r"\bthe new (?:timer|alarm|reminder|one)\b|\bthe one (?:i|you) just "
                      r"(?:set|made|added|started|put in)\b", re.I)

Understand = Callable[[str, datetime, str | None], Understanding]

_NLU_CACHE: dict[str, Any] = {}


def nlu_understand(model: str = "default") -> Understand:
    """The real NLU (``hark.nlu.engine.NLU``), loaded on first use and shared."""

    def understand(text: str, now: datetime, lang: str | None) -> Understanding:
        nlu = _NLU_CACHE.get(model)
        if nlu is None:
            from hark.nlu.engine import NLU

            nlu = _NLU_CACHE[model] = NLU.load(model)
            nlu.intents.warm()
        return nlu.parse(text, now=now, lang=lang)

    return understand


def warm_nlu_languages(languages: tuple[str, ...] = ("en", "de", "fr", "es", "it")) -> None:
    """Load every language's rule templates into the NLU models in use (the server does
    this at start, so the first German question is not 1 s slower than the next), and
    the English word list typing mistakes are checked against (~0.4 s)."""
    for nlu in list(_NLU_CACHE.values()):
        nlu.warm(languages)
    typos.warm()


# a request said on a condition the answer before cannot settle ("… if so, …" after no
# yes/no question): not carried out
_CANNOT_TELL = "I couldn't tell from that whether to do the rest, so I haven't."
_OKAY = re.compile(r"^(?:okay|ok|alright|all right|sure|done)[,.!]\s+", re.I)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# the wording made plain before understanding, in this order: typing mistakes ("remnd me
# tomorow"; before the rest, which read words spelt right), Scots and Yorkshire spellings
# ("fur quarter tae seven the morra"; Québec "cadran", "porfa"), long courtesies ("would you be good enough to" is
# "please"; in de/fr/es/it the short polite form, a first "ähm" and the thanks after left
# out; "…, aber nur sieben" the amount alone), hedges ("I think maybe …, if that's okay?"), roundabout questions ("you
# couldn't tell me …, could you?", "Status of all active timers."), a thing named before
# its question in de/fr/es/it ("Et la réunion d'équipe, c'est à quelle heure ?"), a closing "that's all", typed shorthand, what is said twice ("at 8, 8 tonight"), "8 minutes, no wait, 9", "I don't
# need bananas any more", the thing said first ("the laundry timer, stop it"), a heading
# first ("Bins reminder. Delete."), the verb said last ("The bins reminder, to eight move it."), "wake me up at 7 instead of 7:15", "snooze the
# bins reminder by an hour", "shopping list:
# apples, pears", "Calendar: coffee with Aoife Saturday 2pm", points typed as a list ("•
# alarm 0545 tmrw • add coffee to shopping"), a reason said first ("bin day's moved, so remind me to …": the request
# alone), bare minutes ("take 3 off the pasta": 3 minutes, not a cancel) and a list of
# timers ("a 5 minute timer for the rice, 10 for the beef": a request each), days told
# first and asked for as "both days", a thing put right after the list it goes on ("Mets du
# mastic sur la liste de courses — ah non pardon, de l'enduit")
_PLAINERS = (moved_plainly, called_off, not_till, length_told, day_put_right, list_corrected, unbulleted, without_again, question_alone, without_reason_clause, spelled, standard, in_standard_words, without_busy_reason, same_time.moved_day_alone, night_of, with_accents, plainly, plainly_other, without_only, unhedged, asked_plainly, asked_in_place, question_last, without_closing, written_out, without_repeats, corrected, corrected_other,
             right_after_wrong, place_put_right, no_longer_needed,
             verb_last, unfronted, topic_first, errand_first, day_looks.without_now, instead, shifted, items_first, items_first_other, listed, event_first, those_days, reminded_of_reason, possessor_named, titled_person_put_in,
             without_reason,
             with_minutes, timers_listed, put_in, told_moved, dated, without_old_time,
             list_then_fixed, one_restated, run_out)


# languages a short turn is told apart from badly ("no la nata, el queso crema" read as
# Italian): a turn of at most ``_SHORT`` words goes on in the language spoken before
_SESSION_LANGUAGES = ("de", "fr", "es", "it")
_SHORT = 8


def _focus_list(state: DialogueState) -> str | None:
    """The name of the list the last answer was about, if it was about a list."""
    focus_ = state.focus or {}
    return str(focus_.get("name")) if focus_.get("type") == "list" and focus_.get("name") \
        else None


# "… now?" ending a question asked right after a change ("What's on Friday now?")
_ASKED_NOW = re.compile(r"(?<=\w)\s+now\s*\?\s*$", re.I)

# "and the day after?" said after a question about a day
_DAY_AFTER_ASKED = re.compile(r"^\W*(?:(?:and|what about|how about)\s+)?(?:on\s+)?the\s+(?:day|one)\s+"
                              r"after(?:\s+that)?\s*\?\s*$", re.I)

def _one_day(text: str, now: datetime, lang: str) -> Slot | None:
    """The one date ``text`` says, or None when it says none or several."""
    days = [s for s in find_time_spans(text, now, lang) if isinstance(s.value, dict)
            and s.value.get("kind") == "date" and s.value.get("date")]
    return days[0] if len(days) == 1 else None


def _day_asked(state: DialogueState, now: datetime, lang: str) -> dict[str, Any] | None:
    """The one day the last turn asked about ("¿Tengo algo el lunes 7 de diciembre?"), as
    :attr:`DialogueState.about` says a time; None when it asked of no one day."""
    if not (state.last_intent or "").endswith("_query") or not state.last_text:
        return None
    one = _one_day(state.last_text, now, lang)
    if one is None:
        return None
    day = date.fromisoformat(str(one.value["date"])[:10])
    return {"at": datetime.combine(day, datetime.min.time(), now.tzinfo).isoformat(),
            "asked": True}


def _asked_of_day_after(asked: str, now: datetime, lang: str) -> str | None:
    """The question ``asked`` of one day asked again of the day after it ("Is there anything
    on Wednesday?" → "Is there anything on Thursday?"); None when it names no one day."""
    one = _one_day(asked, now, lang)
    if one is None or one.start is None:
        return None
    day = date.fromisoformat(str(one.value["date"])[:10]) + timedelta(days=1)
    start, end = one.start or 0, one.end or 0
    the = re.search(r"\bthe\s+$", asked[:start], re.I)  # ("on the 21st": said anew whole)
    start = the.start() if the else start
    lead = re.search(r"\b(?:on|for)\s+$", asked[:start], re.I)
    ahead = (day - now.date()).days
    said = f"{day:%A}" if 1 <= ahead <= 6 else relative.say_day(day).removeprefix("on ")
    return f"{asked[:start]}{'' if lead else 'on '}{said}{asked[end:]}"


# an assistant's name said first, as to a smart speaker: "alexa, …", "hey google …"
_WAKE_WORD = re.compile(r"^\s*(?:(?:hey|hi|ok|okay)[\s,]+)?(?:alexa|siri|google|hark|jarvis|"
                        r"computer)\b[\s,.!:]*(?=\S)", re.I)
# a hesitation set off by commas: "add, um, almond milk to the list" (not German "um 7")
_FILLER = re.compile(r"(?:^|,)\s*(?:um+|uh+|erm+|uhm+|er)\s*,|^\s*(?:mm+|hmm+|mhm)\s*[.,…]+", re.I)
# the comma a filler left after a little word: "every Tuesday at, er, eight" → "at eight"
_LEFT_COMMA = re.compile(r"\b(at|on|to|for|in|by|the|a|an|my|um|am|à|au|a las|alle)\s*,\s+(?=\w)",
                         re.I)
# a little word said again after a pause: "take the passport and the, er, the haircut off"
_STUTTER = re.compile(r"\b(the|a|an|my|for|at|der|die|das|den|dem|des|ein|eine|einen|le|la|"
                      r"les|un|une|du|el|los|las|il|lo|gli|una|uno|al|del)"
                      r"\s*,\s*\1\b", re.I)


@dataclass
class TurnResult:
    session_id: str
    intent: str | None
    confidence: float | None
    slots: list[dict[str, Any]]
    action: str | None
    response_text: str
    end_session: bool
    timings_ms: dict[str, float]
    decision: str = ""
    expect_followup: bool = False
    display: dict[str, Any] = field(default_factory=dict)
    language: str = "en"
    new_session: bool = False
    expired_session_id: str | None = None  # the asked-for session had expired
    turn_index: int | None = None  # None: the turn was not recorded (skill crash)
    # several requests in one sentence: each one's result, in order (the fields above
    # are the last one's, with every answer in ``response_text`` and timings summed)
    parts: list[dict[str, Any]] = field(default_factory=list)
    # what the request was about, timed ({"at", "title"}): for "… and remind me an hour
    # before" said next (not part of the API's answer)
    about: dict[str, Any] | None = field(default=None, repr=False, compare=False)
    # what a question's answer says ({"yes": bool}, {"left_s": n}): for "… if not, add
    # it" said next (not part of the API's answer)
    answer: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out.pop("about", None)
        out.pop("answer", None)
        return out

    @classmethod
    def combined(cls, results: list[TurnResult]) -> TurnResult:
        """One result for the requests of one sentence, run in turn."""
        if len(results) == 1:
            return results[0]
        timings: dict[str, float] = {}
        for r in results:
            for stage, ms in r.timings_ms.items():
                timings[stage] = round(timings.get(stage, 0.0) + ms, 3)
        first = results[0]
        said = [r.response_text for r in results if r.response_text]
        # "Okay, timer set. I've added rice …": one "Okay" is enough
        said[1:] = [_capital(_OKAY.sub("", t, count=1)) for t in said[1:]]
        return replace(results[-1], timings_ms=timings, parts=[r.to_dict() for r in results],
                       response_text=" ".join(said),
                       new_session=first.new_session,
                       expired_session_id=first.expired_session_id)


class Assistant:
    """Text turns for one process. ``services`` reach skills as ``ctx.services`` (the
    store is added as ``"store"``; add ``"scheduler"``, providers, ...)."""

    def __init__(self, settings: Settings | None = None, store: Any = None,
                 registry: SkillRegistry | None = None, understand: Understand | None = None,
                 services: dict[str, Any] | None = None) -> None:
        self.settings = settings or get_settings()
        self._store = store
        self._owns_store = store is None
        self.registry = registry or SkillRegistry.default()
        self.understand = understand or nlu_understand(self.settings.nlu_model)
        self.services: dict[str, Any] = dict(services or {})
        self._templates: Any = None
        self._tz: Any = None
        # one turn at a time per conversation in this process (turns read then write state)
        self._locks: weakref.WeakValueDictionary[str, asyncio.Lock] = \
            weakref.WeakValueDictionary()

    # --------------------------------------------------------------- resources

    @property
    def tz(self) -> Any:
        if self._tz is None:
            from hark.store.timeutil import zone

            self._tz = zone(self.settings.timezone)
        return self._tz

    async def store(self) -> Any:
        if self._store is None:
            from hark.store import Store

            self._store = await asyncio.to_thread(Store.open, self.settings)
        return self._store

    async def aclose(self) -> None:
        if self._owns_store and self._store is not None:
            self._store.close()
            self._store = None

    # -------------------------------------------------------------------- turns

    def understands(self, text: str) -> bool:
        """Whether the rules read ``text``, plained as a turn plains it, as a request the
        assistant can do (blocking: the NLU runs here). The spoken turn uses it to choose
        among what the recogniser heard (:mod:`hark.pipeline.hypotheses`)."""
        try:
            text = self._validate(text)
            for plain in _PLAINERS:
                text = plain(text)
            u = self._understand(text, self._clock(None))
        except InvalidInput:
            return False
        return u.source == "rules" and u.in_scope

    async def awaits_answer(self, session_id: str | None, user_id: str = "default",
                            device_id: str = "default") -> bool:
        """Whether the session a turn would continue waits for an answer to a question
        ("What time?"); an unknown session does not (the turn itself reports it)."""
        state = await self._session_state(session_id, user_id, device_id, None)
        return state is not None and bool(state.get("pending"))

    async def _session_state(self, session_id: str | None, user_id: str, device_id: str,
                             now: datetime | None) -> dict[str, Any] | None:
        """The stored dialogue state of the session a turn would continue; None when the
        session is unknown (the turn itself reports it)."""
        store = await self.store()
        try:
            info = await asyncio.to_thread(
                persist.load, store, session_id=session_id, user_id=user_id,
                device_id=device_id, language=self.settings.language, now=self._clock(now))
        except UnknownSession:
            return None
        return info.state

    async def _event_just_about(self, session_id: str | None, user_id: str, device_id: str,
                                now: datetime | None) -> dict[str, Any] | None:
        """The event the last turn of the session made or changed (its focus), or None."""
        stored = await self._session_state(session_id, user_id, device_id, now)
        if stored is None:
            return None
        state = DialogueState.from_dict(stored)
        focus = state.focus or {}
        return focus if state.just_before() and focus.get("type") == "event" else None

    def _validate(self, text: str) -> str:
        if not isinstance(text, str) or not text.strip():
            raise InvalidInput("Say or type something first: the text is empty.")
        said_first = text
        if len(text) > self.settings.max_text_chars:
            raise TextTooLong(f"That is too long: at most {self.settings.max_text_chars} "
                              "characters, please.", max_chars=self.settings.max_text_chars,
                              chars=len(text))
        text = _STUTTER.sub(r"\1", _FILLER.sub(",", restarted(without_noises(without_hushing(
            text)))))  # ("… chut, chut, mon cœur …": said to the baby)
        if text != said_first:
            text = _LEFT_COMMA.sub(r"\1 ", text)
        return " ".join(_WAKE_WORD.sub("", text).strip(" ,").split())

    async def handle_text(self, text: str, session_id: str | None = None,
                          user_id: str = "default", device_id: str = "default",
                          now: datetime | None = None) -> TurnResult:
        """One text turn. Raises InvalidInput (empty), TextTooLong, UnknownSession."""
        text = said = self._validate(text)
        undo = undoing.said(said)  # "undo that", "no wait, leave it running"
        if undo is None and (alone := request_alone(said, compound.language_of(said))) != said:
            undo = undoing.said(alone)  # "Ah no, toglilo, m'ha appena richiamato lui, passa
            # stasera": why it is taken back is no new value of it
        if undo is not None and called_off(said) != said:
            undo = None  # "Stell einen Wecker … Ach nee, vergiss es.": that one, never made
        for plain in _PLAINERS:
            text = plain(text)
        if may_name_timer(text):  # "pause laundry, cancel pasta": the user's timers
            text = with_timer_names(text, await self._timer_names(user_id))
        read: list[dict[str, list[str]]] = []  # the user's lists, read once if needed

        async def lists() -> dict[str, list[str]]:
            if not read:
                read.append(await self._list_items(user_id))
            return read[0]

        if may_ask_item(text):  # "do I need bread?": asked of the user's lists
            text = asked_item(text, await lists())
        said_in = compound.language_of(text)
        if may_ask_list(text):  # "¿qué hay en la canastilla?": the user's own list, by name
            text = with_list_word(text, await lists(), said_in)
        text = checked_first(text, said_in)  # "La réunion, c'est bien demain à 9 heures ?
        # Mets-moi un rappel une demi-heure avant": asked plainly, what follows timed from it
        text = noted_after(text, said_in)  # "I've got physio on Thursday at 3, can you put
        # that in my diary?": the news, put in
        text = without_news_then_so(text, said_in)  # "…, atterra alle sette e dieci,
        # quindi la sveglia delle sette e un quarto spostala alle cinque e mezza"
        text = with_news_day(text, said_in)  # "Der Kurier kommt morgen erst um vier. Erinner
        # mich um Viertel vor vier, …": tomorrow at a quarter to four
        text = news_day_asked(text, said_in)  # "I've got to take Mum to the GP on Wednesday
        # afternoon, what's on my calendar that day?": what is on Wednesday
        text = without_news_after(text, said_in)  # "Can you move the bins reminder to
        # Wednesday, same time? Thursday night's football now."
        text = dash_as_stop(text, said_in)  # "… hasta las nueve — pásala a las nueve y
        # media": the news, then the request, as two sentences
        text = question_after_news(text, said_in)  # "Moment, die Kinder schreien schon,
        # wie lang brauchen die Nudeln noch?": the question alone
        storyless = without_story(text, said_in)  # "Lisa hat wieder Fieber. Mach mir eine
        # Erinnerung: …": the request alone, when the whole is not read with confidence
        # ("la Anna me canceló, … Sácame la cena del viernes" is read better whole)
        if storyless != text:
            whole = await asyncio.to_thread(self._understand, text, self._clock(now))
            if whole.source != "rules" and (not whole.in_scope or (whole.confidence or 0.0)
                                            < max(0.9, self.settings.confidence_threshold)):
                text = storyless
        text = free_asked.plain(text, said_in, self._clock(now))  # "Hab ich am Mittwoch um
        # 14 Uhr Zeit?": asked plainly
        text = day_looks.plain(text, said_in)  # "what's Thursday looking like now?"
        text = moves_paired(text, said_in)  # "move dinner to Saturday and the dentist to
        # Thursday": two moves
        text = events_paired(text, said_in, self._clock(now))  # "add a review on Thursday
        # at 11, and a VAT call on Friday at 3": an event each
        text = timers_paired(text, said_in)  # "risotto eighteen minutes, lamb ten": a timer
        # each
        text = list_asked.asked(text, said_in) or text  # "what did I still need to pick
        # up?": the shopping list, asked
        if may_be_done(text):  # "Reisepass verlängern ist erledigt": an item on a list
            text = said_done(text, await lists())
        if item_to_diary.may_reword(text):  # "the passport one on my to-do list, remind me
            # about it on Thursday at six": the item, made a reminder
            text = item_to_diary.reworded(text, await lists(), said_in, self._clock(now))
        text = all_bought_but(text, said_in)  # "ya compré todo menos el lavavajillas": the
        # rest ticked off
        if may_take_off(text, said_in):  # "j'ai réparé la lumière du vélo, tu peux
            # l'enlever": the item said before, taken off its list
            text = done_then_off(text, await lists(), said_in)
        told = event_length.start_told(text, said_in)
        about = await self._event_just_about(session_id, user_id, device_id, now) \
            if told is not None else None
        timed = await self._timed_event(about, user_id, self._clock(now)) \
            if about is not None and about.get("name") else None
        if told is not None and timed is not None:
            # "Scusa, mi sono sbagliata: inizia alle 10, e finisce sempre alle 14" right
            # after the event was put in at 11: moved to 10 (its length kept), then its end
            # (it had become an event called "inizia" at 10)
            first = await self.handle_text(event_length.moved(timed, told[0], said_in),
                                           session_id, user_id, device_id, now)
            if not told[1]:
                return first
            more = await self.handle_text(event_length.said(
                event_length.Asked("end", told[1], ""), timed, said_in), first.session_id,
                user_id, device_id, now)
            return TurnResult.combined([first, more])
        start_first = event_length.start_first(text, said_in)
        about = await self._event_just_about(session_id, user_id, device_id, now) \
            if start_first is not None else None
        if about is not None and about.get("name") and said_in == "en" \
                and event_length.is_range(start_first, said_in):
            # "oh and make it a bit earlier, 6:30 till 8:30" after dinner was moved, "it's
            # 10 till 2 now" after it was put in: its start moved there, then its end
            from hark.skills.calendar_skill import EVENING

            clocks = event_length.range_clocks(text, bool(EVENING.search(about["name"].lower())))
            if clocks is not None:  # "6 till 8" for the parents' evening: 18:00 till 20:00
                start_first = (f"at {clocks[0]}", f"it ends at {clocks[1]}")
            start_first = (f"move the {about['name']} to {start_first[0].removeprefix('at ')}",
                           start_first[1])
        elif about is not None and not about.get("created"):
            about = None
        if start_first is not None and about is not None:
            # "À quinze heures, ça dure trois quarts d'heure" right after the event was put
            # in: its time, then its length, one after the other
            first = await self.handle_text(start_first[0], session_id, user_id, device_id, now)
            more = await self.handle_text(start_first[1], first.session_id, user_id, device_id,
                                          now)
            return TurnResult.combined([first, more])
        key = session_id or f"{user_id}\x00{device_id}"
        lock = self._locks.get(key)
        if lock is None:
            lock = self._locks[key] = asyncio.Lock()
        async with lock:
            clock = self._clock(now)
            sentence = uuid.uuid4().hex[:12]  # its requests are undone together
            understood: dict[str, Understanding] = {}
            started = time.perf_counter()
            lang = compound.language_of(text)
            one = one_named.said(text, lang)
            if one is not None:  # "E quella del nuoto spostala alle undici": its kind said
                text = one_named.with_kind(text, one, lang, await self._things(user_id, clock))
            # "no, 7:30", "and sugar", "und am Freitag?": the request before, said again;
            # "push it back an hour": what the last answer was about, named
            leaning, before, loaded = await self._follow_on(text, session_id, user_id,
                                                            device_id, clock, lang)
            state = DialogueState.from_dict(loaded[0].state) if loaded is not None else None
            undone = undo is not None and state is not None and undoing.asked(undo, said, state)
            redo = timer_meant.redo(said, state, await self._timer_names(user_id), lang) \
                if state is not None and not undone and timer_meant.said(said, lang) else None
            if undone or redo is not None:  # the last change taken back; then what is asked
                # after the undo in the same breath, or (redo) "I meant the pasta, not the
                # laundry": the change made to the laundry timer, made to the pasta timer
                language = undo.language if undo is not None and undone else lang
                result, _ = await self._turn(said, session_id, user_id, device_id, now,
                                             loaded=loaded, undo=language, sentence=sentence)
                rest = redo if redo is not None else undoing.then_asked(said, language)
                if rest is None:
                    return result
                if redo is None and may_take_off(rest, language):  # "… Par contre le
                    # passeport, ça c'est fait, vire-le"
                    rest = done_then_off(rest, await lists(), language)
                more, _ = await self._turn(rest, result.session_id, user_id, device_id, now,
                                           sentence=uuid.uuid4().hex[:12])
                return TurnResult.combined([result, more])
            replaces = None
            alone = topic_only.asked(text) if lang == "en" and leaning is None and (
                state is None or state.pending is None) else None
            if alone is not None:  # "um, the weekday alarm…": what it is now, and the next
                # turn about it
                text = alone
            length = event_length.asked(text, lang)
            if length is not None and length.kind == "length" and leaning is not None \
                    and leaning.kind == "correct" and (leaning.replaces or {}).get("type") == "event":
                # "Eleven a.m. He reckons it'll take about an hour." right after the event was
                # made: put right, with that length
                leaning = replace(leaning, text=f"{leaning.text.rstrip(' ?.!')}, "
                                                 f"{event_length.for_length(length.words, lang)}")
                length = None
            if length is not None:  # "can you have it finishing at half ten instead": the
                # event its words name, else the one talked about
                ev = await self._named_event(length.rest, state, lang, user_id, clock,
                                             pointed=length.pointed or bool(
                                                 event_length.POINTED.search(length.rest))
                                             or (state is not None and state.just_before()
                                                 and length.kind in ("length", "end")
                                                 and len(length.rest.split()) <= 8))
                # ("Dura una hora, o sea hasta las doce y media" right after the event)
                if ev is not None:
                    text, leaning = event_length.said(length, ev.title, lang), None
            dropped = event_dropped.asked(text, lang)
            if dropped is not None:  # "Take the team meeting out, it's been scrapped" (not
                # "take the bins out": a chore)
                ev = await self._named_event(dropped, state, lang, user_id, clock,
                                             pointed=dropped == text)
                if ev is not None:
                    text, leaning = event_dropped.said(ev.title, lang), None
            elif lang == "en" and (done := timer_done.asked(text)) is not None and (
                    timer := next((w for w in await self._timer_names(user_id)
                                   if w.lower() == done.lower()), None)):
                text, leaning = timer_done.said(timer), None  # "When does the laundry
                # finish?": the laundry timer
            elif lang == "en" and (when := event_when.asked(text)) is not None:
                hits = [e for e in await self._coming_events(user_id, clock)
                        if named_moved.names(when, e.title)]
                if len(hits) == 1:  # "What time's the Boston thing start?": that event
                    text, leaning = event_when.said(hits[0].title), None
                elif not hits and (plain := event_when.reminder_said(when, [
                        w for _, w in await self._things(user_id, clock, kinds=("reminder",))])):
                    text, leaning = plain, None  # "When's my next tablet?": the reminder
                    # to take the tablets
            elif (named := event_dropped.cancel_asked(text, lang)) is not None:
                off = event_dropped.cancelled(named, await self._coming_events(user_id, clock))
                if off is not None:  # "cancel the book club": an event by an unseen title
                    text, leaning = off, None
            moved = named_moved.asked(text, lang)
            if moved is not None:  # "move the book club to Saturday": an event the model
                # has not seen, named by its own title
                plain = named_moved.said(moved, await self._coming_events(user_id, clock),
                                         clock)
                if plain is not None:
                    text, leaning = plain, None
            if leaning is not None:
                text, replaces = leaning.text, leaning.replaces
                lang = compound.language_of(text)
                if leaning.kind == "pointed":  # "…, they want us that same afternoon, so
                    # move it to Thursday": the reason kept for "it", no longer needed
                    text = without_reason(text)
                if lang == "en" and state is not None and leaning.kind in ("pointed", "another") \
                        and (state.about or {}).get("kind") == "reminder":
                    text = it_fetched(text, str(state.about.get("title") or ""))  # "and
                    # another at two that afternoon tae drop it back": the key picked up
                if lang == "en" and state is not None and leaning.kind == "another" \
                        and (state.about or {}).get("kind") == "event":
                    text = whose_said(text, str(state.about.get("title") or ""))  # "And
                    # another for when they leave" after the Bakers' arrival
                text = written_out(text)  # ("bung X on that" said of the list: "put X on
                # the to-do list")
            elif own_times.several_sentences(text):  # "After my dentist appointment I've a
                # prescription to fetch. Remind me when it's over." : the request, timed
                text = await self._own_timed(text, lang, user_id, clock) or text
            looked = compound.may_be_several(text, lang)
            parts = await asyncio.to_thread(
                compound.split, text, lambda piece: self._understand(piece, clock),
                self.settings.confidence_threshold, understood, lang) if looked else [text]
            if len(parts) == 1 and state is not None and state.pending is not None \
                    and state.pending.kind == "slot" and lang != "en":
                # "Na zwanzig Minuten. Und schreib Teebeutel auf die Einkaufsliste" to "Für
                # wie lange?": the answer, then a request of its own
                parts = compound_other.answer_then_request(
                    text, lang, lambda piece: self._understand(piece, clock),
                    self.settings.confidence_threshold) or parts
            split_ms = round((time.perf_counter() - started) * 1000, 3)
            results: list[TurnResult] = []
            todo: list[str] | None = parts[1:] if len(parts) > 1 else None
            piece = parts[0]
            held: bool | None = None  # whether the last condition held ("otherwise")
            while True:
                cond, _, bare = conditions.parse(piece)
                if cond is not None and results:  # "is bread on the list? if not, add it"
                    held = cond.holds(results[-1].answer, held)
                    if not held:
                        if held is None:
                            results[-1] = replace(results[-1], response_text=(
                                f"{results[-1].response_text} {_CANNOT_TELL}").strip())
                        if not todo:
                            return TurnResult.combined(results)
                        piece, todo = todo[0], todo[1:]
                        continue
                    piece = conditions.aimed(bare, results[-1].answer)
                own = await self._own_timed(piece, lang, user_id, clock)
                timed = relative.thing_timed(piece) if own is None else None
                about = await self._event_about(timed[1], user_id, clock) if timed else None
                if own is not None:  # "an alarm twenty minutes before my team meeting"
                    piece = own
                elif timed and about:  # "remind me 15 minutes before the team meeting"
                    piece = relative.anchored(timed[0], about, clock)
                elif (results or before) and lang in relative_other.LANGUAGES:  # "… ponme
                    # una alarma una hora antes"
                    piece = relative_other.anchored(
                        piece, results[-1].about if results else before, clock, lang)
                elif results or before:  # "… and remind me an hour before": timed from the
                    # one before, in this sentence or the turn before
                    piece = relative.anchored(piece, results[-1].about if results else before,
                                              clock)
                piece = with_minutes(piece)  # "… give it another 2"
                if results:  # "… Coffee with Aoife is now at 3pm": a change told, said later
                    piece = instead(piece)
                if results and compound.changes_it(piece):  # "Set an alarm for 6:50 …. Hmm,
                    # make it 15 minutes earlier than that": the thing just made, changed
                    lean, _, _ = await self._follow_on(piece, session_id, user_id, device_id,
                                                       clock, lang)
                    if lean is not None:
                        piece, replaces = lean.text, lean.replaces
                result, todo = await self._turn(piece, session_id, user_id, device_id, now,
                                                queued=todo, understood=understood,
                                                replaces=replaces, loaded=loaded,
                                                sentence=sentence)
                replaces = loaded = None
                if not results and looked:  # the time spent looking for several requests
                    result.timings_ms["split"] = split_ms
                    result.timings_ms["total"] = round(
                        result.timings_ms.get("total", 0.0) + split_ms, 3)
                results.append(result)
                session_id = result.session_id
                if not todo or result.end_session:
                    return TurnResult.combined(results)
                piece, todo = todo[0], todo[1:]

    async def _follow_on(self, text: str, session_id: str | None, user_id: str,
                         device_id: str, clock: datetime, lang: str
                         ) -> tuple[FollowOn | None, dict[str, Any] | None,
                                    tuple[persist.SessionInfo, float] | None]:
        """``text`` said in full when it leans on the session's last request
        (:mod:`hark.dialogue.follow_on`), else None (also for an unknown session: the turn
        itself reports that); what the turn before was about, timed, when it was the last
        turn ("… and remind me an hour before"); and the session as loaded, with the
        seconds that took, for the first request to use rather than read it again."""
        store = await self.store()
        started = time.perf_counter()
        try:
            info = await asyncio.to_thread(
                persist.load, store, session_id=session_id, user_id=user_id,
                device_id=device_id, language=self.settings.language, now=clock)
        except UnknownSession:
            return None, None, None
        loaded = (info, time.perf_counter() - started)
        if info.new:
            return None, None, loaded
        state = DialogueState.from_dict(info.state)
        just_before = state.last_turn == state.turns - 1 and state.pending is None
        before = about_read(state.about, self.tz) if just_before else None
        if before is None and just_before and (day := _day_asked(state, clock, lang)):
            before = about_read({**day, "title": "", "kind": "day"}, self.tz)
        leaning = self._leaning(text, state, clock, lang)
        if leaning is None and state.aside_asked():  # "what's the weather tomorrow" — "For
            # which city?" — "ok take the bananas off then": the aside's question dropped
            leaning = self._leaning(text, replace(state, pending=None), clock, lang)
            if leaning is not None:
                info.state["pending"] = None
        focus_list = _focus_list(state)
        if leaning is None and focus_list and state.pending is not None \
                and state.pending.kind == "confirm":  # "remove marshmallows? Shall I?" — "so
            # what's left?": the list asked, the removal not made
            asked = list_asked.asked(text, lang, focus_list)
            if asked is not None:
                leaning = FollowOn(asked, "pointed")
                info.state["pending"] = None
        if leaning is None and lang == "en" and state.pending is not None \
                and state.pending.kind == "confirm":  # "Cancel my dentist appointment." —
            # "Shall I?" — "Wait, don't. Just move it to Thursday at 2 instead."
            instead = declined.pointed(text, state.pending.text)
            if instead is not None:
                leaning = FollowOn(instead, "pointed")
                info.state["pending"] = None
        return leaning, before, loaded

    def _leaning(self, text: str, state: DialogueState, clock: datetime, lang: str
                 ) -> FollowOn | None:
        """How ``text`` leans on the turns before: a day said from the thing's own day as
        a date; read without a reason said after it first ("bump it to eleven i got a
        thing first"), else whole."""
        if state.just_before() and _DAY_AFTER_ASKED.match(text) and (
                state.last_intent or "").endswith("_query") and (
                    asked := _asked_of_day_after(state.last_text or "", clock, lang)):
            return FollowOn(asked, "pointed")  # "Anything on Thursday?" — "And the day after?"
        if state.just_before() and lang in _SESSION_LANGUAGES and \
                state.last_language in _SESSION_LANGUAGES and state.last_language != lang \
                and len(text.split()) <= _SHORT:
            lang = state.last_language  # "no la nata, el queso crema" read as Italian: a
            # short turn goes on in the conversation's language
        dated = None
        if state.just_before():
            # "make it the day after, same time": that day, said (after a day asked about,
            # "and the day after?" is the day after that one: the ellipsis reads it)
            about = state.about if (state.about or {}).get("at") else _day_asked(state, clock,
                                                                                  lang)
            weekend = that_weekend(text, about, clock, lang)
            if weekend is not None:  # "What have I got on that weekend?"
                return FollowOn(weekend, "pointed")
            dated = from_its_day(text, about, clock, lang)
            dated, text = (dated if dated != text else None), dated
            if lang == "en":  # "And another one straight after for my nails": at its end
                text = relative.another_timed(text, about_read(state.about, self.tz),
                                              clock) or text
            kind = (state.focus or {}).get("type") if state.pending is None else None
            named = one_of_kind.with_kind(text, str(kind) if kind else None, lang)
            if named is not None and own_request(named.partition(",")[2].strip(), lang):
                # "Y el de mañana a las siete y cuarto, cámbialo a las ocho" after an
                # alarm: that alarm (not an answer to "which one?": "La de las 7:15")
                return FollowOn(named, "pointed")
            listed = one_of_kind.with_list(text, str(kind) if kind else None, lang)
            if listed is not None:  # "¿y en la de tareas?" after the shopping list: the
                return FollowOn(listed, "pointed")  # to-do list
            made = one_of_kind.new_of_kind(text, str(kind) if kind else None, lang)
            if made is not None:  # "Y poné una nueva para el miércoles" after an alarm
                again = self._leaning_whole(text, state, clock, lang) \
                    if kind == "reminder" or (kind == "alarm" and (state.focus or {}).get(
                        "created")) else None
                if again is not None and again.kind == "another":  # "Fammene uno uguale per
                    return again  # venerdì" after a reminder: its thing again, not the words;
                # "E mettine un'altra alle sette" right after an alarm was set for Saturday:
                # on Saturday too (it had rung tomorrow)
                return FollowOn(made, "pointed")
        carried = days_said.carried(text, state, lang, clock)  # "also keine Wecker bis dahin"
        if carried is not None:  # (read whole: "Wednesday I'm in after all" is no reason)
            return FollowOn(carried, "pointed")
        if lang == "en" and TOPIC_IT.match(text):  # "Oh and the dinner with Anna on Friday,
            return self._leaning_whole(text, state, clock, lang)  # bump it …": read whole
        for alone in (request_alone(text, lang), request_after_reason(text, lang)):
            if alone != text:
                leaning = self._leaning_whole(alone, state, clock, lang)
                if leaning is not None:
                    return leaning
        leaning = self._leaning_whole(text, state, clock, lang)
        if leaning is None and lang != "en" and state.just_before() and _focus_list(state) and (
                off := item_taken_off.not_meant(text, state.focus, lang)) is not None:
            return FollowOn(off, "pointed")  # "Ah no, pará, los pañales no, que ya los donó
            # la farmacia" just after they were added (read whole: "…, die haben wir noch.
            # Schreib stattdessen Pappteller" is a swap)
        if leaning is None and dated is not None:  # "¿Qué tengo ese día entonces?", "apúntame
            return FollowOn(dated, "pointed")  # ese día la jornada …": that day, said
        return leaning

    def _leaning_whole(self, text: str, state: DialogueState, clock: datetime, lang: str
                       ) -> FollowOn | None:
        """:func:`follow_on`, else "it"/"that" named, else (English) what the turn leaves
        out taken from the request before."""
        just_before = state.just_before()
        focus_list = _focus_list(state) if just_before else None
        on_list = list_asked.asked(text, lang, focus_list) if focus_list else None
        if on_list is not None:  # "so what's left?" after the bread was ticked off
            return FollowOn(on_list, "pointed")
        on_timers = timer_asked(text, state, lang)
        if on_timers is not None:  # "which one's going to beep first now?"
            return FollowOn(on_timers, "pointed")
        other_kind = kind_asked.asked(text, state, lang)
        if other_kind is not None:  # "¿Y el recordatorio de la tarjeta de Sam?" after a
            return FollowOn(other_kind, "pointed")  # question about an alarm
        of_event = event_asked.asked(text, state, lang)
        if of_event is not None:  # "Du coup elle finit à quelle heure ?" after a change
            return FollowOn(of_event, "pointed")
        again = day_corrected.in_request(text, state, lang)
        if again is not None:  # "net Mittwoch, Dienstag" right after "jeden Montag und
            # Mittwoch": the reminder made again on the right days
            return FollowOn(again, "correct", dict(state.focus or {}))
        moved = day_corrected.corrected(text, state, lang)
        if moved is not None:  # "pas jeudi : samedi" right after the dinner was moved
            return FollowOn(moved, "pointed")
        more = more_time(text, state, lang)
        if more is not None:  # "E dalle ancora due minuti": the timer talked about
            return FollowOn(more, "pointed")
        as_long = timer_alike.alike(text, state, clock, lang)
        if as_long is not None:  # "Start another timer for the same amount of time" after
            # "How long's left on the laundry timer?": for what is left of it
            return FollowOn(as_long, "pointed")
        one_more = another_reminder(text, state, lang, clock) if just_before else None
        if one_more is not None:  # "Et puis vendredi à seize heures, un seul rappel pour …"
            return FollowOn(one_more, "pointed")
        if about_timers(state):  # "and another wee one for the neeps, fifteen"
            bare = another_in_minutes(text) if lang == "en" else text  # ("and another for
            # fifteen for the two spaniels")
            another = timers_paired(bare, lang, after_timer=True)
            if another != text:
                return FollowOn(another, "pointed")
        back = item_taken_off.put_back(text, state.focus, lang) if focus_list else None
        if back is not None:  # "Sorry, not bread, I meant eggs" just after bread was taken off
            return FollowOn(back, "pointed")
        swap = item_taken_off.swapped(text, state.focus, lang) if focus_list else None
        if swap is None and focus_list:  # "Anzi, il brodo toglilo, …, metti invece la menta"
            swap = item_taken_off.off_and_on(text, state.focus, lang)
        if swap is not None:  # "Non, pas des Ziploc, des sacs à sandwich" just after both
            return FollowOn(swap, "pointed")  # were added
        off = item_taken_off.taken_off(text, state.focus, lang) if focus_list else None
        if off is not None:  # "actually scratch the grapes" just after they were added
            return FollowOn(off, "pointed")
        more_colon = list_pointed.colon_more(text, focus_list, lang)
        if more_colon is not None:  # "E anche: disdire la palestra" after a to-do was added
            return FollowOn(more_colon, "pointed")
        put_on = list_pointed.onto(text, focus_list, lang)
        if put_on is not None:  # "Und schreib mir dafür drauf: Gästezimmer lüften, …"
            return FollowOn(put_on, "pointed")
        repeat = repeat_said.of_focus(text, state.focus, lang) if just_before else None
        if repeat is not None:  # "Is the bins reminder weekly?" — "make it every Thursday"
            return FollowOn(repeat, "pointed")
        made = focus.of_made(state.last_item) if lang == "en" else None
        if just_before and made and _NEW_ONE.search(text) and made != state.focus:
            # "put another 5 minutes on the new one" after a question about the pasta
            state = replace(state, focus=made)
            text = _NEW_ONE.sub("it", text)
        # "delete the second one" after a list was read: that one, named
        listed = picked(text, state.listed, lang, state.focus, clock) if just_before else None
        if listed is None and just_before:  # "the other one", "both" of two things asked about,
            listed = of_talked(text, state.talked_about(), lang, state.focus, clock)
            if listed and not said_alone(listed):  # named in full
                return FollowOn(listed, "pointed")
        again = also_this(text, state, lang) if just_before else None
        if again and not listed:  # "Oh and the bread.", "die Milch auch": the last removal
            return FollowOn(again, "pointed")  # again ("the other one too": ordinals')
        text = listed or text
        shifted = further(text, state, clock, lang) if just_before and not listed else None
        talked = state.focus or {}
        if shifted and (not talked.get("created") or talked.get("type") == "timer"):
            # "one more hour", "and another five": the last change
            # again; a timer just started is given the time ("make it ten minutes longer"
            # had started a timer called "longer"); another thing just made is made again by
            # follow_on when it can: "make it an hour later"
            return FollowOn(shifted, "pointed")
        leaning = follow_on(text, state, clock, lang)
        if leaning is None and shifted:
            return FollowOn(shifted, "pointed")
        if leaning is None and just_before:
            asked = _ASKED_NOW.sub("?", text) if lang == "en" else text
            if asked != text:  # "What's on Friday now?" after a change: what is on Friday
                return FollowOn(pointed(asked, state.focus, lang) or asked, "pointed")
            said = pointed(text, state.focus, lang)  # "push it back an hour"
            kind = kind_said(text, lang) if said is None else None
            earlier = state.earlier_focus(kind) if kind else None
            if earlier is not None:  # "move that reminder to 2" after a question about
                said = pointed(text, earlier, lang)  # the calendar in between
            if said is None and lang != "en":  # "rappelle-moi … de lui dire …" after the
                said = person_named(text, state.focus, lang)  # dinner with Anna: to Anna
            if said is None and lang == "en" and not TOPIC_IT.match(text):  # "cancel the
                # pasta one", "and set another
                # for 8.45 same day": what it leaves out, from the request before
                done = complete(text, state.last_text)
                said = done if done != text else None
                if said and (state.about or {}).get("days") and ANOTHER_EN.search(text):
                    said = every_day(said)  # "And another one for Saturday and Sunday"
                    # after an alarm for every weekday: every Saturday and Sunday
            leaning = FollowOn(said, "pointed") if said else None
        if leaning is None and listed and said_alone(listed):
            # "Und den anderen auch." after "Stopp den Nudeltimer.": that verb, said of it;
            # "The laundry." after a question: not a request of its own
            verb = state.last_text.split()[0] if state.last_text else ""
            if verb.isalpha() and not (state.last_intent or "").endswith("_query"):
                return FollowOn(f"{verb} {listed.split(' ', 1)[1]}", "pointed")
            return FollowOn(again, "pointed") if again else None
        if leaning is None and again:
            return FollowOn(again, "pointed")
        return leaning or (FollowOn(listed, "pointed") if listed else None)

    async def _timer_names(self, user_id: str) -> list[str]:
        """The names of the user's running or paused timers."""
        return [w for _, w in await self._things(user_id, None, kinds=("timer",))]

    async def _own_timed(self, piece: str, lang: str, user_id: str, clock: datetime
                         ) -> str | None:
        """``piece`` timed from one of the user's own things it names
        (:mod:`hark.dialogue.own_times`), or None."""
        if not own_times.cue(piece):
            return None
        from hark.store import alarms, calendar, recurrence, reminders, timers

        store = await self.store()

        def read() -> list[own_times.Thing]:
            tz = self.tz
            with store.session() as db:
                out = [own_times.Thing("event", e.title, e.start.astimezone(tz),
                                       e.end.astimezone(tz) if e.end else None)
                       for e in calendar.all_events(db, user=user_id) if e.start >= clock]
                out += [own_times.Thing("alarm", a.label or "", a.next_fire.astimezone(tz),
                                        days=rule.days if (rule := recurrence.parse(
                                            a.recurrence)) else None)
                        for a in alarms.list_for(db, user=user_id, enabled_only=True)
                        if a.next_fire is not None]
                out += [own_times.Thing("reminder", r.text, r.due.astimezone(tz))
                        for r in reminders.list_for(db, user=user_id) if r.fired_at is None]
                out += [own_times.Thing("timer", t.name or "", clock + timedelta(
                    seconds=timers.remaining_s(t, now=clock)))
                        for t in timers.active(db, user=user_id) if t.state == "running"]
                return out

        things = await asyncio.to_thread(read)
        return own_times.timed(piece, lang, things, clock)

    async def _event_about(self, words: str, user_id: str, clock: datetime
                           ) -> dict[str, Any] | None:
        """The user's one coming event named by ``words``, as :mod:`relative` times from
        it ({"at", "title", "kind"}), or None."""
        ev = await self._named_event(words, None, "en", user_id, clock)
        return None if ev is None else {"at": ev.start.astimezone(self.tz), "title": ev.title,
                                        "kind": "event"}

    async def _things(self, user_id: str, clock: datetime | None,
                      kinds: tuple[str, ...] = ("alarm", "reminder", "timer", "event")
                      ) -> list[tuple[str, str]]:
        """(kind, words) of the user's alarms (their labels), reminders, timers and coming
        events (``clock``: now, needed for events), of ``kinds`` only (only those are read)."""
        from hark.store import alarms, reminders
        from hark.store import timers as timer_rows

        store = await self.store()

        words_of: dict[str, Callable[[Any], list[str]]] = {
            "alarm": lambda db: [a.label for a in alarms.list_for(db, user=user_id) if a.label],
            "reminder": lambda db: [r.text for r in reminders.list_for(db, user=user_id)],
            "timer": lambda db: [t.name for t in timer_rows.active(db, user=user_id) if t.name]}

        def read() -> list[tuple[str, str]]:
            with store.session() as db:
                return [(k, w) for k in kinds if k in words_of for w in words_of[k](db)]

        events = await self._coming_events(user_id, clock) \
            if "event" in kinds and clock is not None else []
        return await asyncio.to_thread(read) + [("event", e.title) for e in events]

    async def _coming_events(self, user_id: str, clock: datetime) -> list[Any]:
        from hark.store import calendar as events

        store = await self.store()

        def read() -> list[Any]:
            with store.session() as db:
                return [e for e in events.all_events(db, user=user_id)
                        if (e.end or e.start) >= clock]

        return await asyncio.to_thread(read)

    async def _timed_event(self, about: dict[str, Any] | None, user_id: str,
                           clock: datetime) -> str | None:
        """The title of the coming event ``about`` (a focus) is, when it starts at a clock
        time (not a whole day); else None."""
        ev = next((e for e in await self._coming_events(user_id, clock)
                   if about is not None and e.id == about.get("id")), None)
        if ev is None:
            return None
        local = ev.start.astimezone(self.tz)
        return str(ev.title) if local.hour or local.minute else None

    async def _named_event(self, words: str, state: DialogueState | None, lang: str,
                           user_id: str, clock: datetime, *, pointed: bool = False) -> Any:
        """The one coming event ``words`` name, else (``pointed``: "it", "that") the one
        talked about; None for neither."""
        from hark.skills.calendar_skill import match_events

        coming = await self._coming_events(user_id, clock)
        hits = match_events(coming, words, lang)
        if hits is not coming and len(hits) == 1:  # (all of them back: the words name none)
            return hits[0]
        focus = (state.focus if state is not None else None) or {}
        if not pointed or focus.get("type") != "event":
            return None
        return next((e for e in coming if e.id == focus.get("id")), None)

    async def _list_items(self, user_id: str) -> dict[str, list[str]]:
        from hark.store import lists as list_rows

        store = await self.store()

        def read() -> dict[str, list[str]]:
            with store.session() as db:
                return {lst.name: [i.text for i in list_rows.items(
                    db, lst.name, user=user_id, include_done=False)]
                    for lst in list_rows.all_lists(db, user=user_id)}

        return await asyncio.to_thread(read)

    def _clock(self, now: datetime | None) -> datetime:
        return now.astimezone(self.tz) if now is not None else datetime.now(self.tz)

    def _understand(self, text: str, clock: datetime) -> Understanding:
        """Skills' own sentence templates first (plugin intents), then the NLU."""
        if self._templates is None:
            from hark.nlu.templates import SkillTemplates

            self._templates = SkillTemplates(
                spec for skill in self.registry.skills for spec in skill.intents)
        return self._templates.match(text, compound.language_of(text)) or \
            self.understand(text, clock, None)

    async def _turn(self, text: str, session_id: str | None, user_id: str, device_id: str,
                    now: datetime | None, *, queued: list[str] | None = None,
                    understood: dict[str, Understanding] | None = None,
                    replaces: dict[str, Any] | None = None,
                    loaded: tuple[persist.SessionInfo, float] | None = None,
                    undo: str | None = None, sentence: str = ""
                    ) -> tuple[TurnResult, list[str]]:
        """One request; also the requests to run next (said in the same sentence, and
        not waiting for an answer to a question this turn asked). ``replaces``: the thing
        the last request made, taken back when this one (its correction) makes its
        kind of thing again; ``loaded``: the session already read in this turn, and the
        seconds that took; ``undo``: the language of an "undo that" to carry out;
        ``sentence``: an id of the sentence said, shared by the requests said in it."""
        sw = Stopwatch(loaded[1] if loaded is not None else 0.0)
        clock = self._clock(now)
        store = await self.store()
        if loaded is not None:
            info = loaded[0]
            sw.mark("store", loaded[1])
        else:
            with sw("store"):
                info = await asyncio.to_thread(
                    persist.load, store, session_id=session_id, user_id=user_id,
                    device_id=device_id, language=self.settings.language, now=clock)
        state = DialogueState.from_dict(info.state)

        if undo is not None:  # "undo that": the session's last change taken back
            u = Understanding(text=text, intent=undoing.UNDO_INTENT, confidence=1.0,
                              language=undo, source="rules")
            res = dcontext.Resolution(u)
            decision = proceed(u, self.registry, reason="undo")
        else:
            with sw("nlu"):
                u = (understood or {}).get(text) or await asyncio.to_thread(
                    self._understand, text, clock)
            with sw("dialogue"):
                res = dcontext.resolve(u, state, now=clock,
                                       threshold=self.settings.confidence_threshold)
                decision = decide(res.understanding, state, self.registry, self.settings,
                                  now=clock)

        outcome: Outcome | None = None
        changed: list[dict[str, Any]] = []
        with sw("skill"):
            if decision.kind == "execute" and decision.understanding is not None:
                ctx = SkillContext(
                    settings=self.settings, user_id=info.user_id, device_id=device_id,
                    session_id=info.id, language=decision.understanding.language or "en",
                    tz=self.tz, now=now,
                    services={"store": store, "registry": self.registry,
                              "last_speech": state.last_response,
                              "last_change": state.changed, **self.services})
                with journal.recording(changed):  # what "undo that" would take back
                    made = state.last_item or {}
                    listed_since = (state.last_change(within=3) or {}).get("intent") \
                        if replaces is not None and replaces.get("type") == "list" else None
                    if replaces is not None and decision.understanding.intent in (
                            state.last_intent, made.get("intent") if made.get("id") == replaces.get(
                                "id") else None, listed_since):  # (the thing made, asked about
                        # since; an item put on a list, the clock asked since)
                        await write_db(ctx, take_back, replaces, now=clock, user=info.user_id)
                    outcome = await self.registry.dispatch(decision.understanding, ctx)
                    if state.turns - state.last_turn <= 3 and outcome.data.get("choices"):
                        # "which timer?" when the last answer was about one of them: that one
                        chosen = focus.settled(decision.understanding, outcome.data,
                                               state.focus)
                        if chosen is not None:
                            decision = replace(decision, understanding=chosen)
                            outcome = await self.registry.dispatch(chosen, ctx)

        speech, action, end, followup, display = self._answer(decision, outcome)
        if outcome is not None and str(outcome.action or "") in (
                "reminder.query", "calendar.query", "alarm.query") and (
                decision.understanding is None or decision.understanding.language in ("", "en")):
            # "which day's …?": "… tomorrow, Tuesday"
            speech = day_named(text, speech, clock.astimezone(self.tz).date())
        crashed = outcome is not None and outcome.action == "skill.error"
        with sw("dialogue"):
            if not crashed:
                new_state = tracker.record(state, text=text, decision=decision, speech=speech,
                                           outcome=outcome, intents=self.registry.intents(),
                                           queued=queued)
                if decision.kind == "execute" and outcome is not None:
                    new_state.changed = undoing.kept(
                        state.changed, changed, turn=state.turns, sentence=sentence,
                        intent=decision.understanding.intent if decision.understanding
                        else "", now=clock)
                    new_state.about = about_stored(relative.about_of(outcome.data, self.tz))
                followup = followup or new_state.pending is not None
        r = decision.understanding or res.understanding
        slots = [s.to_dict() for s in r.slots]
        turn = None if crashed else {
            "text": text, "response_text": speech, "language": r.language,
            "intent": r.intent, "confidence": r.confidence, "slots": slots,
            "action": action, "timings": sw.total()}
        with sw("store"):
            stored = await asyncio.to_thread(
                persist.save_turn, store, info,
                state=None if crashed else new_state.to_dict(), turn=turn,
                end_session=end and not crashed, now=clock)
        timings = sw.total()
        timings.setdefault("skill", 0.0)
        result = TurnResult(
            session_id=info.id, intent=r.intent, confidence=round(r.confidence, 4),
            slots=slots, action=action, response_text=speech, end_session=end,
            timings_ms=timings, decision=decision.kind, expect_followup=followup,
            display=display, language=r.language, new_session=info.new,
            expired_session_id=info.expired_id,
            turn_index=stored.get("index") if stored else None,
            about=relative.about_of(outcome.data, self.tz) if outcome is not None else None,
            answer=conditions.answer_of(outcome.data) if outcome is not None else None)
        log.info("turn", extra={"session_id": info.id, "turn": result.turn_index,
                                "intent": r.intent, "confidence": result.confidence,
                                "decision": decision.kind, "action": action,
                                "timings_ms": timings})
        if stored is not None and self.settings.turn_log:
            stored["timings"] = timings
            from hark.store.turnlog import append_turn_log

            await asyncio.to_thread(append_turn_log, self.settings.turn_log, stored)
        if crashed:  # the crashed request is dropped; the others still run
            return result, list(queued or [])
        run_next = [] if new_state.pending is not None else new_state.queued
        return result, run_next

    @staticmethod
    def _answer(d: Decision, out: Outcome | None
                ) -> tuple[str, str | None, bool, bool, dict[str, Any]]:
        if out is not None:
            return out.speech, out.action, out.end_session, out.expect_followup, out.display
        return d.speech, d.action, d.end_session, d.expect_followup, {}

"""The understanding engine: text → :class:`~hark.types.Understanding`.

Order: validate → language id → hand-written rules (fast path) → trained model
(intent ensemble + slot CRF) → slot normalisation. Thread-safe.
"""

from __future__ import annotations

import importlib
import importlib.resources
import json
import logging
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from hark.errors import EngineUnavailable, InvalidInput, TextTooLong
from hark.nlu import edit_requests, said_times, scope_frames, stored_requests, timed_commands
from hark.nlu.dataset import OOS
from hark.nlu.home_words import LIGHT_INTENTS, light_change, light_said
from hark.nlu.intents import is_home_control
from hark.nlu.place_spans import find_place_spans
from hark.nlu.rules.lexicon import find_areas
from hark.nlu.said_times import clear_of
from hark.nlu.time_spans import find_time_spans, known_word, weekday_of_topic, with_repeat_time
from hark.types import IntentScore, Slot, Understanding

log = logging.getLogger("hark.nlu")


def default_model_dir() -> Path:
    return Path(str(importlib.resources.files("hark.nlu") / "models" / "default"))


def resolve_model_dir(model: str | Path = "default") -> Path:
    folder = default_model_dir() if str(model) == "default" else Path(model).expanduser()
    if not (folder / "intent.json").is_file():
        raise EngineUnavailable(f"No NLU model in {folder}: run `hark nlu train` first.")
    return folder


# Slots taken from the CRF in other languages too: names said as they are, nothing to
# normalise (times, dates, amounts and rooms there come from the language's own finders).
NAME_SLOTS = frozenset({
    "list_name", "artist_name", "song_name", "music_genre", "playlist_name", "event_name",
    "person", "relation", "joke_type", "email_address", "email_folder", "definition_word",
})
NAME_INTENTS = ("lists_", "play_", "music_", "calendar_", "email_", "social_", "general_joke",
                "qa_definition")  # the intents that carry such names (the CRF costs ~0.6 ms)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without the elided article's apostrophe ("l'appuntamento") or quotes."""
    while start < end and text[start] in "'’\"«»„“":
        start += 1
    while end > start and text[end - 1] in "'’\"«»„“":
        end -= 1
    return start, end


_WORD = re.compile(r"\S*[^\s.,;:!?]")  # a word, without the punctuation after it
# Whisper writes "at 4.30", "6.20 AM": the tagger, which learnt "4:30", took the hour
# alone. It is shown a colon (same length, so the spans fit the words as written) when
# a word of time comes before the number or "am"/"pm" after it ("costs 4.30" stays).
_CLOCK_DOT = re.compile(r"\b(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)\b(?![.,]\d)")
_BEFORE_CLOCK = re.compile(r"\b(?:at|for|by|until|till|around|from|before|after|about)\s+$",
                           re.IGNORECASE)
_AFTER_CLOCK = re.compile(r"^\s*(?:[ap]\.?m\b|o'?clock)", re.IGNORECASE)


# words of "also" the tagger may take into a day or a time it ends: "on Friday too"
_SAID_ALSO = re.compile(r"\s+(?:too|as well|also|again|please)$", re.I)


def _colon_clock(text: str) -> str:
    def fix(m: re.Match[str]) -> str:
        if _BEFORE_CLOCK.search(text[:m.start()]) or _AFTER_CLOCK.match(text[m.end():]):
            return f"{m['h']}:{m['m']}"
        return m[0]

    return _CLOCK_DOT.sub(fix, text)


# intents whose English rules only say which ("remind me to …", and the readers of
# changes and questions, :mod:`hark.nlu.edit_requests`): the slot tagger reads the rest,
# as on the model path
_TAGGED = frozenset({"calendar_set", *edit_requests.INTENTS})
# questions the rules read in de/fr/es/it without slots: the days are the date finder's
_ASKED_ON_DAYS = frozenset({"alarm_query", "calendar_query"})


# what a cut-short slot is made whole as: the normaliser's kind and the key that must
# change for the wider words to say something else ("at [eight]" says nothing more)
_WIDEN = {"time": ("time", "time"), "datetime": ("time", "datetime"),
          "duration": ("duration", "seconds")}


def _whole(slots: list[Slot], text: str, now: datetime, lang: str) -> list[Slot]:
    """Clock times and lengths the tagger cut short ("quarter to [eight]", "[ten] to
    [eight]", "an hour and [10 minutes]", "[an hour] and a half", "[7] pm") widened by up
    to three words on either side, when the wider words read as another time or length
    ("at [eight]", "after [ten pm]" stay). The wider span may take in slots of the same
    kind (the tagger's two halves of one time), no others."""
    from hark.nlu.normalize import normalize

    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    out = list(slots)
    for s in slots:
        kind = s.value.get("kind") if isinstance(s.value, dict) else None
        if kind not in _WIDEN or s not in out or s.start is None or s.end is None:
            continue
        norm_kind, key = _WIDEN[kind]
        first = next((i for i, (a, _) in enumerate(words) if a >= s.start), None)
        last = max((i for i, (_, b) in enumerate(words) if b <= s.end), default=None)
        if first is None or last is None:
            continue
        others = [o for o in out if o is not s and not (
            isinstance(o.value, dict) and o.value.get("kind") == kind) and not (
            o.name in ("date", "time") and not isinstance(o.value, dict))]
        # (a day or time the normaliser could not read is the tagger's piece of this one:
        # "[twenty-five] past [four]", the first half tagged a date)
        best = None
        for left in range(0, 4):
            for right in range(0, 4):
                if (left, right) == (0, 0) or first - left < 0 or last + right >= len(words):
                    continue
                a, b = words[first - left][0], words[last + right][1]
                if not clear_of(others, a, b):
                    continue
                got = normalize(norm_kind, text[a:b], now, lang)
                if got and got.get("kind") == kind and got.get(key) != s.value.get(key) \
                        and (s.value.get("ambiguous") or not got.get("ambiguous")) \
                        and (best is None or b - a > best[1] - best[0]):
                    best = (a, b, got)
        if best is None:
            continue
        a, b, got = best
        # then without edge fillers that change nothing ("for quarter to eight")
        inner = [(x, y) for x, y in words if a <= x and y <= b]

        def filler(word: tuple[int, int]) -> bool:
            return not known_word(text[word[0]:word[1]], lang)

        while len(inner) > 1 and inner[1][0] <= s.start and filler(inner[0]) and normalize(
                norm_kind, text[inner[1][0]:inner[-1][1]], now, lang) == got:
            inner = inner[1:]
        while len(inner) > 1 and inner[-2][1] >= s.end and filler(inner[-1]) and normalize(
                norm_kind, text[inner[0][0]:inner[-2][1]], now, lang) == got:
            inner = inner[:-1]
        a, b = inner[0][0], inner[-1][1]
        out = [o for o in out if o is not s and not (
            o.start is not None and o.end is not None and a <= o.start and o.end <= b)]
        out.append(Slot(s.name, text[a:b], got, a, b))
    return sorted(out, key=lambda o: (o.start is None, o.start or 0))


# a weekday's date said after it: "Friday[ the 18th]", "Saturday[, the nineteenth of December]"
_DAY_OF_MONTH = re.compile(r",?\s+(?:the\s+)?(?:[0-3]?\d(?:st|nd|rd|th)|(?:twenty|thirty)?[- ]?"
                           r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                           r"eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|"
                           r"seventeenth|eighteenth|nineteenth|twentieth|thirtieth))\b"
                           r"(?:\s+of\s+[a-z]+)?", re.I)
_A_WEEKDAY = re.compile(r"(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.I)


_CLOCKED = frozenset({"alarm_set", "alarm_change", "calendar_set"})
_BARE_HOUR = re.compile(r"(?:1[0-2]|[1-9])")


def _hour_as_date(s: Slot, slots: list[Slot], text: str) -> bool:
    """A bare hour the tagger took for a day of the month, after "for" or "at", beside a
    day said ("set an alarm on Friday morning for [8]"): a clock time, not the 8th."""
    return s.name == "date" and s.start is not None and bool(_BARE_HOUR.fullmatch(s.raw)) \
        and re.search(r"\b(?:for|at)\s+$", text[:s.start], re.I) is not None \
        and any(o is not s and o.name == "date" for o in slots)


def _dated(slots: list[Slot], text: str, now: datetime, lang: str) -> list[Slot]:
    """A weekday the tagger took without the day of the month said after it ("Wake me at 6
    on [Friday] the 18th, it's my last day …") made whole, when the wider words read as
    a date of their own; a day of the month it tagged apart ("[Friday] the [11th]") is
    taken in."""
    from hark.nlu.normalize import normalize

    out: list[Slot] = []
    taken: set[int] = set()  # (the ids of the days of the month taken in)
    for s in slots:
        if id(s) in taken:
            continue
        m = None
        if s.name == "date" and s.start is not None and s.end is not None \
                and _A_WEEKDAY.fullmatch(s.raw.strip()):
            m = _DAY_OF_MONTH.match(text, s.end)
        inside = {id(o) for o in slots if m is not None and o is not s and o.name == "date"
                  and o.start is not None and o.end is not None
                  and s.end <= o.start and o.end <= m.end()}
        if m is not None and clear_of([o for o in slots if o is not s and id(o) not in inside],
                                      s.start, m.end()):
            got = normalize("date", text[s.start:m.end()], now, lang)
            if got and got.get("kind") == "date":
                s = Slot(s.name, text[s.start:m.end()], got, s.start, m.end())
                taken |= inside  # (they come after it: the slots are in order)
        out.append(s)
    return out


def to_hwu64(intent: str) -> str:
    """Map a Hark extension intent (e.g. ``timer_set``) to its HWU64 parent if known."""
    mod = _optional("hark.nlu.intents")
    fn = getattr(mod, "to_hwu64", None)
    try:
        return fn(intent) if fn else intent
    except Exception:
        return intent


def _optional(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


# words that open a turn before its request: "oh, and …", "und …", "et puis …"
_LEAD = re.compile(r"^\W*(?:(?:oh|ah|and|also|okay|ok|right|so|just|und|ach|et|puis|pis|y|"
                   r"e|poi|anche)\b[\s,]*)+(?=\w)", re.I)


class NLU:
    def __init__(self, folder: Path) -> None:
        from hark.nlu.intent import IntentModel
        from hark.nlu.slots import SlotTagger

        self.folder = folder
        self.intents = IntentModel.load(folder)
        self.slots = SlotTagger(folder / "slots.crfsuite")
        meta = folder / "meta.json"
        self.meta = json.loads(meta.read_text()) if meta.is_file() else {}
        self._langid = _optional("hark.nlu.langid")
        self._normalize = _optional("hark.nlu.normalize")
        rules = _optional("hark.nlu.rules")
        self._rules = None
        if rules is not None and hasattr(rules, "RuleMatcher"):
            try:
                self._rules = rules.RuleMatcher()
            except Exception:  # rules are an optimisation: never fatal
                log.warning("rule matcher unavailable", exc_info=True)

    @classmethod
    def load(cls, model: str | Path = "default") -> NLU:
        return cls(resolve_model_dir(model))

    def warm(self, languages: tuple[str, ...] = ("en",)) -> None:
        """Load the encoder and the rule templates of ``languages`` now rather than on a
        question (a language's templates take 0.5–1.4 s to load)."""
        self.intents.warm()
        if self._langid is not None and set(languages) - {"en"}:
            self._detect("Bonjour")  # loads the language-id tables (~0.1 s)
        if self._rules is not None and hasattr(self._rules, "warm_up"):
            self._rules.warm_up(languages)

    @property
    def labels(self) -> list[str]:
        return self.intents.labels

    # ------------------------------------------------------------------ parse
    def parse(self, text: str, now: datetime | None = None, lang: str | None = None,
              *, use_rules: bool = True) -> Understanding:
        from hark.config import get_settings

        if not isinstance(text, str) or not text.strip():
            raise InvalidInput("There is no text to understand.")
        limit = get_settings().max_text_chars
        if len(text) > limit:
            raise TextTooLong(f"The text is longer than {limit} characters.",
                              length=len(text), limit=limit)
        now = now or datetime.now().astimezone()
        if lang is None:
            lang = self._detect(text)
        if use_rules and self._rules is not None:
            try:
                hit = self._rules.match(text, lang)
                lead = _LEAD.match(text) if hit is None else None
                if lead is not None and lead.end() < len(text):  # "Oh, and kill the pasta
                    # timer, …": the request after "oh, and"
                    hit = self._rules.match(text[lead.end():], lang)
                    if hit is not None:  # (its words and spans are the whole turn's)
                        off = lead.end()
                        hit.text = text
                        hit.slots = [Slot(sl.name, sl.raw, sl.value,
                                          None if sl.start is None else sl.start + off,
                                          None if sl.end is None else sl.end + off)
                                     for sl in hit.slots]
                if hit is None:  # "turn the bedroom lights on at 6:30 tomorrow morning"
                    hit = self._timed_command(text, now, lang)
            except Exception:
                log.warning("rule matcher failed", exc_info=True)
                hit = None
            if hit is not None and is_home_control(hit.intent) and \
                    scope_frames.framed(text, lang) is not None:
                hit = None  # "rappelle-moi de lancer l'aspirateur à 18h": not now
            if hit is not None and self._known(hit.intent):
                hit.language = hit.language or lang
                if hit.intent in _TAGGED and not hit.slots and lang.startswith("en"):
                    # the rule chose the intent; what and when are the tagger's
                    slots = self._english_slots(text, hit.intent, now, lang)
                elif hit.intent in stored_requests.INTENTS and not lang.startswith("en") \
                        and stored_requests.find(text, lang) == hit.intent:
                    # "Stell den Nudeltimer auf zwölf Minuten", "Lösch den Wecker für
                    # Samstag": the days, times and lengths from the language's finder, else
                    # the template's ("cancella la sveglia delle sei")
                    slots = find_time_spans(text, now, lang) or [
                        self._normalised(s, now, lang) for s in hit.slots]
                elif hit.intent in _ASKED_ON_DAYS and not hit.slots:
                    # "Erinnerungen ab Donnerstag?": the days, from the language's finder
                    slots = find_time_spans(text, now, lang)
                else:
                    slots = [self._normalised(s, now, lang) for s in hit.slots]
                slots = said_times.timer_lengths(hit.intent, with_repeat_time(slots), text, now, lang)
                if hit.intent in ("alarm_set", "alarm_change"):  # "… auf sechs"
                    slots = said_times.alarm_hour(slots, text, now, lang)
                hit.slots = slots
                return hit
        return self._model_parse(text, now, lang)

    def _timed_command(self, text: str, now: datetime, lang: str) -> Understanding | None:
        """A home command the templates know once its times are taken out; the times
        stay as slots (the skill says it cannot switch devices later)."""
        assert self._rules is not None
        found = timed_commands.untimed(text, now, lang)
        if found is None:
            return None
        bare, spans = found
        hit = self._rules.match(bare, lang)
        if hit is None or not is_home_control(hit.intent):
            return None
        hit.text = text
        hit.slots = [Slot(s.name, s.raw, s.value) for s in hit.slots] + spans
        return hit

    def _known(self, intent: str) -> bool:
        """Rules only answer for intents this model knows (a SNIPS model ignores them)."""
        return intent in self.labels or to_hwu64(intent) in self.labels

    def _detect(self, text: str) -> str:
        if self._langid is None:
            return "en"
        return self._langid.language_or_default(text)

    def _model_parse(self, text: str, now: datetime, lang: str) -> Understanding:
        p = self.intents.params
        probs, _ = self.intents.probs(text, english=lang.startswith("en"))
        order = probs.argsort()[::-1][:3]
        best = int(order[0])
        intent, conf = self.labels[best], float(probs[best])
        if not lang.startswith("en"):
            intent, conf, order = self._light_direction(text, lang, probs, order)
        # words that frame the request decide it, as a rule's template does (confidence 1)
        frame = scope_frames.decide(intent, text, lang)
        if frame is not None and frame in self.labels:
            # (the intent it replaces is no runner-up: "Termin eintragen oder Kaffee machen?")
            pick, replaced = self.labels.index(frame), self.labels.index(intent)
            conf, intent = 1.0, frame
            order = [pick] + [int(i) for i in order if int(i) not in (pick, replaced)]
        if intent == "lists_createoradd" and "lists_query" in self.labels and \
                not lang.startswith("en") and scope_frames.asked_only(text, lang):
            intent = "lists_query"  # "Le pain, il est sur ma liste pour faire les courses ?"
        asked = stored_requests.ASKED_OF.get(intent)
        if asked in self.labels and stored_requests.asked_not_removed(text, lang):
            intent = asked  # "A che ora finisce la cena con Anna venerdì?": not a removal
            conf = min(1.0, conf + float(probs[self.labels.index(asked)]))  # (both its shares)
        moved = stored_requests.MOVED_OF.get(intent)
        if moved and self._known(moved) and stored_requests.moved_not_removed(text, lang):
            intent = moved  # "verleg den Termin um a Stund nach hinten": never a removal
            if moved in self.labels:  # ("Mets le vétérinaire dans l'agenda jeudi …": the
                # removal's share and the setting's own, 0.64 + 0.34)
                conf = min(1.0, conf + float(probs[self.labels.index(moved)]))
        elif (removed := stored_requests.REMOVED_OF.get(intent)) and removed in self.labels \
                and stored_requests.removed_not_set(text, lang):
            conf = min(1.0, conf + float(probs[self.labels.index(removed)]))  # "Bórrame la
            intent = removed  # reunión de mañana": its removal, both shares
        elif intent.endswith("_remove") and stored_requests.set_not_removed(text, lang):
            conf = min(conf, p.oos_threshold / 2)  # "non attends, mets vingt-cinq": not
            # understood rather than something deleted
        in_scope = intent != OOS and conf >= p.oos_threshold
        slots: list[Slot] = []
        if intent != OOS and not lang.startswith("en"):
            # the CRF learnt English; elsewhere, times/dates/durations from the normalisers
            slots = with_repeat_time(find_time_spans(text, now, lang))
            slots = said_times.timer_lengths(intent, slots, text, now, lang)
            if intent == "alarm_set":
                slots = said_times.wake_time_first(slots, text, lang)
            if intent in ("alarm_set", "alarm_change"):  # "… auf sechs"
                slots = said_times.alarm_hour(slots, text, now, lang)
            if intent.startswith("iot_"):  # rooms: "im Wohnzimmer" -> living_room
                slots += [Slot("house_place", text[a:b], area, a, b)
                          for area, a, b in find_areas(text, lang)]
            if intent.startswith(("weather_", "datetime_")):  # "morgen in Hamburg"
                slots += [p for p in find_place_spans(text, lang)
                          if clear_of(slots, p.start or 0, p.end or 0)]
            # names the CRF learnt from the de/fr/es/it examples (list, artist, event,
            # person…): words, not values to normalise, so they carry over
            for sp in (self.slots.tag(text, intent) if intent.startswith(NAME_INTENTS)
                       else []):
                start, end = _trim(text, sp.start, sp.end)
                if sp.slot in NAME_SLOTS and end > start and clear_of(slots, start, end):
                    slots.append(Slot(sp.slot, text[start:end], text[start:end], start, end))
        elif intent != OOS:
            slots = self._english_slots(text, intent, now, lang)
        alts = [IntentScore(self.labels[int(i)], round(float(probs[int(i)]), 4)) for i in order]
        alts[0] = IntentScore(intent, round(conf, 4))  # the light's words may have chosen it
        return Understanding(text=text, intent=intent, confidence=round(conf, 4), slots=slots,
                             alternatives=alts, in_scope=in_scope, language=lang,
                             source="model")

    def _light_direction(self, text: str, lang: str, probs: Any, order: Any
                         ) -> tuple[str, float, list[int]]:
        """A light command whose words say which way (on, off, brighter, dimmer) takes that
        intent; its confidence is the model's for the light intents together (it is sure of
        the light, the words of the direction)."""
        order = [int(i) for i in order]
        top = self.labels[order[0]]
        family = [i for i in (*LIGHT_INTENTS, "iot_hue_lightchange") if i in self.labels]
        if any(i not in self.labels for i in LIGHT_INTENTS) or not (
                top in family or (light_said(text, lang) and any(
                    self.labels[i] in family for i in order))):
            return top, float(probs[order[0]]), order
        said = light_change(text, lang)
        if said is None:
            return top, float(probs[order[0]]), order
        pick = self.labels.index(said)
        # (a colour or level set, "lightchange", is a light too: "… ein bisschen heller" had
        # been asked back as brighter-or-colour)
        conf = float(sum(probs[self.labels.index(i)] for i in family))
        # the other light intents' share is in this one: the runners-up are other intents
        rest = [int(i) for i in probs.argsort()[::-1] if self.labels[int(i)] not in family]
        return said, min(conf, 1.0), [pick] + rest[:2]

    def _english_slots(self, text: str, intent: str, now: datetime, lang: str) -> list[Slot]:
        """The slot tagger's spans, normalised, with the times and lengths it cut short
        made whole."""
        slots = []
        for sp in self.slots.tag(_colon_clock(text), intent):
            if sp.slot == "date" and weekday_of_topic(text, sp.start, lang):
                continue  # "about the Saturday roster": what it is about, not when
            end = sp.end
            if sp.slot in ("date", "time"):  # "on [Friday too]": the day, without "too"
                tail = _SAID_ALSO.search(text, sp.start, sp.end)
                end = tail.start() if tail is not None and tail.start() > sp.start else end
            raw = text[sp.start : end]
            slots.append(self._normalised(Slot(sp.slot, raw, raw, sp.start, end),
                                          now, lang))
        slots = _dated(_whole(slots, text, now, lang), text, now, lang)
        if intent in _CLOCKED:
            slots = [self._normalised(Slot("time", s.raw, s.raw, s.start, s.end), now, lang)
                     if _hour_as_date(s, slots, text) else s for s in slots]
        return said_times.timer_lengths(intent, slots, text, now, lang)

    def _normalised(self, slot: Slot, now: datetime, lang: str) -> Slot:
        if self._normalize is None or not hasattr(self._normalize, "normalize"):
            if slot.value is None:
                slot.value = slot.raw
            return slot
        try:
            value = self._normalize.normalize(slot.name, slot.raw, now, lang=lang)
        except Exception:
            log.warning("normalising %s=%r failed", slot.name, slot.raw, exc_info=True)
            value = None
        slot.value = value if value is not None else (slot.value or slot.raw)
        return slot

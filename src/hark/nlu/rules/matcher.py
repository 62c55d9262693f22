"""Deterministic fast path: Home Assistant's hassil templates mapped to Hark intents.

Unit conversions in German, French, Spanish and Italian ("rechne 5 Meilen in Kilometer
um") are recognised first, by ``hark.text.unit_words`` (qa_maths, as HWU64 files them;
English conversions are left to the model, which learnt them from HWU64), then date
questions ("wie viele Tage bis Weihnachten"), by ``hark.nlu.date_questions``, and moving
an appointment ("verschieb den Zahnarzttermin auf Montag", "push my dentist appointment
back an hour"; the model, never taught it, read it as removing one or was unsure), by
``hark.nlu.move_requests``.

``RuleMatcher().match(text, lang)`` returns an :class:`Understanding` with
``source="rules"`` and confidence 1.0, or ``None`` when no enabled template matches
(the NLU engine then asks its model). Slot values are the raw spans as said; the
engine normalises them.

Slot names follow HWU64 (``house_place``, ``device_type``, ``change_amount``,
``color_type``, ``place_name``, ``list_name``, ``date``) plus three Hark slot types:
``duration`` (a timer's length, "5 minutes"; HWU64 would say ``time``),
``timer_name`` and ``item`` (a list item; HWU64 does not annotate items).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from hark.nlu import (
    date_questions,
    day_overview,
    days_off,
    days_questions,
    edit_requests,
    home_requests,
    move_requests,
    repeat_changes,
    ring_questions,
    status_questions,
    stored_requests,
)
from hark.nlu.intents import (
    DURATION_SLOT,
    IOT_QUERY,
    LIST_ITEM_SLOT,
    TIMER_NAME_SLOT,
    TIMER_PAUSE,
    TIMER_QUERY,
    TIMER_REMOVE,
    TIMER_RESUME,
    TIMER_SET,
)
from hark.nlu.rules import extra, lexicon, prefilter
from hark.text import new_list_items, unit_words, units_en
from hark.types import Slot, Understanding

if TYPE_CHECKING:  # pragma: no cover
    from hassil import Intents, RecognizeResult, SlotList

log = logging.getLogger(__name__)
LANGUAGES = lexicon.LANGUAGES
ITEM_SLOT = LIST_ITEM_SLOT
_HERE = "__here__"  # intent context for templates that use the speaker's area

# HA intents that are recognised but deliberately not mapped. Media transport commands
# were measured on HWU64 (2026-11): pause 0/5, next 1/4, previous 0/1, unpause 0/1 agree
# with the gold label (HWU64 files "pause the music" under audio_volume_mute, "skip"
# under play_*), so the model decides those. "never mind" (it: "no", de: "egal") has no
# HWU64 counterpart and would shadow general_negate. Everything not in ``_MAPPERS`` is
# ignored too (climate, covers, locks, media search, broadcast, state queries, ...).
DISABLED_HA_INTENTS: frozenset[str] = frozenset(
    {"HassMediaPause", "HassMediaUnpause", "HassMediaNext", "HassMediaPrevious", "HassNevermind"}
)

# Individual templates whose reading differs from HWU64's: "light up" means brighten
# (iot_hue_lightup) there, while Home Assistant reads it as "turn the light on".
DISABLED_TEMPLATES: frozenset[tuple[str, str]] = frozenset({("en", "light up [<here>]")})

_DEVICE_INTENTS: dict[str, tuple[str | None, str | None]] = {
    # device id or HA domain -> (on intent, off intent)
    "light": ("iot_hue_lighton", "iot_hue_lightoff"),
    "coffee_machine": ("iot_coffee", "iot_wemo_off"),
    "plug": ("iot_wemo_on", "iot_wemo_off"),
    "switch": ("iot_wemo_on", "iot_wemo_off"),
    "fan": ("iot_wemo_on", "iot_wemo_off"),
    "vacuum": ("iot_cleaning", None),
}

_SHOPPING = {"en": "shopping", "de": "Einkauf", "fr": "courses", "es": "compra", "it": "spesa"}


class _Lang:
    """Compiled templates, slot lists and pre-filter for one language."""

    def __init__(
        self, intents: Intents, slot_lists: dict[str, SlotList], gated: dict[str, list[str]]
    ) -> None:
        self.intents = intents
        self.slot_lists = slot_lists
        clauses = {k: prefilter.list_clause(v) for k, v in gated.items()}
        for name, values in intents.slot_lists.items():  # colours, ranges, "lauter"…
            if name not in clauses:
                clauses[name] = prefilter.slot_list_clause(values, intents.language)
        self.prefilter = prefilter.Prefilter(
            intents, {k: c for k, c in clauses.items() if c is not None}
        )


def _build_number_words(intents: Intents, lang: str) -> None:
    """Build hassil's number-word tries ("fünfzig" → 50) for every range list now. hassil
    builds each lazily, the first time a spelled-out number could fill it: 0.1–0.7 s
    spent inside a user's first "Helligkeit auf fünfzig Prozent" otherwise. An
    optimisation on hassil's own cache (pinned version): skipped if its shape changes."""
    try:
        from hassil import RangeSlotList
        from hassil import string_matcher as sm

        lists = list(intents.slot_lists.values())
        for intent in intents.intents.values():
            for data in intent.data:
                lists += data.slot_lists.values()
        for rl in lists:
            if not isinstance(rl, RangeSlotList) or not rl.words:
                continue
            words_lang = rl.words_language or lang
            key = (rl.start, rl.stop, rl.step, rl.fraction_type)
            cache = sm._RANGE_TRIE_CACHE[words_lang]
            if key not in cache:
                cache[key] = sm._build_range_trie(words_lang, rl)
    except Exception:  # never fatal: hassil builds them on first use instead
        log.debug("number words not prebuilt for %s", lang, exc_info=True)


def _text_list(name: str, rows: Iterable[tuple[str, Any, dict[str, Any] | None]]) -> SlotList:
    from hassil import TextSlotList, TextSlotValue
    from hassil.intents import _maybe_parse_template

    values = [
        TextSlotValue(text_in=_maybe_parse_template(text), value_out=value, context=ctx)
        for text, value, ctx in rows
    ]
    return TextSlotList(name=name, values=values)


_CACHE: dict[tuple[str, tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]], _Lang] = {}
_LOCK = threading.Lock()


class RuleMatcher:
    """Template matcher for en, de, fr, es, it. Thread-safe; templates load lazily once
    per language and are shared by all instances with the same extra vocabulary."""

    def __init__(
        self,
        areas: Mapping[str, str] | Iterable[str] | None = None,
        names: Mapping[str, str] | Iterable[str] | None = None,
        disabled: Iterable[str] | None = None,
    ) -> None:
        """``areas``: extra area names (a list, or surface form -> area id).
        ``names``: extra device names (a list, or surface form -> device id or HA domain
        such as "light"/"switch"/"fan"/"vacuum"; plain names count as switches).
        ``disabled``: HA intent names to ignore on top of ``DISABLED_HA_INTENTS``."""
        self._extra_areas = _as_pairs(areas)
        self._extra_names = _as_pairs(names, default="switch")
        self._disabled = DISABLED_HA_INTENTS | frozenset(disabled or ())

    # ---------------------------------------------------------------- loading
    def _load(self, lang: str) -> _Lang:
        key = (lang, tuple(self._extra_areas), tuple(self._extra_names))
        cached = _CACHE.get(key)
        if cached is not None:
            return cached
        with _LOCK:
            cached = _CACHE.get(key)
            if cached is None:
                cached = self._build(lang)
                _CACHE[key] = cached
        return cached

    def _build(self, lang: str) -> _Lang:
        from hassil import Intents
        from home_assistant_intents import get_intents

        data = get_intents(lang)
        if data is None:  # pragma: no cover - packaged languages
            raise LookupError(lang)
        more = extra.extra_intents(lang)
        data = {
            **data,
            "intents": {**data["intents"], **more["intents"]},
            "lists": {**data.get("lists", {}), **more["lists"]},
            "expansion_rules": {**data.get("expansion_rules", {}), **more["expansion_rules"]},
        }
        intents = Intents.from_dict(data)
        areas = [(f, aid, None) for aid, tr in lexicon.AREAS.items() for f in tr.get(lang, [])]
        areas += [(f, aid, None) for f, aid in self._extra_areas]
        floors = [(f, fid, None) for fid, tr in lexicon.FLOORS.items() for f in tr.get(lang, [])]
        names = [
            (f, did, {"domain": dom})
            for did, (dom, tr) in lexicon.DEVICES.items()
            for f in tr.get(lang, [])
        ]
        for f, did in self._extra_names:
            dom = lexicon.device_domain(did) or did
            names.append((f, did, {"domain": dom}))
        slot_lists = {
            "area": _text_list("area", areas),
            "floor": _text_list("floor", floors),
            "name": _text_list("name", names),
        }
        gated = {
            "area": [r[0] for r in areas],
            "floor": [r[0] for r in floors],
            "name": [r[0] for r in names],
        }
        return _Lang(intents, slot_lists, gated)

    def warm_up(self, languages: Iterable[str] = LANGUAGES) -> None:
        """Load and index the templates now rather than on the first ``match``."""
        for lang in languages:
            compiled = self._load(_base_lang(lang))
            self.match("-", lang)  # builds hassil's lazy per-list indexes
            _build_number_words(compiled.intents, _base_lang(lang))
            if _base_lang(lang) == "en":
                # pint's unit registry (~1 s, ~30 MB): the English conversion reader asks it
                # about any "5 minutes in the kitchen", which would make that command slow
                units_en.registry()

    # --------------------------------------------------------------- matching
    def recognize(
        self, text: str, lang: str = "en", *, use_prefilter: bool = True
    ) -> RecognizeResult | None:
        """The raw hassil result (for diagnostics), enabled or not."""
        from hassil import recognize_best

        lang = _base_lang(lang)
        if lang not in LANGUAGES or not text or not text.strip():
            return None
        compiled = self._load(lang)
        intents = compiled.intents
        if use_prefilter:
            narrowed = compiled.prefilter.candidates(text)
            if narrowed is None:
                return None
            intents = narrowed
        return recognize_best(
            text,
            intents,
            slot_lists=compiled.slot_lists,
            intent_context={"area": {"value": _HERE, "text": ""}},
            language=lang,
        )

    def match(self, text: str, lang: str = "en") -> Understanding | None:
        lang = _base_lang(lang)
        if (units_en.asks(text) if lang == "en"  # "what is 5'10 in cm"
                else unit_words.parse(text, lang) is not None):  # "Wie viele Gramm sind ein Pfund?"
            return Understanding(text=text, intent="qa_maths", confidence=1.0, slots=[],
                                 in_scope=True, language=lang, source="rules")
        day = date_questions.find(text, lang)  # "Wie viele Tage noch bis Weihnachten?"
        if day is not None:
            return Understanding(text=text, intent="datetime_query", confidence=1.0,
                                 slots=[day], in_scope=True, language=lang, source="rules")
        if status_questions.find(text, lang):  # "Ist das Licht in der Küche an?"
            slots = [Slot("house_place", text[a:b], area, a, b)
                     for area, a, b in lexicon.find_areas(text, lang)]
            return Understanding(text=text, intent=IOT_QUERY, confidence=1.0, slots=slots,
                                 in_scope=True, language=lang, source="rules")
        if (lang in _ENTRY_COLON and _ENTRY_COLON[lang].match(text)) or (
                lang == "en" and _PUT_IT_IN.match(text)):
            # "Trag mir en Termin ein: am Mittwoch kommt der Techniker wegen dem Internet …"
            # (read whole, the internet made it a post)
            return Understanding(text=text, intent="calendar_set", confidence=1.0, slots=[],
                                 in_scope=True, language=lang, source="rules")
        named = _NAMED_TIMER.match(text) if lang == "en" else None
        if named is not None and not (named["verb"] or named["art"] or named["please"]):
            named = None  # ("pasta timer" alone may ask about the one there is)
        unsized = (_TIMER_FOR.match(text) or named) if lang == "en" else None
        if unsized is not None and not _LENGTH_WORD.search(unsized["name"]):
            # "set a timer for the pasties in the oven": for how long is asked next
            at = unsized.start("name")
            return Understanding(text=text, intent=TIMER_SET, confidence=1.0, slots=[Slot(
                TIMER_NAME_SLOT, unsized["name"], unsized["name"], at, at + len(unsized["name"]))],
                in_scope=True, language=lang, source="rules")
        home = home_requests.find(text, lang)  # "Einen Flat White für mich"
        if home is not None:
            intent, slots = home
            return Understanding(text=text, intent=intent, confidence=1.0, slots=slots,
                                 in_scope=True, language=lang, source="rules")
        made = new_list_items.read(text, lang)
        if lang == "en" and _NEW_LIST_CALLED.match(text):  # "can you start a list called
            # first week" (its name no date)
            return Understanding(text=text, intent="lists_createoradd", confidence=1.0,
                                 slots=[], in_scope=True, language=lang, source="rules")
        if made is not None and made.alone:  # "start a packing list: socks, …"
            return Understanding(text=text, intent="lists_createoradd", confidence=1.0,
                                 slots=[], in_scope=True, language=lang, source="rules")
        if days_off.stated(text, lang):  # "I'm off tomorrow": what rings then, nothing made
            return Understanding(text=text, intent="alarm_query", confidence=1.0, slots=[],
                                 in_scope=True, language=lang, source="rules")
        if days_off.asked(text, lang):  # "skip tomorrow's alarm", "no alarms till Monday"
            # (a removal when a verb of removing is said: "…, enlève celui de sept heures")
            return Understanding(text=text, intent="alarm_remove" if days_off.removes(
                text, lang) else "alarm_change", confidence=1.0, slots=[], in_scope=True,
                language=lang, source="rules")
        if ring_questions.asked(text, lang):  # "Is anything still going to go off tomorrow?"
            return Understanding(text=text, intent="alarm_query", confidence=1.0, slots=[],
                                 in_scope=True, language=lang, source="rules")
        repeat = repeat_changes.find(text, lang)  # "take Friday off my weekday alarm"
        if repeat is not None:
            return Understanding(text=text, intent="alarm_change" if repeat.kind == "alarm"
                                 else "calendar_set", confidence=1.0, slots=[], in_scope=True,
                                 language=lang, source="rules")
        repeating = repeat_changes.asked(text, lang)  # "is the bins reminder weekly?"
        if repeating is not None:
            return Understanding(text=text, intent="alarm_query" if repeating == "alarm"
                                 else "calendar_query", confidence=1.0, slots=[],
                                 in_scope=True, language=lang, source="rules")
        move = move_requests.find(text, lang)  # "Verschieb den Zahnarzttermin auf Montag"
        if move is not None:
            return Understanding(text=text, intent="calendar_set", confidence=1.0,
                                 slots=_move_slots(text, move), in_scope=True, language=lang,
                                 source="rules")
        unsaid = move_requests.unsaid(text, lang)  # "Devo spostare la cena con Anna": asked
        if unsaid is not None:  # when to by the calendar skill
            return Understanding(text=text, intent="calendar_set", confidence=1.0,
                                 slots=_move_slots(text, move_requests.MoveRequest(
                                     unsaid, None, None)), in_scope=True, language=lang,
                                 source="rules")
        if day_overview.asks(text, lang) and day_overview.has_days(text, lang):
            # "Anything on Thursday evening I should know about?" (the skill finds the days)
            return Understanding(text=text, intent="calendar_query", confidence=1.0, slots=[],
                                 in_scope=True, language=lang, source="rules")
        asked = days_questions.find(text, lang)  # "Erinnerungen ab Donnerstag?"
        if asked is not None:  # (the engine finds the days)
            return Understanding(text=text, intent=asked, confidence=1.0, slots=[],
                                 in_scope=True, language=lang, source="rules")
        # "move my 7:15 alarm…", "Gib dem Wäsche-Timer noch zehn Minuten drauf"
        edit = edit_requests.find(text) if lang == "en" else stored_requests.find(text, lang)
        result = self.recognize(text, lang) if edit is None or lang != "en" else None
        if edit is not None:
            same = self._mapped(result, text, lang)
            if same is not None and same[0] == edit:  # the template's slots: "cancella la
                # sveglia delle sei" (the time finder does not read "delle sei")
                return Understanding(text=text, intent=edit, confidence=1.0, slots=same[1],
                                     in_scope=True, language=lang, source="rules")
            return Understanding(text=text, intent=edit, confidence=1.0, slots=[],
                                 in_scope=True, language=lang, source="rules")
        if result is None and (edit_requests.new_timer(text) if lang == "en"
                               else stored_requests.new_timer(text, lang)):
            # "set a timer of three minutes for the coffee": a timer, not the coffee machine
            return Understanding(text=text, intent="timer_set", confidence=1.0, slots=[],
                                 in_scope=True, language=lang, source="rules")
        mapped = self._mapped(result, text, lang)
        if mapped is None:
            bare = _TOO_AFTER.sub("", text) if lang == "en" else text
            if bare != text and bare.strip():  # "Stick de-icer on the shopping list too."
                found = self.match(bare, lang)
                return None if found is None else replace(found, text=text)
            return None
        intent, slots = mapped
        return Understanding(
            text=text,
            intent=intent,
            confidence=1.0,
            slots=slots,
            in_scope=True,
            language=lang,
            source="rules",
        )


    def _mapped(self, result: RecognizeResult | None, text: str,
                lang: str) -> tuple[str, list[Slot]] | None:
        """A template's match as (intent, slots), or None (no match, a disabled one)."""
        if result is None or result.intent.name in self._disabled:
            return None
        sentence = result.intent_sentence
        if sentence is not None and (lang, sentence.text) in DISABLED_TEMPLATES:
            return None
        mapper = _MAPPERS.get(result.intent.name)
        return mapper(result, text, lang) if mapper is not None else None


# --------------------------------------------------------------------- helpers


def _base_lang(lang: str) -> str:
    return (lang or "en").replace("_", "-").split("-")[0].lower()


def _as_pairs(
    items: Mapping[str, str] | Iterable[str] | None, default: str | None = None
) -> list[tuple[str, str]]:
    if not items:
        return []
    if isinstance(items, Mapping):
        return [(str(k), str(v)) for k, v in items.items()]
    return [(str(i), default or _slug(str(i))) for i in items]


def _slug(text: str) -> str:
    return re.sub(r"\W+", "_", text.strip().lower()).strip("_")


def _span(text: str, raw: str, hint: tuple[int, int] | None) -> tuple[int | None, int | None]:
    hinted = text[hint[0] : hint[1]] if hint is not None else ""
    elsewhere = bool(raw) and raw.casefold() not in hinted.casefold() and \
        raw.casefold() in text.casefold()
    # hassil's span can be off after optional words ("for the pasta" -> "ta"): when the
    # words it matched are in the text but not in its span, find them instead
    if hint is not None and hinted.strip() and raw and _words(hinted) != _words(raw):
        # hassil's span is off by the marks it skipped ("eggs, milk, jam t"): the words it
        # matched, with marks between them allowed, nearest its span
        loose = _loosely(text, raw, hint[0])
        if loose is not None:
            return loose
    if hint is not None and hinted.strip() and not elsewhere:
        start, end = hint
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1] in " \t.,!?;:":
            end -= 1
        return start, end
    if raw:
        idx = text.casefold().find(raw.casefold())
        if idx >= 0:
            return idx, idx + len(raw)
    return None, None


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _loosely(text: str, raw: str, near: int) -> tuple[int, int] | None:
    """Where ``raw``'s words are in ``text`` with any marks between them, nearest
    ``near``."""
    words = re.findall(r"\w+", raw)
    if not words:
        return None
    rx = re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)", re.I)
    hits = list(rx.finditer(text))
    if not hits:
        return None
    return min(hits, key=lambda m: abs(m.start() - near)).span()


def _slot(name: str, result: RecognizeResult, key: str, text: str) -> Slot | None:
    ent = result.entities.get(key)
    if ent is None or ent.value == _HERE:
        return None
    raw = ent.text_clean if ent.text else ""
    start, end = _span(text, raw, ent.text_span)
    if start is not None and end is not None:
        raw = text[start:end]
    if not raw:
        return None
    value = ent.value if not ent.is_wildcard else raw
    return Slot(name=name, raw=raw, value=value, start=start, end=end)


def _slots(result: RecognizeResult, text: str, pairs: Iterable[tuple[str, str]]) -> list[Slot]:
    out = []
    for name, key in pairs:
        s = _slot(name, result, key, text)
        if s is not None:
            out.append(s)
    return out


_WHERE = (("house_place", "area"), ("house_place", "floor"))
_UNIT_RE = re.compile(r"[\s-]*[^\W\d_][\w'’]*")
_UNIT_WORD_RE = re.compile(
    r"(?:[\s-]*[^\W\d_][\w'’]*){0,2}?[\s-]*(?:hour|hr|min|sec|stunde|minute|sekunde|heure"
    r"|seconde|hora|minuto|segundo|ora|secondo)[^\W\d_]*",
    re.IGNORECASE,
)


def _number_span(text: str, ent: Any) -> tuple[int, int]:
    """Where a number of a length is in ``text``: hassil's span, or, when that is off by
    the marks it skipped ("Timer, [z]wölf Minuten" read as "wölf"), its words found."""
    hint: tuple[int, int] = ent.text_span
    start, end = _span(text, ent.text_clean if ent.text else "", hint)
    return (start, end) if start is not None and end is not None else hint


def _duration(result: RecognizeResult, text: str, keys: tuple[str, ...]) -> Slot | None:
    """The span from the first number to the end of the unit after the last one."""
    spans = [_number_span(text, result.entities[k]) for k in keys
             if k in result.entities and result.entities[k].text_span is not None]
    if not spans:
        return None
    start = min(s[0] for s in spans)
    end = max(s[1] for s in spans)
    while end > start and text[end - 1].isspace():
        end -= 1
    m = _UNIT_WORD_RE.match(text, end) or _UNIT_RE.match(text, end)
    if m:
        end = m.end()
    while start < end and text[start].isspace():
        start += 1
    raw = text[start:end]
    seconds = 0.0
    for key, mult in (("hours", 3600), ("minutes", 60), ("seconds", 1)):
        ent = result.entities.get(key) or result.entities.get(f"start_{key}")
        if ent is not None and isinstance(ent.value, int | float):
            seconds += float(ent.value) * mult
    return Slot(DURATION_SLOT, raw, seconds or None, start, end)


Mapped = tuple[str, list[Slot]] | None


def _device_key(result: RecognizeResult) -> str | None:
    name = result.entities.get("name")
    if name is not None:
        did = str(name.value)
        if did in _DEVICE_INTENTS:
            return did
        return lexicon.device_domain(did) or None
    dom = result.entities.get("domain")
    return str(dom.value) if dom is not None else None


def _map_on_off(on: bool) -> Callable[[RecognizeResult, str, str], Mapped]:
    def mapper(result: RecognizeResult, text: str, lang: str) -> Mapped:
        key = _device_key(result)
        pair = _DEVICE_INTENTS.get(key or "")
        intent = pair and pair[0 if on else 1]
        if not intent:
            return None
        slots = _slots(result, text, (("device_type", "name"), *_WHERE))
        if "name" not in result.entities and key:
            found = _find_device(text, key, lang)
            if found is not None:
                slots.insert(0, found)
        return intent, slots

    return mapper


def _find_device(text: str, domain: str, lang: str) -> Slot | None:
    """The device word in a domain-only match ("switch off the lamp", "Ventilator")."""
    folded = text.casefold()
    best: tuple[int, int, str] | None = None
    for did, (dom, forms) in lexicon.DEVICES.items():
        if dom != domain:
            continue
        for form in forms.get(lang, []):
            plain = form.split("[")[0].strip().casefold()
            m = re.search(rf"(?<!\w){re.escape(plain)}\w*", folded) if plain else None
            if m and (best is None or m.end() - m.start() > best[1] - best[0]):
                best = (m.start(), m.end(), did)
    if best is None:
        return None
    start, end, did = best
    return Slot("device_type", text[start:end], did, start, end)


_PERCENT_RE = re.compile(
    r"\s*(%|percent|per cent|prozent|pour ?cent|por ?ciento|per ?cento)", re.IGNORECASE
)


def _amount(result: RecognizeResult, key: str, text: str) -> Slot | None:
    """A numeric slot as ``change_amount``, its span extended over a following "%"."""
    slot = _slot("change_amount", result, key, text)
    if slot is None or slot.end is None:
        return slot
    m = _PERCENT_RE.match(text, slot.end)
    if m:
        slot.end = m.end()
        slot.raw = text[slot.start : slot.end]
    return slot


def _map_light_set(result: RecognizeResult, text: str, lang: str) -> Mapped:
    slots = _slots(
        result,
        text,
        (("color_type", "color"), ("color_type", "temperature"), ("device_type", "name"), *_WHERE),
    )
    amount = _amount(result, "brightness", text)
    if amount is not None:
        slots.insert(0, amount)
    return "iot_hue_lightchange", slots


def _fixed(intent: str, pairs: tuple[tuple[str, str], ...] = ()) -> Callable[..., Mapped]:
    def mapper(result: RecognizeResult, text: str, lang: str) -> Mapped:
        return intent, _slots(result, text, pairs)

    return mapper


def _timer(intent: str, keys: tuple[str, ...]) -> Callable[..., Mapped]:
    def mapper(result: RecognizeResult, text: str, lang: str) -> Mapped:
        if "conversation_command" in result.entities:
            # "remind me about X in 2 hours", "have uber here in 15 minutes": a delayed
            # command, not a timer (HWU64: calendar_set, transport_taxi, ...).
            return None
        slots = _slots(result, text, ((TIMER_NAME_SLOT, "name"), *_WHERE))
        dur = _duration(result, text, keys)
        if dur is not None:
            slots.insert(0, dur)
        return intent, slots

    return mapper


def _map_weather(result: RecognizeResult, text: str, lang: str) -> Mapped:
    from datetime import UTC, datetime

    from hark.nlu.normalize import normalize

    slots = _slots(
        result, text, (("place_name", "place"), ("place_name", "name"), ("date", "when"))
    )
    now = datetime.now(UTC)

    def is_day(words: str) -> bool:
        return (normalize("date", words, now, lang) or {}).get("kind") in ("date", "date_range")

    out: list[Slot] = []
    for s in slots:
        if s.name != "place_name":
            out.append(s)
        elif is_day(s.raw):  # "Wetter für Montag": the wildcard place is a day
            out.append(Slot("date", s.raw, None, s.start, s.end))
        else:  # "à Paris samedi": the wildcard took the day too
            words = list(re.finditer(r"\S+", s.raw))
            cut = next((k for k in range(1, len(words))
                        if is_day(s.raw[words[k].start():])), None)
            if cut is None or s.start is None:
                out.append(s)
                continue
            head = s.raw[: words[cut - 1].end()]
            tail = s.raw[words[cut].start():]
            out.append(Slot("place_name", head, head, s.start, s.start + len(head)))
            t0 = s.start + words[cut].start()
            out.append(Slot("date", tail, None, t0, t0 + len(tail)))
    return "weather_query", out


# A clause after the place ("à Tokyo quand il est 15 h à Paris") makes it a conversion:
# the wildcard place must be a name, so such sentences go to the model.
_NOT_A_PLACE = re.compile(r"\d|\b(wenn|quand|cuando|quando|if|when|si|se|ist|est|es|è)\b",
                          re.IGNORECASE)


def _map_time_in(result: RecognizeResult, text: str, lang: str) -> Mapped:
    slots = _slots(result, text, (("place_name", "place"),))
    if any(_NOT_A_PLACE.search(s.raw) or len(s.raw.split()) > 4 for s in slots):
        return None
    return "datetime_query", slots


def _alarm(intent: str, need_time: bool) -> Callable[..., Mapped]:
    """``intent`` with the ``{alarm_time}`` words as a ``time`` slot (``general_frequency``
    for a repeat), provided they read as one; the engine normalises them against the
    user's own clock."""

    def mapper(result: RecognizeResult, text: str, lang: str) -> Mapped:
        from datetime import UTC, datetime

        from hark.nlu.normalize import normalize

        slot = _slot("time", result, "alarm_time", text)
        if slot is None:
            return None if need_time else (intent, [])
        value = normalize("time", slot.raw, datetime.now(UTC), lang)
        if value is None:
            return None
        if value.get("kind") == "recurrence":
            slot.name = "general_frequency"
        slot.value = None
        return intent, _time_and_date(slot, lang, datetime.now(UTC))

    return mapper


# a date said in words, not a bare number ("seven [thirty]" is no 30th, "ten [to six]")
_DAY_WORD = re.compile(r"\b(today|tonight|tomorrow|\w+day|weekend|jan\w*|feb\w*|march|"
                       r"apr\w*|may|june?|july?|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|"
                       r"\w+(st|nd|rd|th))\b", re.IGNORECASE)
_DAY_LEAD = re.compile(r"^(?:on|this|for)\s+", re.IGNORECASE)
_TIME_LEAD = re.compile(r"^(?:at|by|around|for)\s+", re.IGNORECASE)


def _time_and_date(slot: Slot, lang: str, now: Any) -> list[Slot]:
    """English "seven tomorrow", "tomorrow at 6", "8 on Monday" as a time slot and a date
    slot, as the tagger and HWU64 give them (other languages keep one span)."""
    from hark.nlu.normalize import normalize

    if lang[:2] != "en" or slot.name != "time" or slot.start is None:
        return [slot]
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", slot.raw)]
    for k in range(1, len(words)):
        cut = words[k][0]
        head, tail = slot.raw[:cut].rstrip(), slot.raw[cut:]
        for when, day in ((head, tail), (tail, head)):
            day_raw = _DAY_LEAD.sub("", day)
            time_raw = _TIME_LEAD.sub("", when)
            t = normalize("time", time_raw, now, lang) or {}
            d = normalize("date", day_raw, now, lang) or {}
            if t.get("kind") == "time" and d.get("kind") == "date" and _DAY_WORD.search(day_raw):
                out = []
                for name, said, whole in (("time", time_raw, when), ("date", day_raw, day)):
                    at = slot.start + slot.raw.index(whole) + whole.index(said)
                    out.append(Slot(name, said, None, at, at + len(said)))
                return sorted(out, key=lambda s: s.start or 0)
    return [slot]


# an appointment to put in, then what it is after a colon
# (English) the thing said first, then "put them in the calendar": "Leaving drinks for my old
# job, put them in the calendar for Thursday the 3rd." (read whole, "leaving" was a removal)
# said after a request, adding nothing to it: "… too", "… as well", "… while you're at it"
_TOO_AFTER = re.compile(r"[\s,]+(?:too|as well|also|while you'?re at it)(?:[\s,]+(?:please|thanks))?"
                        r"[\s.!]*$", re.I)
_PUT_IT_IN = re.compile(r"^[^,?]{3,80},\s*(?:(?:so|and|please|can you|could you)\s+)*(?:put|pop|stick|"
                        r"add|pencil|bung|chuck|whack)\s+(?:it|that|them|this|those)\s+(?:in|into|on)\s+"
                        r"(?:the|my)\s+(?:calendar|diary)\b[^?]*$", re.I)
_NEW_LIST_CALLED = re.compile(r"^(?:(?:please|can you|could you|would you)\s+)*(?:start|make|create|"
                              r"begin|set up|open)\s+(?:me\s+|us\s+)?(?:a|an)\s+(?:new\s+)?list\s+"
                              r"(?:called|named)\s+[\w' -]{2,30}[.!]?$", re.I)
_ENTRY_COLON = {
    "de": re.compile(r"^\W*(?:bitte\s+)?(?:trag|trage|tragen sie|mach|mache|leg|lege)\s+(?:mir|uns|ma)?\s*"
                     r"(?:bitte\s+)?(?:(?:einen|en|'n|'nen|nen|an|ein)\s+)?(?:neuen\s+)?termin\s+"
                     r"(?:ein|an)?\s*:\s*\S", re.I),
    "fr": re.compile(r"^\W*(?:mets|mettez|ajoute|ajoutez|note|notez|crée|créez)(?:-moi)?\s+un\s+"
                     r"(?:rendez-vous|rdv|événement)\s*:\s*\S", re.I),
    "es": re.compile(r"^\W*(?:pon|ponme|apunta|apúntame|añade|agrega|crea)\s+(?:una\s+)?"
                     r"(?:cita|evento)\s*:\s*\S", re.I),
    "it": re.compile(r"^\W*(?:metti|mettimi|segna|segnami|aggiungi|crea)\s+(?:un\s+)?"
                     r"(?:appuntamento|evento|impegno)\s*:\s*\S", re.I),
    "en": re.compile(r"^\W*(?:(?:please|can you|could you)\s+)*(?:put|add|make|create|pop|stick)\s+"
                     r"(?:in\s+)?(?:a|an)\s+(?:new\s+)?(?:appointment|event|calendar entry|entry)"
                     r"(?:\s+(?:in|to|on)\s+(?:my|the)\s+(?:calendar|diary))?\s*:\s*\S", re.I),
}
# a timer asked for by what it is for, with no length: "set a timer for the pasties in the oven"
# (or by what one does meanwhile: "I need a timer for ironing shirts")
_TIMER_FOR = re.compile(r"^(?:(?:please|can you|could you)\s+)*(?:set|start|put on|stick on|get|"
                        r"i need|i want|i'd like|give me)\s+"
                        r"(?:me\s+|us\s+)?(?:a|an|another)\s+timer\s+(?:on\s+)?for\s+(?:(?:the|my|our)\s+"
                        r"(?=[a-z])|(?=(?!during|morning|evening|nothing|something)[a-z]+ing\b))"
                        r"(?P<name>[a-z][a-z' -]{1,30}?)(?:,?\s+(?:in the oven|on the hob|in the pan|"
                        r"please))*\s*[.!?]*$", re.I)
# a timer named by what it is for, its length not said: "power nap timer please", "set a
# tea timer" (not one the user has: "the pasta timer")
_NAMED_TIMER = re.compile(
    r"^(?:(?:please|can you|could you|mm+|hmm+|ok|okay)[\s,.]+)*"
    r"(?:(?P<verb>set|start|put on|stick on|get)\s+(?:me\s+|us\s+)?)?(?P<art>a|an|another)?\s*"
    r"(?P<name>(?!(?:new|another|second|other|cancel|stop|pause|resume|delete|remove|kill|my|the|"
    r"that|this|which|what|how)\b)[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+){0,2})\s+timer"
    r"(?P<please>,?\s+please)?\s*[.!]*$", re.I)
_LENGTH_WORD = re.compile(r"\b(?:minutes?|mins?|hours?|seconds?|secs?|half|quarter|an?|one|two|"
                          r"three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\b")


def _move_slots(text: str, move: move_requests.MoveRequest) -> list[Slot]:
    slots = []
    for name, said in (("event_name", move.event), ("time", move.when)):
        at = text.find(said) if said else -1
        if said and at >= 0:
            slots.append(Slot(name, said, None if name == "time" else said, at,
                              at + len(said)))
    return slots


def _map_volume_relative(result: RecognizeResult, text: str, lang: str) -> Mapped:
    step = result.entities.get("volume_step")
    if step is None:
        return None
    # The direction comes from the template: hassil 3.12 caches spoken numbers across
    # range lists, so the sign of a numeric step ("turn down volume twenty") is unreliable.
    template = result.intent_sentence.text if result.intent_sentence else ""
    if "volume_step_down" in (template or "") or step.value == "down":
        intent = "audio_volume_down"
    elif "volume_step_up" in (template or "") or step.value == "up":
        intent = "audio_volume_up"
    else:
        return None
    slots = _slots(result, text, (("device_type", "name"),))
    if not isinstance(step.value, str):
        amount = _amount(result, "volume_step", text)
        if amount is not None:
            slots.insert(0, amount)
    return intent, slots


def _map_shopping(intent: str) -> Callable[..., Mapped]:
    def mapper(result: RecognizeResult, text: str, lang: str) -> Mapped:
        slots = _slots(result, text, ((ITEM_SLOT, "item"),))
        word = _SHOPPING.get(lang, "shopping")
        start, end = _span(text, word, None)
        slots.append(
            Slot(
                "list_name", text[start:end] if start is not None else word, "shopping", start, end
            )
        )
        return intent, slots

    return mapper


def _map_todo(intent: str) -> Callable[..., Mapped]:
    def mapper(result: RecognizeResult, text: str, lang: str) -> Mapped:
        return intent, _slots(result, text, ((ITEM_SLOT, "item"), ("list_name", "name")))

    return mapper


_NOT_A_LIST = re.compile(r"\b(contacts?|e-?mail|address|favou?rites?|playlists?|songs?)\b",
                         re.IGNORECASE)
_NOT_AN_ITEM = re.compile(r"@|\bdot com\b|\bcontacts?\b|\b(this|that|the) (song|track|tune)\b",
                          re.IGNORECASE)
_NOT_A_REMINDER = re.compile(r"\b(lists?|alarms?)\b", re.IGNORECASE)


def _map_add_to_list(result: RecognizeResult, text: str, lang: str) -> Mapped:
    slots = _slots(result, text, ((ITEM_SLOT, "list_item"), ("list_name", "list_title")))
    said = {s.name: s.raw for s in slots}
    name = said.get("list_name", "").casefold()
    if _NOT_A_LIST.search(name) or _NOT_AN_ITEM.search(said.get(ITEM_SLOT, "")) or \
            not re.sub(r"\b(a|an|new|my|the|our)\b", "", name).strip():
        return None  # "add tom to my contact list", "add this song to my favourites list"
    return "lists_createoradd", slots


def _map_reminder(result: RecognizeResult, text: str, lang: str) -> Mapped:
    """A reminder, its slots left to the tagger; not "remind me at five pm" (nothing to be
    reminded of: HWU64 calls it an alarm) nor one about a list or an alarm."""
    from datetime import UTC, datetime

    from hark.nlu.normalize import normalize

    what = result.entities.get("what")
    said = (what.text_clean if what is not None else "") or ""
    if _NOT_A_REMINDER.search(text) or normalize("time", said, datetime.now(UTC), lang):
        return None
    return "calendar_set", []


_STARTS = ("start_hours", "start_minutes", "start_seconds")

_MAPPERS: dict[str, Callable[[RecognizeResult, str, str], Mapped]] = {
    "HassTurnOn": _map_on_off(True),
    "HassTurnOff": _map_on_off(False),
    "HassLightSet": _map_light_set,
    extra.HARK_LIGHT_SET: _map_light_set,
    extra.HARK_LIGHT_DIM: _fixed("iot_hue_lightdim", (("device_type", "name"), *_WHERE)),
    extra.HARK_LIGHT_UP: _fixed("iot_hue_lightup", (("device_type", "name"), *_WHERE)),
    extra.HARK_LIGHT_ON: _fixed("iot_hue_lighton", (("house_place", "room"),)),
    extra.HARK_LIGHT_OFF: _fixed("iot_hue_lightoff", (("house_place", "room"),)),
    "HassGetWeather": _map_weather,
    extra.HARK_WEATHER: _map_weather,
    extra.HARK_SET_ALARM: _alarm("alarm_set", need_time=True),
    extra.HARK_QUERY_ALARM: _alarm("alarm_query", need_time=False),
    extra.HARK_REMOVE_ALARM: _alarm("alarm_remove", need_time=False),
    extra.HARK_QUERY_REMINDERS: lambda result, text, lang: ("calendar_query", []),
    extra.HARK_SET_REMINDER: _map_reminder,
    extra.HARK_REMOVE_REMINDER: lambda result, text, lang: ("calendar_remove", []),
    extra.HARK_CREATE_LIST: lambda result, text, lang: (
        "lists_createoradd", _slots(result, text, (("list_name", "list_title"),))),
    extra.HARK_ADD_TO_LIST: _map_add_to_list,
    "HassGetCurrentTime": _fixed("datetime_query"),
    extra.HARK_TIME_IN: _map_time_in,
    "HassGetCurrentDate": _fixed("datetime_query"),
    "HassStartTimer": _timer(TIMER_SET, ("hours", "minutes", "seconds")),
    extra.HARK_START_TIMER: _timer(TIMER_SET, ("hours", "minutes", "seconds")),
    "HassCancelTimer": _timer(TIMER_REMOVE, _STARTS),
    "HassCancelAllTimers": _timer(TIMER_REMOVE, ()),
    "HassTimerStatus": _timer(TIMER_QUERY, _STARTS),
    extra.HARK_QUERY_TIMERS: _timer(TIMER_QUERY, ()),
    "HassPauseTimer": _timer(TIMER_PAUSE, _STARTS),
    "HassUnpauseTimer": _timer(TIMER_RESUME, _STARTS),
    "HassVacuumStart": _fixed("iot_cleaning", (("device_type", "name"), *_WHERE)),
    "HassVacuumCleanArea": _fixed("iot_cleaning", (("device_type", "name"), *_WHERE)),
    "HassSetVolumeRelative": _map_volume_relative,
    "HassMediaPlayerMute": _fixed("audio_volume_mute", (("device_type", "name"),)),
    "HassMediaPause": _fixed("music_settings", (("device_type", "name"),)),
    "HassMediaUnpause": _fixed("music_settings", (("device_type", "name"),)),
    "HassMediaNext": _fixed("music_settings", (("device_type", "name"),)),
    "HassMediaPrevious": _fixed("music_settings", (("device_type", "name"),)),
    "HassNevermind": _fixed("general_commandstop"),
    "HassShoppingListAddItem": _map_shopping("lists_createoradd"),
    "HassShoppingListCompleteItem": _map_shopping("lists_remove"),
    "HassListAddItem": _map_todo("lists_createoradd"),
    "HassListRemoveItem": _map_todo("lists_remove"),
    "HassListCompleteItem": _map_todo("lists_remove"),
}

MAPPED_HA_INTENTS: frozenset[str] = frozenset(_MAPPERS)

"""A sound, fast pre-filter in front of hassil.

hassil checks the literal words every template requires, but templates made only of
list references (``[<the>] {name}``, ``{area} to {brightness}``) pass that check for any
text and are then matched expensively. Here a reference to a known text list (area,
floor, device name) also requires one word of one of the list's values, and templates
are bucketed by one required clause so a text touches only the templates it could
match. The template data's own text lists (colours, "lauter/leiser") gate the same way, on the
first fragment of each value, and number ranges (brightness, temperature) require a digit
or a number word of the language. The surviving templates go to
``hassil.recognize_best`` unchanged, so results are identical to matching against
everything (a test checks this in all five languages).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from hassil import IntentData, Intents, Sentence

_MAX_DEPTH = 30
_BREAK = str.maketrans({"-": " ", "_": " "})
_OPENERS = set("([{<")


def list_clause(values: Iterable[str]) -> frozenset[str] | None:
    """One word per value (each value needs its first word), or None if a value's
    first word is not a plain literal."""
    words: set[str] = set()
    for value in values:
        text = value.strip()
        if not text or text[0] in _OPENERS:
            return None
        first = text.split()[0]
        for ch in "([{<":
            first = first.split(ch)[0]
        first = first.casefold().translate(_BREAK).split(" ")[0]
        if not first or not first.isalpha():
            return None
        words.add(first)
    return frozenset(words) if words else None


# Fragments every spelled-out number contains (hassil reads number words in ranges):
# "sech" for sechzig, "sieb" for siebzig, "zwan" for zwanzig, "quator" for quatorze…
NUMBER_FRAGMENTS: dict[str, frozenset[str]] = {
    "en": frozenset("zero one two three four five six seven eight nine ten eleven twelve "
                    "thir fif twen for eigh hundred thousand".split()),
    "de": frozenset("null ein zwei zwan drei vier fünf sech sieb acht neun zehn elf zwölf "
                    "hundert tausend".split()),
    "fr": frozenset("zéro un deux trois quatre cinq six sept huit neuf dix onze douze "
                    "treize quatorze quinze seize vingt trente quarante cinquante soixante "
                    "cent mille".split()),
    "es": frozenset("cero un uno dos tres cuatro cinco seis siete ocho nueve diez once doce "
                    "trece catorce quince dieci veint treinta cuarenta cincuenta sesenta "
                    "setenta ochenta noventa cien mil".split()),
    "it": frozenset("zero un uno due tre quattro cinque sei sette otto nove dieci undici "
                    "dodici tredici quattordici quindici sedici diciasette diciassette "
                    "diciotto diciannove vent trent quarant cinquant sessant settant ottant "
                    "novant cento mille".split()),
}
_DIGITS = frozenset("0123456789")


def _prefixes(exp: Any, depth: int = 0) -> tuple[set[str], bool] | None:
    """(first text fragments, may be empty) of an expression; None when it can start with
    anything (a list or rule reference, a permutation)."""
    from hassil.expression import Alternative, Group, TextChunk

    if depth > _MAX_DEPTH:
        return None
    if isinstance(exp, TextChunk):
        text = exp.text.strip().casefold()
        return ({text.split()[0]}, False) if text else (set(), True)
    if isinstance(exp, Alternative):
        out: set[str] = set()
        nullable = exp.is_optional
        for item in exp.items:
            sub = _prefixes(item, depth + 1)
            if sub is None:
                return None
            out |= sub[0]
            nullable = nullable or sub[1]
        return out, nullable
    if type(exp).__name__ in {"Sequence", "Sentence"} and isinstance(exp, Group):
        out = set()
        for item in exp.items:
            sub = _prefixes(item, depth + 1)
            if sub is None:
                return None
            out |= sub[0]
            if not sub[1]:
                return out, False
        return out, True
    return None


def slot_list_clause(slot_list: Any, language: str) -> frozenset[str] | None:
    """One fragment each value of a hassil slot list must contain (None: ungateable)."""
    from hassil import RangeSlotList, TextSlotList

    if isinstance(slot_list, RangeSlotList):
        words = NUMBER_FRAGMENTS.get(language)
        return None if words is None else _DIGITS | words
    if not isinstance(slot_list, TextSlotList) or not slot_list.values:
        return None
    words: set[str] = set()
    for value in slot_list.values:
        sub = _prefixes(value.text_in)
        if sub is None or sub[1] or not sub[0]:
            return None
        words |= {w.translate(_BREAK).split(" ")[0] or w for w in sub[0]}
    return frozenset(words)


def _list_clauses(
    exp: Any, rules: dict[str, Sentence], gated: dict[str, frozenset[str]], depth: int = 0
) -> set[frozenset[str]]:
    from hassil.expression import Alternative, Group, ListReference, RuleReference

    if depth > _MAX_DEPTH:
        return set()
    if isinstance(exp, ListReference):
        clause = gated.get(exp.list_name)
        return {clause} if clause else set()
    if isinstance(exp, Alternative):
        if exp.is_optional or not exp.items:
            return set()
        branches = [_list_clauses(i, rules, gated, depth + 1) for i in exp.items]
        if any(not b for b in branches):
            return set()
        merged: set[str] = set()
        for b in branches:
            merged.update(min(b, key=len))
        return {frozenset(merged)}
    if isinstance(exp, Group):
        out: set[frozenset[str]] = set()
        for item in exp.items:
            out.update(_list_clauses(item, rules, gated, depth + 1))
        return out
    if isinstance(exp, RuleReference):
        rule = rules.get(exp.rule_name)
        return _list_clauses(rule.expression, rules, gated, depth + 1) if rule else set()
    return set()


@dataclass
class _Entry:
    intent: str
    data: IntentData
    sentence: Sentence
    clauses: tuple[frozenset[str], ...]


@dataclass
class Prefilter:
    intents: Intents
    gated: dict[str, frozenset[str]]
    entries: list[_Entry] = field(default_factory=list)
    buckets: dict[str, list[int]] = field(default_factory=dict)
    always: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        for intent in self.intents.intents.values():
            for data in intent.data:
                rules = {**self.intents.expansion_rules, **data.expansion_rules}
                gated = {k: v for k, v in self.gated.items() if k not in data.slot_lists}
                for sentence in data.sentences:
                    clauses = set(sentence.get_required_clauses(rules))
                    clauses |= _list_clauses(sentence.expression, rules, gated)
                    idx = len(self.entries)
                    self.entries.append(_Entry(intent.name, data, sentence, tuple(clauses)))
                    if not clauses:
                        self.always.append(idx)
                        continue
                    anchor = max(clauses, key=lambda c: (min(len(f) for f in c), -len(c)))
                    for frag in anchor:
                        self.buckets.setdefault(frag, []).append(idx)
        self._fragments = tuple(self.buckets)

    def candidates(self, text: str, extra_haystack: str = "") -> Intents | None:
        """An ``Intents`` restricted to templates that may match ``text`` (None if none)."""
        from hassil.util import normalize_for_matching

        folded = text.casefold()
        norm = normalize_for_matching(text).text.casefold()
        haystack = f"{folded}\n{norm}\n{norm.translate(_BREAK)}\n{extra_haystack}"
        picked: set[int] = set(self.always)
        for frag in self._fragments:
            if frag in haystack:
                picked.update(self.buckets[frag])
        if not picked:
            return None
        kept: dict[str, dict[int, list[Sentence]]] = {}
        order: dict[int, IntentData] = {}
        for idx in sorted(picked):
            e = self.entries[idx]
            if all(any(f in haystack for f in c) for c in e.clauses):
                kept.setdefault(e.intent, {}).setdefault(id(e.data), []).append(e.sentence)
                order[id(e.data)] = e.data
        if not kept:
            return None
        from hassil.intents import Intent, Intents

        intents: dict[str, Intent] = {}
        for name, per_data in kept.items():
            datas = []
            for data_id, sentences in per_data.items():
                clone = copy.copy(order[data_id])
                clone.__dict__["sentences"] = sentences  # overrides the cached_property
                datas.append(clone)
            intents[name] = Intent(name=name, data=datas)
        src = self.intents
        return Intents(
            language=src.language,
            intents=intents,
            slot_lists=src.slot_lists,
            expansion_rules=src.expansion_rules,
            skip_words=src.skip_words,
            settings=src.settings,
        )

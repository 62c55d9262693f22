"""What is said twice in one breath, as someone hard of hearing or in a hurry does (English):
"remind me tonight at 8, 8 tonight, to put the heating on", "a timer for an hour and a
half, an hour and a half now", "collect my prescription, my prescription, Thursday ten
o'clock", "put Welsh cakes on the shopping list, Welsh cakes, and laverbread" — the second
saying goes, so it is not read as another time, a longer timer or another item. When the
repeat adds the part of the day ("half ten, half past ten in the morning") that part is
kept.

``without_repeats(text)`` returns ``text`` without such repeats.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[\w']+")
_NUMBERS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
            "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
            "fifteen": "15", "twenty": "20", "thirty": "30", "forty": "40", "half": "half",
            "quarter": "quarter", "noon": "12", "midnight": "0"}
_TIME_WORDS = {"at", "on", "in", "the", "a", "an", "and", "o'clock", "past", "to", "am", "pm",
               "morning", "afternoon", "evening", "night", "tonight", "tomorrow", "today", "now",
               "same", "time", "day", "hour", "hours", "minute", "minutes", "mins", "monday",
               "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "this", "next",
               "please", "so", "yes", "aye"} | set(_NUMBERS)
_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
         "today", "tonight", "tomorrow"}
_PART = re.compile(r"\b(?:in the (?:morning|afternoon|evening)|at night)\b|(?:\b|(?<=\d))(?:am|pm|a\.m\.|p\.m\.)"
                   r"(?!\w)", re.I)
# a word that takes back what was just said, in any of the languages
_NO = {"no", "nope", "non", "nein", "nee", "anzi", "nah"}
_OPENS = {"and", "then", "also", "or", "but", "plus", "so"}
_SEGMENTS = re.compile(r"(\s*,\s*)")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _numbers(words: list[str]) -> set[str]:
    out = set()
    for w in words:
        m = re.fullmatch(r"(\d{1,2})(?::\d\d)?(?:am|pm)?", w)
        if m:
            out.add(str(int(m.group(1))))
        elif w in _NUMBERS:
            out.add(_NUMBERS[w])
    return out


def _time_only(words: list[str]) -> bool:
    return all(w in _TIME_WORDS or re.fullmatch(r"\d{1,2}(?::\d\d)?(?:am|pm)?", w) for w in words)


# a clock said again with its part of the day, with no comma: "tomorrow at six at six pm"
_AT_AGAIN = re.compile(r"\bat (\w+) at \1(?= (?:am|pm|a\.m\.|p\.m\.|in the \w+|tonight|o'clock)\b)",
                       re.I)


# the speaker's own word confirmed after it, once it was said again: "14h15. Oui, c'est
# ça, 14h15." → "14h15" (the "yes" had been read as an answer and the time lost)
_SELF_CONFIRMED = re.compile(r"(?<=[.!?…])\s+(?:(?:oui|ja|sí|si|sì|yes|yeah),?\s+)?(?:c'est ça|"
                             r"c'est bien ça|voilà|exactement|genau|richtig|eso es|exacto|así es|"
                             r"esatto|esattamente|proprio così|that's it|that's right|exactly)"
                             r"[\s.!,]*$", re.I)


# the last sentence, short
_LAST_SENTENCE = re.compile(r"(?<=[.!])\s+(?P<s>[^.!?]{1,30})[.!]*$")


# "I mean" said after the time it puts right: "at eleven, eleven pm I mean, in case …"
_MEANT_AFTER = re.compile(r"(\b(?:am|pm|a\.m\.|p\.m\.|o'clock)|\d)\s+i mean(?=\s*(?:[,.!?]|$))",
                          re.I)


def without_repeats(text: str) -> str:
    """``text`` without a part said again straight after (see the module)."""
    text = _MEANT_AFTER.sub(r"\1", _AT_AGAIN.sub(r"at \1", text))
    last = _LAST_SENTENCE.search(text)
    if last is not None:  # "… make it seven thirty. Seven thirty.": said again to be sure
        words = _words(last["s"])
        if words and _time_only(words) and set(words) <= set(_words(text[:last.start()])):
            text = text[:last.start()]
    if "," not in text:
        return text
    said = _without_repeats(text)
    if said != text:
        said = _SELF_CONFIRMED.sub("", said)
    return said


# a word said last as a tag ("…, same time, ja."): no remark after "same time"
_TAG_WORDS = {"ja", "yeah", "yes", "yep", "please", "thanks", "cheers", "mate", "eh", "aye",
              "love", "hey", "ok", "okay", "pal", "hun", "innit", "like"}


def _without_repeats(text: str) -> str:
    parts = _SEGMENTS.split(text)
    kept = [parts[0]]
    last = len(parts) - 1
    for i in range(1, len(parts), 2):
        sep, seg = parts[i], parts[i + 1]
        words = _words(seg)
        before = _words("".join(kept))
        if not words or words[0] in _OPENS or not before:
            kept += [sep, seg]
            continue
        following = _words(parts[i + 3]) if i + 3 <= last else []
        if words in (["same", "time"], ["same", "day"]) and i + 1 < last and (
                _numbers(following) or following[:1] != ["to"]) and not set(
                    following) <= _TAG_WORDS and not (
                    {"morning", "afternoon", "evening", "night"} & set(before)
                    and not _numbers(following)):  # (kept after a part of the day alone:
            # "to Wednesday night, same time, Thursday's …" is the time it had, not 8 pm)
            continue  # "to Thursday, same time, two o'clock": the time said next; "…, same
            # time, the new tenants move in on Thursday": a remark (not "Also one on
            # Thursday, same time, to update …": the errand)
        said = set(before)
        if set(words) <= said and not set(words) <= _NO:  # ("Uy, no, …, a las seis, no,
            # no, espera, a las siete": the second "no" corrects, it is no repeat)
            continue  # "…, Welsh cakes", "…, 8 tonight"
        new_numbers = _numbers(words)
        days = {w for w in words if w in _DAYS}
        if _time_only(words) and new_numbers and new_numbers <= _numbers(before) and (
                days <= said):  # (not "…, no, hang on, Friday at 4": another day)
            part = _PART.search(seg)
            if part and not _PART.search("".join(kept)):
                kept[-1] = f"{kept[-1].rstrip()} {part.group(0)}"
            continue  # "…, half past ten in the morning", "…, an hour and a half now"
        kept += [sep, seg]
    return "".join(kept)

"""Words the dialogue itself understands, independent of the NLU model: yes/no, stop,
repeat, greetings, ordinals for choices, follow-up cues and reference words."""

from __future__ import annotations

import re

_FILLER = r"(?:\s*(?:please|hark|thanks|thank you|then|now|ok|okay))*"


def clean(text: str) -> str:
    """Lower-case, no punctuation except apostrophes, single spaces."""
    text = text.lower().replace("’", "'")
    text = re.sub(r"[^\w\s']", " ", text)
    return " ".join(text.split())


def _full(words: str) -> re.Pattern[str]:
    return re.compile(rf"^(?:(?:oh|well|um|uh|er|ok|okay)\s+)?(?:{words}){_FILLER}$")


YES = _full(r"yes|yeah|yep|yup|sure|of course|correct|right|that's right|do it|go ahead|"
            r"please do|confirm|confirmed|absolutely|definitely|affirmative|ok|okay|"
            r"yes please|yes do it|yes go ahead|sounds good|ja|oui|sí|si|certo|genau")
NO = _full(r"no|nope|nah|no thanks|no thank you|don't|do not|don't do it|negative|"
           r"not now|no way|wrong|nein|non")
STOP = _full(r"stop|cancel|cancel that|cancel it|never mind|nevermind|forget it|"
             r"forget about it|forget that|abort|quit|nothing|that's all|that is all|"
             r"no stop|stop it|halt|enough|leave it|skip it")
REPEAT = re.compile(
    r"^(?:(?:can|could) you |please )?(?:repeat(?: that| it| please| yourself)?|say (?:that|it) "
    r"again|what did you (?:just )?say|come again|pardon(?: me)?|sorry what|"
    r"one more time|again please)(?: please)?$")
GREETINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("hello", _full(r"hello|hi|hey|hiya|howdy|good morning|good afternoon|good evening|"
                    r"hello there|hi there|hey there|greetings|yo")),
    ("thanks", _full(r"thanks|thank you|thank you very much|thanks a lot|cheers|"
                     r"many thanks|much appreciated|ta")),
    ("bye", _full(r"bye|goodbye|good bye|bye bye|see you|see you later|good night|"
                  r"goodnight|that's it|talk to you later|later|exit|i'm done|we're done")),
)

ORDINALS = {"first": 0, "1st": 0, "one": 0, "1": 0, "second": 1, "2nd": 1, "two": 1, "2": 1,
            "third": 2, "3rd": 2, "three": 2, "3": 2, "fourth": 3, "4th": 3, "four": 3, "4": 3,
            "last": -1, "latter": -1, "former": 0}
_ORDINAL = re.compile(
    r"^(?:the |number |option |choice )?(first|1st|second|2nd|third|3rd|fourth|4th|last|latter|"
    r"former|one|two|three|four|1|2|3|4)(?: one| option| choice)?(?: please)?$")

# "and tomorrow?", "what about in Paris?", "how about friday", "same for London"
FOLLOWUP_CUE = re.compile(
    r"^(?:and|but|also|ok and|okay and|so)?\s*(?:what about|how about|what of|and|same for|"
    r"same thing for|now for|then for|also for)\b\s*")
_LEAD_PREP = re.compile(r"^(?:in|at|for|on|to|from|with|near|by)\s+")

THERE = re.compile(r"\b(there|that place|that city|over there)\b")
PERSON_PRONOUN = re.compile(r"\b(her|him|them|she|he)\b")
SONG_REF = re.compile(r"\b(that song|this song|the song|that track|this track|that one again|"
                      r"it again|that again|same song)\b")
ITEM_REF = re.compile(
    r"^(?:please )?(?:cancel|delete|remove|undo|scrap|drop|stop)\s+(?:it|that|this|that one|"
    r"the last one|what you just (?:set|made|added|created))(?: please)?$")


def ordinal_choice(text: str) -> int | None:
    """Index meant by "the first one", "second", "number two", "the last one"."""
    m = _ORDINAL.match(clean(text))
    return ORDINALS[m.group(1)] if m else None


def followup_remainder(text: str) -> str | None:
    """For a cue-led follow-up, the rest after the cue ("what about in Paris" -> "Paris")."""
    t = clean(text)
    m = FOLLOWUP_CUE.match(t)
    if not m or not m.group(0).strip():
        return None
    rest = _LEAD_PREP.sub("", t[m.end():]).strip()
    return rest


def strip_preposition(text: str) -> str:
    return _LEAD_PREP.sub("", clean(text)).strip()


def greeting_kind(text: str) -> str | None:
    t = clean(text)
    for kind, rx in GREETINGS:
        if rx.match(t):
            return kind
    return None

"""Hedges around a request (English), as a shy or careful speaker says it: "I think maybe
the birthday card reminder should be Friday evening instead, like 6pm? If that's okay.",
"I think maybe I'd like tomorrow's 7.15 alarm to be quarter to eight instead... if that's
alright?", "I think maybe the team meeting tomorrow is at half eight now? Could you move it,
please?", "Verify: reminder to put the bins out is set for what time on Thursday?", "And when,
precisely, will it next sound?", "…, and set a timer for...", "Okay, big week. Set …" — the
request without them, so "if that's okay" is not read as a reminder's words and "could
you move it" not as a request of its own.

``unhedged(text)`` returns ``text`` without such hedges.
"""

from __future__ import annotations

import re

# "I think maybe …", "maybe …", "perhaps …" first (not "I think I left the oven on")
_FIRST = re.compile(r"^(?:(?:um+|er+m?|so|right|okay|ok)[\s,]+)*(?:i think\s*,?\s*)?(?:maybe|perhaps|possibly)"
                    r"\s*,?\s+(?=\S)", re.I)
# "… if that's okay", "…, if that's alright?", "… if you don't mind.", "… I think" last
_LAST = re.compile(r"(?:\s*(?:[.?!,]|\.\.\.)\s*|\s+)(?:if (?:that's|that is|it's|it is) (?:okay|ok|alright|all right|"
                   r"fine|possible)|if (?:you )?(?:don't|do not) mind|if possible|if you can|"
                   r"if you could)\s*[.?!]*$", re.I)
# "twelve hours I think. No, …", "eight hours, I reckon": said after a value, before its
# sentence ends
_GUESS = re.compile(r"(?<=\w),?\s+i (?:think|reckon|guess|suppose)(?=\s*(?:[.;!?]|$))", re.I)
# a change told, then asked for: "… is at half eight now? Could you move it, please?"
_ASKED_AFTER = re.compile(r"(?<=\S)\s*[?.!]\s*(?:(?:could|can|would|will) you\s+)?(?:please\s+)?"
                          r"(?:move|change|update|amend|do|sort|fix) (?:it|that|this)"
                          r"(?:\s+(?:for me|please))?(?:,?\s*please)?\s*[?.!]*$", re.I)
_TOLD = re.compile(r"\b(?:now|instead|should be|moved|changed|is at|'s at)\b", re.I)
# "I'd like tomorrow's 7.15 alarm to be quarter to eight instead": it should be
_LIKE_TO_BE = re.compile(r"^(?:i'd|i would|i should)\s+like\s+(?P<thing>(?:my|the|tomorrow's|today's|[\w]+'s)\s+"
                         r"(?:[\w.:'-]+\s+){0,3}?(?:alarm|reminder|timer|meeting|appointment|event))\s+"
                         r"to\s+be\s+(?=\S)", re.I)
# "Verify:", "Confirm:", "Check:" before a question
_CHECK_FIRST = re.compile(r"^(?:verify|confirm|check|query|question)\s*:\s*(?=\S)", re.I)
# "like 6pm" after the day: "Friday evening instead, like 6pm" is Friday at 6pm
_LIKE_CLOCK = re.compile(r"\b(instead),\s+like\s+(?=\d|at\b)", re.I)

# "Friday arvo, say three o'clock": at three
_SAY_CLOCK = re.compile(r"\b(morning|afternoon|arvo|evening|night|lunchtime|lunch|"
                        r"\w+day),?\s+(?:say|like|about|"
                        r"around)\s+(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                        r"eleven|twelve)\b|half\b|quarter\b)"
                        # (not a length: "eleven in the morning, about one hour")
                        r"(?![\w-]+(?:\s+and\s+a\s+half)?\s+(?:hours?|minutes?|mins?)\b)"
                        r"(?!half an hour\b|an hour\b)", re.I)
# an adverb said aside, between commas: "And when, precisely, will it next sound?"
_ASIDE = re.compile(r"(?<=\w),\s*(?:precisely|exactly|roughly|approximately|honestly)\s*,\s*",
                    re.I)

# a request trailed off after its preposition: "…, and set a timer for..." (a timer whose
# length is still to be asked; "for..." had hidden the request in the one before)
_TRAILED_OFF = re.compile(r"\s+(?:for|at|to|on|in|about|by|until|till)\s*(?:\.{2,}|…)\s*$", re.I)

# the day or week described first, as its own sentence: "Okay, big week. Set …", "Right,
# busy day tomorrow! Remind me …"
_SCENE_FIRST = re.compile(
    r"^(?:(?:ok|okay|right|so|well|phew|ugh|oh|alright|all right)[\s,]+)*(?:(?:what an?|another|"
    r"an?|one)\s+)?(?:big|busy|long|crazy|mad|hectic|full|manic|tough|rough|hard|heavy|packed|"
    r"mental)\s+(?:week|day|morning|evening|night|weekend|few days)(?:\s+(?:ahead|coming up|"
    r"coming|then|today|tomorrow))?\s*[.!]+\s+(?=\S)", re.I)


# a guess said as a question, then settled: "Um, like noon? Yeah, twelve noon."
_THEN_SURE = re.compile(r"^(?!.*?\b(?:what|when|where|which|who|how|is|are|do|does|did|can|could|"
                        r"will|would|have|has|should|shall)\b[^?]*\?)[^?.!]{1,40}\?\s+"
                        r"(?:yeah|yes|yep|yup|aye|ya)\b[,.!]?\s+(?=\S)", re.I)


def unhedged(text: str) -> str:
    """``text`` without the hedges around its request (see the module)."""
    out = _GUESS.sub("", _CHECK_FIRST.sub("", _FIRST.sub("", _TRAILED_OFF.sub(
        "", _SCENE_FIRST.sub("", _THEN_SURE.sub("", text.strip()))))))
    out = _LIKE_TO_BE.sub(lambda m: f"{m['thing']} should be ", _LAST.sub("", out))
    if _TOLD.search(out):
        out = _ASKED_AFTER.sub("", out)
    out = _SAY_CLOCK.sub(r"\1 at ", _LIKE_CLOCK.sub(r"\1 at ", _ASIDE.sub(" ", out)))
    if out == text.strip():
        return text
    return out[:1].upper() + out[1:] if text[:1].isupper() else out

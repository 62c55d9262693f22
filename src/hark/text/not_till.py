"""A time put right by saying when something can start (English): "Sorry, setup doesn't
start till 10, so 10 to 11.", "Oh no, the hall isn't open till 10, make it 10 till 11",
"Actually, the shop doesn't open until 9." after something was just made for earlier.

``not_till(text)`` says the correction alone: what follows "so" (or a request after the
comma) when there is one ("Sorry, 10 till 11."), else the time the thing can start from,
after the word that opened the correction ("Actually, at 9."). Other text is returned as
it was. Before, the told clause ("setup doesn't start till 10") hid the time and the turn
was not understood.
"""

from __future__ import annotations

import re

_LEAD = r"(?:\W*(?:sorry|oh|oh no|no|nope|wait|actually|hang on|hold on|oops|ah|hmm+|um+|ugh)\b[\s,.!]*)"
_NOT_TILL = re.compile(
    rf"^(?P<lead>{_LEAD}*)(?P<told>(?:[\w'-]+\s+){{0,4}}?[\w'-]+\s+(?:doesn't|does not|don't|"
    r"do not|won't|will not|isn't|is not|aren't|are not|can't|cannot)\s+(?:(?:actually|even|"
    r"really)\s+)?(?:(?:start|begin|open|kick off|get going|be ready|be open|let (?:us|me|anyone)"
    r" in|get there|get in|back|home|here|there|free|in|ready|up|around|available|"
    r"finished|done)\s+)?(?:till|until|til|'til|before)\s+(?P<at>[^,.;!?]+?))"
    r"(?:(?:\s*[,;.]\s*|\s+)(?:(?:and\s+)?so|then)[\s,]+(?P<so>[^.!?]+)"
    r"|\s*[,;.]\s*(?P<ask>(?:make|do|move|put|change|push|set)\b[^.!?]+))?[.!]*$", re.I)


def not_till(text: str) -> str:
    """The correction in ``text`` without the clause that tells why, or ``text``."""
    m = _NOT_TILL.match(text.strip())
    if m is None:
        return text
    lead = m["lead"].strip()
    said = (m["so"] or m["ask"] or "").strip(" ,")
    at = m["at"].strip()
    said = re.sub(rf"^(?:from\s+)?{re.escape(at)}\s+to\s+", f"{at} till ", said, flags=re.I)
    # ("… till 10, so 10 to 11": from 10, not ten to eleven)
    if not said:
        if not lead:  # "The shop doesn't open till 9.": a remark, not a correction
            return text
        said = f"at {at}"
    return f"{lead} {said}.".strip() if lead else f"{said}."

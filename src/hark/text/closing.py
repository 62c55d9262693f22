"""A closing remark after the request (English): "add milk, that's all", "set a timer for
ten minutes, that's it thanks", "…, nothing else", "read out my timers, with the name and
the time left on each" — dropped, so that it is not taken for
one more item or a request of its own.

``without_closing(text)`` returns ``text`` without it.
"""

from __future__ import annotations

import re

_CLOSING = re.compile(
    r"(?:[,.;!]\s*|\s+and\s+)(?:that's|that is|that'll be|that'll do|that will be)\s+"
    r"(?:all|it|everything|lovely)?(?:\s+(?:thanks|thank you|cheers|for now|please|love|mate))*"
    r"[.!]*$|(?:[,.;!]\s*)nothing else(?:\s+(?:thanks|thank you|cheers|for now))*[.!]*$"
    # a bare thanks after a comma: "knock two minutes off the pasta, ta"
    r"|,\s*(?:ta|thanks|thank you|cheers|ta very much|thanks a lot|much obliged)[.!]*$"
    # what to do if not, said after a question: "is bread on the list or do I need to add it"
    r"|,?\s+or\s+(?:do|should|shall|must)\s+(?:i|we)\s+(?:need\s+to\s+)?(?:add|put)\s+"
    r"(?:it|them)(?:\s+on)?[?.!]*$"
    # a tag said to close (Ulster, Irish): "…, so it is", "…, so I do"
    r"|,\s*so\s+(?:it|i|we|they|he|she)\s+(?:is|am|are|do|does|will|have|has)[.!]*$"
    # how a list should be read: "read out my timers, with the name and the time left on
    # each", "…, with the day and time for each, please"
    r"|,\s*with\s+(?:the\s+)?(?:name|names|day|days|date|dates|time|times)\b[^,]*?\b(?:each|every one|"
    r"them all|all of them)(?:\s*,?\s*please)?[.!?]*$"
    r"|,\s*with\s+(?:their\s+|the\s+)?(?:start(?:ing)?\s+|end\s+)?times?(?:\s*,?\s*please)?[.!?]*$"
    # which of the kind, said of a thing just named: "the IKEA blue bag, the big one"
    r"|,\s*the\s+(?:(?:big|bigger|large|larger|small|smaller|little|wee|huge|cheap|cheaper|"
    r"good|nice|usual|normal|proper|heavy-duty|heavy duty|strong|long|short|thick|sturdy)\s+)"
    r"{1,2}ones?[.!]*$"
    # a sorry to close, with why: "naw, quarter past seven, sorry, the wean's greetin'"
    r"|,\s*sorry(?:\s*,\s*(?:the|my|our|me|his|her)\s+[\w-]+(?:'s|\s+is|\s+are|\s+was)\s+"
    r"[^,.;?!]{1,40})?[.!]*$"
    # a sorry as a sentence of its own: "…, quarter past six. My bad.", "… Thursday. Sorry."
    r"|(?<=[.!])\s+(?:(?:oh|ah)\s+)?(?:sorry|my bad|my mistake|oops|apologies|silly me)"
    r"(?:\s+(?:about that|again|love|mate))?[.!]*$"
    # a pet name said to close: "…, there's a love", "…, there's a good lad"
    r"|,\s*there's\s+a\s+(?:love|dear|darling|pet|good\s+(?:lad|girl|boy|lass))[.!]*$"
    # why, as a sentence of its own after the request: "Make it Wednesday instead, same
    # time. I want them gone before Thursday's viewing."
    r"|(?<=[.!])\s+(?:i|we)\s+(?:want|need|'d like|would like)\s+(?:them|it|that|those|everything)"
    r"\s+(?:gone|out|done|sorted|ready|finished|cleared|away|tidy|clean|emptied|out of the way)\b"
    r"[^.!?]*[.!]*$"
    # why a list is cleared: "Clear my to-do list, everything on it's done."
    r"|,\s*(?:everything|it all|all of it|the lot)(?:\s+on\s+it)?(?:'s|\s+is|\s+has been|'s been)\s+"
    r"(?:done|finished|sorted|completed|bought|ticked off)[.!]*$", re.I)


# a remark after a list's name ends an addition: "stick tattie scones on the shopping list,
# aye?", "… on the shopping list, my flatmate's wiped us out again" — not more items ("…,
# and eggs") or another request ("…, then set a timer")
_AFTER_LIST = re.compile(r"^(?P<ask>(?:.*\s)?(?:add|put|stick|pop|chuck|bung|throw|write)\s.+?\s"
                         r"(?:to|on|onto)\s+(?:the|my|our)\s+(?:[\w-]+\s+){0,2}list)\s*[,;]\s*"
                         r"(?P<remark>[^,;]{1,60}?)[.!?]*$", re.I)
_MORE_ASKED = re.compile(r"\b(?:list|to|on|onto|and|then|also|plus|too|as well|add|put|set|remind|remove|take|"
                         r"tick|cross|delete|cancel|turn|play|what|how|when|where|is|are|do|"
                         r"does|can|could|will|would)\b", re.I)


def without_closing(text: str) -> str:
    """``text`` without a closing "that's all" or "nothing else", or a remark after the
    list an addition names."""
    cut = _CLOSING.search(text)
    if cut and cut.start() > 0:
        return text[:cut.start()].rstrip()
    after = _AFTER_LIST.match(text)
    if after and not _MORE_ASKED.search(after["remark"]):
        return after["ask"]
    return text

"""What "it" stands for when a sentence first says what the user has, did or must do
(English): "I've got a haircut on Saturday at 11, put it in the calendar", "I booked the
haircut, so put it on my calendar", "I need to call the vet so put it in the diary".

``stated(clause)`` returns the thing or task the clause names ("haircut on saturday at
11", "haircut", "call the vet"), or None when the clause states nothing of the kind;
``who_first(text)`` the one "him" or "her" stands for, said first with what they can or
will do ("the engineer can't come till Friday, so put him in the calendar").
"""

from __future__ import annotations

import re

_STATED = re.compile(
    r"^(?:(?:ok|okay|right|so|well|um|uh|oh)\s+){0,2}(?:"
    # what there is: "i've got a haircut", "there's a parents' evening"
    r"(?:i've got|i have got|i have|i've|i got|we've got|we have|we've|there's|there is)"
    r"\s+(?!to\b)(?:an?\s+|my\s+|the\s+|our\s+)?(?P<thing>.+)"
    # what was arranged: "i booked the haircut", "we've arranged a viewing"
    r"|(?:i|we)(?:'ve| have)?\s+(?:just\s+|already\s+|finally\s+)?(?:booked|arranged|made|"
    r"scheduled|organised|organized|set up)\s+(?:an?\s+|my\s+|the\s+|our\s+)?(?P<done>.+)"
    # what must be done: "i need to call the vet", "i've got to renew my passport"
    r"|(?:i|we)\s+(?:need|have|must|'ve got|have got|got|ought)\s+(?:to\s+)?(?P<task>.+)"
    # where one is going: "we're all going to our mary's for dinner on sunday", "my friend
    # bernie's taking me to the bingo on wednesday night", "i'm off to the dentist"
    r"|(?:i'm|i am|we're|we are)\s+(?:all\s+)?(?:going|off|heading)\s+(?:out\s+)?to\s+(?P<going>.+)"
    r"|(?:my|our)\s+[\w' ]{1,30}?(?:'s|\s+is)\s+taking\s+(?:me|us)\s+(?:out\s+)?to\s+(?P<taken>.+)"
    # what one has, told with its day (the day's words gone): "my organic chem final is
    # [on the 10th]"
    r"|(?:my|our)\s+(?P<mine>(?:[\w'-]+\s+){0,4}[\w'-]+?)(?:'s|\s+is|\s+are)"
    r"(?:\s+(?:on|at|this|next|tomorrow|today|the)\b.*)?"
    r")$", re.I)


def stated(clause: str) -> str | None:
    """The thing or task ``clause`` says the user has, arranged or must do, or None."""
    m = _STATED.match(clause.strip(" ,.;"))
    if m is None:
        return None
    said = next(g for g in m.group("thing", "done", "task", "going", "taken", "mine") if g)
    return said.strip() or None


# who "him"/"her" is, said first with what they can or will do: "the engineer can't come
# till Friday, so put him in …", "my cousin's landing at six, put her in the diary"
_WHO_FIRST = re.compile(r"^(?:(?:ok|okay|right|so|well|um|uh|oh)[\s,]+)*(?P<who>(?:the|my|our)\s+"
                        r"[\w'-]+(?:\s+(?!can|will|is|has|said|says|wants|needs|could|just)[\w'-]+)?)"
                        r"(?:\s+(?:can't|cannot|can|won't|will|is|isn't|has|hasn't|said|says|wants|"
                        r"needs|could|couldn't|just)\b|'s\b|'ll\b)", re.I)


def who_first(text: str) -> str | None:
    """The one ``text`` names first as doing something ("the engineer"), or None."""
    m = _WHO_FIRST.match(text.strip())
    return m["who"] if m is not None else None


# whose "his"/"her" is, said first as one in the user's care: "I'm keeping Zulu; put his
# walk in the calendar Saturday at eight" (Zulu's walk, not an event called "his walk")
_IN_CARE = re.compile(
    r"\b(?:keeping|minding|walking|looking after|having|babysitting|dog-sitting|watching)\s+"
    r"(?P<name>[A-Z][a-z]{2,})\b(?P<between>[^.?!]{0,40}?[;,.]?\s+(?:(?:so|and|then|please|"
    r"can you|could you)[\s,]+)*(?:put|pop|stick|add|book|pencil)\s+)(?P<pro>his|her)\s+"
    r"(?=[\w' -]{2,40}?\b(?:in|into|on|to)\s+(?:my|the)\s+(?:calendar|diary)\b)")
_NOT_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
              "January", "February", "March", "April", "June", "July", "August", "September",
              "October", "November", "December", "Christmas", "Easter"}


def possessor_named(text: str) -> str:
    """``text`` with "his"/"her" of a thing put in the calendar said as the one named
    before in the user's care (see :data:`_IN_CARE`), else as it is."""
    m = _IN_CARE.search(text)
    if m is None or m["name"] in _NOT_NAMES:
        return text
    return f"{text[:m.start('pro')]}{m['name']}'s {text[m.end():]}"


# someone named with a title in the news, then a thing put in the calendar: "Got a new
# client, Mrs Okafor, can you chuck the meet-and-greet in the calendar?" (the
# meet-and-greet with Mrs Okafor)
_TITLED_THEN_PUT = re.compile(
    r"^(?P<news>[^,?]{3,60}),\s*(?P<who>(?-i:(?:Mrs|Mr|Ms|Miss|Dr|Prof)\.?\s+[A-Z][\w'-]+))\s*[,;.]\s*"
    r"(?P<ask>(?:(?:can|could|would|will) you\s+|please\s+|just\s+)*(?:chuck|put|pop|stick|add|"
    r"book|pencil|bung)\s+(?:the|a|an)\s+(?P<thing>[\w-]+(?:\s+[\w-]+)?)\s+(?=(?:in|into|on|to)\s+"
    r"(?:the|my)\s+(?:calendar|diary)\b))(?P<rest>.*)$", re.I)


def titled_person_put_in(text: str) -> str:
    """``text`` as its request, the thing put in said "with" the one the news before it
    names with a title (see :data:`_TITLED_THEN_PUT`), else as it is."""
    m = _TITLED_THEN_PUT.match(text.strip())
    if m is None or re.search(r"\bwith\b", m["thing"], re.I):
        return text
    ask = m["ask"]
    return f"{ask[:m.start('thing') - m.start('ask')]}{m['thing']} with {m['who']} {m['rest']}"


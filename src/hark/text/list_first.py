"""A list named before its items (English): "add to the shopping list: rice, beans and
tortilla chips", "put one more thing on the shopping list: bin bags", "add these to my
to-do list: clean the oven, call the bank", "one more for the shopping list, shower gel",
"to-do list: ring the council" — as "add rice, beans and tortilla chips to the shopping
list", ….

``items_first(text)`` returns the sentence with the items before the list, what follows
them ("…, and take milk off it", ". and set a timer") kept after; ``text`` unchanged
when it does not start that way.
"""

from __future__ import annotations

import re

from hark.text.clean import quoted

# a list by name; without the word "list" only a list everyone has, and then only before
# a colon ("shopping: coffee, rice", "to-do: call the bank")
# ("that list", "this list": the one just talked about, not a list's name)
_LIST = (r"(?P<list>(?:the\s+|my\s+|our\s+)?(?:(?!(?:that|this)\s+list\b)(?:[\w-]+\s+){0,2}?list|shopping|groceries|"
         r"grocery|to-?do|to do|todos?))")
_ASK = (r"(?P<ask>(?:[\w']+(?:\s+[\w']+)?\s*,\s+)?(?:(?:and|also|plus|please|can you|could you|would you|will you|just|oh|now then|right|"
        r"okay|ok|so|then|lovely|well|ey|hey)[\s,]+)*)")
_IF_YOU = r"(?:[\s,]+(?:if you would|if you could|if you don't mind|please|thanks))?"
_SOME = (r"(?:these|this|the following|these things|the following things|the following items|"
         r"these items|the following bits|one more thing|"
         r"one more|another thing|another one|a few things|some things|a couple of things|"
         r"some stuff|a few bits|a few jobs|some jobs|a couple of jobs|a few more things|"
         # "put two things on the to-do list: …"
         r"(?:two|three|four|five|\d)\s+(?:more\s+)?(?:things|items|bits|jobs))")
# a new list with its first items: "new list called packing: passport, charger",
# "make a new list called packing with passport, charger and socks"
_NEW_LIST = re.compile(
    rf"^{_ASK}(?:(?:make|create|start|set up|open)\s+(?:me\s+)?)?(?:an?\s+)?new\s+list\s+"
    r"(?:called|named|for)\s+(?P<list>[\w' -]{1,30}?)(?:\s+list)?"
    r"(?:\s*:\s*|\s+with\s+|\s*,\s*(?:and\s+)?(?:add|put)\s+(?:on\s+)?)(?P<items>\S.*)$", re.I)
_SAID = [
    # "tick off two items on my to-do list: book a haircut, and renew passport"
    re.compile(rf"^{_ASK}(?P<verb>tick off|cross off|take off|remove|delete|strike off)\s+"
               rf"(?:{_SOME}|(?:two|three|four|some|a few|these|the following)\s+(?:items|things))\s+"
               rf"(?:on|from|off)\s+{_LIST}{_IF_YOU}\s*:\s*(?P<items>\S.*)$", re.I),
    # "stick a few bits on the shopping list for when the family come, like: …"
    re.compile(rf"^{_ASK}(?P<verb>add|put|pop|stick|write|jot down)\s+(?:{_SOME}\s+)?"
               rf"(?:to|on|onto|in)\s+{_LIST}\s+(?:for|because|as|since)\b[^:.?!]{{1,80}}:"
               r"\s*(?P<items>\S.*)$", re.I),
    # "add (these) to the shopping list: …"
    re.compile(rf"^{_ASK}(?P<verb>add|put|pop|stick|write|jot down)\s+(?:{_SOME}\s+)?"
               rf"(?:to|on|onto|in)\s+{_LIST}{_IF_YOU}\s*[:,-]?\s+"
               # (not a word said after the list: "stick a couple of things on the shopping
               # list there")
               r"(?P<items>(?!(?:there|here|now|then|for me|too|as well)\W*$)\S.*)$", re.I),
    # "one more for the shopping list, shower gel"
    re.compile(rf"^{_ASK}(?:{_SOME}|one more item|another item)\s+(?:for|on|to)\s+{_LIST}"
               r"\s*[:,-]\s*(?P<items>\S.*)$", re.I),
    _NEW_LIST,
    # the list before what is taken off it: "remove from the shopping list the first thing"
    re.compile(rf"^{_ASK}(?P<verb>remove|delete|take off|cross off|tick off|strike off)\s+"
               rf"(?:from|off|on)\s+{_LIST}{_IF_YOU}\s*[:,-]?\s+(?P<items>\S.*)$", re.I),
    # "shopping list: apples, pears", "todo add: …", "for the shopping list if you would: …",
    # "in my to-do list add these: …", "shopping list stuff: …"
    re.compile(rf"^{_ASK}(?:(?:for|on|in|to|onto|into)\s+)?{_LIST}(?:\s+(?:stuff|things|items|bits))?"
               rf"(?:\s+(?:add|put)(?:\s+these|\s+this)?)?{_IF_YOU}\s*:\s*(?P<items>\S.*)$",
               re.I),
]
# where the items end: a full stop, or a joining word before a new request
_OPENER = (r"(?:take|tick|cross|set|remind|add|put|what|what's|whats|when|when's|how|cancel|"
           r"delete|remove|pause|start|wake|is|are|can|could|please|book|move|and|tell|read|"
           r"turn|switch|stop)")
# after "and" with no comma only what no to-do item starts with ("… and book a table" may
# be one)
_STRONG = r"(?:set|remind|what|what's|whats|when|when's|how|cancel|tell|read|wake|pause)"
_END = re.compile(rf"[.?!;](?:\s|$)|,?\s+(?:and\s+)?(?:then|oh|also|plus)\b|"
                  rf",\s*(?:and\s+)?(?={_OPENER}\b)|\s+and\s+(?={_STRONG}\b)", re.I)
_END_TASKS = re.compile(rf"[.?!;](?:\s|$)|,?\s+(?:and\s+)?(?:then|oh|also|plus)\b|"
                        rf",?\s+(?:and\s+)?(?=(?:{_STRONG}|take|tick|cross)\b)", re.I)


# a later request that names its list first: "… and add to shopping list screws and silicone"
_LATER = re.compile(r"(?:,\s*|\s+)(?:and\s+)?(?=(?:add|put|pop|stick)\s+(?:to|on|onto|in)\s+"
                    r"(?:the\s+|my\s+|our\s+)?(?:shopping|to-?do|to do|[\w-]+)\s+list\b)", re.I)


# what is needed said first, then "add them to the list": "I need to get batteries, add them
# to the shopping list", "we need to ring the council, put it on the to-do list"
_NEEDED_FIRST = re.compile(
    r"^(?:(?:so|oh|right|ok|okay)[\s,]+)?(?:i|we)\s+(?:need|needs|must|'ve got|have got|ought|"
    r"require|want)\s+"
    r"(?:(?:to\s+)?(?P<buy>get|buy|pick up|grab|order)\s+|to\s+)?(?:some\s+|more\s+)?"
    r"(?P<items>[^,.;]{1,60}?|[^.;]{1,80}?(?=\s*;))\s*[,.;]\s*(?:so\s+)?"
    r"(?:(?:please|can you|could you|would you|just)\s+)*"
    r"(?P<verb>add|put|pop|stick|write)\s+(?:it|them|'em|em|that|those|these)"
    # no list named: the shopping list ("I need brisket rub and flour tortillas, add 'em for
    # me", "I require oat milk, two lemons and a bottle of Chablis; please add them")
    r"(?:\s+(?P<on>on|to|onto)\s+(?P<list>(?:the|my|our)\s+(?:[\w-]+\s+){0,2}?list)\b"
    r"(?P<rest>.*)|(?:\s+(?:for me|please|accordingly|too|as well|down))*\s*[.!]?)$", re.I)


# what follows a list heading that is no item: "shopping: remove bread", "to-do: drop bike
# light, gave up on bike", "to-do: bike light done", "shopping: got eggs and milk, tick off"
_TAKEN_OFF = re.compile(r"^(?P<gone>remove|delete|drop|take off|cross off|tick off|scratch|strike off|"
                        r"strike|take out|get rid of)\s+(?P<items>\S.*)$", re.I)
_DONE = re.compile(r"^(?:got|bought|done|finished|did)\s+(?P<items>\S.*?)$|"
                   r"^(?P<items_before>\S.*?)\s+(?:done|bought|sorted|finished|got|complete|completed)$", re.I)
_TICK_OFF = re.compile(r"\s*,?\s*(?:so\s+|please\s+)*(?:tick|cross|strike|take)\s+(?:(?:it|them|those|"
                       r"that|both)\s+)?off\s*[.!]?", re.I)


# the same said after why, the things with commas and thinking aloud between them: "So I'm
# doing a curry tomorrow night, which means I'll need, erm, coconut milk, and chickpeas,
# and, what else, fresh coriander, yeah, pop those on the shopping list"
_NEEDED_SAID = re.compile(
    r"\b(?:i|we)(?:'ll|\s+will|'d|\s+would|'re\s+going\s+to|\s+am\s+going\s+to)\s+need\s*,?\s*"
    r"(?P<items>[^.;?!]+?)\s*,?\s*(?:(?:yeah|yes|right|ok|okay|so)\s*,?\s*)?"
    r"(?P<verb>pop|put|add|stick|chuck|bung)\s+(?:those|them|these|that|it|all that|'em)\s+"
    r"(?P<on>on|onto|to)\s+(?P<list>(?:the|my|our)\s+(?:[\w-]+\s+){0,2}?list)\b(?P<rest>.*)$", re.I)
# thinking aloud between the things: "what else", "let me think", "erm"
_ALOUD = re.compile(r"(?:,\s*)?\b(?:what else|let me think|let's see|erm+|um+|uh+)\b\s*,?", re.I)


def _needed_first(text: str) -> str | None:
    said = _NEEDED_SAID.search(text)
    if said is not None:
        items = re.sub(r"(?:,\s*and\s*)+,", ",", _ALOUD.sub(",", said["items"]))
        items = re.sub(r"\s*,\s*(?:,\s*)+", ", ", items).strip(" ,")
        return f"{said['verb']} {items} {said['on']} {said['list']}{said['rest']}"
    m = _NEEDED_FIRST.match(text.strip())
    if m is None:
        return None
    items = m["items"]
    if m["list"] is None:
        on = "to" if m["verb"].lower() in ("add", "write") else "on"
        return f"{m['verb']} {items} {on} the shopping list"
    if m["buy"] and re.search(r"\bto[ -]?dos?\b", m["list"], re.I):
        items = f"{m['buy']} {items}"  # "get my hair cut" is the task itself
    return f"{m['verb']} {items} {m['on']} {m['list']}{m['rest']}"


# the list named before a removal: "From the to-do list delete 'book a haircut' because I did
# it already, and add …"
_FROM_LIST_FIRST = re.compile(
    r"^(?P<ask>(?:(?:please|so|ok|okay|right)[\s,]+)*)from\s+(?P<list>(?:the|my|our)\s+[\w -]*?list)\s*,?\s+"
    r"(?P<verb>delete|remove|take off|cross off|tick off|strike off|scratch)\s+"
    r"(?P<item>['\"‘“][^'\"’”]+['\"’”]|.+?)(?P<rest>(?:\s+(?:because|as|since|cos|'cause)\b|\s*[,;.!]|\s+and\b).*)?$",
    re.I)


# "…, and on to-do list put 'van MOT'": the item put on that list
_ON_LIST_PUT = re.compile(r"(?:^|(?<=\band\s))(?:on|to)\s+(?:the\s+|my\s+)?(?P<list>to-?do|shopping)\s+list"
                          r"\s*,?\s+(?P<verb>put|add|write)\s+(?P<item>['\"‘“][^'\"’”]+['\"’”]|(?:(?!\b(?:to|on|and|"
                          r"then|set|remind)\b)[^,.;!?])+?)\s*(?=[.!]?$)", re.I)


# a list named in a sentence before "clear it": "I have completed every task on my to-do
# list. Kindly clear it in its entirety."
_CLEAR_IT = re.compile(r"\b(?P<list>(?:shopping|grocery|to-?do|to do)\s+list)\b[^.!?]*[.!]\s*"
                       r"(?:(?:so|then|please|kindly|just|now|could you|can you)[\s,]+)*"
                       r"(?P<verb>clear|empty|wipe)\s+it\b", re.I)


def items_first(text: str) -> str:
    """``text`` with a list said before its items put after them (also in a later
    request: "set an alarm for 6 and add to shopping list screws and silicone")."""
    clear = _CLEAR_IT.search(text)
    if clear is not None:
        return f"{clear['verb'].lower()} my {clear['list']}"
    text = _ON_LIST_PUT.sub(lambda m: f"{m['verb']} {m['item']} on the {m['list']} list", text)
    first = _FROM_LIST_FIRST.match(text.strip())
    if first is not None:
        return (f"{first['ask']}{first['verb']} {first['item']} from {first['list']}"
                f"{first['rest'] or ''}")
    whole = _items_first(text)
    if whole != text:
        return whole
    needed = _needed_first(text)
    if needed is not None:
        return needed
    for later in _LATER.finditer(text):
        rest = text[later.end():]
        done = _items_first(rest)
        if done != rest:
            return f"{text[:later.end()]}{done}"
    return text


def _items_first(text: str) -> str:
    stripped = text.strip()
    for pattern in _SAID:
        m = pattern.match(stripped)
        if m is None:
            continue
        items = m["items"]
        if re.match(r"\s*for\s+(?:\w+'s|the|my|our)\b", items, re.I):
            continue  # "put a few things on the shopping list for Saturday's party": what for
        # a to-do list's items are tasks ("book flights", "call the bank"): they end only
        # where a request nobody writes on a list starts
        end = (_END_TASKS if re.search(r"\bto[ -]?dos?\b", m["list"], re.I) else _END).search(items)
        said, rest = (items[:end.start()], items[end.start():]) if end else (items, "")
        first = next(iter(quoted(items)), None)
        if first is not None and not items[:first.start()].strip() and re.match(
                r"\s*(?:[,.;]|and\b|$)", items[first.end():]):
            # "'buy new drill bits', and remove …": the quote is the item
            said, rest = first.group(0), items[first.end():]
        said = re.sub(r"^(?:add|put)\s+", "", said.strip(" ,"), flags=re.I)  # "To-do: add …"
        said = re.sub(r"[\s,]+please$", "", said, flags=re.I)
        if not said or re.fullmatch(r"(?:it|them|that|this|these)", said, re.I):
            return text
        lst = m["list"]
        if not re.search(r"\blist$", lst, re.I):
            if pattern is not _NEW_LIST and not re.search(r":\s*" + re.escape(items[:20]),
                                                          stripped):
                continue  # "add to shopping milk": not a list said first
            lst = f"{lst} list"
        if not re.match(r"(?:the|my|our)\s", lst, re.I):
            lst = f"the {lst}"
        said_verb = m.groupdict().get("verb")
        verb = said_verb or "add"
        if said_verb is None:  # "shopping: remove bread", "to-do: bike light done" (but
            # "Add to the to-do list: remove the old shelves" is a task)
            gone = _TAKEN_OFF.match(said)
            done = gone or _DONE.match(said)
            if done is not None:
                # ("…, gave up on bike": a remark)
                items = (done["items"] or done.groupdict().get("items_before")).split(",")[0].strip()
                rest = "" if _TICK_OFF.fullmatch(rest) else rest
                if gone is not None:
                    return f"{m['ask']}remove {items} from {lst}{rest}"
                return f"{m['ask']}tick off {items} on {lst}{rest}"
        on = "on" if verb.lower() in ("put", "pop", "stick") else \
            "from" if verb.lower() in ("remove", "delete") else \
            "off" if verb.lower().endswith(" off") else "to"
        if on == "off":  # "tick off X off the list" → "tick X off the list"
            verb = verb.split()[0]
        ask = re.sub(r"(?:now then|right|okay|ok|so|oh)[\s,]+", "", m["ask"], flags=re.I)
        return f"{ask}{verb} {said} {on} {lst}{rest}"
    return text


# German, French, Spanish and Italian: the list said first, then the verb and its items:
# "nella lista della spesa metti il pane", "nella lista delle cose da fare aggiungi …",
# "en la lista de tareas poné cercar el jardín",
# "sur la liste de courses ajoute du beurre", "auf die Einkaufsliste schreib Brot"
_LIST_THEN_VERB = (
    # (a comma after the list, and the to-do said by its name: "Sur ma to-do, rajoute …")
    re.compile(r"^(?P<lead>(?:(?:y|oye|che|bueno|dale)\W+)*)(?P<list>(?:en|a)\s+(?:la|mi)\s+(?:lista(?:\s+"
               r"[\w-]+){0,3}?|to-?do)\b)\s*,?\s+(?P<verb>pon|poné|ponme|añade|añádele|agrega|"
               r"agregá|apunta|apuntá|anota|anotá|mete|metele)\s+(?P<items>\w.*)$", re.I),
    re.compile(r"^(?P<lead>(?:(?:e|allora|senti|poi)\W+)*)(?P<list>(?:nella|sulla|in)\s+(?:mia\s+)?"
               r"(?:lista(?:\s+[\w'-]+){0,4}?|to-?do)\b)\s*,?\s+(?P<verb>metti|mettici|aggiungi|"
               r"aggiungici|scrivi|segna)\s+(?P<items>\w.*)$", re.I),
    re.compile(r"^(?P<lead>(?:(?:et|alors|bon|dis)\W+)*)(?P<list>(?:sur|dans)\s+(?:la|ma)\s+(?:liste(?:\s+"
               r"[\w'-]+){0,4}?|to-?do)\b)\s*,?\s+(?P<verb>mets|mets-moi|ajoute|ajoute-moi|"
               r"rajoute|rajoute-moi|note|inscris)\s+(?P<items>\w.*)$", re.I),
    re.compile(r"^(?P<lead>(?:(?:und|also|dann)\W+)*)(?P<list>auf\s+(?:die|meine|der)\s+(?:[\w-]+liste|"
               r"liste(?:\s+[\w-]+)?))\s*,?\s+(?P<verb>(?:schreib|setz|pack|tu|trag)(?:e)?(?:\s+(?:mir|"
               r"mal|ma|bitte|noch)){0,3})\s+(?P<items>\w.*)$", re.I),
    # no verb, "noch" says it goes on: "und auf die Einkaufsliste noch Lebkuchen", "auf die
    # To-do-Liste kommt noch Fenster putzen"
    re.compile(r"^(?P<lead>(?:(?:und|also|dann|ach|ah|oh)\W+)*)(?P<list>auf\s+(?:die|meine)\s+"
               r"(?:[\w-]+liste|liste(?:\s+[\w-]+)?))\s*,?\s+(?:(?:kommt|kommen)\s+)?(?:bitte\s+)?"
               r"(?P<verb>noch)\s+(?:bitte\s+)?(?P<items>\w.*)$", re.I),
)


# (German) why, after the items and a comma: "…, für die Skiferien", "…, weil …"
_WHY_AFTER = re.compile(r"\s*,\s*(?:für|weil|damit|denn|da|wegen|zum|zur|sonst)\b.*$", re.I)


# a second change of the same list after the items, opened by "and" and its verb: "…, et
# enlève le pain", "…, y quita el pan", "…, e togli il pane", "…, und streich das Brot"
_THEN_OTHER = re.compile(
    r",?\s+(?:et|puis|y|e|und|dann)\s+(?=(?:enlèv\w*|enlev\w*|retir\w*|supprim\w*|ray\w*|barr\w*|"
    r"vire|ôte|quit\w*|quít\w*|borr\w*|bórr\w*|elimin\w*|tach\w*|saca|togli\w*|lev\w*|"
    r"cancell\w*|rimuov\w*|depenn\w*|streich\w*|lösch\w*|entfern\w*|nimm)\b)", re.I)


def items_first_other(text: str) -> str:
    """German, French, Spanish or Italian ``text`` with the verb and its items before the
    list said first ("metti il pane nella lista della spesa"); else ``text``. What is
    taken off the list after them stays after it ("Sur la liste de courses, ajoute du miel,
    et enlève le pain" → "ajoute du miel sur la liste de courses, et enlève le pain")."""
    for pattern in _LIST_THEN_VERB:
        m = pattern.match(text.strip())
        if m is not None:
            items = m["items"].rstrip(" .!")
            verb = "setz" if m["verb"].lower() == "noch" else m["verb"]
            if verb == "setz":  # "… noch Sonnencreme, für die Skiferien": why, no item
                items = _WHY_AFTER.sub("", items)
            then = _THEN_OTHER.search(items)
            more = items[then.start():] if then is not None else ""
            items = items[:then.start()] if then is not None else items
            return f"{m['lead']}{verb} {items} {m['list'].strip()}{more}"
    return text

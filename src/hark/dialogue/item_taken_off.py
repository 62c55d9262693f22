"""An item just put on a list taken off again, the list not named (five languages).

"add apples pears and grapes to shopping" — "actually scratch the grapes"; "Add rusks and
biltong to the shopping list" — "Ag, sorry, take the rusks off again, my sister's
bringing some"; "nimm die Rosinen wieder runter", "enlève les chips finalement", "quita
las galletas", "togli i biscotti".

``taken_off(text, focus, lang)`` returns the removal said in full ("remove grapes from my
shopping list"), or None. It answers only right after items were added (``focus`` is
that list with its items), when the turn says a removing verb and names one or more of
those items (in English also a thing added before: "actually scratch the marshmallows"
after "plus a sleeping bag"), and asks nothing more (no adding: "not the grapes, add kiwis" is a
correction, :mod:`hark.dialogue.follow_on`'s).
"""

from __future__ import annotations

import re
from typing import Any

from hark.dialogue.focus import list_words
from hark.skills.providers.lang import AND
from hark.text.items_done import removal
from hark.text.list_entry import ADDING
from hark.text.which_ones import told_apart

MAX_WORDS = 16

_OFF = {
    "en": r"\b(?:scratch|strike|drop|ditch|lose|forget|scrap|nix|bin|remove|delete|cross|take|"
          r"knock|cancel|get rid of)\b",
    "de": r"\b(?:streich\w*|nimm|lösch\w*|wegmachen|rausnehmen|runternehmen|vergiss)\b",
    "fr": r"\b(?:enlève|enleve|retire|supprime|vire|raye|efface|oublie)\b",
    "es": r"\b(?:qu[ií]t|s[aá]c|b[oó]rr|t[aá]ch|olv[ií]d)[aáe]\w*",
    "it": r"\b(?:togli|leva|cancella|elimina|dimentica|depenna)\w*",
}
# an adding verb: a correction or another request, not this
_ADDS = {
    "en": r"\b(?:add|put|stick|pop|instead|rather)\b",
    "de": r"\b(?:setz|schreib|stattdessen|lieber|nimm\s+lieber)\b",
    "fr": r"\b(?:ajoute|rajoute|mets|plutôt|à la place)\b",
    "es": r"\b(?:a[ñn]ad\w*|agreg\w*|pon\w*|mejor|en (?:su )?lugar)\b",
    "it": r"\b(?:aggiungi|metti|invece|piuttosto)\b",
}


def _said(item: str, text: str) -> bool:
    words = re.findall(r"[\w'-]+", item.casefold())
    return bool(words) and all(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text)
                               for w in words)


# (English) what a removal names when it is not one of the items just added but maybe
# one added before: "actually scratch the marshmallows" after "plus a sleeping bag"
_OBJECT = re.compile(r"^(?:(?:actually|oh|ah|sorry|no|wait|and|also|so|ok|okay)[\s,]+)*"
                     r"(?:(?:can you|could you|please)\s+)?(?:scratch|strike|drop|ditch|scrap|"
                     r"remove|delete|cross|take|knock|get rid of)\s+(?:off\s+)?(?:the\s+)?"
                     r"(?P<what>[\w' -]+?)(?:\s+(?:off|out))?(?:\s+(?:again|too|as well|then|"
                     r"please))*\s*[.!]?$")


def _object(said: str, lang: str) -> list[str]:
    m = _OBJECT.match(said) if lang == "en" else None
    if m is None or re.fullmatch(r"(?:it|that|this|them|those|these|one|that one|the lot|"
                                 r"everything|all of (?:it|them))", m["what"]) \
            or re.search(r"\b(?:timer|alarm|reminder|appointment|meeting|event)s?\b", m["what"]):
        return []
    return [m["what"]]


# a thing said not meant, no verb (de/fr/es/it): "los pañales no", "i pannolini no", "die
# Windeln nicht", "keine Windeln", "pas les couches" ({item} stands for the thing)
_NOT_ITEM = {
    "de": r"{item}\s+nicht\b|\b(?:nicht\s+(?:die|den|das|der)|keine|keinen|kein)\s+{item}",
    "fr": r"\bpas\s+(?:les\s+|le\s+|la\s+|l'|de\s+|d'|des\s+)?{item}",
    "es": r"(?:^|[\s,.;:!¡])(?:(?:el|la|los|las)\s+)?{item}\s+no\b",
    "it": r"(?:^|[\s,.;:!])(?:(?:il|lo|la|i|gli|le|l')\s*)?{item}\s+no\b",
}
# "don't forget the nappies" is no removal ("n'oublie pas les couches")
_FORGET = re.compile(r"\b(?:forget|vergiss|vergess\w*|oubli\w*|olvid\w*|dimentic\w*)", re.I)


def _said_not(item: str, said: str, lang: str) -> bool:
    """Whether ``said`` (casefolded) says ``item`` is not meant, in a clause of its own."""
    name = r"\s+".join(re.escape(w) for w in item.casefold().split())
    return bool(name) and re.search(_NOT_ITEM[lang].format(item=rf"{name}(?![\w-])"), said) \
        is not None


def not_meant(text: str, focus: dict[str, Any] | None, lang: str) -> str | None:
    """The removal of items just added that ``text`` (de/fr/es/it, the whole turn) says
    not meant with no verb ("los pañales no, que ya los donó la farmacia", "die Windeln
    nicht"), said in full; None (also when it says what to put on instead: the swaps'
    readers come first)."""
    if lang not in _NOT_ITEM or not focus or focus.get("type") != "list" or not focus.get("created"):
        return None
    items = [str(i) for i in focus.get("items") or []]
    said = text.casefold().replace("’", "'")
    if not items or len(said.split()) > MAX_WORDS or re.search(_ADDS[lang], said) \
            or re.search(_OFF[lang], said) or _FORGET.search(said):
        return None
    named = [i for i in items if _said_not(i, said, lang)]
    return removal(named, list_words(str(focus.get("name") or "shopping"), lang), lang) \
        if named else None


# the thing just added pointed at: "scratch that last one", "take that one off again"
_LAST_ONE = re.compile(r"\b(?:that|the|this)\s+(?:last\s+)?one\b")


def taken_off(text: str, focus: dict[str, Any] | None, lang: str) -> str | None:
    """The removal of items just added that ``text`` asks, said in full; None."""
    lang = lang if lang in _OFF else "en"
    if not focus or focus.get("type") != "list" or not focus.get("created"):
        return None
    items = [str(i) for i in focus.get("items") or []]
    said = text.casefold().replace("’", "'")
    if not items or len(said.split()) > MAX_WORDS or re.search(_ADDS[lang], said):
        return None
    if not re.search(_OFF[lang], said):
        return None
    named = [i for i in items if _said(i, said)] or (
        items[-1:] if lang == "en" and _LAST_ONE.search(said) else _object(said, lang))
    if not named:
        return None
    return removal(named, list_words(str(focus.get("name") or "shopping"), lang), lang)


# one of the things just added said not meant, another said in its place: "Non, pas des
# Ziploc, des sacs à sandwich", "la burrata no, metti la stracciatella che viaggia meglio",
# "harina no, que en Maracaibo mi mamá tiene. Mejor ponme café" (French, Spanish, Italian)
_ART = {"en": r"(?:the|some|a|an)", "de": r"(?:die|den|das|der|ein|eine|einen)",
        "fr": r"(?:des|du|de la|de l'|de|le|la|les|l'|un|une|d')",
        "es": r"(?:el|la|los|las|un|una|unos|unas)", "it": r"(?:il|lo|la|i|gli|le|l'|un|una|uno|dei|delle)"}
# (a cry and a "wait" with its pronoun too: "uy no, espérame, …", "ay, warte mal, …")
_LEAD = r"^(?:(?:no|non|nein|nee|nah|wait|attends|aspetta|esp[eé]ra(?:te|me)?|sorry|pardon|" \
        r"perdona|perdón|perdone|scusa|scusami|désolée?|oh|ah|ay|uy|ach|naw|nope|actually|anzi|" \
        r"quatsch|blödsinn|mist|zut|mince)\W+)*" \
        r"(?:\w+,\s*)?"
_SWAP = {
    "en": rf"{_LEAD}(?:oh\s+)?not\s+(?:the\s+|some\s+|a\s+)?(?P<x>[^,.;]+?)\s*[,;]\s*(?:(?:make (?:it|that)|"
          rf"i meant|i mean|but|just|rather|get)\s+)*(?:the\s+|some\s+|a\s+)?(?P<y>[^,.;!?]+)",
    "fr": rf"{_LEAD}(?:non\s+)?pas\s+(?:{_ART['fr']}\s*)?(?P<x>[^,.;]+?)\s*[,;]\s*(?:mais\s+)?(?:je voulais dire\s+)?(?:plutôt\s+)?"
          rf"(?:{_ART['fr']}\s*)?(?P<y>[^,.;!?]+)",
    # (the verb with its pronoun: "mejor ponle unas galletas", "agrégale", "ponele")
    "es": rf"{_LEAD}(?:{_ART['es']}\s+)?(?P<x>[\w' -]+?)\s+no\b[^.;!?]*[.;,]\s*(?:mejor\s+)?"
          rf"(?:p[oó]n(?:e)?(?:me|le|les)?|agr[eé]ga(?:me|le|les)?|añ[aá]de(?:me|le|les)?|mejor)\s+"
          rf"(?:{_ART['es']}\s+)?(?P<y>[^,.;!?]+)",
    # "Nee, nicht Hafermilch, normale Vollmilch, drei Liter."; "nein, keinen Zwieback, einen
    # Keks" ("kein": "nicht" of a thing said with "ein"); the reason after a dash left out
    "de": rf"{_LEAD}(?:nicht|kein|keine|keinen|keiner)\s+(?:{_ART['de']}\s+)?(?P<x>[^,.;]+?)\s*"
          rf"[,;]\s*(?:sondern\s+)?(?:ich mein(?:t)?e\s+)?(?:lieber\s+)?(?:{_ART['de']}\s+)?(?P<y>[^,.;!?–—]+)",
    "it": rf"{_LEAD}(?:{_ART['it']}\s*)?(?P<x>[\w' -]+?)\s+no\s*[,;]\s*(?:metti(?:ci)?|prendi|meglio|"
          rf"aggiungi)\s+(?:{_ART['it']}\s*)?(?P<y>[^,.;!?]+)",
}
# the same with no verb: "Perdona, tío, cinta americana no, cinta de embalar, que …"
_SWAP_BARE = {"es": rf"{_LEAD}(?:\w+,\s*)?(?:{_ART['es']}\s+)?(?P<x>[\w' -]+?)\s+no\s*,\s*"
                    rf"(?!que\b|porque\b)(?:{_ART['es']}\s+)?(?P<y>[^,.;!?]+)"}
# "not" said before the thing not meant, then the one meant: "anzi, scusa, non il latte, lo
# yogurt", "perdón, no la leche, el yogur" (Spanish "no" said straight onto its article: "no,
# la leche" is the milk meant)
_SWAP_NOT = {
    "it": rf"{_LEAD}non\s+(?:{_ART['it']}\s*)?(?P<x>[^,.;]+?)\s*[,;]\s*(?:ma\s+)?"
          rf"(?:(?:volevo dire|intendevo)\s+)?(?:piuttosto\s+)?"
          # (the one meant with its verb: "non il succo, metti l'aranciata")
          rf"(?:(?:metti(?:ci)?|aggiungi(?:ci)?|prendi)\s+)?(?:piuttosto\s+)?"
          rf"(?:{_ART['it']}\s*)?(?P<y>[^,.;!?]+)",
    "es": rf"{_LEAD}no\s+{_ART['es']}\s+(?P<x>[^,.;]+?)\s*[,;]\s*(?:sino\s+)?"
          rf"(?:quer[ií]a decir\s+)?(?:mejor\s+)?"
          rf"(?:(?:p[oó]n(?:e)?(?:me|le)?|agr[eé]ga(?:me|le)?|añ[aá]de(?:me|le)?)\s+)?(?:mejor\s+)?"
          rf"(?:{_ART['es']}\s+)?(?P<y>[^,.;!?]+)",
}
# why, after the thing meant: "… che viaggia meglio", "… que …", "… weil …"
_WHY_AFTER = re.compile(r"\s+(?:che|perché|que|porque|weil|parce que|because|since)\b.*$", re.I)
_ADD_TO = {"en": "add {y} to my {l}", "de": "setz {y} auf die {l}", "fr": "ajoute {y} à la {l}",
           "es": "añade {y} a la {l}", "it": "aggiungi {y} alla {l}"}


# what tells, not names a thing: a clause opened by who does it ("on en a encore", "wir
# haben noch welche", "ya tenemos", "ce l'ho già")
_TOLD = re.compile(r"(?:on|je|j'|nous|ils|elles|ich|wir|yo|ya|io|ce|ci)\b")


def _in_place(item: str, x: str, y: str, lang: str) -> str:
    """The thing meant when only a part ``x`` of ``item`` was said not meant: the item with
    ``y`` in that part's place ("Windeln Größe eins" — "nicht Größe eins, Größe null" →
    "Windeln Größe null"; "…, die für Neugeborene" → "Windeln für Neugeborene"); ``y``
    when ``x`` names the thing itself (its first word, in English its last)."""
    said = re.escape(x.strip()).replace("ss", "(?:ss|ß)")  # ("größe" said is "grösse")
    part = re.search(rf"(?<![\w-]){said}(?![\w-])", item, re.I)
    head_last = lang == "en"  # "size one nappies"; "Windeln Größe eins", "couches taille 1"
    if part is None or (item[part.end():].strip() == "" if head_last
                        else item[:part.start()].strip() == ""):
        return y  # (the thing itself not meant: "nicht Windeln, Schnuller")
    return " ".join(f"{item[:part.start()]} {told_apart(y)} {item[part.end():]}".split())


def swapped(text: str, focus: dict[str, Any] | None, lang: str) -> str | None:
    """The removal of an item just added and the adding of the one meant instead, said in
    full; None unless ``text`` says so of one of the items just added."""
    if lang not in _SWAP or not focus or focus.get("type") != "list" or not focus.get("created"):
        return None  # (German: :mod:`hark.dialogue.follow_on`'s corrections)
    items = [str(i) for i in focus.get("items") or []]
    said = text.casefold().replace("’", "'").strip()
    m = (re.match(_MEANT_FIRST, said) if lang == "en" else None) or re.match(_SWAP[lang], said) \
        or (re.match(_SWAP_BARE[lang], said) if lang in _SWAP_BARE else None) or (
        re.match(_SWAP_NOT[lang], said) if lang in _SWAP_NOT else None)
    if m is None or len(said.split()) > MAX_WORDS + 4:
        return None
    meant = [i for i in items if (_said(i, m["x"]) or _said(m["x"], i.casefold()))
             and len(m["x"].split()) <= len(i.split()) + 1]
    y = _WHY_AFTER.sub("", m["y"]).strip()
    plain = text.strip()
    if len(plain) == len(said) and y:  # the thing meant as it was written ("Geschirr")
        y = plain[m.start("y"):m.start("y") + len(y)]
    if len(meant) != 1 or not y or len(y.split()) > 5 or re.match(rf"(?:{ADDING.get(lang, _ADDS[lang])})\b", y):
        return None  # ("pas le fromage, mets le comté": a correction follow_on reads)
    if _TOLD.match(y):
        return None  # ("pas les gobelets, on en a encore. Mets plutôt …": why, not the one
        # meant; :func:`off_and_on` reads it)
    y = _in_place(meant[0], m["x"], y, lang)
    where = list_words(str(focus.get("name") or "shopping"), lang)
    swap = f"{removal(meant, where, lang)} {AND[lang]} {_ADD_TO[lang].format(y=y, l=where)}"
    more = re.search(r"[.!?]\s+(?P<more>\S.*)$", text[m.end():])
    return f"{swap}. {more['more']}" if more else swap  # ("… drei Liter. Und die Bananen
    # kannst du runternehmen, …": the request said after it)


# a thing just taken off said not meant, another said in its place: "Correction: not bread.
# Remove eggs instead; bread should stay", "Sorry, not the bread, I meant the eggs", "Nein,
# nicht das Brot, die Eier", "Non, pas le pain, les œufs", "No, el pan no, los huevos",
# "No, non il pane, le uova"
_LEAD_FIX = r"^(?:(?:correction|no|non|nein|nee|nah|naw|wait|oops|sorry|actually|attends|" \
            r"aspetta|espera|perdón|pardon|scusa|oh|ah|ach)\W+)*"
_NOT_SAID = {
    "en": r"not\s+(?:the\s+)?(?P<x>[\w' -]+?)",
    "de": r"nicht\s+(?:(?:die|den|das|der)\s+)?(?P<x>[\w' -]+?)",
    "fr": r"(?:pas|non)\s+(?:(?:le|la|les|l'|du|des)\s*)?(?P<x>[\w' -]+?)",
    "es": r"(?:no\s+(?:(?:el|la|los|las)\s+)?(?P<x>[\w' -]+?)|(?:(?:el|la|los|las)\s+)?"
          r"(?P<x2>[\w' -]+?)\s+no)",
    "it": r"(?:non\s+(?:(?:il|lo|la|i|gli|le|l')\s*)?(?P<x>[\w' -]+?)|(?:(?:il|lo|la|i|gli|le|l')"
          r"\s*)?(?P<x2>[\w' -]+?)\s+no)",
}
_MEANT = {
    "en": r"(?:(?:remove|take off|take|delete|scratch|i meant|i mean|meant|it's|it was|it should "
          r"be|should be)\s+)*(?:the\s+)?(?P<y>[\w' -]+?)(?:\s+(?:off|instead))*",
    "de": r"(?:(?:sondern|ich meinte|gemeint war|nimm|streich|lösch)\s+)*(?:(?:die|den|das|der)"
          r"\s+)?(?P<y>[\w' -]+?)(?:\s+(?:stattdessen|runter|raus))*",
    "fr": r"(?:(?:mais|je voulais dire|enlève|retire|plutôt)\s+)*(?:(?:le|la|les|l'|du|des)\s*)?"
          r"(?P<y>[\w' -]+?)(?:\s+(?:plutôt|à la place))*",
    "es": r"(?:(?:sino|quería decir|quita|borra|mejor)\s+)*(?:(?:el|la|los|las)\s+)?"
          r"(?P<y>[\w' -]+?)(?:\s+(?:mejor|en su lugar))*",
    "it": r"(?:(?:ma|intendevo|togli|leva|piuttosto)\s+)*(?:(?:il|lo|la|i|gli|le|l')\s*)?"
          r"(?P<y>[\w' -]+?)(?:\s+(?:invece|piuttosto))*",
}
_PUT_BACK = {**_ADD_TO, "en": "put {y} back on my {l}"}
# (English) the one meant first, then the one not: "Sorry, no, red, not white, these guests
# only drink red" after "add white wine"
_MEANT_FIRST = re.compile(rf"{_LEAD_FIX}(?!(?:correction|no|nah|naw|nope|wait|oops|sorry|actually|"
                          r"oh|ah|well|right|hang on|hold on|make|change|switch|swap|put|add|get|"
                          r"i|it|that|it's|that's)\b)(?P<y>\w[\w' -]*?)\s*,\s*not\s+(?:the\s+|some\s+|a\s+)?"
                          r"(?P<x>[\w' -]+?)\s*(?:[,.;!?]|$)")


def put_back(text: str, focus: dict[str, Any] | None, lang: str) -> str | None:
    """The item just taken off by mistake put back and the one meant taken off, said in
    full; None unless ``text`` says "not X, Y" of one of the items just taken off (``focus``
    is the list with ``removed``), Y no more than four words."""
    if lang not in _NOT_SAID or not focus or focus.get("type") != "list":
        return None
    gone = [str(i) for i in focus.get("removed") or []]
    said = text.casefold().replace("’", "'").strip()
    m = re.match(rf"{_LEAD_FIX}{_NOT_SAID[lang]}\s*[,.;:]\s*{_MEANT[lang]}\s*(?:[,.;:!]|$)", said)
    if not gone or m is None or len(said.split()) > MAX_WORDS:
        return None
    x = m["x"] or m.groupdict().get("x2") or ""
    y = _WHY_AFTER.sub("", m["y"]).strip()
    back = [i for i in gone if _said(i, x) and len(x.split()) <= len(i.split()) + 1]
    if len(back) != 1 or not y or len(y.split()) > 4 or _said(back[0], y):
        return None
    where = list_words(str(focus.get("name") or "shopping"), lang)
    return f"{_PUT_BACK[lang].format(y=back[0], l=where)} {AND[lang]} {removal([y], where, lang)}"


# one of the things just added taken off by its removing verb and another put on in the
# same turn, a reason between them maybe: "Anzi, il brodo toglilo, lo faccio io, metti
# invece la menta fresca", "Non, enlève la semoule, mets plutôt du boulgour", "Mejor quita
# el caldo y pon hierbabuena", "Streich die Brühe, schreib lieber Minze auf"
_CLAUSES = {"en": r"\s*[,;.]\s*|\s+(?:and|then)\s+", "de": r"\s*[,;.]\s*|\s+(?:und|dann)\s+",
            "fr": r"\s*[,;.]\s*|\s+(?:et|puis)\s+", "es": r"\s*[,;.]\s*|\s+(?:y|luego)\s+",
            "it": r"\s*[,;.]\s*|\s+(?:e|poi)\s+"}
_INSTEAD = {"en": r"instead|rather", "de": r"stattdessen|lieber|dafür|noch",
            "fr": r"plutôt|à la place|-moi|-y", "es": r"mejor|en su lugar|en cambio",
            "it": r"invece|piuttosto|al suo posto|ci"}
_PUT_ON = {"en": r"add|put|get|pop", "de": ADDING["de"], "fr": ADDING["fr"],
           "es": ADDING["es"], "it": ADDING["it"]}

# (German) the verb's particle after the thing: "schreib lieber Minze auf"
_PARTICLE = re.compile(r"\s+(?:auf|drauf|dazu|hinzu|rauf|mit|hin|dahin)$")
# (German) "there" said before the thing: "schreib da Bergkäse hin"
_THERE = re.compile(r"^(?:da|dort|noch|mal)\s+")


# a short clause that says a thing not meant: "die Servietten nicht", "pas les bougies",
# "el zumo no", "non il succo"
_NOT = {"en": r"not", "de": r"nicht|kein|keine|keinen", "fr": r"pas", "es": r"no",
        "it": r"non|no"}


def _not_meant(clause: str, lang: str) -> bool:
    """Whether ``clause`` is a thing said not meant, in at most five words."""
    return len(clause.split()) <= 5 and re.search(rf"\b(?:{_NOT[lang]})\b", clause) is not None


def off_and_on(text: str, focus: dict[str, Any] | None, lang: str) -> str | None:
    """The removal of the one item just added that ``text`` takes off by a removing verb
    (or says not meant: "die Servietten nicht, …") and the adding of what a later clause
    puts on instead, said in full; None."""
    if lang not in _CLAUSES or not focus or focus.get("type") != "list" \
            or not focus.get("created"):
        return None
    items = [str(i) for i in focus.get("items") or []]
    said = text.casefold().replace("’", "'").strip()
    if len(said.split()) > MAX_WORDS + 4:
        return None
    clauses = [c for c in re.split(_CLAUSES[lang], said) if c]
    off = next((k for k, c in enumerate(clauses) if re.search(_OFF[lang], c)
                or _not_meant(c, lang)), None)
    if off is None:
        return None
    meant = [i for i in items if any(_said(w, clauses[off]) for w in i.casefold().split()
                                     if len(w) > 3)]
    put = re.compile(rf"^(?:(?:{_INSTEAD[lang]})\s+)*(?:{_PUT_ON[lang]})\b(?:\s+(?:{_INSTEAD[lang]})"
                     rf"\b)*\s+(?:{_ART[lang]}\s*)?(?P<y>[^,.;!?]+)")
    on = next((m for c in clauses[off + 1:] if (m := put.match(c))), None)
    if len(meant) != 1 or on is None:
        return None
    y = _THERE.sub("", _PARTICLE.sub("", _WHY_AFTER.sub("", on["y"])).strip())
    if not y or len(y.split()) > 5:
        return None
    plain = text.strip()
    if len(plain) == len(said) and (at := said.find(y)) >= 0:  # as written ("Minze")
        y = plain[at:at + len(y)]
    where = list_words(str(focus.get("name") or "shopping"), lang)
    return f"{removal(meant, where, lang)} {AND[lang]} {_ADD_TO[lang].format(y=y, l=where)}"

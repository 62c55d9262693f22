"""A new list named and filled in one request, in five languages.

"Start a packing list for the ski trip: thermal socks, goggles and lip balm", "can you
start a new list called souvenirs? Put fudge and shortbread on it", "Mach ma ne neue
Liste uff, nenn se Packliste, und da kommt rauf: Ladekabel, Sonnencreme",
"créer une nouvelle liste qui s'appelle fondue ? Mets-y gruyère et vacherin", "Armame una
lista nueva que se llame asado y anotá vacío y chorizos", "Crea 'na lista nova, ciamala
montagna, e mettici scarponi e thermos".

:func:`read` gives the list's name and the words that hold its items, as said; the list
skill splits the items as it does any others. Nothing is read when no new list is named or
nothing is said to go on it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from hark.text.clean import COURTESY

_FLAGS = re.I


class NewList(NamedTuple):
    name: str
    items: str
    alone: bool = True  # the whole request: nothing asked before or after it
    # where its items end in the text, when nothing is asked before it and more after it
    # (a request of its own: "…: A, B. Und auf die Einkaufsliste noch C"); else None
    end: int | None = None


# where a name ends: a mark, or a word that starts the rest of the request (not "for" before
# a name: "cose per Birba", "presents for Sam")
_NAME_END = {
    "en": r"(?=\s*[:,.;?!]|\s+(?:and|with|then|for(?!\s+(?-i:[A-ZÀ-Ý]))|please|that|which)\b|\s*$)",
    "de": r"(?=\s*[:,.;?!]|\s+(?:und|mit|bitte|da)\b|\s*$)",
    "fr": r"(?=\s*[:,.;?!]|\s+(?:et|avec|stp|svp|s'il)\b|\s*$)",
    "es": r"(?=\s*[:,.;?!]|\s+(?:y|con|por(?!\s+(?-i:[A-ZÀ-Ý])))\b|\s*$)",
    "it": r"(?=\s*[:,.;?!]|\s+(?:e|con|per(?!\s+(?-i:[A-ZÀ-Ý])))\b|\s*$)",
}
# (a word that says it is plain, before it: "die heißt einfach Oma", "qui s'appelle juste
# Mamie", "que se llama simplemente Abuela", "che si chiama solo Nonna")
_PLAINLY = (r"(?:(?:just|simply|einfach|nur|bloß|schlicht|simplement|juste|simplemente|"
            r"solo|sólo|semplicemente)\s+)?")
_NAME = _PLAINLY + r"(?P<name>[\w'’-]+(?:\s+[\w'’-]+){0,2}?)"

# a new list named: "a new list called X", "start a X list", "neue Liste, nenn se X"
_NAMED = {
    "en": (r"\blist\s*,?\s+(?:called|named|entitled|titled)\s+" + _NAME,
           # "Create a new list. Title: party.", "… and call it menu"
           r"\blist\b[^.?!:]{0,40}?[.,]?\s*(?:(?:the\s+)?(?:title|name)\s*:|(?:and\s+)?"
           r"(?:call|name|title)\s+it)\s+" + _NAME,
           r"\b(?:start|begin|make|create|open|set up)\s+(?:me\s+|us\s+)?(?:a\s+)?(?:new\s+)?"
           r"(?!new\b|list\b)" + _NAME + r"\s+list\b"),
    "de": (r"\bListe\b[^.?!:]*?\b(?:nenn(?:e|s)?\s+(?:sie|se)|namens|mit\s+dem\s+Namen|"
           r"genannt|die\s+hei(?:ß|ss)t)\s+" + _NAME,
           r"\b(?:neue|neuen)\s+(?P<name>\w+liste)\b",
           # the name set off by commas: "'ne neue Liste, Weihnachtsgeschenke, und …"
           r"\bneuen?\s+Liste\s*,\s*" + _NAME + r"(?=\s*,)"),
    "fr": (r"\bliste\b[^.?!:]*?\b(?:qui\s+s'appelle|qu'on\s+appelle|appel[ée]e|nomm[ée]e|"
           r"intitul[ée]e)\s+" + _NAME,
           r"\bliste\s+«\s*(?P<name>[^»]{1,30}?)\s*»",
           r"\bnouvelle\s+liste\s*,\s*" + _NAME + r"(?=\s*,)",
           # the name right after the list made: "crée une liste cadeaux de Noël avec …"
           r"\b(?:cr[ée]e[rz]?|fais)(?:-moi|-nous)?\s+une\s+(?:nouvelle\s+)?liste\s+"
           r"(?!de\b|d'|du\b|des\b|pour\b|à\b|avec\b|et\b|qui\b|nouvelle\b)" + _NAME
           + r"(?=\s+avec\b)"),
    "es": (r"\blista\b[^.?!:]*?\b(?:que\s+se\s+llam[ea]|llamada|con\s+el\s+nombre(?:\s+de)?|"
           r"de\s+nombre)\s+" + _NAME,
           r"\b(?:lista\s+nueva|nueva\s+lista)\s*,\s*" + _NAME + r"(?=\s*,)"),
    "it": (r"\blista\b[^.?!:]*?\b(?:chiamala|ciamala|chiamata|che\s+si\s+chiama|di\s+nome|"
           r"intitolata|nominala)\s+" + _NAME,
           # "Fammi una lista nuova, regali di Natale, e mettici …"
           r"\b(?:lista\s+nuova|nuova\s+lista)\s*,\s*" + _NAME + r"(?=\s*,)",
           # the name right after the list made: "crea una lista volontari con dentro Chiara, …",
           # "crea una lista volontari e mettici …"
           r"\b(?:crea(?:mi|ci)?|fa(?:mmi|cci)?)\s+una\s+(?:nuova\s+)?lista\s+(?:nuova\s+)?"
           r"(?!di\b|del\w*\b|per\b|con\b|e\b|che\b|nuova\b)" + _NAME
           + r"(?=\s+(?:con|e\s+(?:mettici|aggiungici|scrivici))\b)"),
}

# the words a new list is asked with (a name alone, "the list called X", is not new)
_NEW = {
    "en": r"\b(?:new|start|begin|create|make|open|set up)\b",
    "de": r"\b(?:neue[nrs]?|mach|leg|erstell\w*|anlegen)\b",
    "fr": r"\b(?:nouvelle|cr[ée]e[rz]?|fais|commence)\b",
    "es": r"\b(?:nueva|crea[rmd]?\w*|arma\w*|haz|hac[eé]\w*|empieza)\b",
    "it": r"\b(?:nuova|nova|crea\w*|fa(?:mmi|i)?|inizia)\b",
}

# "…: A, B" (after a few words: "a packing list for the ski trip: …")
_COLON = r"^[^:.?!]{0,40}:\s*(?P<items>[^.;?!]+)"

# where its items are said, after the name: "…: A, B", "put A and B on it", "mets-y A"
_ITEMS = {
    "en": (_COLON,
           r"\b(?:put|add|stick|pop|write|chuck|include)\s+(?P<items>.+?)\s+(?:on|onto|to|in|"
           r"into)\s+(?:it|that|there)\b",
           r"^\s*[,.]?\s*(?:and\s+)?(?:put|add|stick|pop|write)\s+(?:on\s+it\s+)?"
           r"(?P<items>[^.;?!]+)",
           r"^\s*[,.]?\s*on\s+it\s*:\s*(?P<items>[^.;?!]+)",  # "Title: party. On it: …"
           r"^\s*,?\s*with\s+(?P<items>[^.;?!]+)"),
    "de": (_COLON,
           r"\b(?:da\s+)?kommt?\s+(?:rauf|drauf)\s*:?\s*(?P<items>[^.;?!]+)",
           r"\b(?:setz|schreib|pack|tu)\s+(?:da\s+|mir\s+)?(?:drauf\s+|rauf\s+)?(?P<items>[^.;?!]+?)"
           r"(?:\s+(?:drauf|darauf|rauf))?(?=[.;?!]|$)",
           r"^\s*,?\s*mit\s+(?P<items>[^.;?!]+)"),
    "fr": (_COLON,
           r"\b(?:mets|ajoute|rajoute|note|inscris)[- ](?:y|dessus|dedans)\s+(?P<items>[^.;?!]+)",
           r"\b(?:mets|ajoute|rajoute|note|inscris)\s+(?P<items>[^.;?!]+?)(?:\s+dessus|\s+dedans)?(?=[.;?!]|$)",
           r"^\s*,?\s*avec\s+(?P<items>[^.;?!]+)"),
    "es": (_COLON,
           r"\b(?:an[oó]t[aáe]\w*|ap[uú]nt[aáe]\w*|escrib[eií]\w*|pon[eé]?(?:le)?|p[oó]n(?:me|le)|agreg[aáe]\w*|añad[ei]\w*|"
           r"met[eé]\w*|mete(?:le)?)\s+(?P<items>[^.;?!]+)",
           r"^\s*,?\s*con\s+(?P<items>[^.;?!]+)"),
    "it": (_COLON,
           r"\b(?:mettici|aggiungici|scrivici|metti(?:ci)?|aggiungi|scrivi)\s+(?P<items>[^.;?!]+)",
           r"^\s*,?\s*con(?:\s+dentro)?\s+(?P<items>[^.;?!]+)"),
}

# courtesies after the items: "…, please", "…, s'il te plaît"
_TAIL = re.compile(rf"\s*[,.]?\s*(?:\b(?:{COURTESY}))?\s*[.?!]*\s*$", _FLAGS)


def read(text: str, language: str) -> NewList | None:
    """The new list ``text`` names and the words of what goes on it, or None."""
    language = language if language in _NAMED else "en"
    said = text.replace("’", "'")
    if not re.search(_NEW[language], said, _FLAGS):
        return None
    for pattern in _NAMED[language]:
        m = re.search(pattern + _NAME_END[language], said, _FLAGS)
        if m is None:
            continue
        rest = said[m.end():]
        # the items said first after the name ("… avec A et B. Ah, et ajoute C à …")
        said_items = [f for rx in _ITEMS[language] if (f := re.search(rx, rest, _FLAGS))]
        for found in sorted(said_items, key=lambda f: f.start()):
            if found:
                items = _TAIL.sub("", found["items"]).strip(" ,.")
                if items:
                    after = rest[found.end():]
                    first = not re.search(r"\b(?:and|then|also|und|dann|et|puis|y|e|poi)\b",
                                          said[:m.start()], _FLAGS)
                    alone = not after.strip(" .!?") and first
                    return NewList(m["name"].strip(), items, alone,
                                   m.end() + found.end() if first and not alone else None)
        return None
    return None

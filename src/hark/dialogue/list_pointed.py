"""Things put "on it", the list just talked about, in five languages: "Und schreib mir
dafür drauf: Gästezimmer lüften, frische Bettwäsche anziehen" after the to-do list was
changed, "rajoute-moi dessus du pain", "apúntame ahí también las servilletas", "mettici
sopra anche il pane", "pop candles on it as well".

``onto(text, focus_list, lang)`` returns the adding with that list said in place of its
"on it" ("… auf die To-do-Liste: Gästezimmer lüften, …"), or None when the turn names a
list of its own, adds nothing, or points at no list.
"""

from __future__ import annotations

import re

from hark.dialogue.focus import list_words
from hark.dialogue.words import TIME_ON
from hark.text.list_entry import ADDING, names_a_list

_ON_IT = {
    "en": r"\b(?:on|onto|to)\s+(?:it|that|there)\b",
    "de": r"\b(?:drauf|darauf|rauf|dazu)\b",
    "fr": r"\b(?:dessus|là-dessus|dedans)\b",
    "es": r"\b(?:ahí|ahi|encima|en ella)\b",
    "it": r"\b(?:sopra|lì|li sopra|ci)\b(?=[\s:,])",
}
# "that list", the list talked about pointed at: "añade a esa lista miel, …", "mets sur
# cette liste …", "aggiungi a quella lista …", "schreib auf diese Liste …"
_THAT_LIST = {
    "en": r"\b(?:to|on|onto)\s+(?:that|this|the same)\s+list\b",
    "de": r"\b(?:auf|in|zu)\s+(?:diese|dieselbe|die gleiche|die selbe)\s+liste\b",
    "fr": r"(?<![\w'])(?:à|a|sur|dans)\s+(?:cette|la même)\s+liste\b",
    "es": r"\b(?:a|en)\s+(?:esa|esta|la misma)\s+lista\b",
    "it": r"\b(?:(?:a|in|su)\s+(?:quella|questa)|(?:alla|nella|sulla)\s+stessa)\s+lista\b",
}
_ADDS = dict(ADDING, en=r"add|put|pop|stick|write|chuck|bung")
_ON_THE = {"en": "on the {list}", "de": "auf die {list}", "fr": "sur la {list}",
           "es": "en la {list}", "it": "nella {list}"}
MAX_WORDS = 30


# German "da kommt … drauf": what goes on it ("Da kommt Ibuprofensaft drauf und Nasenspray")
_COMES_ON = re.compile(r"^\W*(?:(?:da|do|dann|und|ond)\s+)*(?:kommt|kommen|muss|müssen)\s+"
                       r"(?:(?:noch|auch|bitte)\s+)*(?P<what>\S.*?)\s+(?:drauf|rauf|darauf)\b(?P<more>.*)$"
                       r"|^\W*(?:(?:da|do|dann|und|ond)\s+)*(?:kommt|kommen)\s+(?:drauf|rauf|darauf)\s*:\s*"
                       r"(?P<what2>\S.*?)(?P<more2>)$", re.I)


def onto(text: str, focus_list: str | None, lang: str) -> str | None:
    """``text`` with the list talked about said in place of its "on it", or None."""
    if not focus_list or lang not in _ON_IT or len(text.split()) > MAX_WORDS \
            or TIME_ON.search(text):  # "beim Nudeltimer mach noch zwei Minuten drauf"
        return None
    said = text.replace("’", "'")
    that = re.search(_THAT_LIST[lang], said, re.I)
    if that is not None and re.search(rf"(?<![\w'-])(?:{_ADDS[lang]})", said, re.I):
        # the list said in full in place of "that list"
        return f"{said[:that.start()]}{_ON_THE[lang].format(list=list_words(focus_list, lang))}" \
               f"{said[that.end():]}"
    comes = _COMES_ON.match(said) if lang == "de" else None
    if comes is not None:
        what = re.sub(r"\bond\b", "und", f"{comes['what'] or comes['what2']}"
                      f"{comes['more'] or ''}".strip(" .!"))
        return f"setz {what} {_ON_THE[lang].format(list=list_words(focus_list, lang))}"
    clitic = re.search(r"\b(?:metti|aggiungi|scrivi)(ci)\b(?:\s+dentro\b)?", said, re.I) \
        if lang == "it" else re.search(r"\b(?:añád|agrég|pón|apúnt|anót|mét)\w*?(le)\b", said, re.I) \
        if lang == "es" else None  # "mettici lo spazzolino, …", "Añádele unas alas …": the
    # list said after the things
    if names_a_list(said) or not re.search(rf"(?<![\w'-])(?:{_ADDS[lang]})", said, re.I):
        return None
    where = _ON_THE[lang].format(list=list_words(focus_list, lang))
    if clitic is not None:
        return f"{said[:clitic.start(1)]}{said[clitic.end():].rstrip(' .!')} {where}"
    on_it = re.search(_ON_IT[lang], said, re.I)
    if on_it is None:
        bare = _BARE_ADD.match(said) if lang != "en" and not _NOT_ITEMS.search(said) else None
        if bare is not None and re.fullmatch(rf"(?:{_ADDS[lang]})", bare["verb"], re.I) \
                and "," in bare["what"]:  # "pon pierna de cordero, papas, pimientos y …"
            return f"{said.rstrip(' .!')} {where}"  # just after the list was made
        return None
    if re.search(rf"(?:{_ADDS[lang]})(?:-moi)?\s*$", said[:on_it.start()], re.I) \
            and said[on_it.end():].strip(" ,.!:"):  # "Put on it gold tinsel and …", "Mets
        # dedans les casseroles, …": the things, then the list (a list's name of two words
        # said before them would take the first)
        return f"{said[:on_it.start()]}{said[on_it.end():].strip(' ,.!:')} {where}"
    if lang == "en" and on_it.group().lower().startswith("to "):  # "Add X to that, and Y"
        where = f"to the {list_words(focus_list, lang)}"  # (as said: "to the list, and Y")
    return f"{said[:on_it.start()]}{where}{said[on_it.end():]}"


# things said after a verb of adding alone, several with commas: "pon pierna de cordero,
# papas, pimientos y un par de botellas de fino" (read alone, a takeaway order)
_BARE_ADD = re.compile(r"^\W*(?:(?:y|e|et|und|also|dann|pues|allora)\s+)?(?P<verb>[^\W\d]+)\s+"
                       r"(?P<what>[^?]+?)[.!]?$", re.I)
# not things: a kind of thing Hark keeps, or a time ("pon una alarma, …", "metti un timer")
_NOT_ITEMS = re.compile(
    r"\b(?:alarma|despertador|recordatorio|temporizador|cita|evento|calendario|agenda|sveglia|"
    r"promemoria|timer|appuntamento|réveil|alarme|rappel|minuteur|rendez-vous|"
    r"wecker|erinnerung|termin|kalender|lista|liste|list|minutos?|minuti|minutes?|minuten|"
    r"horas?|ore|heures?|stunden?|uhr|h\d)\b|\d+\s*(?:h|:)", re.I)


# another thing for the list, after "and also" and a colon: "E anche: disdire la palestra",
# "Et aussi : envoyer les copies corrigées aux collègues" (not a request of its own)
_MORE_COLON = re.compile(r"^\W*(?:and also|and|also|plus|und auch|und|auch|dazu|et aussi|et puis|"
                         r"et|aussi|y también|y además|y|también|además|e anche|e pure|e|anche|"
                         r"pure)\s*:\s*(?P<what>\S.*?)\s*[.!]?$", re.I)
_ADD_SAID = {"en": "add {what} {where}", "de": "setz {what} {where}", "fr": "ajoute {what} {where}",
             "es": "añade {what} {where}", "it": "aggiungi {what} {where}"}


def colon_more(text: str, focus_list: str | None, lang: str) -> str | None:
    """"and also: X" just after a list was changed: X put on that list, said in full."""
    m = _MORE_COLON.match(text.replace("’", "'")) if focus_list and lang in _ON_THE else None
    if m is None or len(m["what"].split()) > MAX_WORDS:
        return None
    where = _ON_THE[lang].format(list=list_words(focus_list, lang))
    return _ADD_SAID[lang].format(what=m["what"], where=where)

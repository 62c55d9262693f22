"""An item on one of the user's lists said to be done, in German, French, Spanish or
Italian: "Reisepass verlängern ist erledigt", "renouveler le passeport c'est fait", "la
luz de la bici ya está hecha", "prenotare il parrucchiere è fatto" — said of a thing on a
list, it is that item ticked off: "streich Reisepass verlängern von der To-do-Liste".
Also after another request ("… eine Stunde später und Reisepass verlängern ist
erledigt").

``may_be_done(text)`` is the cheap check; ``said_done(text, lists)`` returns ``text``
with the words said as the removal, given the user's lists ({list name: item texts}),
or unchanged when they name no item on them (a thing said done that is not on a list is
no request to Hark).

Two more ways of saying it: ``done_then_off(text, lists, lang)`` reads the items a
sentence names before a removal by a pronoun ("j'ai réparé la lumière du vélo, tu peux
l'enlever", "Die Eier hab ich, kannste wegmachen"; ``may_take_off`` is its cheap check),
and ``all_bought_but(text, lang)`` everything bought but some things ("ya compré todo lo
de la lista menos el lavavajillas", five languages).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence

from hark.text.clean import begins_like, unaccented
from hark.text.list_entry import SHOPPING_NAME

_DONE = re.compile(
    r"\s+(?:(?:ist|sind)\s+(?:jetzt\s+|schon\s+|endlich\s+)?erledigt|"
    r"(?:c'est|c’est|est|sont)\s+(?:déjà\s+)?(?:fait|faite|faits|faites|réglé|réglée)|"
    r"(?:ya\s+)?(?:está|están)\s+(?:ya\s+)?(?:hech[oa]s?|listo|lista|resuelt[oa])|"
    r"(?:è|e'|sono)\s+(?:già\s+)?(?:fatt[oaie]|sistemat[oaie]))(?=[\s,.;!?]|$)", re.I)
# "take it off" said after it: the removal says so already
_TAKE_IT_OFF = re.compile(
    r"^[\s,.;]*(?:(?:also|alors|donc|así que|quindi)\s+)?(?:(?:du kannst|kannst du|tu peux|vous "
    r"pouvez|puedes|puoi)\s+)?(?:(?:es|das|ihn|sie)\s+(?:abhaken|streichen|löschen|"
    r"rausnehmen)|l'(?:enlever|retirer|supprimer|effacer|rayer|cocher)|quit(?:arlo|arla|alo|ala)|"
    r"borr(?:arlo|arla|alo|ala)|togli(?:erlo|erla|lo|la))\b", re.I)
# where the item's words begin: the start, a mark, or a joining word
_BEFORE = re.compile(r"(?:^|[,.;!?]\s*|\s(?:und|et|y|e|ed|dann|puis|luego|poi)\s+)(?=\S)", re.I)
_ARTICLE = re.compile(r"^(?:der|die|das|den|le|la|les|l'|el|los|las|il|lo|gli|i)\s*", re.I)
_LANGUAGE = (("de", re.compile(r"\b(?:ist|sind)\b", re.I)), ("fr", re.compile(r"\b(?:c'est|est|sont)\b", re.I)),
             ("es", re.compile(r"\b(?:está|están)\b", re.I)), ("it", re.compile(r"(?:è|e'|sono)", re.I)))
# the removal said in full, each language (the readers here and item_taken_off,
# item_to_diary say it this way)
_TAKE = {"en": "remove {items} from my {list}", "de": "streich {items} von der {list}",
         "fr": "enlève {items} de la {list}", "es": "quita {items} de la {list}",
         "it": "togli {items} dalla {list}"}
AND = {"en": " and ", "de": " und ", "fr": " et ", "es": " y ", "it": " e "}
_LISTS = {lang: {"shopping": SHOPPING_NAME[lang], "to-do": to_do} for lang, to_do in (
    ("de", "To-do-Liste"), ("fr", "liste de tâches"), ("es", "lista de tareas"),
    ("it", "lista delle cose da fare"))}
_OTHER_LIST = {"en": "{name} list", "de": "{name}-Liste", "fr": "liste {name}",
               "es": "lista de {name}", "it": "lista {name}"}


def list_said(name: str, lang: str) -> str:
    """The list ``name`` ("shopping", "to-do", "camping") as ``lang`` says it."""
    return _LISTS.get(lang, {}).get(name) or _OTHER_LIST.get(lang, "{name} list").format(
        name=name)


def removal(items: Sequence[str], where: str, lang: str) -> str:
    """"remove milk and eggs from my shopping list", "togli latte dalla lista della spesa":
    ``items`` taken off the list said as ``where``."""
    return _TAKE[lang].format(items=AND[lang].join(items), list=where)


def may_be_done(text: str) -> bool:
    return _DONE.search(text) is not None


# short words that name nothing: not counted when an item is looked for by its words
_SMALL = {"the", "and", "for", "our", "der", "die", "das", "den", "dem", "und", "les", "des",
          "une", "aux", "del", "los", "las", "una", "uno", "con", "per", "dei", "gli", "che",
          "chez", "avec", "pour", "dans", "sur", "mit", "für", "auf", "bei", "von", "para",
          "por", "della", "dalla", "nella", "alla", "delle", "degli"}


def _words(text: str, least: int = 4) -> list[str]:
    return [w for w in re.findall(r"[\w'-]+", text.lower()) if len(w) >= least
            and w not in _SMALL]


def _names(said: str, item: str) -> bool:
    """Whether ``said`` names ``item``: each of its longer words begins like one of the
    item's, and they cover at least half of the item's ("Reisepass verlängern" →
    "Reisepass verlängern", "la luz de la bici" → "arreglar la luz de la bici")."""
    words, wanted = _words(said), _words(item)
    if not words or not wanted:
        return False
    hits = {w for w in wanted if any(begins_like(s, w) for s in words)}
    return all(any(begins_like(s, w) for w in wanted) for s in words) and \
        2 * len(hits) >= len(wanted)


def said_done(text: str, lists: Mapping[str, Sequence[str]]) -> str:
    """``text`` with an item said done said as its removal (see the module)."""
    done = _DONE.search(text)
    if done is None:
        return text
    lang = next((lang for lang, verb in _LANGUAGE if verb.search(done.group(0))), None)
    if lang is None:
        return text
    starts = [m.end() for m in _BEFORE.finditer(text[:done.start()])]
    for start in starts:  # the longest words first
        said = _ARTICLE.sub("", text[start:done.start()].strip(" ,"))
        for name, items in lists.items():
            item = next((i for i in items if _names(said, i)), None)
            if item is not None:
                after = text[done.end():]
                off = _TAKE_IT_OFF.match(after)
                return (text[:start] + removal([item], list_said(name, lang), lang)
                        + (after[off.end():] if off else after))
    return text


# "tu peux l'enlever", "levala", "quítalos", "kannst du rausstreichen": a removal said of
# what the sentence before it named (English has its own readers: reason_after, pronouns)
_OFF_SAID_OF = {
    "de": r"\b(?:kannst\s+du|kannste|du\s+kannst|könntest\s+du|bitte)\s+(?:(?:es|das|sie|ihn|die|"
          r"beides|beide)\s+)?(?:(?:auch|gleich|noch|bitte|schon|dann|ja|mal)\s+){0,3}"
          r"(?:raus|weg|durch|runter)?(?:streichen|machen|nehmen|löschen|"
          r"abhaken)\b|\bstreichen\s+sie\s+(?:beides|beide|es|sie)\b",
    "fr": r"\b(?:l'|les\s+|la\s+|le\s+)(?:enlever|retirer|supprimer|effacer|rayer|cocher|virer|"
          r"barrer)\b|\b(?:enlève|retire|vire|raye|coche|supprime|barre)-(?:les|la|le)\b",
    "es": r"\b(?:qu[ií]t|b[oó]rr|t[aá]ch)(?:[aáeé]|ar)(?:lo|la|los|las)\b",
    "it": r"\b(?:lev|togl|cancell|depenn)(?:a|i|ere|are|ie)(?:lo|la|li|le)\b",
}
_OFF_SAID_OF_RE = {lang: re.compile(rx, re.I) for lang, rx in _OFF_SAID_OF.items()}
# another request after the removal's clause: kept ("…, and add suncream to shopping")
_MORE_AFTER = re.compile(r"(?:,\s*|\s+)(?:and|then|und|dann|et|puis|y|luego|e|poi)\s+(?=\S)|"
                         r"[.;!?]\s+(?=\S)", re.I)
# another request said before the removal: a reminder or an appointment made of the item
_ASKS_MORE = re.compile(r"\b(?:remind\w*|reminder|calendar|diary|erinner\w*|kalender|"
                        r"rappel\w*|agenda|recu[eé]rd\w*|recordatorio|calendario|promemoria|"
                        r"ricord\w*)\b", re.I)


def _same_word(said: str, word: str) -> bool:
    """The same word, its ending aside: "Eier" "eier", "bananes" "banane", "verlängert"
    "verlängern" — not "break" "bread"."""
    a, b = unaccented(said.lower()), unaccented(word.lower())
    short = min(len(a), len(b))
    same = len(os.path.commonprefix([a, b]))
    return same == short and abs(len(a) - len(b)) <= 2 or short >= 6 and same >= short - 1


def named_in(said: str, item: str, lang: str) -> bool:
    """Whether ``said`` names ``item``: at least half of the item's longer words begin
    like a word said, and not only its verb (the first word, in German the last): "the
    bike light" names "fix the bike light", "den Friseurtermin" "Friseurtermin machen";
    "I renewed my library card" does not name "renew passport"."""
    words, wanted = _words(said, 3), _words(item, 3)  # ("pan", "pain")
    if not words or not wanted:
        return False
    hits = [w for w in wanted if any(_same_word(s, w) for s in words)]
    verb = wanted[-1] if lang == "de" else wanted[0]
    return 2 * len(hits) >= len(wanted) and (len(wanted) == 1 or hits != [verb])


# a thing named by one word of it: "lo de la peluquería", "le truc du coiffeur", "das mit
# dem Friseur", "quella del parrucchiere"
_THING_OF = re.compile(r"\b(?:lo|eso|le truc|la chose|ce qui est|das|die sache|quello|quella|"
                       r"la cosa)\s+(?:de|del|de la|du|de l'|des|mit dem|mit der|vom|di|del|"
                       r"della|dello)\s*(?P<word>[^\W\d]{4,})", re.I)


def done_then_off(text: str, lists: Mapping[str, Sequence[str]], lang: str) -> str:
    """``text`` with a removal said of the items its sentence named before ("j'ai réparé
    la lumière du vélo, tu peux l'enlever" → "enlève réparer la lumière du vélo de la liste
    de tâches"), when they are all on one list; else unchanged."""
    rx = _OFF_SAID_OF_RE.get(lang)
    off = rx.search(text) if rx is not None else None
    if off is None:
        return text
    cut = [m.end() for m in re.finditer(r"[.!?]\s+", text[:off.start()])]
    first = text[:cut[-1]] if cut else ""  # a sentence before it is its own when its own
    # sentence names the items: "Nee, nicht Hafermilch, normale Vollmilch, drei Liter. Und
    # die Bananen kannst du runternehmen, …" (not "Le lait et le pain, …. Tu peux les enlever.")
    if first and not any(named_in(text[len(first):off.start()], i, lang)
                         for items in lists.values() for i in items):
        first = ""
    before = text[len(first):off.start()]
    head = _request_before(before, lists, lang)
    before = before[len(head):]
    if _ASKS_MORE.search(before):  # "put it in the calendar …, and then take it off": more
        return text  # than a removal
    found = [(name, [i for i in items if named_in(before, i, lang)])
             for name, items in lists.items()]
    name, named = max(found, key=lambda f: len(f[1]), default=("", []))
    thing = _THING_OF.search(before) if not named else None
    if thing is not None:  # "Y lo de la peluquería quítalo": the one item with that word
        hits = [(n, i) for n, items in lists.items() for i in items
                if any(_same_word(thing["word"], w) for w in _words(i, 3))]
        if len(hits) == 1:
            name, named = hits[0][0], [hits[0][1]]
    if not named:
        return text
    more = _MORE_AFTER.search(text, off.end())  # "…, und setz Sonnencreme auf die Liste"
    # (a list named after the pronoun is the one found anyway)
    head = (_CLAUSE.sub("", head) + AND[lang].rstrip() + " ") if head else ""
    return first + head + removal(named, list_said(name, lang), lang) + (
        text[more.start():] if more else "")


# where a clause ends and another begins, with its joining word and pauses: ", und, ähm, "
_CLAUSE = re.compile(r"\s*[,;]\s*(?:(?:und|et|y|e|ed|dann|puis|luego|poi|and|then|ähm|äh|euh|eh|"
                     r"ehm|um|uh)\b[\s,]*)*$", re.I)
_CLAUSES = re.compile(r"\s*[,;]\s*(?:(?:und|et|y|e|ed|dann|puis|luego|poi|ähm|äh|euh|eh|ehm)"
                      r"\b[\s,]*)*", re.I)


def _request_before(before: str, lists: Mapping[str, Sequence[str]], lang: str) -> str:
    """The request of its own said before the clause that names the items taken off
    ("Setz Enteiser auf die Einkaufsliste, und, ähm, | das Brot kannst du runternehmen":
    the adding kept), with the words that join them; else ""."""
    from hark.dialogue.openers_other import LANGUAGES, reader

    if lang not in LANGUAGES:
        return ""
    for cut in reversed(list(_CLAUSES.finditer(before))):
        if cut.start() == 0 or cut.end() == cut.start():
            continue
        tail = before[cut.end():]
        if any(named_in(tail, i, lang) for items in lists.values() for i in items):
            said = before[:cut.start()]
            return before[:cut.end()] if len(said.split()) >= 3 and reader(lang).asks(said) \
                else ""  # ("C'est bon, j'ai réparé …": no request)
    return ""


def may_take_off(text: str, lang: str) -> bool:
    rx = _OFF_SAID_OF_RE.get(lang)
    return rx is not None and rx.search(text) is not None


# everything bought but some: "ya compré todo lo de la lista del súper menos el lavavajillas",
# "Ich hab alles gekauft außer dem Brot", "j'ai tout acheté sauf le pain"
_ALL_BOUGHT_BUT = re.compile(
    r"\b(?:compr[eéa]\w*|gekauft|besorgt|geholt|achet[ée]\w*|comprat[oaie]|pres[oaie]|bought|got)\b"
    r".*?\b(?:todo|toda|alles|tout|tutto|everything)\b.*?"
    r"\b(?P<but>menos|excepto|salvo|außer|ausser|bis auf|sauf|à part|tranne|eccetto|except)\s+"
    r"(?P<kept>[^,.;!?]+)|"
    r"\b(?:todo|toda|alles|tout|tutto|everything)\b.*?\b(?:compr[eéa]\w*|gekauft|besorgt|geholt|"
    r"achet[ée]\w*|comprat[oaie]|bought|got)\b.*?"
    r"\b(?P<but2>menos|excepto|salvo|außer|ausser|bis auf|sauf|à part|tranne|eccetto|except)\s+"
    r"(?P<kept2>[^,.;!?]+)", re.I)
_ALL_BUT = {"en": "remove everything from my shopping list except {kept}",
            "de": "streich alles von der Einkaufsliste außer {kept}",
            "fr": "enlève tout de la liste de courses sauf {kept}",
            "es": "quita todo de la lista de la compra menos {kept}",
            "it": "togli tutto dalla lista della spesa tranne {kept}"}


def all_bought_but(text: str, lang: str) -> str:
    """``text`` as the removal it means when it says everything was bought but some
    things ("… menos el lavavajillas"), else unchanged."""
    m = _ALL_BOUGHT_BUT.search(text)
    if m is None or lang not in _ALL_BUT:
        return text
    if re.search(r"\b(?:got|pres[oaie])\b", m.group(0), re.I) and not re.search(
            r"\b(?:list[ae]?|shop\w*|groceries|store|supermarket|spesa|supermercato)\b", text, re.I):
        return text  # "I got everything packed except the charger": no shopping
    return _ALL_BUT[lang].format(kept=(m["kept"] or m["kept2"]).strip())

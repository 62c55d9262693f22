"""Lists (shopping, to-do, packing ...): create a list, add items, read a list out, ask
whether something is on it, remove an item, clear or delete a list."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from hark.errors import HarkError, NotFound
from hark.nlu import stored_requests
from hark.nlu.normalize import parse_number, parse_ordinal
from hark.skills.base import IntentSpec, SkillContext
from hark.skills.providers import lang
from hark.skills.providers.slots import as_written, clean
from hark.skills.reminders import Reminders
from hark.skills.timers import join_and, plural, read_db, slot_text, write_db
from hark.store import lists as repo
from hark.store.models import ListItem
from hark.text import amount_after, item_runs, items_done, list_entry, new_list_items, which_ones
from hark.text.clean import begins_like, quoted, unaccented
from hark.text.item_corrected import corrected
from hark.text.placeholders import names_nothing, says_something
from hark.types import Outcome, Understanding

DEFAULT_LIST = "shopping"
_LIST = r"(?:(?:my|the|a|an|our|this)\s+)?(?:([a-z0-9' -]+?)\s+)?list\b"
_ADD = re.compile(r"\b(?:add|put|include|append|write|stick|pop)\s+(?:down\s+)?(.+?)"
                  r"(?:\s+(?:to|on|in|onto|into)\s+(?:" + _LIST +
                  r".*|(?:(?:my|the|our)\s+)?(?:shopping|groceries)(?:\s+please)?))?$")
# what "it" stands for: "we need cat food, add it to the shopping list", "i'm out of
# sugar, put it on the list"
_NEEDED = re.compile(r"\b(?:we|i)(?:\s+(?:are|am|have|'ve|re|m)|'re|'m|'ve)?\s+(?:need|"
                     r"(?:run|ran|running|out|low|short)\s+(?:out\s+)?(?:of|on)|"
                     # "I keep forgetting dog food, can you add it …"
                     r"(?:keep|always)\s+forgetting(?:\s+to\s+(?:buy|get|pick\s+up))?|forgot"
                     r"(?:\s+to\s+(?:buy|get|pick\s+up))?)\s+(.+?)\s*,")
_REMOVE = re.compile(r"\b(?:remove|delete|take|cross|tick|check|erase|scratch|strike|mark|clear|"
                     r"get rid of)\s+"
                     r"(?:off\s+)?(.+?)\s+(?:(?:off|from|of)|(?:as\s+)?(?:done|complete|"
                     r"completed|finished)\s+(?:on|in)|off\s+(?:on|in)|on|in)\s+" + _LIST)
# an item with no list named: "cross off bread", "check off the haircut", "mark renew
# passport as done"
_OFF = re.compile(r"\b(?:tick|cross|check|strike|scratch)\s+off\s+(.+)$|"
                  r"\b(?:tick|cross|check|strike|scratch)\s+(?!it\b|them\b)(.+?)\s+off$|"
                  r"^mark\s+(.+?)\s+as\s+(?:done|complete|completed|finished)$")
_EXCEPT = re.compile(r"\b(?:except(?: for)?|apart from|other than|but not)\b")
_EXCEPT_OTHER = re.compile(r"\b(?:außer|ausser|bis auf|sauf|à part|excepté|menos|excepto|salvo|"
                           r"tranne|eccetto|fuorché|a parte)\b")
# what "it"/"them" stands for is said before: "I've bought the bread, cross it off"
_PRONOUNS = {"it", "them", "those", "that", "these", "this", "both", "they", "one"}
_NAMED = (re.compile(r"\blist\s+(?:called|named)\s+([a-z0-9' -]+)$|"
                     # "Make a new list for me there, call it packing."
                     r"\blist\b[a-z ]{0,20}?\s+(?:and\s+)?(?:call|name)\s+it\s+([a-z0-9' -]+)$"),
          re.compile(r"\b(?:to|on|in|onto|into|from|off|of)\s+" + _LIST),
          re.compile(r"\b(?:new|a|my|the|an|our)\s+([a-z0-9' -]+?)\s+list\b"),
          re.compile(r"^([a-z0-9' -]+?)\s+list\b"))
_NOT_NAMES = {"me", "us", "new", "the", "my", "a", "this", "that", "following", "whole", "entire", "fresh",
              "your", "which", "what", "items", "item", "on", "in", "of", "all", "current"}
_CREATE = re.compile(r"\b(create|make|new|start|produce|fresh|set up|begin)\b")
# the whole list: "delete my shopping list", "get rid of the whole to-do list" — not "get
# rid of them from the shopping list", which names items
_WHOLE = re.compile(r"\b(delete|remove|erase|get rid of|trash|throw away|discard)\s+(?:the\s+|my\s+"
                    r"|this\s+|that\s+|our\s+|entire\s+|whole\s+|following\s+)*"
                    r"(?:(?!(?:from|off|of|it|them|those|these|that)\b)[a-z0-9'-]+\s+){0,3}list\b")
_CLEAR = re.compile(r"\b(clear|empty|wipe|reset)\b")
# kinds of food asked about: "is there any fruit on my shopping list?" (stemmed words)
_KINDS: dict[str, set[str]] = {
    "fruit": {"apple", "banana", "orange", "pear", "grape", "lemon", "lime", "berri",
              "strawberri", "raspberri", "blueberri", "melon", "mango", "pineapple", "plum",
              "peach", "cherri", "kiwi", "satsuma", "clementine", "avocado", "fruit"},
    "dairy": {"milk", "chees", "cheese", "butter", "yogurt", "yoghurt", "cream", "cheddar",
              "mozzarella", "creme", "kefir"},
    "veg": {"carrot", "potato", "potatoe", "onion", "tomato", "tomatoe", "lettuce", "pepper",
            "broccoli", "cabbage", "spinach", "cucumber", "courgette", "zucchini", "pea",
            "bean", "mushroom", "garlic", "leek", "celery", "salad", "veg", "vegetabl"},
    "meat": {"chicken", "beef", "pork", "lamb", "bacon", "sausage", "ham", "mince",
             "steak", "turkey", "meat"},
    "drink": {"juice", "coffee", "tea", "beer", "wine", "water", "lemonade", "cola",
              "squash", "drink"},
}
_KINDS |= {"vegetable": _KINDS["veg"], "veggie": _KINDS["veg"], "vegetables": _KINDS["veg"]}
_SHOPS = re.compile(r"\b(?:shops?|supermarket|grocer(?:y|ies)|store|tesco|market)\b"
                    # "what do I need to grab?" (not "… to get done")
                    r"|\bwhat\s+(?:do|should|must)\s+(?:i|we)\s+(?:need to\s+|have to\s+)?"
                    r"(?:grab|buy|get|pick up)\b(?!\s+done)")
# "what fruit is on my shopping list?", "which veg have I got on the list?": a kind of thing
_KIND_ASKED = re.compile(r"^(?:what|which|any)\s+(?P<kind>\w+)\s+(?:is|are|do i have|have i got|"
                         r"have i|is there|are there)\b.*\b(?:on|in)\b")
# "what is it I've got to fix, according to my to-do list?", "what do I need to book on my
# to-do list?": the items that begin with that verb
_TO_DO_VERB = re.compile(r"^what\b(?:\s+is\s+it)?\s+(?:i|do i|i've|have i)\s+(?:got|have|need|"
                         r"must|should|got to|have to|need to)?\s*(?:to\s+)?(?P<verb>[a-z]+)\b")
_ALL_ITEMS = re.compile(r"\b(?:on|in) (?:all |both )?(?:of )?(?:my|the|our) (?:\w+ )?lists\b")
_NAMES_QUERY = re.compile(r"\b(lists|names of|which lists|what lists|how many lists)\b")


# the shopping list as German, French, Spanish and Italian speakers name it: one list
# for the whole household, whatever language each person speaks
_SHOPPING_WORDS = {"grocery", "groceries", "grocery shopping", "shop", "einkauf",
                   "einkaufsliste", "einkaufszettel", "einkäufe", "courses",
                   "liste de courses", "liste des courses", "épicerie", "epicerie", "commissions",
                   "les courses", "faire les courses", "pour faire les courses",
                   "compra", "lista de la compra", "lista de compras", "compras", "súper",
                   "super", "supermercado", "mercado", "mandado", "spesa",
                   "lista della spesa", "supermercato"}
# the to-do list as the other languages name it
_TO_DO_WORDS = {"to do", "todo", "to-do", "to dos", "todos", "things to do", "aufgaben",
                "erledigungen", "choses à faire", "tâches", "trucs à faire", "tareas",
                "pendientes", "tareas pendientes", "quehaceres", "cosas por hacer", "cosas que hacer",
                "cose da fare", "attività", "faccende"}
# the words around a list's name, per language
_NAME = r"([\w' -]+?)"
_OTHER_NAMED: dict[str, tuple[re.Pattern[str], ...]] = {
    "de": (re.compile(r"\bliste\s+(?:namens|mit dem namen|für(?: den| die| das)?)\s+"
                      + _NAME + r"(?:\s+an)?$"),
           re.compile(r"\b(\w+liste)\b"),  # "Einkaufsliste", "Baumarktliste"
           re.compile(r"\bliste\s+" + _NAME + r"(?:\s+an|\s+hinzu)?$")),
    "fr": (re.compile(r"\bliste\s+(?:appelée|nommée|intitulée|qui s'appelle)\s+" + _NAME + "$"),
           re.compile(r"\bliste\s+(?:(?:de|des|du|pour(?: le| la| les)?)\s+|d')" + _NAME + "$"),
           re.compile(r"\bliste\s+" + _NAME + "$")),
    "es": (re.compile(r"\blista\s+(?:nueva\s+)?(?:llamada|que se llam[ae])\s+" + _NAME + "$"),
           re.compile(r"\blista\s+(?:nueva\s+)?(?:de(?: la| los| las)?|para)\s+" + _NAME + "$"),
           re.compile(r"\blista\s+(?:nueva\s+)?" + _NAME + "$")),
    "it": (re.compile(r"\blista\s+(?:nuova\s+|nova\s+)?(?:chiamata|che si chiama)\s+" + _NAME + "$"),
           re.compile(r"\blista\s+(?:nuova\s+)?(?:della|delle|dei|degli|di|del|per(?: la| il"
                      r"| le| i)?)\s+" + _NAME + "$"),
           re.compile(r"\blista\s+(?:nuova\s+)?" + _NAME + "$")),
}
_NAMING_WORDS = re.compile(r"^(?:(?:appelée|nommée|intitulée|llamada|chiamata|namens)\s+)+")
_NOT_NAMES_OTHER = {"neue", "neuen", "hinzu", "an", "nouvelle", "nueva", "nuova", "nuovo",
                    "einkaufs", "la", "le", "el", "il", "una", "une", "eine",
                    # a courtesy after "vide la liste": no list's name
                    "stp", "svp", "bitte", "porfa", "please",
                    # a time word after "la liste": "… sur la liste maintenant ?"
                    "maintenant", "jetzt", "ahora", "adesso", "ora", "mo", "encore", "noch",
                    "todavía", "ancora"}
_CREATE_OTHER = re.compile(r"\b(erstell\w*|anlegen|neue[nrs]?|crée[rz]?|créer|nouvelle|crea|"
                           r"crear|nueva|nuova|nuovo)\b")
_CLEAR_OTHER = re.compile(r"\b(leere|leeren|vide[rz]?|vacía|vaciar|svuota|svuotare)\b")
_NAMES_QUERY_OTHER = {"de": re.compile(r"\blisten\b"), "fr": re.compile(r"\blistes\b"),
                      "es": re.compile(r"\blistas\b"), "it": re.compile(r"\bliste\b")}
# "steht Milch auf der Liste", "y a-t-il du lait sur la liste", "¿está la leche en la
# lista?", "c'è il latte sulla lista": the thing asked about
_ON_LIST_OTHER = {
    "de": re.compile(r"^(?:und\s+)?(?:steht|stehen|ist|sind|hab ich|habe ich|haben wir)\s+(.+?)"
                     r"\s+(?:(?:noch|schon|auch)\s+)*(?:auf|in|drauf|drin)\b"),
    "fr": re.compile(r"^(?:et\s+)?(?:(?:est-ce qu'il y a|il y a|y a-t-il|j'ai)\s+(?:du |de la |des |"
                     r"de l')?(.+?)|(?:est-ce que\s+)?((?:les|le|la|l')\s*.+?)\s+(?:est|sont))"
                     r"\s+(?:(?:encore|toujours|bien)\s+)*(?:sur|dans|dessus)\b"),
    "es": re.compile(r"^(?:y\s+)?(?:(?:está|están|hay|sigue|siguen|tengo)\s+(.+?)|((?:los|las|el|"
                     r"la)\s+.+?)\s+(?:está|están|sigue|siguen))\s+(?:(?:todavía|aún|aun)\s+)*"
                     r"(?:en|ahí|ahi)\b"),
    "it": re.compile(r"^(?:e\s+)?(?:(?:c'è|ci sono|è|sono|ho)\s+(.+?)|((?:le|il|la|i|gli|lo|l')"
                     r"\s*.+?)\s+(?:è|sono|c'è|ci sono|ci stanno))\s+(?:ancora\s+)*(?:sulla|nella|"
                     r"in|lì|li)\b"),
}
# how to say "your shopping list" / "your list X" (German: accusative, dative)
_LIST_WORDS = {
    "de": (("deine Einkaufsliste", "deiner Einkaufsliste"),
           ("deine Liste {name}", "deiner Liste {name}")),
    "fr": (("votre liste de courses",) * 2, ("votre liste {name}",) * 2),
    "es": (("tu lista de la compra",) * 2, ("tu lista {name}",) * 2),
    "it": (("tua lista della spesa",) * 2, ("tua lista {name}",) * 2),
}


def list_key(name: str) -> str:
    name = clean(name).removesuffix(" list")
    name = re.sub(r"^(my|the|a|an|our|this|meine|die|ma|la mia|la|mi|del|de la|des|du|della|"
                  r"dei|delle)\s+", "", name).strip()  # ("la lista del súper": súper)
    if name in _TO_DO_WORDS:
        return "to-do"
    if name in _SHOPPING_WORDS:
        return "shopping"
    return name


def say_list(name: str, language: str, dative: bool = False) -> str:
    """'deine Einkaufsliste', 'votre liste bricolage'; English: the name itself (the
    English templates say "your {list} list")."""
    if language == "en":
        return name
    shopping, other = _LIST_WORDS[language]
    return (shopping if name == "shopping" else other)[int(dative)].format(
        name=_shown(name, language))


def _shown(name: str, language: str) -> str:
    """A list's name as said: German names are nouns ("Baumarkt")."""
    return lang.capital(name) if language == "de" else name


def _list_names(names: list[str], language: str, word: dict[str, str] = lang.AND) -> str:
    """The lists by name: 'Einkaufsliste und Baumarkt' ('shopping' in its language)."""
    said = [list_entry.SHOPPING_NAME.get(language, n) if n == "shopping" else _shown(n, language)
            for n in names]
    return lang.join(said, language, word)


def _t(language: str, key: str, **kw: object) -> str:
    """``lang.t`` with the first letter upper case ("Deine Liste Baumarkt gibt es schon.")."""
    return lang.capital(lang.t(language, key, **kw))


# "now" said after the list's name: "¿qué hay en la lista de la compra ahora mismo?",
# "… auf der Liste Baumarkt im Moment", "… sur la liste bricolage en ce moment"
_NOW_AFTER = re.compile(r"\s+(?:ahora mismo|ahorita|en este momento|de momento|ahora|"
                        r"im moment|momentan|gerade|grad|zurzeit|derzeit|jetzt|"
                        r"en ce moment|actuellement|maintenant|"
                        r"in questo momento|al momento|adesso|ora|"
                        r"right now|at the moment|now)\W*$")


def _name_in_words(text: str, language: str) -> str:
    """The list named in German/French/Spanish/Italian words: 'Liste namens Urlaub',
    'Baumarktliste', 'liste de courses', 'lista della spesa' -> its key ('' if none)."""
    text = _NOW_AFTER.sub("", text)
    # "todo-liste"; Swiss German "To-do-Lischte"
    text = text.replace("lischte", "liste").replace("-liste", "liste")
    text = re.sub(r"\btodo\s+liste\b", "todoliste", text)  # "meine to do liste"
    for rx in _OTHER_NAMED.get(language, ()):
        m = rx.search(text)
        if m:
            word = _NAMING_WORDS.sub("", m.group(1)).strip()
            if " " not in word and word.endswith("liste") and word not in _SHOPPING_WORDS:
                word = list_entry.without_joining_s(word.removesuffix("liste"))
            name = list_key(word)
            if name and name.split()[0] not in _NOT_NAMES_OTHER:
                return name
    if _TASKS_SAID.search(text) or _TO_DO_SAID.search(text):  # "streich das von meinen
        return "to-do"  # Aufgaben", "de mes tâches", "cosa c'è nella to-do?"
    return ""


# the to-do list said by its English name alone: "nella to-do", "sur ma to-do"
_TO_DO_SAID = re.compile(r"\b(?:nella|della|alla|sulla|dalla|la|mia|ma|sur la|de la|à la|en la|"
                         r"de mi|mi|meine[rn]?|der|die|auf die|auf der|von der)\s+to[- ]?dos?\b(?!\s*-?\s*list)")


# the shopping done, said beside a list not named: that list is the shopping list
_SHOPPING_SAID = re.compile(r"\b(?:the shopping|the shop|groceries|(?:les|mes) courses|"
                            r"(?:den|meinen|der) einkauf|la compra|el súper|la spesa)\b")


# the to-do list named by its tasks, as one the user has
_TASKS_SAID = re.compile(r"\b(?:meine[nmr]?|die|den|der|mes|les|tes|mis|tus|las|le mie|le|"
                         r"mie)\s+(?:aufgaben|erledigungen|tâches|tareas|quehaceres|faccende)\b")


def _text(u: Understanding, *, commas: bool = False) -> str:
    """The words, with "to do" as one word so it is not read as "to (the) do list";
    with ``commas``, the commas that separate items kept ("eggs, flour and sugar")."""
    words = _keep_commas(u.text) if commas else clean(u.text)
    return re.sub(r"\bto[ -]?dos?\b", "todo", words)


# a remark said last after a dash, about the things before it: "… und Teebeutel – das fehlt
# uns alles für Freitag", "… – c'est pour la collecte", "… — che sono finiti"
# (a pronoun or "that" opens it, not an article: "Windeln – die für Neugeborene"; de/fr/es/it)
_DASH_REMARK = re.compile(r"\s+[–—-]\s+(?:das|dies|es|ich|wir|ça|c'est|ce sont|je|j'|nous|"
                          r"elles?|ils|che|è|sono|ci|mi|eso|esto|son|que|nos)\b[^,;]*$", re.I)


def _keep_commas(text: str) -> str:
    text = _DASH_REMARK.sub("", text)  # (before the dash is cleaned away)
    out: list[str] = []
    for part in (clean(p) for p in text.split(",")):
        if not part or _HESITATION.fullmatch(part):
            continue
        if out and _UNFINISHED.search(out[-1]):
            out[-1] += f" {part}"  # "a bag of, um, Whiskas": one item, a pause inside it
        else:
            out.append(part)
    return ", ".join(out)


_HESITATION = re.compile(r"(?:um+|uh+|erm+|er|uhm+|ehm|äh+m?|euh|eh)")
# an item's words that need more after them (a pause inside the item)
_UNFINISHED = re.compile(r"\b(?:of|a|an|the|some|with|for|de|di|von)$")


def _whole_quotes(said: str, items: list[str]) -> list[str]:
    """Each quoted phrase as one item, as written ("add 'wash and vacuum the car' to my
    to-do list": one item, not "'wash" and "vacuum the car'"); items outside quotes kept."""
    phrases = [m.group(2).strip() for m in quoted(said)]
    if not phrases:
        return items
    out: list[str] = []
    for item in items:
        inside = next((p for p in phrases if clean(item).strip("'\"") in clean(p)), None)
        if inside is None:
            out.append(item)
        elif inside not in out:
            out.append(inside)
    return out


def _whole_titles(said: str, items: list[str]) -> list[str]:
    """Two items that are one title with "and" in it, as written in capitals, after a
    verb: "add read Pride and Prejudice to my to-do list" (not "add Milk and Eggs")."""
    out: list[str] = []
    for item in items:
        if out and re.match(r"(?:read|re-read|watch|see|finish|listen to|learn|practi[sc]e|"
                            r"play|buy|order|return|rewatch|review)\s", out[-1]):
            joined = re.search(rf"{re.escape(out[-1])}\s+(?:and|&)\s+{re.escape(item)}", said, re.I)
            if joined and re.search(r"[A-Z][\w']*\s+(?:and|&)\s+[A-Z]", joined.group(0)):
                out[-1] = clean(joined.group(0))
                continue
        out.append(item)
    return out


# things whose name has "and" in it: one item each
_ONE_THING = re.compile(r"\b(salt|cheese|sour cream|fish|mac|macaroni|sweet|bread|rhubarb|lea|"
                        r"marks|ben|gin|pick|fruit|bubble|bangers|black|white|"
                        r"strawberries|ham|peanut butter|chilli|chili|pork|chicken|steak|"
                        r"cookies|oil) (and|&) (vinegar|onion|chips|cheese|sour|butter|"
                        r"cream|jelly|lime|leek|stuffing|mushroom|ale|kidney|"
                        r"pepper(?= (?:grinder|mill|shakers?|set|squid|chicken|chips|crisps|"
                        r"seasoning|prawns|tofu))|custard(?= sweets| creams)|perrins|spencers?|"
                        r"jerry's|chips|tonic|mix|nut|squeak|mash|sour|white|black)\b")


# one task with "and" in it: "sweep and mop the kitchen", "clean the garage and the attic"
_TASK_VERB = (r"(?:clean|sweep|mop|wash|tidy|fix|repair|paint|hoover|vacuum|dust|iron|cook|bake|"
              r"sort|organi[sz]e|renew|pay|pack|unpack|empty|mow|trim|fold|hang|service|"
              r"declutter|defrost|descale|polish|scrub|wipe|sand|varnish|replace|check|"
              r"call|ring|phone|text|visit|email|book|buy|return|collect|post|print|file|update|"
              r"finish|oil|grease|wax|sharpen|tune|feed|walk|mend|revise|review|prepare|water|"
              r"weed|prune|sign|submit|make|get|fetch|bring|lay|air|set up|clear)")
_ONE_TASK = re.compile(
    rf"(?:^|(?<=,)\s*)(?:{_TASK_VERB}\s+(?P<and1>and)\s+(?={_TASK_VERB}\s+\w)"
    # (not a thing named by such a word: "phone charger and socks", "book light")
    rf"|{_TASK_VERB}\s+(?!(?:charger|case|cover|cable|stand|holder|card|light|lamp|bag|box|"
    rf"mark|shelf|club|token|tokens|voucher|bill|bills)\b)(?:\w+\s+){{1,6}}?(?P<and2>and)\s+(?=(?:the|my|our|his|her|their)\s"
    # "hoover the stairs and landing", "call nan and grandad": one more thing, said last;
    # "make up the sofa bed for Mam and Dad, and …"
    rf"|(?!{_TASK_VERB}\b)[\w'-]+\s*(?:,|$)))")


def _one_task(text: str) -> str:
    """``text`` with the "and" inside one task marked so that it is not split."""
    def mark(m: re.Match[str]) -> str:
        key = "and1" if m.group("and1") else "and2"
        a, b = m.span(key)
        return m.group(0)[:a - m.start()] + "\x00and\x00" + m.group(0)[b - m.start():]
    return _ONE_TASK.sub(mark, text)


# a remark after the items, no item: "I've run out", "we're having people over"
# (Irish "sure they've all walked off on me": "sure" before it)
_CLAUSE = re.compile(r"(?:sure\s+)?(?:i|i've|i'm|i am|i have|i need|i'll|we|we've|we're|we are|"
                     r"we have|it's|it is|they're|they are|they've|they have|there's|that's|"
                     r"that is|because|cos|since)\s+\w", re.I)


# one container of a thing ("a bag of flour", "a jar of marmalade"): the thing is what is
# written on a list (also when its "a" was left out before: "and a bottle of red"); "two
# tins of chickpeas" keeps its count
_ONE_OF = re.compile(r"^(?:(?:a|an|one)\s+)?(?:bag|pint|loaf|bottle|tin|box|packet|pack|jar|carton|"
                     r"bunch|can|tub|block|punnet|bar|head|tube|roll|sack|crate|gallon|quart|"
                     r"litre|liter|kilo|pound|packet|case|slab|wedge|stick|clove)\s+of\s+(?=\w)",
                     re.I)


# how many of the thing before, said alone: "just the one bag", "only two packets"
_HOW_MANY = re.compile(r"(?:(?:just|only)\s+)?(?:the\s+)?(?:one|two|three|four|\d+)\s+(?:bag|pint|loaf|"
                       r"loaves|bottle|tin|box|boxes|packet|pack|jar|carton|bunch|bunches|can|tub|"
                       r"block|punnet)s?(?:\s+(?:of them|of it|then|only|is (?:enough|fine)))?",
                       re.I)


# the size of the thing before, said after it: "tea bags, the big box", "rice, the five
# kilo bag", "the family-size one" (with "the" dropped already)
_SIZE_SAID = re.compile(r"(?:(?:big|bigger|large|small|little|huge|giant|family|jumbo|value|economy|"
                        r"bulk|catering|multi|mega|twin|double|extra[- ]large)(?:[- ]size[d]?)?"
                        r"|(?:\d+(?:\.\d+)?[- ]?|[a-z]+[- ])(?:kilo|kg|litre|liter|pound|lb|gram|g|ml|pack|"
                        r"pint)\b)\s+(?:box|bag|pack|packet|bottle|tin|jar|tub|sack|carton|one|size|"
                        r"container|multipack)", re.I)


# the list said last, after an item that says "to" itself: "add write to the council to my
# to-do list"
_LAST_LIST = re.compile(r"\b(?:add|put|pop|stick|write|jot down)\s+(?P<items>.+?)\s+(?:to|on|onto)\s+"
                        r"(?:my|the|our)\s+(?P<list>to-?do|to do|shopping|[\w-]+)\s+list\s*[.!]?$",
                        re.I)


# one more thing said after the list: "add nappies to the shopping list, and wipes"
_MORE_AFTER = re.compile(r"\b(?:to|on|onto)\s+(?:my|the|our)\s+(?:[\w-]+\s+)?list\s*,?\s*(?:and|plus|then)[\s,]+"
                         r"(?:also\s+)?(?!(?:set|remind|what|when|how|is|are|can|could|please|take|"
                         r"tick|cross|remove|delete|cancel|put|add|tell|read|it|them|that|this|if|when|"
                         r"unless|but|so|because|then)\b)"
                         r"(?P<more>(?:(?!\b(?:put|add|set|remind|take|is|isn't|are)\b)[^,.?!])+?)"
                         r"(?:\s+(?:too|as well|please))?\s*[.!]?$", re.I)


# what goes before an item in the other languages and is not written on a list: "il
# burro", "du pain", "unos huevos", "ein paar Eier", "un po' di pane", "un par de
# camisas", "un paio di calzini"
_DETERMINER = {
    "de": r"(?:noch\s+)?(?:ein paar|ein bisschen|ein wenig|etwas|der|die|das|den|dem|eine|einen|"
          r"ein|'n|'ne|'nen|nen|ne)\s+",
    "fr": r"(?:encore\s+)?(?:de l'|(?:de la|du|des|de|les|le|la|une|un|quelques)\s+|d'|l')",
    "es": r"(?:(?:algo de|un poco de|un par de|unos cuantos|unas cuantas|más|mas)\s+)?"
          r"(?:(?:el|la|los|las|unos|unas|una|un)\s+)?",
    "it": r"(?:ancora\s+)?(?:(?:un po' di|un paio di|del|dello|della|dei|degli|delle|il|lo|la|i|gli|le|"
          r"uno|una|un|qualche|er)\s+|un po' d'|dell'|l'|un')",  # (Roman "er guanciale")
}


# one pack or measure of a thing: the thing is what is written ("ein Paket Nudeln",
# "un kilo de pommes", "un paquete de arroz", "un etto di prosciutto"); "zwei Packungen
# Windeln" keeps its count, as "two tins of chickpeas" does in English
_ONE_OF_OTHER = {
    "de": r"(?:eine?n?|1)\s+(?:packung|paket|flasche|dose|glas|tüte|beutel|kilo|pfund|liter|"
          r"becher|bund|netz|karton|tafel|stück|packerl|packl|sackerl|kiste|kasten|schachtel)\s+",
    "fr": r"(?:une?|1)\s+(?:paquet|bouteille|boîte|pot|sachet|kilo|livre|litre|brique|tablette|"
          r"botte|filet|pack|caisse|barquette|sac|tranche|pot|bocal)\s+(?:de\s+|d')",
    "es": r"(?:una?|1)\s+(?:paquete|botella|lata|bote|bolsa|kilo|litro|cartón|tableta|manojo|"
          r"caja|tarro|barra|bolsita|docena|malla|garrafa)\s+de\s+",
    "it": r"(?:una?|uno|un'|1)\s*(?:pacco|pacchetto|bottiglia|lattina|barattolo|sacchetto|chilo|"
          r"litro|etto|confezione|scatola|tavoletta|mazzo|vasetto|sacchetto|cassa|rete|"
          r"vaschetta|busta)\s+(?:di\s+|d')",
}


def _bare(item: str, language: str) -> str:
    """``item`` without the article, partitive or "some" it was said with, or the one pack
    it comes in; the whole item when nothing would be left."""
    if language == "en" and re.match(r"to\s+\w+\s+\w", item, re.I):  # "to print the
        return item[3:].lstrip()  # handouts": a task, said as one
    pattern = _DETERMINER.get(language)
    if not pattern:
        return item
    one_of = re.match(_ONE_OF_OTHER[language], item.replace("’", "'"), re.I)
    if one_of and item[one_of.end():].strip():
        item = item[one_of.end():]
    said = re.match(rf"(?:{pattern})(?=\w)", item.replace("’", "'"), flags=re.I)
    return item[said.end():] if said else item


def _split_items(text: str, language: str = "en") -> list[str]:
    text = corrected(text)  # "Hafermilch – noi, halt, mach Sojamilch draus"
    text = _DASH_REMARK.sub("", text)  # "…, Windeln und Teebeutel – das fehlt uns alles"
    text = _ONE_THING.sub(lambda m: f"{m.group(1)}\x00{m.group(2)}\x00{m.group(3)}", text)
    text = _one_task(text)
    parts = [" ".join(p.replace("\x00", " ").split()) for p in
             re.split(r"\s*,\s*(?:(?:then|pis|puis)\s+)?|\s+(?:and|und|et|pis|y|e)\s+|\s+&\s+"
                      # "… a pranzo. E comprare i fiori": a sentence more of them
                      r"|[.;!?…]+\s+(?:(?i:and|und|et|pis|puis|y|e)\s+)?(?=\w)", text)]
    out = []
    for p in parts:
        if language != "en" and _ABOUT_IT_OTHER.match(p):
            continue  # "galletas María, que son las que le gustan a mi madre, y pilas"
        if _CLAUSE.match(p) if language == "en" else _CLAUSE_OTHER.match(p):
            break  # "add milk, I've run out": what follows is said about it
        p = _ONE_OF.sub("", p.strip())  # "a pint of milk" is milk on a list
        # "and add also olive oil", "X, and also Y, to my to-do list"
        p = re.sub(r"^(?:and\s+)?(?:also|as well)\s+|^and\s+", "", p)
        p = re.sub(r"^(?:und|et|y|e)\s+(?=\w)", "", p)  # "…, et du lait", "…, y pañales"
        if language != "en":  # "Ah, et aussi un radiateur", "y también pilas"
            p = re.sub(r"^(?:auch|aussi|également|también|tambien|anche|pure)\s+(?=\w)", "", p,
                       flags=re.I)
        # ("some of that clotted cream", dialect "them ice lollies")
        p = re.sub(r"^(?:some of (?:that|those|the|them)|some|a|an|the|those|them)\s+", "", p)
        p = _ONE_OF.sub("", p)  # ("…, and a bottle of red")
        p = re.sub(r"\s+(?:instead|too|as well|also|back|también|aussi|anche)$", "", p)  # "add
        # plantains instead", "… y pilas para el audífono también"
        if re.fullmatch(r"(?:little|big|small|large|cheap|usual|same|good|plain|wee)\s+ones?", p, re.I):
            continue  # "…, the little ones": which of them, said after
        if language == "en" and _SIZE_SAID.fullmatch(p):
            continue  # "tea bags, the big box, and …": how big, said after
        kind = re.fullmatch(r"(?!(?:other|same|last|first|next|new|old|right|wrong|another|"
                            r"usual|one|two)\b)([\w'-]+(?:\s+[\w'-]+)?)\s+ones?", p, re.I)
        if kind is not None and out and language == "en":
            out[-1] = f"{kind.group(1)} {out[-1]}"  # "nipple cream, the lanolin one"
            continue
        if which_ones.says_which(p):  # "…, quelli piccolini", "…, die für Neugeborene"
            continue
        if language == "en" and _HOW_MANY.fullmatch(p):
            continue  # "decaf beans, and just the one bag": how many, said after
        if language != "en" and _ABOUT_IT_OTHER.match(p):
            continue  # "galletas María, que son las que le gustan a mi madre, y pilas"
        p = re.sub(r"\s+(?:and|und|et|y|e|pis)$", "", p)  # "lasagne e, per dolce, …"
        if re.search(r"(?:'s|\bis|\bare|'re)\s+(?:coming|visiting|staying|bringing)\b", p, re.I):
            continue  # "…, me auntie's coming, and …": a remark between the things
        if re.fullmatch(r"(?:per|for|für|für'n|fürn|fürs|pour|para|als|comme|como|come)\s+(?:il\s+|le\s+|el\s+|"
                        r"la\s+|the\s+|den\s+)?\w+", p, re.I):
            continue  # "…, per dolce, la zuppa inglese": what the next one is for
        # "and bin bags while you're at it", "fish fingers while I think of it"
        p = re.sub(r"\s+(?:while (?:you'?re at it|i think of it|i remember)|before i forget)$",
                   "", p)
        # a courtesy said after the thing: "Milch bitte auf die Einkaufsliste"
        p = re.sub(r"\s+(?:bitte|please|por favor|per favore|s'il te plaît|s'il vous plaît)$",
                   "", p, flags=re.I)
        if p and p.lower() not in {"it", "this", "that", "item", "this item", "an item", "something",
                           "please", "thanks", "thank you", "cheers",
                           # courtesies and calls said last: "…, s'il te plaît", "…, daje"
                           "bitte", "danke", "gell", "s'il te plaît", "s'il vous plaît",
                           "stp", "svp", "merci", "por favor", "gracias", "per favore",
                           "per cortesia", "grazie", "daje", "dai", "va'", "hein", "quoi",
                           "eh", "vale", "oder", "nè", "no", "ok", "okay", "äh", "ähm",
                           "pardon", "sorry", "perdón", "scusa", "entschuldigung", "nech",
                           "wa", "woll", "gelle",
                           "öh", "euh", "ehm", "em", "um", "uh", "erm", "ah", "y", "und",
                           # a sound before the next thing: "Thermosocken. Ach, und …"
                           "ach", "ach ja", "ach so", "achso", "oh", "ah oui", "ah sí",
                           "ah sì", "ay", "uy", "bueno", "pues", "allora", "also", "bon",
                           "alors", "tiens",
                           # "añade algo a la lista": what, is still to be asked
                           "etwas", "was", "quelque chose", "algo", "alguna cosa",
                           "qualcosa", "qualche cosa"}:
            out.append(p)
    return out


# a clause about the thing just named, more of them after it: "…, que son las que le gustan
# a mi madre, y …", "…, celles qu'elle aime, et …", "…, quelli che piacciono al nonno, e …"
_ABOUT_IT_OTHER = re.compile(r"^(?:que (?:son|es) (?:las|los|el|la) que|(?:celles?|ceux|celui) "
                             r"(?:qu'|que|qui)|quell[aei] che|(?:die|den|das),? (?:die|der|das) "
                             r"(?:sie|er|mama|papa|oma|opa) )", re.I)
# a clause said about the items after them (de/fr/es/it): "…, che arriva Natale", "…,
# parce qu'on reçoit", "…, porque vienen mis padres", "…, que el botiquín está pelado"
_CLAUSE_OTHER = re.compile(r"^(?:che|weil|denn|parce que|parce qu'|car|porque|que|perché|"
                           # a need said after them: "…, faut que je les appelle"
                           r"(?:il\s+)?faut\s+(?:que|qu')|"
                           # what they are for: "…, è per il pastorello", "…, c'est pour …"
                           r"(?:è|e'|c'est|es|ist|das ist|sono|son|sind)\s+(?:per|pour|para|für)"
                           r")\s", re.I)


# where a clause ends in de/fr/es/it: a mark, or a tag ("… lista della spesa o no?")
_CLAUSES = re.compile(r"[,;.?!¿¡]|\s+(?:o no|ou pas|ou non|oder nicht|o sea)\b", re.I)


# naming words before the name said to "What should I call the list?"
_ANSWER_NAMING = re.compile(r"^(?:(?:let's |lets )?call it|name it|it's called|called|"
                            r"nenn(?:e|en)? (?:sie|es)|sie heißt|appelle-la|appelez-la|"
                            r"elle s'appelle|llámala|llamala|ponle|chiamala|chiamiamola)\s+")


def _name_from(u: Understanding, language: str = "en") -> str:
    given = slot_text(u, "list_name")
    if language != "en":
        # the clause that names it: "Enlève les œufs de la liste de courses, j'en ai …"
        said = next((name for part in _CLAUSES.split(u.text) if part and (
            name := _name_in_words(_text(replace(u, text=_EXCEPT_OTHER.split(part)[0])),
                                   language))), "")
        if said:
            return said
        if given and list_entry.names_a_list(u.text):
            # the NLU's span may hold the naming words: "una lista llamada X" (with no list
            # word, "Añade papel de aluminio" names none)
            given = _ANSWER_NAMING.sub("", clean(given))  # "Chiamala trasloco." to "Come
            # chiamo la lista?"
            return _name_in_words(given, language) or list_key(_NAMING_WORDS.sub("", given))
    # "…, not the shopping": the list set aside is not the one meant
    text = list_entry.NOT_THIS_LIST.sub("", _text(u))
    if given and clean(given).strip(" -") in {"do", "dos", "to"} and \
            re.search(r"\btodo list\b", text):
        return "to-do"  # the tagger split "to-do" and kept "-do"
    if re.search(r"\b(?:my|the|our) todos?\b(?! list)", text):
        return "to-do"  # "what's on my to-dos?"
    if given and _said_as_list(clean(given), text) and _a_name(list_key(given)):
        return list_key(given)
    answer = _ANSWER_NAMING.sub("", clean(given)) if given else ""
    if answer and clean(given) not in clean(text) and _a_name(list_key(answer)):
        return list_key(answer)  # the answer to "What should I call the list?"
    for rx in _NAMED:
        m = rx.search(text)
        said = next((g for g in m.groups() if g), None) if m else None
        if said:
            name = list_key(said)
            last = name.split()[-1] if name else ""
            if name and name not in _NOT_NAMES and last not in _NOT_NAMES and _a_name(name):
                return name
    return ""


# a list's name is a few words and holds no request: "out of [toilet roll add toilet roll to
# the shopping] list" is no list's name ("bits and bobs" is: "and" and "the" may be in one)
_NOT_IN_NAMES = re.compile(r"\b(?:add|put|remove|take|tick|cross|onto|from|off|please|can|"
                           r"could)\b")


def _a_name(name: str) -> bool:
    return len(name.split()) <= 4 and not _NOT_IN_NAMES.search(name)


def _said_as_list(name: str, text: str) -> bool:
    """Whether ``name`` (the tagger's list name) is said as a list's name: "… to the
    shopping list", "… to groceries", "a list called camping" — not "add a packet of
    digestive biscuits" (an item the tagger took for a list)."""
    said = re.escape(re.sub(r"\bto[ -]?dos?\b", "todo", name.strip(" -")))  # as _text has it
    return bool(re.search(rf"(?:\b(?:to|on|onto|from|off|in)\s+(?:the\s+|my\s+|our\s+)?-?{said}"
                          rf"(?!\w)|(?<!\w){said}\s+lists?\b|\b(?:called|named)\s+{said}(?!\w))",
                          text))


def _wants_new(text: str, language: str) -> bool:
    return lang.said(text, language, _CREATE, _CREATE_OTHER)


def _wants_clear(text: str, language: str) -> bool:
    if language != "en" and _CLEAR_OTHER.search(text):
        return True
    return bool(_CLEAR.search(text) and not _WHOLE.search(text))


def _asked_on_list(text: str, language: str) -> str:
    """What "is X on the list?" asks about ("" when not asked that way)."""
    rx = _ON_LIST_OTHER.get(language)
    m = rx.search(text) if rx is not None else None
    if m is not None:  # ("die Bananen", "los plátanos": as the list holds them, bare)
        said = next(g for g in m.groups() if g)
        return re.sub(r"\s+(?:noch|schon|auch|encore|toujours|todavía|aún|ancora)$", "",
                      _ARTICLE_OTHER.sub("", said.strip()))
    about = re.search(r"\b(?:anything|something)\b.*?\b(?:about|for|to do with)\s+(?:the\s+|my\s+)?"
                      r"(.+?)(?:\s+(?:on|in|from)\s+(?:my|the|our|any)\b.*)?\??$", text) \
        if language == "en" else None
    if about:  # "is there anything on my to-do list about the bike?"
        return about.group(1)
    m = m or re.search(r"\b(?:check|see|find out)\s+(?:if|whether)\s+(.+?)(?:'s|\s+is|\s+are)\s+"
                       r"(?:still\s+)?(?:on|in)\b", text) \
        or re.search(r"\b(?:is|are|(?:did|have) i (?:add|put|got))\s+(.+?)\s+"
                     r"(?:on|in|to|onto)\b", text) \
        or re.search(r"^do (?:i|we) (?:still )?need (?:to (?:buy|get|grab|pick up) )?(.+)$", text)
    if not m or re.fullmatch(r"(there|anything|what|something|it|left|still|pending|remaining|"
                             r"outstanding|nichts|was|etwas|(?:the )?"
                             r"(?:items?|things?))", m.group(1)):
        return ""
    return re.sub(r"^(?:there\s+)?(?:(?:the|some|any|anything)\s+(?:about\s+(?:the\s+)?)?)?", "",
                  m.group(1))


class ListSkill:
    name = "lists"
    intents = [
        IntentSpec("lists_createoradd", "Create a list, or add items to a list.",
                   {"list_name": {"type": "string", "description": "Which list, e.g. 'shopping'"},
                    "item": {"type": "string", "description": "What to add, e.g. 'eggs and milk'"}}),
        IntentSpec("lists_query", "Read a list out, name the lists, or say whether "
                   "something is on a list.",
                   {"list_name": {"type": "string", "description": "Which list"}}),
        IntentSpec("lists_remove", "Remove an item from a list, clear a list, or delete a "
                   "whole list.",
                   {"list_name": {"type": "string", "description": "Which list"},
                    "item": {"type": "string", "description": "Which item"}},
                   sensitive=True),
    ]

    async def handle(self, u: Understanding, ctx: SkillContext) -> Outcome:
        try:
            if u.intent == "lists_createoradd":
                return await self.add(u, ctx)
            if u.intent == "lists_query":
                return await self.query(u, ctx)
            if u.intent == "lists_remove":
                return await self.remove(u, ctx)
        except NotFound as e:
            return Outcome(lang.say_error(e, ctx.language), action="list.not_found")
        except HarkError as e:
            return Outcome(lang.say_error(e, ctx.language), action="list.failed")
        return Outcome(lang.t(ctx.language, "list_unsupported"), action="list.unsupported")

    async def _names(self, ctx: SkillContext) -> list[str]:
        rows = await read_db(ctx, repo.all_lists, user=ctx.user_id)
        return [r.name for r in rows]

    async def _longer_said(self, ctx: SkillContext, name: str, text: str) -> str:
        """The user's list whose longer name begins with ``name`` and is said whole in
        ``text`` ("sur la liste cartons cuisine": not a new list "cartons"), else ``name``."""
        said = " ".join(re.findall(r"[\w'-]+", text.casefold()))
        longer = [n for n in await self._names(ctx) if n.casefold().startswith(f"{name.casefold()} ")
                  and re.search(rf"(?<![\w-]){re.escape(n.casefold())}(?![\w-])", said)]
        return max(longer, key=len) if longer else name

    async def _named_before_items(self, ctx: SkillContext, name: str, items: list[str],
                                  text: str) -> tuple[str, list[str]]:
        """The user's list named right after the word "list" with the things after it,
        without "of" ("Pon en la lista ferretería tacos, brocas …", "metti nella lista
        ferramenta i tasselli"): that list, and its name taken off the first thing; else
        ``name`` and ``items`` as they were."""
        if not items:
            return name, items
        first = items[0].casefold()
        said = " ".join(re.findall(r"[\w'-]+", text.casefold()))
        for other in sorted(await self._names(ctx), key=len, reverse=True):
            key = other.casefold()
            if other != name and first.startswith(f"{key} ") and re.search(
                    rf"(?<![\w-])(?:list|liste|lista)\s+{re.escape(key)}\s", said):
                return other, [items[0][len(key):].strip(), *items[1:]]
        return name, items

    async def _default(self, ctx: SkillContext) -> str:
        names = await self._names(ctx)
        return names[0] if len(names) == 1 else DEFAULT_LIST

    async def add(self, u: Understanding, ctx: SkillContext) -> Outcome:
        text = _text(u)
        language = lang.pick(ctx.language)
        made = new_list_items.read(u.text, language)
        if made is not None:  # "start a packing list: socks, goggles and lip balm"
            return await self._made_with(ctx, made, u.text, language)
        name = _name_from(u, language)
        items = _split_items(_keep_commas(slot_text(u, "item")))
        listed = _text(u, commas=True)
        if not items:
            m = _ADD.search(listed)
            if m:
                items = _split_items(m.group(1))
                if m.group(2) and not name:
                    name = list_key(m.group(2))
        entry = list_entry.read(u.text, language) if language != "en" else None
        if entry is not None:  # "Kannst du Klopapier auf meine Einkaufsliste schreiben?"
            items = _split_items(entry.items, language)  # ("i friarielli": no "I …")
            # ("añade a la lista miel, limones …": the list said without its name, and no
            # name taken from the things after it)
            name = list_key(list_entry.list_name(entry.list, language)) or (
                "" if name and clean(name) in clean(entry.items) else name)
        elif language != "en" and not items and (bare := list_entry.no_list(u.text, language)):
            items, name = _split_items(bare, language), ""  # "Ajoute jus de pomme."
        last = _LAST_LIST.search(listed) if language == "en" else None
        if last and re.search(r"\s(?:to|on)\s", last["items"]):
            # "add reply to the ethics committee to my to-do list": the list is the last said
            items, name = _split_items(last["items"]), list_key(last["list"])
        more = _MORE_AFTER.search(listed) if language == "en" and items else None
        if more and not _CLAUSE.match(more["more"]):  # "add nappies to the shopping list, and wipes"
            items += [i for i in _split_items(more["more"]) if i not in items]
        needed = _NEEDED.search(listed)
        if needed and (not items or set(items) <= {"it", "them", "those", "that", "some"}):
            items = _split_items(needed.group(1))
        items = [i for i in items if not re.fullmatch(r"(a |an |the )?(new )?list", i)]
        said = len(items)
        items = [i for i in items if not names_nothing(i)]
        items = _whole_quotes(u.text, items)
        items = _whole_titles(u.text, items) if language == "en" else items
        if not items:
            if said or says_something(text) \
                    or language == "en" and not _wants_new(text, language) and \
                    re.search(r"\b(?:add|put|stick|pop|chuck)\b", text):
                # "add something to my list", "Ajoutez quelque chose …": what?
                # "add it to the shopping list" with nothing said before: what is "it"?
                return Outcome(lang.t(language, "list_ask_item"), action="list.ask_item",
                               expect_followup=True, data={"missing": "item"})
            return await self._create(ctx, name, text, language)
        name, items = await self._named_before_items(ctx, name, items, u.text)
        name = await self._longer_said(ctx, name, u.text) if name else await self._default(ctx)
        if any(len(i.split()) > 1 for i in items):  # "milk bread eggs and butter"
            items = await self._runs_split(ctx, name, u.text, items, language)
        items = [i if i in u.text else as_written(u.text, i)  # "Milch", not "milch"
                 for i in (_bare(i, language) for i in items)]
        items = amount_after.folded(items, language)  # "Feuchttücher, zwei Packungen"
        added, already = await write_db(ctx, _add_many, name, items, ctx.user_id)
        if language == "en" and already:  # "milk is already on your shopping list"
            one = len(already) == 1 and not re.search(r"[^s'u]s$", already[0])  # "eggs are"
            said = [f"{join_and(already)} {'is' if one else 'are'} already on "
                    f"your {name} list."]
            if added:
                said.insert(0, f"Okay, I've added {join_and([i.text for i in added])} to your "
                               f"{name} list.")
            return Outcome(" ".join(said[:1] + [lang.capital(t) for t in said[1:]]) if added
                           else lang.capital(said[0]), action="list.add",
                           data={"list": name, "items": [i.text for i in added],
                                 "already": already})
        if language != "en":
            return Outcome(lang.t(language, "list_added", items=lang.join(items, language),
                                  list=say_list(name, language)),
                           action="list.add",
                           data={"list": name, "items": [i.text for i in added]})
        return Outcome(f"Okay, I've added {join_and(items)} to your {name} list.",
                       action="list.add", data={"list": name, "items": [i.text for i in added]})

    async def _runs_split(self, ctx: SkillContext, name: str, said: str, items: list[str],
                          language: str) -> list[str]:
        """Each item said in a run without commas apart (:mod:`hark.text.item_runs`); the
        things on the list already, ticked off or not, count as known. A quoted item stays
        whole."""
        try:
            known = frozenset(i.text for i in await read_db(ctx, repo.items, name,
                                                              user=ctx.user_id))
        except HarkError:  # no such list yet
            known = frozenset()
        phrases = {clean(m.group(2)) for m in quoted(said)}
        out: list[str] = []
        for item in items:
            pieces = [item] if clean(item) in phrases else item_runs.split_run(item, language,
                                                                               known)
            if len(pieces) > 1 and language == "en":  # "a jar of salsa" is salsa on a list
                pieces = [re.sub(r"^(?:some|a|an|the)\s+", "", _ONE_OF.sub("", p)) for p in pieces]
            out += pieces
        return out

    async def _made_with(self, ctx: SkillContext, made: new_list_items.NewList, said: str,
                         language: str) -> Outcome:
        """A new list with what was said to go on it, both said in one request."""
        name = list_key(made.name)
        items = [i for i in _split_items(_keep_commas(made.items), language)
                 if not names_nothing(i)]
        if not items:  # "start a list called camping: something" — what, is still to ask
            return await self._create(ctx, name, said, language)
        if any(len(i.split()) > 1 for i in items):
            items = await self._runs_split(ctx, name, said, items, language)
        items = [i if i in said else as_written(said, i) for i in (_bare(i, language) for i in items)]
        items = amount_after.folded(items, language)  # "…, deux paquets"
        existed = name in await self._names(ctx)  # "plus a phone charger" just after
        await write_db(ctx, repo.get_or_create, name, user=ctx.user_id)
        added, _ = await write_db(ctx, _add_many, name, items, ctx.user_id)
        added_words = (f"Okay, I've added {join_and(items)} to your {name} list."
                       if language == "en" else
                       lang.t(language, "list_added", items=lang.join(items, language),
                              list=say_list(name, language)))
        if existed:
            speech = added_words
        elif language == "en":
            speech = f"Okay, I've made your {name} list with {join_and(items)} on it."
        else:
            speech = " ".join((lang.t(language, "list_created", list=say_list(name, language)),
                               added_words))
        return Outcome(speech, action="list.add",
                       data={"list": name, "items": [i.text for i in added],
                             "created": not existed})

    async def _create(self, ctx: SkillContext, name: str, text: str,
                      language: str) -> Outcome:
        """A new (empty) list named ``name``, or the question what to call it / add."""
        if not name:
            if _wants_new(text, language):
                return Outcome(lang.t(language, "list_ask_name"), action="list.ask_name",
                               expect_followup=True, data={"missing": "list_name"})
            return Outcome(lang.t(language, "list_ask_item"), action="list.ask_item",
                           expect_followup=True, data={"missing": "item"})
        existed = name in await self._names(ctx)
        await write_db(ctx, repo.get_or_create, name, user=ctx.user_id)
        if existed:
            return Outcome(_t(language, "list_exists", list=say_list(name, language)),
                           action="list.exists", data={"list": name})
        return Outcome(lang.t(language, "list_created", list=say_list(name, language)),
                       action="list.create", data={"list": name})

    async def query(self, u: Understanding, ctx: SkillContext) -> Outcome:
        text = _text(u)
        language = lang.pick(ctx.language)
        names = await self._names(ctx)
        name = _name_from(u, language)
        if not names:  # nothing is on any list: "… if not, add it" adds it
            return Outcome(lang.t(language, "lists_none"), action="list.query",
                           data={"lists": [], "answer": False})
        if language == "en" and not name and _SHOPS.search(text) and DEFAULT_LIST in names:
            name = DEFAULT_LIST  # "what do I need to pick up from the shops?"
        if language == "en" and not name and _ALL_ITEMS.search(text):
            return await self._read_all(ctx, names)
        wanted = _asked_on_list(text, language)
        asked_kind = _KIND_ASKED.search(text) if language == "en" else None
        if asked_kind and asked_kind["kind"].removesuffix("s") in _KINDS:
            wanted = asked_kind["kind"]  # "what fruit is on my shopping list?"
        doing = _TO_DO_VERB.search(text) if language == "en" and "list" in text else None
        if doing:  # "what is it I've got to fix, according to my to-do list?"
            wanted = ""
        if language == "en" and wanted in _PRONOUNS:
            wanted = ""  # "are they on the shopping list?" with nothing said before: read it
        both = [n for n in names if re.search(
            rf"(?<!\w){re.escape(re.sub(r'[ -]', '', n))}\s+list\b", text.replace("-", ""))]
        if language == "en" and re.search(r"\bboth\b|\blists\b", text):
            # "read out both my lists, the shopping and the to-do"
            both = [n for n in names if re.search(
                rf"(?<!\w){re.escape(re.sub(r'[ -]', '', n))}(?!\w)", text.replace("-", ""))]
        if language == "en" and len(both) > 1 and not wanted:
            return await self._read_all(ctx, both)  # "read me my shopping list and my to-do list"
        if not name and wanted and len(names) > 1:
            # "do I still need to buy eggs?", "¿están los plátanos en la lista?": the list
            # that has them, else shopping
            name = await self._holding(ctx, names, u, wanted) or (
                DEFAULT_LIST if DEFAULT_LIST in names else "")
        asks_names = _NAMES_QUERY.search(text) or (
            language in _NAMES_QUERY_OTHER and _NAMES_QUERY_OTHER[language].search(text))
        if not name and (asks_names or len(names) > 1):
            key = "lists_one" if len(names) == 1 else "lists_many"
            return Outcome(lang.t(language, key, n=len(names),
                                  names=_list_names(names, language)),
                           action="list.query", data={"lists": names})
        name = name or names[0]
        items = await read_db(ctx, repo.items, name, user=ctx.user_id, include_done=False)
        texts = [i.text for i in items]
        place = _PLACE_ASKED.search(text) if language == "en" else None
        placed = _by_place(items, place.group(0)) if place else None
        if placed:  # "what's the second item on my shopping list?", "last item on shopping?"
            said = place.group(0).removeprefix("the ")
            verb = "is" if len(placed) == 1 else "are"
            return Outcome(f"The {said} on your {name} list {verb} "
                           f"{join_and([i.text for i in placed])}.", action="list.query",
                           data={"list": name, "items": [i.text for i in placed]})
        begun = [t for t in texts if doing and t.split()[0].lower() == doing["verb"]]
        if begun:
            return Outcome(f"On your {name} list: {join_and(begun)}.", action="list.query",
                           data={"list": name, "items": texts, "answer": True})
        kind = _KINDS.get(wanted.removesuffix("s")) if language == "en" else None
        if kind is not None:  # "is there any fruit on my shopping list?"
            found = [t for t in texts if kind & _stems(t)]
            if asked_kind:  # "what fruit is on …?" is no yes/no question
                speech = (f"On your {name} list: {join_and(found)}." if found
                          else f"There's no {wanted} on your {name} list.")
            else:
                speech = (f"Yes: {join_and(found)}." if found
                          else f"No, there's no {wanted} on your {name} list.")
            return Outcome(speech, action="list.query",
                           data={"list": name, "items": texts, "answer": bool(found)})
        found = [t for t in texts if wanted and (_unhyphened(wanted) in _unhyphened(t)
                                                 or _within(t, wanted) or _same_thing(wanted, t))]
        if not found and wanted and language == "en":  # "do I still need bannanas?"
            found = [i.text for i in _misspelt(items, wanted)]
        # ("asked": what the question was about, found on the list: "them" said next)
        if language == "en" and found and found != [wanted]:  # "anything about the bike?"
            return Outcome(f"Yes, {join_and(found)} {'is' if len(found) == 1 else 'are'} on "
                           f"your {name} list.", action="list.query",
                           data={"list": name, "items": texts, "answer": True, "asked": found})
        if wanted:
            return Outcome(_t(language, "list_has" if found else "list_has_not",
                              item=wanted if language == "en" else as_written(u.text, wanted),
                              list=say_list(name, language, dative=True)),
                           action="list.query",
                           data={"list": name, "items": texts, "answer": bool(found),
                                 "asked": found})
        data = {"list": name, "items": texts}
        if language != "en":
            where = say_list(name, language, dative=True)
            key = "list_items_n" if len(texts) > 1 else "list_items"  # (how many: "wie viele
            # Sachen sind das insgesamt", "cuántas cosas me quedan")
            speech = (lang.t(language, key, list=where, n=len(texts),
                             items=lang.join(texts, language))
                      if texts else lang.t(language, "list_empty", list=where))
            return Outcome(speech, action="list.query", data=data)
        if not texts:
            return Outcome(f"Your {name} list is empty.", action="list.query", data=data)
        return Outcome(f"Your {name} list has {plural(len(texts), 'item')}: {join_and(texts)}.",
                       action="list.query", data=data)

    async def _read_all(self, ctx: SkillContext, names: list[str]) -> Outcome:
        """Every list with its items: "what's on my lists?"."""
        parts, data = [], {}
        for name in names:
            texts = [i.text for i in await read_db(ctx, repo.items, name, user=ctx.user_id,
                                                   include_done=False)]
            data[name] = texts
            parts.append(f"your {name} list has {join_and(texts)}" if texts
                         else f"your {name} list is empty")
        return Outcome(lang.capital("; ".join(parts)) + ".", action="list.query",
                       data={"lists": data})

    async def remove(self, u: Understanding, ctx: SkillContext) -> Outcome:
        text = _text(u)
        language = lang.pick(ctx.language)
        name = _name_from(u, language)
        m = _REMOVE.search(_text(u, commas=True))  # "cross milk, bread and eggs off …"
        # (its commas kept: "borra leche, huevos, pan y lavavajillas" is four items)
        wanted = _keep_commas(slot_text(u, "item")) or (m.group(1) if m else "")
        if m and m.group(2) and (not name or " " in name):
            # the list right after the item, not "on the way home … list"
            name = list_key(m.group(2))
        if language != "en" and _EXCEPT_OTHER.search(text):  # "alles außer dem Brot": never
            # the whole list
            return await self._remove_all_but(u, ctx, name or DEFAULT_LIST, language)
        if language != "en" and not slot_text(u, "item"):
            said = await self._remove_said(u, ctx, name, language)
            if said is not None:
                return said
        whole = _WHOLE.search(text) is not None
        names = await self._names(ctx) if language == "en" and name and not whole else None
        if names is not None and name not in names:
            name = ""  # the tagger took an item for the list: "washing-up liquid, take it off"
        if language == "en" and not wanted and _wants_clear(text, language):
            several = await self._lists_said(ctx, text)  # "empty the to-do list and the
            if len(several) > 1:  # shopping list, everything on both"
                for each in several:
                    await write_db(ctx, repo.clear, each, user=ctx.user_id)
                return Outcome(f"Okay, your {join_and(several)} lists are empty now.",
                               action="list.clear", data={"lists": several})
        if language == "en" and not wanted and not whole and not _wants_clear(text, language):
            # "cross off bread", "mark renew passport as done" (its commas kept: "cross off
            # bread, bananas and washing-up liquid")
            m = _OFF.search(_text(u, commas=True).rstrip(" .!"))
            wanted = next(g for g in m.groups() if g) if m else "it"
        phrases = [q.group(2).lower() for q in quoted(u.text)]
        if language == "en" and phrases:  # "remove 'fix the bike light', is done"
            wanted = " and ".join(phrases)
        if not name:
            names = names if names is not None else await self._names(ctx)
            if not names:
                return Outcome(lang.t(language, "lists_none_remove"), action="list.remove")
            if len(names) > 1 and language == "en" and wanted:
                name = await self._holding(ctx, names, u, wanted)  # the list that has it
            if not name and language == "en" and wanted:  # on no list: a reminder's words?
                done = await Reminders().done_if_said(u, ctx)
                if done is not None:
                    return done
            if not name and len(names) > 1 and language == "en" and wanted and (
                    set(_split_items(wanted)) <= _PRONOUNS or re.fullmatch(
                        r"(?:both|all|all two|the two)\s+(?:of\s+)?(?:them|those|these)", wanted)):
                # "fixed the bike light and got the milk, tick both off": each off its list
                each = await self._remove_from_each(ctx, names, u)
                if each is not None:
                    return each
            if not name and len(names) > 1 and DEFAULT_LIST in names \
                    and _SHOPPING_SAID.search(text):  # "j'ai fait les courses, vide la liste"
                name = DEFAULT_LIST
            if not name and len(names) > 1:
                return Outcome(lang.t(language, "list_which",
                                      choices=_list_names(names, language, lang.OR)),
                               action="list.ask_which", expect_followup=True,
                               data={"missing": "list_name", "choices": names})
            name = name or names[0]
        if (_EXCEPT if language == "en" else _EXCEPT_OTHER).search(text):
            return await self._remove_all_but(u, ctx, name, language)
        if language == "en" and _THE_LOT.fullmatch(wanted or ""):
            # "cross off everything on my to-do list, I've done the lot", "take everything
            # off the shopping list but keep the eggs"
            if _LEAVE.search(text):
                return await self._remove_all_but(u, ctx, name)
            n = await write_db(ctx, repo.clear, name, user=ctx.user_id)
            return Outcome(_t(language, "list_cleared", list=say_list(name, language)),
                           action="list.clear", data={"list": name, "removed": n})
        if wanted and not re.fullmatch(r"(the |this |my )?(whole |entire )?list", wanted):
            return await self._remove_items(u, ctx, name, wanted)
        if _wants_clear(text, language):
            n = await write_db(ctx, repo.clear, name, user=ctx.user_id)
            return Outcome(_t(language, "list_cleared", list=say_list(name, language)),
                           action="list.clear", data={"list": name, "removed": n})
        if not _DELETES.get(language, _DELETES["en"]).search(text):
            # a list named with no word of deleting ("de la lista del súper", the head of
            # "… quita la leche" cut apart): never the whole list; what to take off, asked
            return Outcome(_t(language, "list_ask_remove", list=name), action="list.ask_item",
                           expect_followup=True, data={"missing": "item"})
        await write_db(ctx, repo.delete_list, name, user=ctx.user_id)
        return Outcome(lang.t(language, "list_deleted", list=say_list(name, language)),
                       action="list.delete", data={"list": name})

    async def _remove_said(self, u: Understanding, ctx: SkillContext, name: str,
                           language: str) -> Outcome | None:
        """de/fr/es/it: the whole list emptied when asked so ("die komplette Einkaufsliste",
        "svuota la lista"), else the items whose words are said ("Nimm die Milch von der
        Einkaufsliste", "cocher le passeport"), on the list said or any list; an answer
        that it is not there when other words name something; None when the list itself
        is what was named (the caller deletes it, once confirmed)."""
        text = _text(u)
        names = await self._names(ctx)
        if not names:
            return Outcome(lang.t(language, "lists_none_remove"), action="list.remove")
        if name not in names:  # "la lista de la compra entera": the shopping list
            name = list_key(_WHOLE_OTHER.sub(" ", name))
        if name not in names:
            name = names[0] if len(names) == 1 else ""
        if _wants_clear(text, language) or _WHOLE_OTHER.search(_DID_IT_ALL.sub(" ", text)):
            if not name:
                return None  # which list: asked by the caller
            n = await write_db(ctx, repo.clear, name, user=ctx.user_id)
            return Outcome(_t(language, "list_cleared", list=say_list(name, language)),
                           action="list.clear", data={"list": name, "removed": n})
        words = [w for w in _content_words(u.text, language)  # not a list's own name
                 if not any(begins_like(n, w) for each in names
                            for n in re.findall(r"[^\W\d][\w'-]*", each))]
        # a short item said whole: "los huevos y el pan" (words of 4+ letters name the rest)
        short = set() if _TAKEN_BACK.search(u.text) else set(
            re.findall(r"\b[^\W\d]{2,3}\b", u.text.lower()))  # ("… no, espera, solo los
        # huevos": the items of the correction are for the reader of corrections)
        scored = []
        for each in ([name] if name else []) + [n for n in names if n != name]:
            for item in await read_db(ctx, repo.items, each, user=ctx.user_id):
                score = _words_said(item.text, words) or (
                    1.0 if item.text.lower() in short and words else 0.0)
                if score:
                    scored.append((score, each == name, each, item))
        if scored:
            best = max(scored, key=lambda x: (x[0], x[1]))
            hits = [x for x in scored if x[:3] == best[:3]]
            whole = [x for x in scored if x[2] == best[2] and _all_said(x[3].text, words)]
            if len(whole) > len(hits):  # "togli latte e detersivo per i piatti": each item
                hits = whole  # said in full, not only the one of the most words
            await write_db(ctx, _remove_many, [x[3].id for x in hits])
            return _removed_said([x[3].text for x in hits], best[2], language)
        words = [w for w in words if w in _content_words(u.text, language, verbs=False)]
        if words and name:
            return Outcome(lang.t(language, "list_not_on", item=" ".join(words).capitalize(),
                                  list=say_list(name, language, dative=True)),
                           action="list.not_found")
        return None

    async def _lists_said(self, ctx: SkillContext, text: str) -> list[str]:
        """The user's lists named in ``text`` ("the to-do list and the shopping list")."""
        return [n for n in await self._names(ctx)
                if re.search(rf"\b{re.escape(n.replace('to-do', 'todo'))}\s+list\b", text)]

    async def _holding(self, ctx: SkillContext, names: list[str], u: Understanding,
                       wanted: str) -> str:
        """The one list that holds what is named ("" if none or several do)."""
        found = await self._found_on(ctx, names, u, None if set(_split_items(wanted)) <= _PRONOUNS
                                     else wanted)
        return next(iter(found)) if len(found) == 1 else ""

    async def _found_on(self, ctx: SkillContext, names: list[str], u: Understanding,
                        wanted: str | None) -> dict[str, list[ListItem]]:
        """Each of ``names`` that holds what is named, with those items: ``wanted`` found on
        it, or (``None``) the items whose words the sentence says."""
        found: dict[str, list[ListItem]] = {}
        for name in names:
            items = await read_db(ctx, repo.items, name, user=ctx.user_id, include_done=False)
            hits = _named_items(items, _text(u), name) if wanted is None else _find_items(items, wanted)
            if hits:
                found[name] = hits
        return found

    async def _remove_from_each(self, ctx: SkillContext, names: list[str],
                                u: Understanding) -> Outcome | None:
        """The items the words name taken off each list that holds one, when they are on
        two lists or more; None otherwise."""
        found = await self._found_on(ctx, names, u, None)
        if len(found) < 2:
            return None
        await write_db(ctx, _remove_many, [i.id for hits in found.values() for i in hits])
        said = [f"{join_and([i.text for i in hits])} from your {name} list"
                for name, hits in found.items()]
        return Outcome(f"Okay, I've removed {join_and(said)}.", action="list.remove_item",
                       data={"lists": {n: [i.text for i in h] for n, h in found.items()}})

    async def _remove_all_but(self, u: Understanding, ctx: SkillContext,
                              name: str, language: str = "en") -> Outcome:
        """"Everything is done except the haircut, clear the rest", "ya compré todo lo de
        la lista menos el lavavajillas": all but what is named after "except"."""
        items = await read_db(ctx, repo.items, name, user=ctx.user_id, include_done=False)
        text = _text(u)
        except_ = _EXCEPT if language == "en" else _EXCEPT_OTHER
        left = _LEAVE.search(text) if language == "en" else None
        kept = _named_items(items, left.group(1) if left and not except_.search(text)
                            else except_.split(text, maxsplit=1)[-1], name, language)
        gone = [i for i in items if i not in kept]
        if not kept or not gone:
            return Outcome(_t(language, "list_ask_remove", list=name), action="list.ask_item",
                           expect_followup=True, data={"missing": "item"})
        await write_db(ctx, _remove_many, [i.id for i in gone])
        if language != "en":
            return _removed_said([i.text for i in gone], name, language)
        return Outcome(f"Okay, I've removed {join_and([i.text for i in gone])} from your "
                       f"{name} list. {lang.capital(join_and([i.text for i in kept]))} "
                       f"{'is' if len(kept) == 1 else 'are'} still on it.",
                       action="list.remove_item",
                       data={"list": name, "items": [i.text for i in gone]})

    async def _remove_items(self, u: Understanding, ctx: SkillContext, name: str,
                            wanted: str) -> Outcome:
        items = await read_db(ctx, repo.items, name, user=ctx.user_id)
        language = lang.pick(ctx.language)
        if language == "en" and set(_split_items(wanted)) <= _PRONOUNS:
            hits = _named_items(items, _text(u), name)
            if not hits:
                return Outcome(_t(language, "list_ask_remove", list=name),
                               action="list.ask_item", expect_followup=True,
                               data={"missing": "item"})
        else:
            hits = _find_items(items, wanted)
        if not hits and language != "en":
            return Outcome(lang.t(language, "list_not_on", item=as_written(u.text, wanted),
                                  list=say_list(name, language, dative=True)),
                           action="list.not_found")
        if not hits and not set(_split_items(wanted)) <= _PRONOUNS:
            # on one other list ("add carrots to the shopping list, and tick off renew
            # passport": the to-do list's): taken off that one, and the answer names it
            others = [n for n in await self._names(ctx) if n != name]
            other = await self._holding(ctx, others, u, wanted) if others else ""
            if other:
                return await self._remove_items(u, ctx, other, wanted)
        left = _LEAVE.search(_text(u)) if language == "en" else None
        if left is not None:  # "take off the bread and the milk, and leave the bananas on"
            kept = _named_items(hits, left.group(1), name)
            hits = [i for i in hits if i not in kept] or hits
        if not hits:
            return Outcome(f"{wanted.capitalize()} isn't on your {name} list.",
                           action="list.not_found")
        await write_db(ctx, _remove_many, [i.id for i in hits])
        if language != "en":
            return _removed_said([i.text for i in hits], name, language)
        return Outcome(f"Okay, I've removed {join_and([i.text for i in hits])} from your "
                       f"{name} list.", action="list.remove_item",
                       data={"list": name, "items": [i.text for i in hits]})


_THE_LOT = re.compile(r"(?:everything|all|the lot|all of it|it all|every item|all the items|"
                      r"all the things)(?: (?:on|off|from) (?:it|the list|my list))?")
# what is to stay: "…, and leave the bananas on", "but keep the eggs"
_LEAVE = re.compile(r"\b(?:leave|keep)\s+(.+?)(?:\s+(?:on|there|on it|on the list|for now))?"
                    r"\s*(?:please)?[.?!]*$")


_PLACES = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "final": -1}
_COUNTS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}


# an item by its place: "the first item", "the last two things" (a place, a count)
_PLACE = r"(?:the\s+)?(first|second|third|fourth|fifth|last|final)(?:\s+(two|three|four|\d))?\s+"
# asked for in a question ("what's the second item on my shopping list?")
_PLACE_ASKED = re.compile(rf"\b{_PLACE}(?:things?|items?|entr(?:y|ies))\b")


def _removed_said(texts: list[str], name: str, language: str) -> Outcome:
    """The answer (German, French, Spanish, Italian) to items taken off the list ``name``."""
    return Outcome(lang.t(language, "list_removed", items=lang.join(texts, language),
                          list=say_list(name, language, dative=True)),
                   action="list.remove_item", data={"list": name, "items": texts})


def _by_place(items: list[ListItem], wanted: str) -> list[ListItem] | None:
    """"the first two things", "the last item", "the second one" → those items."""
    m = re.fullmatch(rf"{_PLACE}(?:things?|items?|ones?|entr(?:y|ies))(?:\s+on\s+(?:it|there))?",
                     wanted)
    if not m or not items:
        return None
    n = _COUNTS.get(m.group(2) or "", 1)
    place = _PLACES[m.group(1)]
    return items[-n:] if place < 0 else items[place - 1: place - 1 + n]


# the whole list, said in de/fr/es/it: emptied, not deleted
_WHOLE_OTHER = re.compile(r"\b(?:komplett\w*|ganze\w*|gesamte\w*|alles|toute|tout|entière|"
                          r"complète|entera|entero|toda la|todo lo|completa|intera|tutta|"
                          r"tutto)\b")
# "everything" said of what the user did, not of the list: "…, ho fatto tutto", "j'ai tout
# fait", "hab alles erledigt", "ya lo hice todo"
_DID_IT_ALL = re.compile(r"\b(?:(?:fatto|fait|erledigt|gemacht|hecho|hice|comprato|gekauft|"
                         r"acheté|comprado)\s+(?:tutto|tout|alles|todo)|(?:tutto|tout|alles|todo)"
                         r"\s+(?:fatto|fait|erledigt|gemacht|hecho|hice|comprato|gekauft|acheté|"
                         r"comprado))\b")
# words of a removal in de/fr/es/it that name no item: the list, the asking, the reason's
# little words (content words are 4+ letters)
_NOT_ITEM_WORDS = re.compile(
    r"[\w-]*(?:liste|lischte|zettel)|listes?|listas?|to-?do|pendientes|courses|compra|"
    r"spesa|súper|super|einkauf\w*|choses|cose|fare|faire|tareas|bitte|kannst|könntest|"
    r"schon|gerade|grad|noch|habe|dass|pour|avec|dans|s'il|plaît|plait|déjà|encore|"
    r"para|porque|favor|della|delle|degli|dalla|dallo|sulla|nella|perché|già|ancora|"
    r"questo|questa|quello|quella|ce|cette|está|esta|este|todavía")


_TAKEN_BACK = re.compile(r"\b(?:no|nein|non|nee|noi)\b\s*[,.!…]|\b(?:solo|nur|seulement|"
                         r"solamente|soltanto)\b", re.I)


# a word of deleting or taking off, said of the list itself
_DELETES = {
    "en": re.compile(r"\b(?:delete|remove|get rid of|bin|scrap|ditch|drop|erase|lose|kill|"
                     r"trash|throw away|cancel|wipe|clear|empty)\b", re.I),
    **{lang_: re.compile(rf"\b(?:{stored_requests.REMOVE[lang_]})", re.I)
       for lang_ in ("de", "fr", "es", "it")},
}


def _content_words(text: str, language: str, *, verbs: bool = True) -> list[str]:
    """The words of a de/fr/es/it removal that may name an item (without the language's
    verbs of removing and adding unless ``verbs``: an item may begin as one does,
    "Streichhölzer", "levure")."""
    verb = re.compile(f"{stored_requests.REMOVE[language]}|{list_entry.ADDING[language]}")
    return [w for w in re.findall(r"[^\W\d][\w'-]*", text.lower().replace("’", "'"))
            if len(last := w.split("'")[-1]) >= 4 and not _NOT_ITEM_WORDS.fullmatch(last)
            and (verbs or not verb.fullmatch(last))]


def _words_said(item: str, words: list[str]) -> float:
    """How many of the item's words (4+ letters) are said, a word's ending aside
    ("Fahrradlicht" in "das Fahrradlicht ab", "reparieren" in "ist repariert"); half as
    much for a compound's first part ("das mit dem Fahrrad": "Fahrradlicht reparieren"),
    so that "Milch" takes off the milk, not the "Milchschokolade" too."""
    said = [w.split("'")[-1] for w in words]

    def weight(w: str) -> float:
        if any(begins_like(w, s) for s in said):
            return 1.0
        return 0.5 if any(len(s) >= 5 and w.startswith(s) for s in said) else 0.0

    return sum(weight(w.split("'")[-1])
               for w in re.findall(r"[^\W\d][\w'-]*", item.lower()) if len(w) >= 4)


def _all_said(item: str, words: list[str]) -> bool:
    """Whether every word of the item (4+ letters) is said."""
    own = [w for w in re.findall(r"[^\W\d][\w'-]*", item.lower()) if len(w) >= 4
           and not _NOT_ITEM_WORDS.fullmatch(w.split("'")[-1])]  # ("della": never an item's word)
    return bool(own) and _words_said(item, words) >= len(own)


_ARTICLE_OTHER = re.compile(r"^(?:los|las|el|la|les|le|l'|die|der|das|den|i|gli|lo|il|"
                            r"un|una|une|des|du|unos|unas)\s*(?=\w)", re.I)


def _find_items(items: list[ListItem], wanted: str) -> list[ListItem]:
    placed = _by_place([i for i in items if not i.done], wanted)
    if placed is not None:
        return placed
    m = re.fullmatch(r"(?:the\s+)?(?:item\s+(?:number\s+)?(\w+)|(\w+)\s+item)", wanted)
    if m:
        word = m.group(1) or m.group(2)
        n = parse_ordinal(word, "en") or parse_number(word, "en")
        if isinstance(n, int) and 1 <= n <= len(items):
            return [items[n - 1]]
    hits = []
    for part in _split_items(wanted):
        if not set(re.findall(r"[\w'-]+", part.lower())) - _PLAIN - _THINKING:
            continue  # "the passport and the, like, the haircut": "the" names no item
        # accents and an article aside: "los platanos" are the "plátanos"
        plain = unaccented(_ARTICLE_OTHER.sub("", part))
        exact = [i for i in items if i.text.lower() == part] or [
            i for i in items if unaccented(i.text.lower()) == plain]
        hits += exact or [i for i in items if part in i.text.lower() or i.text.lower() in part][:1] \
            or _named_items(items, part, "")[:1] or _misspelt(items, part)  # "renewing my passport"
    return hits


def _misspelt(items: list[ListItem], wanted: str) -> list[ListItem]:
    """The one item ``wanted`` names with a letter left out, added or two swapped in a long
    word ("mlik" is milk, "bannanas" bananas; not a letter changed: "milo" is a drink of its
    own); none when several fit."""
    said = wanted.lower().split()
    if not said or not any(len(w) >= 4 for w in said):
        return []
    fits = [i for i in items if len(i.text.split()) == len(said) and all(
        a == b or (len(a) >= 4 and _one_slip(a, b)) for a, b in zip(said, i.text.lower().split(), strict=True))]
    return fits if len(fits) == 1 else []


def _one_slip(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with one letter left out or added, or two next to each other
    swapped."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


# words said while thinking, between the items
_THINKING = {"like", "um", "uh", "er", "erm", "hmm", "well", "oh", "ah", "wait", "sorry", "no",
             "yeah", "actually"}
_PLAIN = {"the", "a", "an", "my", "some", "to", "of", "for", "and", "on", "off", "in",
          "list", "it", "them", "get", "got", "do", "done", "need", "i", "we", "you", "can",
          "could", "please", "so", "that", "this", "from", "with", "take", "remove", "tick",
          "cross", "already", "any", "more", "have", "bought", "picked", "up", "way", "home"}


_SMALL_WORDS = {"the", "a", "an", "my", "our", "some", "any", "still", "already", "even", "to",
                "of", "for"}


# words said around an item asked about that do not make it another thing
_ASIDE = _SMALL_WORDS | {"really", "definitely", "actually", "more", "there"}


def _unhyphened(text: str) -> str:
    """"washing-up liquid" as "washing up liquid" is said."""
    return " ".join(text.lower().replace("-", " ").split())


def _within(item: str, wanted: str) -> bool:
    """Whether ``wanted`` is ``item`` with words that change nothing ("eggs still" is
    eggs; "oat milk" is not milk)."""
    words, said = _unhyphened(item).split(), _unhyphened(wanted).split()
    for i in range(len(said) - len(words) + 1):
        if said[i:i + len(words)] == words:
            return set(said[:i] + said[i + len(words):]) <= _ASIDE
    return False


def _same_thing(wanted: str, item: str) -> bool:
    """"fixing the bike light still" ~ "fix the bike light", "bike light" ~ "fix the bike
    light": every word asked about is in the item, the small ones aside, each stemmed
    (English). "oat milk" is not "milk"."""
    a, b = _stems(wanted) - _SMALL_WORDS, _stems(item) - _SMALL_WORDS
    return bool(a) and bool(b) and a <= b


def _stems(text: str) -> set[str]:
    """The stems of ``text``'s words ("fixing the bike light" → fix, the, bike, light)."""
    return {_stem(w) for w in re.findall(r"[a-z]+", text.lower())}


def _stem(word: str) -> str:
    """'renewing' ~ 'renew', 'fixed' ~ 'fix', 'booked' ~ 'book', 'eggs' ~ 'egg'."""
    for end in ("ing", "ed", "es", "s"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)]
    return word


def _named_items(items: list[ListItem], text: str, list_name: str,
                 language: str = "en") -> list[ListItem]:
    """The items whose own words are said in ``text`` ("I've booked my haircut" → "book
    a haircut"): every word of the item but the small ones, or its last word; in
    German, French, Spanish and Italian, half its words and not its verb alone ("außer dem
    Reisepass" → "Reisepass verlängern")."""
    if language != "en":
        return [i for i in items if items_done.named_in(text, i.text, language)]
    said = {_stem(w.removesuffix("'s")) for w in re.findall(r"[a-z0-9'-]+", text)} \
        - {_stem(list_name)}
    hits = []
    for item in items:
        words = [_stem(w) for w in re.findall(r"[a-z0-9'-]+", item.text.lower())
                 if w not in _PLAIN]
        if words and (all(_in_said(w, said) for w in words) or _in_said(words[-1], said)):
            hits.append(item)
    return hits


def _in_said(word: str, said: set[str]) -> bool:
    """``word`` is said, or typed with one slip in a long word ("booked the haricut")."""
    return word in said or (len(word) >= 5 and any(
        len(s) >= 5 and _one_slip(s, word) for s in said))


def _add_many(db: Any, name: str, items: list[str], user: str
              ) -> tuple[list[ListItem], list[str]]:
    """The items added, and those already on the list (not added again)."""
    try:
        have = {_unhyphened(i.text) for i in repo.items(db, name, user=user, include_done=False)}
    except NotFound:  # no such list yet: add_item makes it
        have = set()
    added, already = [], []
    for text in items:
        if _unhyphened(text) in have:
            already.append(text)
            continue
        have.add(_unhyphened(text))
        added.append(repo.add_item(db, name, text, user=user))
    return added, already


def _remove_many(db: Any, ids: list[int]) -> None:
    for i in ids:
        repo.remove_item(db, i)

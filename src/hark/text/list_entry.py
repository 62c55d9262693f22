"""What is put on which list, said in German, French, Spanish or Italian.

"Kannst du Klopapier auf meine Einkaufsliste schreiben?", "Ajoute du lait pis des
céréales à ma liste d'épicerie", "Apunta llevar el coche al taller en mi lista de
tareas", "Aggiungi un libro di cucina alla lista dei regali di Natale": the items are the
words between the asking (verbs, "kannst du", "bitte", "pourriez-vous") and the list; the
list is named by the words around "Liste" / "liste" / "lista". Words after the list ("…,
ich fahr am Samstag hin") are not items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# the list, as said after the items: its preposition, its article, its name
_LIST = {
    "de": r"(?:^|\s+)(?:auf|zu|zur|in|unter)\s+(?:die|meine|unsere|deine|der|meiner|unserer|"
          r"den|meinen|dem|meinem)?\s*(?P<list>[\w-]*(?:[lL]iste|[zZ]ettel)\b"
          r"(?:\s+(?:für|namens)\s+[\w-]+)?)|"
          r"(?:^|\s+)(?:auf|zu|in)\s+(?:meine|meinen|unsere)\s+(?P<bare>Aufgaben|aufgaben)\b",
    "fr": r"(?:^|\s+)(?:à|a|sur|dans)\s+(?:la|ma|notre|mon|ta|votre)\s+(?P<list>(?:liste|to-?do)\b"
          # ("liste de choses à faire"; not the article of the item after: "liste de courses
          # de la compote")
          r"(?:\s+(?:des|du|d'|de|pour)?\s*[\w'-]+(?:\s+(?:à|a|de)\s+(?!(?:la|le|les|l)\b)[\w-]+)?)?)|"
          # a list said by its name alone: "à mes tâches", "aux courses"
          r"(?:^|\s+)(?:à|dans|aux)\s+(?:mes\s+|les\s+)?(?P<bare>tâches|courses|choses à faire)\b",
    "es": r"(?:^|\s+)(?:a|en)\s+(?:la|mi|nuestra|tu)\s+(?P<list>(?:lista|to-?do)\b"
          r"(?:\s+(?:de(?:l| la| los| las)?|para)\s+[\w-]+(?:\s+(?:de(?!\s+(?:la|las|los|el|"
          r"un|una|unos|unas)\b)|pendientes)\s*[\w-]*)?)?)|"
          r"(?:^|\s+)(?:a|en)\s+(?:la|las|mis|los)\s+(?P<bare>compra|tareas|pendientes)\b",
    "it": r"(?:^|\s+)(?:a|alla|nella|sulla|in)\s+(?:mia\s+|nostra\s+|tua\s+)?(?P<list>(?:lista|"
          r"to-?do)\b(?:\s+(?:della|delle|dei|degli|di|del|per(?: la| il| le| i)?)\s+[\w'-]+"
          r"(?:\s+(?:da|di)\s+[\w-]+)?)?)|"
          r"(?:^|\s+)(?:alla|nella|alle|nelle|tra le)\s+(?:mie\s+)?(?P<bare>spesa|cose da fare)\b",
}
# the shopping list's own name, per language
SHOPPING_NAME = {"de": "Einkaufsliste", "fr": "liste de courses", "es": "lista de la compra",
                 "it": "lista della spesa"}
# the verb that asks for the adding: what comes before it is asking too ("Wären Sie so lieb
# und schreiben …", "Est-ce que vous pourriez ajouter …", "¿Sería tan amable de añadir …")
ADDING = {
    "de": r"setz\w*|schreib\w*|pack\w*|füg\w*|trag\w*|nimm|nehmen|notier\w*|gib|geben|tu",
    "fr": r"(?:ajout\w*|rajout\w*|mets|mettez|mettre|not\w*|inscri\w*|écri\w*)(?:-moi|-nous|-y)?",
    "es": r"añ[aá]d\w*|agr[eé]g\w*|pon|poné|ponga|poner|ponme|ap[uú]nt\w*|an[oó]t\w*|mete|meter|"
          r"incluy\w*|"
          r"inclu\w*",
    "it": r"aggiung\w*|metti|metta|mettere|mettimi|mettici|segna\w*|scriv\w*|inseris\w*|annot\w*",
}

# words that ask for the adding, said before the items when no adding verb is said (the
# verbs of ``ADDING`` are found first: what is before one is asking)
_ASKING = {
    "de": r"kannst|könntest|könnten|würdest|würden|du|sie|bitte|mal|doch|noch|mir|uns|"
          r"nehme|tun|mach|hinzufügen|aufschreiben|draufsetzen|draufschreiben|ja|hey|hallo|ok|"
          r"okay|ich|wir|muss|müssen|möchte|möchten|will|wollen|sollte|soll|gern|gerne",
    "fr": r"tu|vous|peux|pourrais|pourriez|peux-tu|pouvez-vous|pourriez-vous|pourrais-tu|"
          r"s'il|te|plaît|plait|stp|svp|ajoute-moi|merci|moi|me|hé|bon|alors|aussi|encore",
    "es": r"puedes|podrías|podría|puede|me|nos|por|favor|añádeme|agrégame|apúntame|anótame|"
          r"oye|che|también",
    "it": r"puoi|potresti|potrebbe|può|mi|ci|per|favore|cortesia|segni|inserire|ehi|anche|pure",
}


# what opens a turn that goes on from the one before: "E nella lista della spesa …", "Und
# auf die Einkaufsliste …", "Et sur la liste de courses …", "Y en la lista de la compra …"
_THEN = {"de": r"und|dann|ach|ah|oh|also", "fr": r"et|puis|pis|ah|oh|alors|bon",
         "es": r"y|e|ah|oh|pues|luego", "it": r"e|ed|ah|oh|poi|allora"}
_PUT_RIGHT = re.compile(r"non|nein|nee|no|pardon|sorry|scusa|scusami|perd[oó]n|perdona|"
                        r"désolée?|sorry|entschuldigung|doch", re.I)
# a question about a list, not an adding: "Und auf der Einkaufsliste, was steht da?"
_QUESTION = re.compile(r"\?|\b(?:was|wie|wieviel\w*|welche\w*|quoi|qu'est|combien|quel\w*|"
                       r"qu[eé]|cu[aá]nt\w*|cosa|che cosa|quant\w*|quali)\b|"
                       # what is on it, told: "Auf der Einkaufsliste steht Milch"
                       r"^\W*(?:steht|stehen|ist|sind|hab\w*|il y a|y a|j'ai|hay|tengo|tienes|"
                       r"c'è|ci sono|ho|hai)\b", re.I)


# the items said again by a pronoun before the list: "Hotel in Luzern buchen, das auch noch
# auf die To-do-Liste", "les faire-part, ça aussi sur la liste"
_RESUMED = re.compile(r",\s*(?:das|des|dies|ça|ca|cela|eso|esto|quello|questo|quelli|quelle)"
                      r"(?:\s+(?:auch|noch|bitte|mal|aussi|también|anche|pure))*\s*$", re.I)


_COURTESY = (r"bitte|mal|doch|noch|mir|uns|moi|-moi|me|nous|s'il|te|vous|plaît|plait|por|favor|"
             r"per|favore|cortesia|mi|ci|auch|aussi|también|anche|pure")


@dataclass(frozen=True)
class Entry:
    items: str  # as said: "Topfen und Paradeiser"
    list: str  # as said: "Einkaufsliste", "liste d'épicerie", "lista dei regali di Natale"


def read(text: str, language: str) -> Entry | None:
    """The items and the list of an adding said in ``language``, or None."""
    where = _LIST.get(language)
    if where is None:
        return None
    said = text.replace("’", "'").strip(" ¿¡")
    head, colon, tail = said.partition(":")
    m = re.search(where, head, re.I) if colon else None
    if m is not None and tail.strip(" .!?"):
        # the list first, then what goes on it: "Auf meine To-do-Liste: Auto waschen",
        # "Ajoute à ma liste de tâches : appeler le garage"
        return Entry(tail.strip(" .!?"), m.group("list") or m.group("bare"))
    m = re.search(where, said, re.I)
    if m is None:
        return None
    before = said[:m.start()].strip(" ,")
    verb = re.search(rf"(?<![\w'-])(?:{ADDING[language]})(?![\w'-])", before, re.I)
    if verb is not None:  # after it, only courtesy ("Ajoute mettre la table …" keeps its verb)
        before = before[verb.end():]
    words = before.split()
    opening = re.compile(rf"(?:{_THEN[language]})[,.!?]?", re.I)
    asking = re.compile(rf"(?:{_COURTESY if verb is not None else _ASKING[language]})[,.!?]?",
                        re.I)
    putting_right = any(_PUT_RIGHT.fullmatch(w.strip(",.!?¿¡")) for w in words)
    while words and (asking.fullmatch(words[0].strip("¿¡")) or (
            not putting_right and opening.fullmatch(words[0].strip("¿¡")))):
        words.pop(0)  # ("ah non pardon, sur la liste …" puts right the list before)
    items = _RESUMED.sub("", " ".join(words)).strip(" ,")
    after = said[m.end():]
    if not items and verb is not None and not re.match(r"\s*[,;]", after) and \
            after.strip(" .!?"):
        # the list right after the verb, then what goes on it: "Metti nella lista della
        # spesa il mascarpone e i savoiardi"
        return Entry(after.strip(" .!?"), m.group("list") or m.group("bare"))
    if not items and verb is None and after.strip(" ,.!?") and not _QUESTION.search(after):
        # the list first with no verb, then what goes on it, going on from the turn before:
        # "E nella lista della spesa il regalo per gli sposi", "Und auf die Einkaufsliste
        # noch Sekt"
        said_after = after.strip(" ,.!?").split()
        while said_after and re.fullmatch(rf"(?:{_COURTESY})", said_after[0], re.I):
            said_after.pop(0)  # ("… noch Zugbillette lösen")
        return Entry(" ".join(said_after), m.group("list") or m.group("bare")) \
            if said_after else None
    if not items:
        return None
    return Entry(items, m.group("list") or m.group("bare"))


# a list set aside: "Just the to-do one, not the shopping" (the list meant is the other)
NOT_THIS_LIST = re.compile(r",?\s+(?:and\s+)?not\s+(?:the|my|our)\s+[\w-]+(?:\s+(?:one|list))?\b",
                           re.I)


# a list said by its word or its name: "lista", "Zettel", "to-do", "la compra", "courses"
# ("la compra", not the verb "comprar": "añade ahí comprar zapatillas" names no list)
_A_LIST = re.compile(r"list|elenco|zettel|t[âa]ches|tareas|\bla\s+compra\b|spesa|courses|"
                     r"[ée]picerie|einkauf|to-?do|cose da fare|besorg", re.I)


_A_CART = re.compile(r"panier|carrito|carrello|warenkorb|einkaufswagen|\bcesta\b", re.I)


def names_a_list(text: str) -> bool:
    """Whether ``text`` (de/fr/es/it) says a list's word or a list's name at all."""
    return _A_LIST.search(text) is not None


def no_list(text: str, language: str) -> str:
    """The things of an adding that names no list ("Ajoute jus de pomme.", "Aggiungi succo
    di mela."): the words after its verb, or "" when it names a list or has no verb first."""
    said = text.replace("’", "'").strip(" ¿¡.!?")
    head, colon, tail = said.partition(":")
    if colon and tail.strip() and not names_a_list(head) and re.search(
            rf"(?<![\w'-])(?:{ADDING.get(language, '(?!)')})(?![\w'-])", head, re.I) \
            and len(head.split()) <= 8:  # "Und schreib mir dafür drauf: Gästezimmer lüften, …"
        return tail.strip()
    m = re.match(rf"(?:{_COURTESY}[,\s]*)*(?:{ADDING.get(language, '(?!)')})\s+(?P<items>\S.*)$",
                 said, re.I)
    if m is None or names_a_list(said) or _A_CART.search(said):
        return ""  # ("Ajoute ce livre à mon panier Fnac": a shop's basket, no list of ours)
    # ("Füg Butter hinzu": the verb's particle is no item)
    return re.sub(r"\s+(?:hinzu|dazu|drauf|rauf|noch)$", "", m.group("items"), flags=re.I) \
        if language == "de" else m.group("items")


_LIST_WORD = {
    "de": re.compile(r"^(?P<name>.*?)-?(?:liste)(?:\s+(?:für|namens)\s+(?P<after>.+))?$", re.I),
    "fr": re.compile(r"^(?:liste)\s*(?:de la |de l'|des |du |de |d'|pour )?(?P<name>.*)$", re.I),
    "es": re.compile(r"^(?:lista)\s*(?:de la |de los |de las |del |de |para )?(?P<name>.*)$", re.I),
    "it": re.compile(r"^(?:lista)\s*(?:della |delle |dei |degli |del |di |per la |per il |per le "
                     r"|per i |per )?(?P<name>.*)$", re.I),
}


def without_joining_s(word: str) -> str:
    """A German compound's first part without the s that joins it: "Einkaufs" → "Einkauf"
    (not after a vowel or a hissing sound: "Baumarkt", "Haus")."""
    return re.sub(r"(?<=[^aeiouäöüsxz])s$", "", word)


def list_name(said: str, language: str) -> str:
    """The list's own name in what was said of it: "Weihnachtsgeschenke-Liste" →
    "Weihnachtsgeschenke", "Einkaufsliste" → "Einkauf", "liste d'épicerie" → "épicerie",
    "lista dei regali di Natale" → "regali di Natale"; "" for a list said without one."""
    rx = _LIST_WORD.get(language)
    m = rx.match(said.strip()) if rx else None
    if m is None:
        return said.strip()
    name = (m.group("name") or "").strip(" -")
    if language == "de":
        name = m.group("after") or name
        if " " not in name:
            name = without_joining_s(name)
    return name

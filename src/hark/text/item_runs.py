"""Several list items said without commas: "add milk bread eggs and butter", "setz milch
eier und topfen auf die einkaufsliste", "ajoute du lait des œufs pis du beurre", "agrega
tortillas jitomate y aguacate". A speech recogniser or a hurried typist leaves the
commas out, and the run before "and" had gone onto the list as one item ("milk bread
eggs").

A run is cut only where every piece is a thing people buy, by a word list per language
(``data/items_LANG.txt``, with plurals and the things of several words kept whole:
"peanut butter", "pommes de terre", "carta igienica"), each piece with what may be said
around it: an article or a measure before it ("des", "a bag of", "zwei Packungen") and
words of kind before or after it ("fresh", "frische", "entera", "maturi",
``data/modifiers_LANG.txt``, ``data/quantities_LANG.txt``). The cut into the fewest
pieces wins; a word the lists do not know leaves the run whole, as before. In English
"chicken soup" and "tomato sauce" stay one thing even when missing from the list: a
flavour before a dish or product is never cut off it.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

_DATA = Path(__file__).parent / "data"
LANGUAGES = ("en", "de", "fr", "es", "it")
MAX_WORDS = 12  # longer runs are no list of things to buy said in one breath
_AND = re.compile(r"and|und|et|y|e|pis|&|or|oder|ou|o|n", re.I)
# what may open an item in the other languages: an article or partitive ("du lait des
# œufs", "la leche los huevos", "il latte del pane"); also where an item starts
_ARTICLES = {
    "en": {"a", "an", "the", "some"},
    "de": {"der", "die", "das", "den", "dem", "ein", "eine", "einen", "etwas", "noch"},
    "fr": {"du", "des", "le", "la", "les", "un", "une", "encore"},
    "es": {"el", "la", "los", "las", "un", "una", "unos", "unas", "algo", "más"},
    "it": {"il", "lo", "la", "i", "gli", "le", "un", "una", "uno", "del", "dello", "della",
           "dei", "degli", "delle"},
}
# what joins the words of one thing and never opens one: "beurre de cacahuète", "succo
# d'arancia", "bag of rice" ("de la farine", "de l'huile" open one)
_JOINS = re.compile(r"^(?:of|von|de(?!\s+la\b|\s+l')|di|d'\w+)\b", re.I)
_ELIDED = re.compile(r"^(?:l|d|un|dell|all|nell)'", re.I)  # "l'huile", "d'oignons", "dell'olio"
# English: a dish or product after a flavour or another thing said in the singular makes
# one thing ("chicken soup", "pesto sauce", "beetroot soup", "rice salad"), whether the word
# list has it or not; a thing in the plural before it is one of its own ("apples juice" is
# no way to say apple juice)
_FLAVOURS = frozenset(
    "apple orange lemon lime tomato chicken beef pork lamb fish garlic onion mushroom "
    "potato corn rice oat almond coconut soy soya peanut chocolate strawberry raspberry "
    "banana cherry blueberry vanilla cheese cream egg pasta pizza vegetable veggie fruit "
    "carrot ginger mango pineapple grape cranberry honey maple sugar bean lentil pea "
    "spinach mint herb tea coffee dish paper toilet kitchen bin dog cat baby hot sour sweet "
    "cotton wet".split())
_HEADS = frozenset(
    "soup soups sauce sauces juice juices paste powder stock broth flakes fingers sticks "
    "nuggets rings spread pudding puddings pie pies salad salads syrup squash cubes tea teas "
    "bags".split())


@cache
def _words(kind: str, lang: str) -> frozenset[str]:
    path = _DATA / f"{kind}_{lang}.txt"
    if not path.is_file():
        return frozenset()
    return frozenset(_key(line) for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


def measures(lang: str) -> frozenset[str]:
    """The measures and counts of ``data/quantities_LANG.txt`` ("packungen", "paquets"),
    folded as :func:`_key` folds them."""
    return _words("quantities", lang if lang in LANGUAGES else "en")


def _key(words: str) -> str:
    """Words compared: folded, hyphens as spaces ("semi-skimmed" is "semi skimmed")."""
    return " ".join(words.casefold().replace("’", "'").replace("-", " ").split())


# what ties a word after a thing to it in French, Spanish and Italian ("vinagre de jerez",
# "sacchi della spazzatura", "pain sans gluten", "chips au paprika", "tortellini in brodo",
# "atún en aceite")
_OF = frozenset("de di del della dello delle dei degli al alla con sin sans senza per para "
                "pour au aux à in en".split())
# an unknown word said with a thing ("pecorino romano", "marinara sauce") costs more than
# a known word of kind, and less than a thing of its own
_UNKNOWN = 0.6  # (two of them cost more than a thing of their own)
_OFFSIDE = 0.01


def _merged(words: list[str], mods: frozenset[str]) -> list[str]:
    """``words`` with a word of kind of two words as one ("semi skimmed", "sans pulpe")."""
    out: list[str] = []
    i = 0
    while i < len(words):
        if i + 1 < len(words) and f"{words[i]} {words[i + 1]}" in mods:
            out.append(f"{words[i]} {words[i + 1]}")
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


class _Vocab(NamedTuple):
    """One language's word lists for one run: things (with the user's), words of kind,
    measures and articles."""

    items: frozenset[str]
    mods: frozenset[str]
    measures: frozenset[str]


def _vocab(lang: str, known: frozenset[str]) -> _Vocab:
    return _Vocab(_words("items", lang) | known, _words("modifiers", lang),
                  _words("quantities", lang) | _ARTICLES[lang])


def _core(tokens: list[str], lang: str, vocab: _Vocab) -> float | None:
    """What it costs to read ``tokens`` as one thing to buy with what is said around it, or
    None when they are not one: a thing of the word list (or ``known``), words of kind
    before it (after it too in French, Spanish and Italian, where they mostly follow: one
    before costs a little) and at most two unknown words on the side where words of kind
    go ("marinara sauce", "pecorino romano")."""
    t = _merged(_key(" ".join(tokens)).split(), vocab.mods)
    said = [t]  # as said, without its article, without any measure before it
    while t and t[0] in _ARTICLES[lang]:
        t = t[1:]
    said.append(t)
    while t and (t[0] in vocab.measures or t[0].isdigit()):
        t = t[1:]
    said.append(t)
    said += [[_ELIDED.sub("", w[0]), *w[1:]] for w in said if w and _ELIDED.match(w[0])]
    costs = [c for words in said if (c := _cost(words, lang, vocab)) is not None]
    return min(costs) if costs else None


def _ties(t: list[str], k: int) -> bool:
    """Whether ``t[k]`` ties the word after it to the thing before ("vinagre de jerez"), not
    opens a thing of its own ("de la farine", "de l'huile")."""
    return t[k] in _OF and k + 1 < len(t) and not (
        t[k] == "de" and (t[k + 1] == "la" or t[k + 1].startswith("l'")))


def _cost(t: list[str], lang: str, vocab: _Vocab) -> float | None:
    """:func:`_core`'s cost of the words ``t`` (a measure before them taken off or not:
    "bolsas de basura" is a thing, not a bag of one)."""
    items, mods, measures = vocab
    after = lang in ("fr", "es", "it")

    def unknown(word: str) -> bool:
        return word not in items and word not in mods and word not in measures and not (
            lang == "en" and word in _HEADS)

    best: float | None = None
    for a in range(len(t)):  # the words before the thing
        before = t[:a]
        if a and not (t[a - 1] in mods or (not after and (
                unknown(t[a - 1]) or (lang == "en" and a == 1 and t[a] in _HEADS)))):
            break  # (any thing before a sauce or a soup: "pesto sauce")
        for b in range(len(t), a, -1):  # and after it
            if b < len(t) and not (after and (t[b] in mods or unknown(t[b]) or (
                    _ties(t, b)) or (b and _ties(t, b - 1)))):
                break  # (a thing after "de" is the thing's: "vinagre de jerez")
            if " ".join(t[a:b]) not in items and not (
                    lang == "en" and a and b == a + 1 and t[a] in _HEADS):
                continue
            strangers = sum(unknown(w) and w not in _OF for w in before + t[b:])
            if strangers > 2:
                continue
            cost = strangers * _UNKNOWN + (sum(w in mods for w in before) * _OFFSIDE
                                           if after else 0)
            best = cost if best is None else min(best, cost)
    return best


# English staples said in the singular that are rarely the kind of the next thing ("milk
# bread eggs"); the word list keeps their compounds whole ("milk chocolate", "butter beans")
_STAPLES = frozenset(
    "milk bread butter rice flour sugar coffee pasta honey salt pepper cereal yoghurt yogurt "
    "cheese juice water wine beer oil vinegar ham bacon garlic lettuce broccoli celery "
    "cucumber granola muesli porridge bleach toothpaste shampoo soap detergent".split())


def _names_the_next(piece: list[str]) -> bool:
    """English: whether one word in the singular before another thing more likely names
    its kind ("cheddar cheese", "chocolate ice cream", "soda bread") than a thing of its
    own: an English run is cut after a plural, a thing of several words or, in a run of
    three things or more, a staple ("milk bread eggs", but "flour tortillas")."""
    word = piece[0].casefold() if len(piece) == 1 else ""
    return bool(word) and not word.endswith("s") and word not in _STAPLES


# what never ends a thing: a word leading on to more ("des pansements pour les ampoules",
# "plasters for the blisters", "Pflaster für die Blasen")
_LEADS_ON = frozenset(
    "for with of to pour avec sans de à au aux für mit ohne von zum zur para con sin per "
    "senza di da al alla".split())


def _cut_allowed(before: str, after: str, lang: str) -> bool:
    before, after = before.casefold(), after.casefold()
    if before in _LEADS_ON or before in _ARTICLES[lang]:
        return False
    return not (lang == "en" and after in _HEADS and (
        before in _FLAVOURS or not before.endswith("s")))


def split_run(item: str, lang: str, known: frozenset[str] = frozenset()) -> list[str]:
    """The things said in ``item`` (one piece between commas or "and"), or ``[item]`` when
    it is one thing or a word in it is not known. ``known``: more things, e.g. those on the
    user's lists already."""
    lang = lang[:2] if lang[:2] in LANGUAGES else "en"
    tokens = item.split()
    n = len(tokens)
    if n < 2 or n > MAX_WORDS or any(_AND.fullmatch(w) for w in tokens):
        return [item]  # ("peanut butter and jelly" was kept one thing before)
    vocab = _vocab(lang, frozenset(_key(k) for k in known))  # (once a run, not a piece)
    best: list[tuple[float, list[int]] | None] = [None] * (n + 1)
    best[0] = (0, [])
    for end in range(1, n + 1):
        for start in range(end - 1, -1, -1):
            prior = best[start]
            if prior is None or (start and (not _cut_allowed(
                    tokens[start - 1], tokens[start], lang)
                    or _JOINS.match(" ".join(tokens[start:start + 2]).replace("’", "'")))):
                continue
            if start and lang == "en" and _names_the_next(tokens[prior[1][-1]:start]):
                continue
            cost = _core(tokens[start:end], lang, vocab)
            if cost is not None:  # the fewest things, then the fewest words out of place
                got = (prior[0] + 1 + cost, [*prior[1], start])
                if best[end] is None or got[0] < best[end][0]:  # type: ignore[index]
                    best[end] = got
    found = best[n]
    if found is None or len(found[1]) < 2:
        return [item]
    cuts = [*found[1], n]
    pieces = [" ".join(tokens[a:b]) for a, b in zip(cuts, cuts[1:], strict=False)]
    if lang == "en" and len(pieces) == 2 and " " not in pieces[0] and \
            not pieces[0].casefold().endswith("s"):
        return [item]  # two things, the first one word in the singular: "flour tortillas"
    return pieces

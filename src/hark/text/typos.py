"""Typing mistakes in English requests put right before they are understood: "set an
alram for 7", "remnd me tomorow", "whats on my calender on wensday", "deletethe alarm".
The first of the assistant's plainers, so the readers after it see words spelt right.

``spelled(text)`` changes a word only when all of these hold:

- the text reads as English (the language id), or is mostly English words and reads as
  English once spelt right ("pasta timer 12 minuts"); "Minuten", "alarme" are left alone;
- the word is no English word: not in pyspellchecker's 160,000-word frequency list, not
  a plural, "re-"/"un-" form or compound of listed words, not typed shorthand ("mins",
  "tmrw") or a dialect word hark.text.dialect reads ("tae", "aboot"). One exception: a
  rare listed word of six letters or more one edit from a far commoner word of the
  assistant ("calender", "meting");
- it is not capitalised inside a sentence (a name) unless a day or month is meant, has
  no digit or apostrophe next to it, and is at least four letters long (three-letter
  words only when two letters are swapped: "teh", "adn");
- exactly one word of the assistant's own vocabulary (kinds of thing, verbs, days,
  months, time words, numbers) is nearest to it by a keyboard-weighted distance: one
  slip away, or two for words of seven letters or more with the first letter right, and
  no commoner English word is as near ("traking" is tracking, "kamp" camp).

A contraction typed without its apostrophe gets it back ("dont", "whens", "laundrys"),
a dropped final g is put back ("goin"), and two words run together are split when one is
the assistant's ("setan alarm", "deletethe reminder").

Anything else comes back as typed: names ("Aoife"), items ("quinoa"), words of other
languages. Speech recognisers write real words, so a spoken turn is unchanged in practice.
"""

from __future__ import annotations

import gzip
import json
import re
import threading
from functools import lru_cache

from hark.text.en_words import MONTHS, WEEKDAYS

# a capital inside a sentence is kept for these ("on Wensday" is Wednesday, not a name)
_CAPITALISED = frozenset(WEEKDAYS.split("|")) | frozenset(MONTHS.split("|")) - {"may"}

# The assistant's own words: what its readers and skills key on. Not names, not items.
VOCABULARY = _CAPITALISED | frozenset("""
alarm alarms reminder reminders remind reminding timer timers calendar calendars diary
schedule agenda appointment appointments meeting meetings event events list lists
shopping groceries grocery to-do todo task tasks item items note notes birthday
weekday weekdays weekend weekends
today tonight tomorrow yesterday morning mornings afternoon afternoons evening evenings
night midnight noon o'clock minute minutes hour hours second seconds week weeks month
months year fortnight daily weekly monthly every everyday half quarter past before after
until later earlier early next last this coming following first second third fourth
fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth
sixteenth seventeenth eighteenth nineteenth twentieth thirtieth
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty
set setting create add adding put remove removing delete deleting cancel cancelling
canceling clear change changing move moving push pushed postpone reschedule snooze stop
pause resume restart start continue extend shorten wake waking turn switch show tell
check read list find search play playing book booked tick ticked cross scratch forget
rename repeat need needs want please could would should what's when's where's which
what when where anything everything nothing left remaining running going there
weather forecast temperature rain raining snow sunny cloudy windy umbrella outside
light lights lamp lamps bright brighter brightness dimmer colour color volume louder
quieter music song songs playlist radio podcast news email emails message messages messaged
contact contacts call phone text traffic train recipe coffee vacuum kitchen bedroom
living bathroom hallway garden garage office upstairs downstairs
""".split())

# typed shorthand the other plainers write out (hark.text.shorthand), dialect they read
# (hark.text.dialect) and time zones: leave them alone
_SHORTHAND = frozenset("""
mins min hrs hr secs sec pls plz tmrw tmw tmr tmoro tomo tomoz mtg appt appts thru wk wks
todo tbh btw asap lemme gimme gonna wanna gotta dunno yeah yep nope okay ok hmm umm erm
wakey stat est edt pst pdt cst cdt mst gmt bst cet utc
""".split())

# three-letter words are too short to guess at: only two letters swapped onto one of
# these ("teh", "adn", "yuo", "hte")
_SHORT_WORDS = frozenset("""
the and you add for set put off are can how one two six ten out all any get day now who
why new
""".split())
# contractions typed without their apostrophe that read as nothing else in a request
_APOSTROPHE = {w.replace("'", "").lower(): w for w in """
what's when's where's who's how's that's there's don't doesn't didn't isn't aren't
wasn't weren't can't couldn't wouldn't shouldn't haven't hasn't I'm I've you're they're
o'clock
""".split()}
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]")
_FUNCTION = frozenset("a an the my me to for at on in of it i is and or".split())
_RARE = 500  # a known word this rare…
_COMMONER = 50  # …with an assistant's word this many times commoner one edit away
_COMMON = 1000  # a word this frequent is a word in its own right (compounds, stems)


_lock = threading.Lock()


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, int]:
    """pyspellchecker's English word frequencies (~0.3 s, once per process)."""
    from importlib.resources import files

    with _lock:
        path = files("spellchecker") / "resources" / "en.json.gz"
        with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
            return json.load(f)


def warm() -> None:
    """Load the word list and index the assistant's words now rather than inside the
    first typed request (~0.5 s)."""
    _freq("alarm")
    _index()
    _language("hello")


def _freq(word: str) -> int:
    return _frequencies().get(word, 0)


@lru_cache(maxsize=1)
def _dialect() -> frozenset[str]:
    """Scots, Yorkshire and Jamaican words hark.text.dialect reads ("tae", "aboot",
    "setterday"): words, not slips."""
    from hark.text.dialect import _WORDS

    return frozenset(w.lower() for w in _WORDS if " " not in w)


def _known(word: str) -> bool:
    """An English word: listed, or a plural, or "re"/"un" before one ("rebooked")."""
    if word in VOCABULARY or word in _SHORTHAND or word in _dialect() or _freq(word) > 0:
        return True
    if word.endswith("s") and not word.endswith("ss") and (
            _freq(word[:-1]) > 0 or word[:-1] in VOCABULARY
                               or (word.endswith("es") and _freq(word[:-2]) > 0)
                               or (word.endswith("ies") and _freq(word[:-3] + "y") > 0)):
        return True  # "podcasts", "colours", "to-dos"
    return word.startswith(("re", "un")) and _freq(word[2:]) >= _COMMON


def _apostrophe_dropped(word: str) -> str | None:
    """"dont" → "don't", "laundrys" → "laundry's": what a word is with its apostrophe."""
    if word in _APOSTROPHE:
        return _APOSTROPHE[word]
    if _freq(word) > 0:
        return None
    if word.endswith("nt") and _freq(with_it := f"{word[:-1]}'t") > 0:
        return with_it
    if word.endswith(("ve", "re", "ll")) and _freq(with_it := f"{word[:-2]}'{word[-2:]}") > 0:
        return with_it
    # "the laundrys done": "-ys" after a consonant is no plural ("laundries" is)
    if (re.search(r"[^aeiou]ys$", word) and _freq(word[:-1]) >= _COMMON):
        return f"{word[:-1]}'s"
    return None


def _keyboard_neighbours(rows: tuple[str, ...] = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
                         ) -> dict[str, frozenset[str]]:
    """Each key's neighbours on a QWERTY keyboard, diagonals included."""
    return {key: frozenset(rows[r + dr][c + dc] for dr in (-1, 0, 1) for dc in (-1, 0, 1)
                           if (dr or dc) and 0 <= r + dr < len(rows)
                           and 0 <= c + dc < len(rows[r + dr]))
            for r, row in enumerate(rows) for c, key in enumerate(row)}


_NEIGHBOURS = _keyboard_neighbours()


def _sub_cost(a: str, b: str) -> float:
    """A letter typed for another: a neighbouring key is the likelier slip."""
    if a == b:
        return 0.0
    return 1.2 if b in _NEIGHBOURS.get(a, ()) else 1.6


def distance(a: str, b: str) -> float:
    """Weighted edits from ``a`` to ``b``: a letter dropped, added or two neighbours swapped
    cost 1, a neighbouring key typed instead 1.2, any other letter 1.6."""
    prev2: list[float] = []
    prev = [float(j) for j in range(len(b) + 1)]
    for i in range(1, len(a) + 1):
        cur = [float(i)] + [0.0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + _sub_cost(a[i - 1], b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def _deletions(word: str, depth: int) -> set[str]:
    out, frontier = {word}, {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1:] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


@lru_cache(maxsize=1)
def _index() -> dict[str, frozenset[str]]:
    """Every vocabulary word under each string two deletions or fewer from it: a typed word
    can be near only the words that share one of its own deletions (SymSpell's idea)."""
    index: dict[str, set[str]] = {}
    for v in VOCABULARY:
        for d in _deletions(v, 2):
            index.setdefault(d, set()).add(v)
    return {k: frozenset(v) for k, v in index.items()}


def _ranked(word: str, near: dict[str, float]) -> list[tuple[float, str]]:
    """Candidates by distance; a different last letter counts half an edit more when
    ranking ("twelveth" is twelfth rather than twelve)."""
    return sorted((d + (0.5 if v[-1] != word[-1] else 0.0), v) for v, d in near.items())


@lru_cache(maxsize=4096)
def _nearest(word: str, limit: float) -> str | None:
    """The one vocabulary word nearest ``word`` within ``limit`` (None: none, or a tie)."""
    index = _index()
    candidates: set[str] = set()
    for d in _deletions(word, 2):
        candidates |= index.get(d, frozenset())
    near = {v: d for v in candidates if (d := distance(word, v)) <= limit}
    if not near:
        return None
    ranked = _ranked(word, near)
    if len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return None
    best = ranked[0][1]
    d = near[best]
    if d > 1.25 and best[0] != word[0]:
        return None  # two slips and the first letter wrong too: a name ("gavenda")
    if d > 1.0 and _real_word_nearer(word, best, d):
        return None  # "traking" is tracking, "kamp" camp: not the assistant's word
    return best


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _real_word_nearer(word: str, best: str, d: float) -> bool:
    """Whether an English word other than ``best``, and no rarer, is one edit from
    ``word`` and about as near ("kamp": camp; not "minite": finite is rarer than minute)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    edits |= {a + c + b for a, b in splits for c in _LETTERS}
    floor = max(_freq(best), _RARE)
    return any(e != best and e != word and _freq(e) >= floor and distance(word, e) <= d + 0.5
               for e in edits)


def _split(word: str) -> str | None:
    """"setan" → "set an": two common words run together, one of them the assistant's."""
    best, score = None, 0
    for i in range(1, len(word)):
        a, b = word[:i], word[i:]
        if not ((a in VOCABULARY and (b in _FUNCTION or b in VOCABULARY))
                or (b in VOCABULARY and (a in _FUNCTION or a in VOCABULARY))):
            continue
        s = min(_freq(a), _freq(b))
        if s > score:
            best, score = f"{a} {b}", s
    return best if score >= _COMMON else None


def _compound(word: str) -> bool:
    """Two common words of four letters or more written as one ("birthdate",
    "phonebook"): a word of its own, not a slip ("cancell" is no "can cell")."""
    return any(_freq(word[:i]) >= _COMMON and _freq(word[i:]) >= _COMMON
               for i in range(4, len(word) - 3))


@lru_cache(maxsize=4096)
def fix_word(word: str) -> str | None:
    """The word meant by a lower-case typed word, or None to leave it as typed."""
    if "'" in word:
        return None  # "what've", "o'clock": typed with care
    if (with_it := _apostrophe_dropped(word)) is not None:
        return with_it
    if word in VOCABULARY or word in _SHORTHAND or word in _dialect():
        return None
    if len(word) == 3:
        return None if _known(word) else _swapped_short(word)
    if len(word) < 4:
        return None
    if _known(word):
        if len(word) < 6 or not 0 < _freq(word) < _RARE:
            return None
        near = _nearest(word, 1.6)  # "calender": a real word, but rarely the one meant
        return near if near and _freq(near) >= _COMMONER * max(_freq(word), 1) else None
    if word.endswith("in") and _freq(word + "g") >= _COMMON:
        return word + "g"  # "mornin", "goin", "needin"
    if _compound(word):
        return _split(word)
    near = _nearest(word, 2.5 if len(word) >= 7 else 1.25)
    if near is not None:
        return near
    return _split(word)


def _swapped_short(word: str) -> str | None:
    """A three-letter slip: two letters swapped ("teh", "adn")."""
    near = [w for w in _SHORT_WORDS if sorted(w) == sorted(word) and distance(word, w) == 1]
    return near[0] if len(near) == 1 else None


def _language(text: str) -> str:
    try:
        from hark.nlu.langid import detect_language
    except ImportError:  # pragma: no cover - the NLU is part of the package
        return "en"
    return detect_language(text)


def _mostly_english(text: str) -> bool:
    words = [w.lower() for w in _WORD.findall(text) if len(w) > 1]
    return bool(words) and sum(_known(w) for w in words) >= 0.6 * len(words)


def spelled(text: str) -> str:
    """``text`` with its typing mistakes put right (English only; see the module)."""
    if not text:
        return text
    out: list[str] = []
    last = 0
    sentence_start = True
    for m in _WORD.finditer(text):
        word = m.group()
        fixed = None
        around = text[max(0, m.start() - 1):m.end() + 1]
        # (not "runnin'", "t'": a dropped letter written as such, for hark.text.dialect)
        if not any(c.isdigit() or c in "'’" for c in around) \
                and (word[1:].islower() or len(word) == 1):
            fixed = fix_word(word.lower())
            if fixed is not None and word[0].isupper():
                # a capital inside a sentence is a name, unless a day or month is meant
                fixed = (fixed[0].upper() + fixed[1:]
                         if sentence_start or fixed in _CAPITALISED else None)
        out.append(text[last:m.start()] + (fixed if fixed is not None else word))
        last = m.end()
        sentence_start = _ends_sentence(text, last)
    out.append(text[last:])
    fixed_text = "".join(out)
    if fixed_text == text or _language(text) == "en":
        return fixed_text
    if not _mostly_english(text):
        return text  # "Stell einen Wecker für 7 Uhr morgen"
    # "pasta timer 12 minuts" reads as Italian until "minutes" is spelt right
    return fixed_text if _language(fixed_text) == "en" else text


def _ends_sentence(text: str, end: int) -> bool:
    """Whether the next word starts a sentence (after ". ", "! ", "? ")."""
    rest = text[end:end + 3]
    return bool(re.match(r"\s*[.!?:]\s", rest))

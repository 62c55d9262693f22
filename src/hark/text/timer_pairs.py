"""Several timers asked for in one breath, each with its food, in English, German, French,
Spanish and Italian: "the fish fingers need eighteen minutes, and do me a separate one for
the peas, four minutes", "Timers! Risotto eighteen minutes, lamb ten, jus five", "oan für
d'Weißwürscht auf zehn Minuten und oan für die Brezn im Rohr auf sechs", "quarante minutes
pour le gratin et sept pour les haricots verts", "un temporizador de seis minutos para la
tortilla y otro de treinta y cinco para el bizcocho", "un timer de sei minuti pe' er
guanciale e n'antro de venticinque pe' i carciofi".

``timers_paired(text, lang)`` says such a sentence as one plain request per timer ("set a
18 minute timer for the fish fingers, and set a 4 minute timer for the peas"), or returns
``text`` unchanged. Every piece must give a length (a number alone takes the unit said
before it: "lamb ten") and nothing else may be asked (a reminder, an alarm, a list).
"""

from __future__ import annotations

import re

from hark.text.clean import COURTESY
from hark.text.numbers import words_to_digits

LANGUAGES = ("en", "de", "fr", "es", "it")

# a timer's word, or "one"/"another" standing for one: without either, no timers
_CUE = re.compile(
    r"\b(?:timers?|minuteurs?|minuteries?|temporizador(?:es)?|contador(?:es)?|"
    r"(?:a|another|a separate|a second|an extra)\s+(?:\w+\s+){0,2}one|one (?:for|on for)|"
    r"new one|oan|noch (?:einen|oan|an)|"
    r"un autre|une autre|otro|n'antro|un altro|un'altra)\b", re.I)
# any other request in the sentence leaves it alone
_OTHER = re.compile(
    r"\b(?:remind\w*|alarm\w*|allarm\w*|wake|\w*lists?|calendar|erinner\w*|\w*wecker|\w*liste|rappel\w*|"
    r"kill|scrap|delete|remove|ditch|bin|change|extend|knock|shorter|longer|"
    # (a new one named: "and another one called immersion for an hour")
    r"(?<!one )(?<!another )(?:called|named)|"
    r"annul\w*|supprim\w*|arr[eê]t\w*|ferm\w*|lösch\w*|stopp\w*|borr\w*|quit\w*|"
    r"elimin\w*|cancell\w*|togli\w*|décale|verschieb\w*|sposta|mueve|"
    r"r[ée]veil\w*|recu[ée]rd\w*|alarmas?|despert\w*|lista|ricord\w*|sveglia|cancel\w*|"
    r"pause|stop|add|more|noch \w+ (?:minuten|dazu)|ajoute\w*|añad\w*|aggiung\w*|"
    # a clock: "and another one for quarter past nine, same morning, to …"
    r"quarter past|quarter to|half past|o'clock|same (?:morning|day|afternoon|evening)|"
    # a day or a clock: "and another one on Tuesday the 8th at 10, that's for …"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|"
    r"\d+(?:st|nd|rd|th)|at \d+(?!\s*(?:min|sec|hour)))\b", re.I)
# lengths said as a fraction, before numbers are written as digits
_FRACTIONS = [
    (r"\bthree quarters of an hour\b", 2700), (r"\b(?:a )?quarter of an hour\b", 900),
    (r"\bhalf an hour\b|\ba half hour\b", 1800),
    (r"\bdrei ?viertel ?stund\w*|\bdreiviertelstunde\b", 2700),
    (r"\b(?:eine |a )?viertel ?stund\w*", 900),
    (r"\banderthalb stund\w*|\beineinhalb stund\w*", 5400),
    (r"\b(?:eine |a )?halbe stund\w*", 1800),
    (r"\btrois quarts d'heure\b", 2700), (r"\bun quart d'heure\b", 900),
    (r"\b(?:une )?demi-heure\b", 1800),
    (r"\btres cuartos de hora\b", 2700), (r"\bun cuarto de hora\b", 900),
    (r"\bmedia hora\b", 1800),
    (r"\btre quarti d'ora\b", 2700), (r"\bun quarto d'ora\b", 900), (r"\bmezz'ora\b", 1800),
]
_UNITS = [
    (r"hours?|hrs?|stunden?|stund|heures?|horas?|ore|ora|h", 3600),
    (r"minutes?|mins?|minuten?|minutos?|minuti|minuto|m", 60),
    (r"seconds?|secs?|sekunden?|secondes?|segundos?|secondi|secondo|s|sec", 1),
]
_UNIT = "|".join(u for u, _ in _UNITS)
# an hour said as "an"/"one": "an hour and a quarter", "une heure", "un'ora"
_AN = r"(?:\d+(?:[.,]\d+)?|an?|one|eine?|a|une?|una?|un')"
_HALF_AFTER = r"(?:and a half|et demie?|y media|e mezz[oa]|und a halb|einhalb)"
_QUARTER_AFTER = r"(?:and a quarter|et quart|y cuarto|e un quarto|und a viertel|und ein viertel)"
# a quarter or a half after the hours, before numbers are written as digits ("una hora y
# cuarto" would be "1 hora y 4º")
_AFTER_UNIT = re.compile(r"\s+(?:and|und|et|y|e)\s+(?:a |un |ein |une )?(quarter|viertel|quart|"
                         r"cuarto|quarto|half|halb|demie?|media|mezz[oa])\b", re.I)
_AFTER_SAID = {"quarter": "and a quarter", "viertel": "and a quarter", "quart": "and a quarter",
               "cuarto": "and a quarter", "quarto": "and a quarter", "half": "and a half",
               "halb": "and a half", "demi": "and a half", "demie": "and a half",
               "media": "and a half", "mezzo": "and a half", "mezza": "and a half"}
# (a word and its unit apart: "as a backup" is no "a s", one second)
_DURATION = re.compile(
    rf"(?P<fixed>\b\d+ sec-fixed\b)|"
    rf"(?<!\w)(?P<n>{_AN})(?P<half1>\s+{_HALF_AFTER})?(?:(?<=[\d'])[\s-]*|[\s-]+)(?P<unit>{_UNIT})\b"
    rf"(?:\s+(?:(?P<half2>{_HALF_AFTER})|(?P<quarter>{_QUARTER_AFTER})|"
    rf"(?:and|und|et|y|e)\s+(?P<more>\d+)\s*(?:minutes?|mins?|minuten?|minutos?|minuti)\b))?",
    re.I)
_BARE = re.compile(r"(?<![\w.,])(?P<n>[2-9]|[1-9]\d{1,2})(?![\w:]|[.,]\d)"
                   r"(?!\s*(?:timers?|minuteurs?|minuteries?|temporizadores|contadores)\b)",
                   re.I)
# a German ordinal after its article, as digits: "die 2. Maschine"
_ORDINAL_DE = re.compile(r"\b(der|die|das|den|dem|des|im|am|zum|zur|vom|beim|fürs)\s+(\d+)\.(?=\s+\w)",
                         re.I)
_SEPARATOR = re.compile(r"\s*(?:[,;!?]|:(?!\d)|\.(?!\d))\s*(?:(?:and|und|et|y|e|plus|then|dann|puis|luego|poi)\s+)?|"
                        r"\s+(?:and|und|et|y|e|plus)\s+", re.I)
# a name: after "for", "für", "pour", "para", "per" (and dialect "fi", "pe'", "pa'") …
_FOR = re.compile(r"^.*\b(?:for|fi|für'n|fürn|für|fürs|pour|para|pa'|per|pe')\s+(?P<name>.+)$",
                  re.I)
# … or before the timer's word: "a pasta timer for 10 minutes"
_BEFORE_TIMER = re.compile(r"\b(?:an?|the|my)\s+(?P<name>[a-z]+(?:\s+[a-z]+)?)\s+timer\b", re.I)
# … or after "called": "and another one called immersion for an hour"
_CALLED = re.compile(r"\b(?:called|named|labelled|labeled)\s+(?P<name>[a-z]+(?:\s+[a-z]+)?)\s*$",
                     re.I)
# … or said first: "Risotto 18 minutes", "the fish fingers need 18 minutes"
_NEEDS = re.compile(r"\s+(?:needs?|wants?|takes?|braucht|brauchen|a besoin de|il faut|"
                    r"necesita|lleva|ci vuole|vuole)$", re.I)
# request words and the timer's own words, which are no name
_NOT_NAME = re.compile(
    r"\b(?:set|start|put|do|give|make|need|want|can|could|would|please|timers?|one|ones|"
    r"another|separate|second|extra|stell\w*|mach\w*|setz\w*|timer|oan|einen|noch|bitte|"
    r"mets|mettez|lance\w*|minuteurs?|autre|pon\w*|temporizador\w*|otro|mett\w*|"
    r"imposta\w*|n'antro|altro|altra|right|quick|ok|okay|so|now|and|then|me|mir|moi|nu|"
    r"that|this|these|those|um|uh|erm|yeah|yes|no|nah|sorry|well|exactly|period|just|"
    r"about|around|approximately|roughly|not|nicht|pas|non|nein|"
    # a hesitation left before the length: "Et, euh, un autre de cinq minutes"
    r"euh|heu|äh|ähm|öhm|hm|ehm|eh|mmh)\b",
    re.I)
# one timer: its food alone before its length ("Sauce, six minutes.")
_FOOD_FIRST = re.compile(r"^[a-z']+(?:\s+[a-z']+){0,2},\s*[\w-]+(?:\s+and\s+a\s+half)?\s+"
                         r"(?:minutes?|mins?|hours?|seconds?|"
                         r"minuten|stunden?|heures?|minutos?|horas?|minuti|ore)[.!]?$", re.I)
# a length said again, corrected: "– na, wart, …", "… no, no, mejor veinte", "or was it"
_CORRECTED = re.compile(r"\b(?:no|na|nein|non|wait|wart|hang on|or was it|mejor|anzi|plutôt|"
                        r"i mean|i meant|actually|sorry|pardon|perdón|scusa)\b", re.I)
# a new one said so: "New one, garlic bread, eight minutes"
_NEW_ONE = re.compile(r"^\W*(?:and\s+)?(?:a\s+)?(?:new|another|one more)\s+(?:one|timer)\b|"
                      r"\b(?:neuer|noch einer|un autre|une autre|otro|n'antro|un altro)\b", re.I)
# another timer, said with its food: "and another for the rice"
_ANOTHER = re.compile(r"\b(?:another|otro|otra|un autre|une autre|n'antro|un altro|un'altra|"
                      r"noch einen|noch oan|oan|(?:a|an)\s+(?:\w+\s+){0,2}1)\b", re.I)
# a change or a question, in any sentence: "set the laundry timer to 20 minutes, not 15"
_CHANGED = re.compile(r"\b(?:to \d+|left|remaining|how|what|which|off|longer|shorter|"
                      r"after|before|later|earlier|sooner|später|früher|plus tard|plus tôt|"
                      r"más tarde|più tardi|después|antes|nach dem|nachdem|après|avant|dopo|"
                      r"invece|anzi|instead|statt|plutôt|en vez)\b", re.I)
# more of a change of a timer, or a question, with one timer said (beside _CHANGED's words,
# which leave any sentence alone): not a new one
_CHANGE = re.compile(r"\b(?:more|less|extra|reduce|knock|plus|minus|hold|pause|take|when|is|are|"
                     r"does|noch(?!\s+(?:einen|eine|oan)\b)|encore|todavía|ancora|quedan?|falta|manca|"
                     r"reste)\b", re.I)
# courtesies, which are no food: "per favore" is no timer "for favore"
_COURTESY = re.compile(rf",?\s*\b(?:{COURTESY}|s'il (?:te|vous) plait)\b", re.I)
# "90 seconds", "a 30 second timer": the unit kept from being read as "2nd"
_SECONDS = re.compile(
    r"(\b(?:\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|"
    r"three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"hundred))[\s-]+seconds?\b", re.I)
_ARTICLE = {"en": "the", "de": "", "fr": "le", "es": "", "it": "il"}
_ARTICLES = re.compile(r"^(?:the|my|a|an|that|this|der|die|das|den|dem|d'|le|la|les|l'|el|los|las|il|lo|"
                       r"i|gli|er|'o|'a|'e|o|a|la)\s*(?<=\s|')", re.I)
_DIALECT_ARTICLE = {"er": "il", "'o": "il", "o": "il", "'a": "la", "'e": "i", "d'": ""}
_SAID = {
    "en": ("set a {n} {unit} timer for {name}", ", and "),
    "de": ("stell einen Timer für {name} auf {n} {unit}", " und "),
    "fr": ("mets un minuteur de {n} {unit} pour {name}", " et "),
    "es": ("pon un temporizador de {n} {unit} para {name}", " y "),
    "it": ("metti un timer di {n} {unit} per {name}", " e "),
}
_UNIT_SAID = {"en": ("seconds", "minute"), "de": ("Sekunden", "Minuten"),
              "fr": ("secondes", "minutes"), "es": ("segundos", "minutos"),
              "it": ("secondi", "minuti")}


def _seconds(m: re.Match[str]) -> float:
    if m.group("fixed"):
        return float(m.group("fixed").split()[0])
    n = m.group("n").lower().replace(",", ".")
    amount = float(n) if n[0].isdigit() else 1.0
    unit = next(s for u, s in _UNITS if re.fullmatch(u, m.group("unit"), re.I))
    if m.group("half1") or m.group("half2"):
        amount += 0.5
    if m.group("quarter"):
        amount += 0.25
    return amount * unit + (float(m.group("more")) * 60 if m.group("more") else 0.0)


def _name(piece: str, lang: str) -> str:
    """The food a piece names, with its article ("the peas", "le gratin"), or ""."""
    m = _CALLED.search(piece) or _FOR.search(piece) or _BEFORE_TIMER.search(piece)
    words = m.group("name") if m else _NEEDS.sub("", piece)
    words = re.sub(r"(?:^|[\s,]+)go on$", "", words.strip(" ,.!?¿¡"), flags=re.I)  # ("…, go on")
    words = re.sub(r"\s+(?:auf|on|de|di|of|a)\s*$", "", words.strip(" ,.!?¿¡")).strip()
    words = re.sub(r"^(?:and|also|plus|oh|und|et|y|e)\s+", "", words, flags=re.I)
    if lang == "en" and re.match(r"(?:it|it's|they|he|she|we|i|you)\b", words, re.I):
        return ""  # "it needs … on low flame": no name
    words = re.sub(r"[\s,]+(?:while you're at it|in the oven|on low flame|please|partner|mate|like|"
                   r"yeah|then|too|as well|afterwards|after that|danach|dann|après|ensuite|"
                   r"después|luego|dopo|poi)$",
                   "", words, flags=re.I)
    if lang == "en":
        words = re.sub(r"(?<=[^\W\d])\s+(?:one|1)$", "", words)  # "for the shooting one"
    words = re.sub(r"\s+(?:pe|nomás|ja|gäll|neh|che|pues)$", "", words, flags=re.I)
    if not words or _NOT_NAME.search(words) or len(_ARTICLES.sub("", words).split()) > 5 \
            or re.search(r"\d", words):  # (five words after its article: "the tray in the
        # bottom oven")
        return ""
    article = _ARTICLES.match(words)
    bare = words[article.end():] if article else words
    if not bare:
        return ""
    said = article.group().strip().lower() if article else ""
    said = _DIALECT_ARTICLE.get(said, said)
    if lang == "en":
        said = "the"
    elif lang == "de":
        said = ""
    elif not said:
        said = _ARTICLE[lang]
    return f"{said} {bare}".strip() if not said.endswith("'") else f"{said}{bare}"


def timers_paired(text: str, lang: str, after_timer: bool = False) -> str:
    """Each sentence of ``text`` said as one request per timer (see :func:`_paired`): "Kill
    the pasta timer. New one, garlic bread, eight minutes." """
    whole = _paired(text, lang, after_timer)
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-ZÄÖÜÀ-Ýa-z¿¡])", text.strip())
    if whole != text or len(sentences) < 2:
        return whole
    said = [_paired(s, lang, after_timer) for s in sentences]
    return text if said == sentences else " ".join(
        s if s.endswith((".", "!", "?")) else s + "." for s in said)


def _lengths(low: str) -> list[tuple[int, int, float]]:
    """The lengths said in ``low`` (numbers as digits): (start, end, seconds), a length in
    parts made one ("1 minute and 30 seconds", "1 hour, 20 minutes", "2 minutes 30",
    "1 ora e 20")."""
    out: list[tuple[int, int, float]] = []
    for m in _DURATION.finditer(low):
        seconds = _seconds(m)
        if out:
            a, b, before = out[-1]
            between = low[b:m.start()]
            smaller = seconds < before and (before >= 3600 and seconds < 3600 or
                                            before >= 60 and seconds < 60)
            if smaller and re.fullmatch(r"\s*(?:,|and|und|et|y|e)?\s*", between, re.I):
                out[-1] = (a, m.end(), before + seconds)
                continue
        out.append((m.start(), m.end(), seconds))
    merged: list[tuple[int, int, float]] = []
    for a, b, seconds in out:  # "deux minutes trente", "un'ora e venti": the smaller unit
        bare = re.match(rf"\s*(?:,|and|und|et|y|e)?\s*(\d{{1,2}})\b(?!\s*(?:[:.,]\d|{_UNIT}))",
                        low[b:], re.I)
        if bare and seconds in (3600.0, 60.0) or bare and seconds % 3600 == 0 and seconds:
            part = float(bare.group(1)) * (60.0 if seconds >= 3600 else 1.0)
            merged.append((a, b + bare.end(), seconds + part))
        else:
            merged.append((a, b, seconds))
    return merged


# a correction's first word
_PUT_RIGHT = re.compile(r"^\W*(?:no|nope|nah|nein|nee|non|sorry|perd[oó]n|perdona|scusa|anzi|"
                        r"pardon|oops|ups|oh no)\b", re.I)


def _paired(text: str, lang: str, after_timer: bool = False) -> str:
    """``text`` said as one request per timer (see the module), else ``text``; one timer
    too when its food is said after "for" in a clause apart from its length ("Start a
    timer for the dal, it needs thirty-five minutes on low flame"), or alone before its
    length ("Sauce, six minutes."); ``after_timer``: the turn before was about a timer,
    so "and another for the neeps, fifteen" needs no timer's word."""
    text_said = _COURTESY.sub("", text)
    if after_timer and _PUT_RIGHT.match(text_said):
        return text  # "No, perdón, mejor de veinte, son seis perros": the one just set, put
        # right (not a timer "mejor" and one "son perros")
    if lang not in LANGUAGES or _OTHER.search(text_said) or not (
            after_timer or _CUE.search(text_said) or _FOOD_FIRST.match(text_said)):
        return text
    low = _SECONDS.sub(r"\1 sec", text_said)  # ("second" would be read "2nd")
    for pattern, seconds in _FRACTIONS:
        low = re.sub(pattern, f"{seconds} sec-fixed", low, flags=re.I)
    low = words_to_digits(_AFTER_UNIT.sub(lambda m: f" {_AFTER_SAID[m.group(1).lower()]}", low),
                          lang)
    if lang == "de":  # "für die zweite Maschine" (read "die 2. Maschine"): an ordinal, no
        # length of a timer of its own
        low = _ORDINAL_DE.sub(r"\1 \2te", low)
    found = _lengths(low)
    if not found and not _BARE.search(low):
        return text
    # a separator inside a length ("1 hour and a quarter") is no separator; nor is "and"
    # inside a food ("fish and chips": no length or "another" after it)
    cuts = []
    for m in _SEPARATOR.finditer(low):
        if any(a < m.start() < b for a, b, _ in found):
            continue
        if re.fullmatch(r"\s+(?:and|und|et|y|e|plus)\s+", m.group(), re.I):
            nxt = _SEPARATOR.search(low, m.end())
            right = low[m.end():nxt.start() if nxt else len(low)]
            if not (any(m.end() <= a < (nxt.start() if nxt else len(low)) for a, _, _ in found)
                    or _BARE.search(right) or _CUE.search(right) or _ANOTHER.search(right)):
                continue
        cuts.append(m)
    pieces, start = [], 0
    for m in cuts:
        pieces.append((start, m.start()))
        start = m.end()
    pieces.append((start, len(low)))
    # (seconds, name, named after "for" or "needs", where the piece begins, length there too)
    said: list[tuple[float | None, str, bool, int, bool]] = []
    unit = 60.0
    for a, b in pieces:
        piece = low[a:b]
        lengths = [(x, y, sec) for x, y, sec in found if a <= x < b]
        if len(lengths) > 1:
            return text
        seconds: float | None = None
        rest = piece
        if lengths:
            x, y, seconds = lengths[0]
            unit = 3600.0 if seconds >= 3600 and seconds % 3600 == 0 else 60.0 \
                if seconds >= 60 else 1.0
            rest = piece[:x - a] + " " + piece[y - a:]
        else:
            bare = list(_BARE.finditer(piece))
            if len(bare) == 1:
                seconds = float(bare[0].group("n")) * unit
                rest = piece[:bare[0].start()] + " " + piece[bare[0].end():]
        rest = re.sub(r"\s+", " ", rest).strip()
        named_by = _FOR.search(rest) is not None or (
            after_timer and re.search(r"\bneeds?\b", rest, re.I) is not None)
        said.append((seconds, _name(rest, lang), named_by, a, seconds is not None))
    lengths_at = [a for s, _, _, a, _ in said if s is not None]
    named = {n for _, n, f, _, _ in said if n and f}
    corrected = False
    if len(lengths_at) >= 2 and len(named) == 1 and _CORRECTED.search(
            low, lengths_at[0], lengths_at[-1]):  # "anderthalb Stund – na, wart, a Stund und
        # zwanzig", "veinticinco minutos… no, no, mejor veinte": the length said last
        seconds = [s for s, _, _, _, _ in said if s is not None][-1]
        said, corrected = [(seconds, named.pop(), True, 0, False)], True
    items: list[list[object]] = []  # [seconds or None, name, named after "for", apart]
    for i, (seconds, name, named_for, _, _) in enumerate(said):
        after = said[i + 1] if i + 1 < len(said) else None
        if seconds is None and not named_for and not (
                name and after and after[0] is not None and not after[1]):
            continue  # "Timers!", "The kids want dippy eggs", "¿vale?": no timer of its own
        if items and (items[-1][0] is None) != (seconds is None) and (
                not items[-1][1] or not name):  # "a separate one for the peas, 4 minutes"
            items[-1][0] = items[-1][0] or seconds
            items[-1][2] = items[-1][2] or (named_for and bool(name))
            items[-1][1] = items[-1][1] or name
            items[-1][3] = True  # its food and its length said apart
            continue
        items.append([seconds, name, named_for, False])
    another_bare = after_timer and len(items) == 1 and items[0][0] is not None \
        and _ANOTHER.search(text_said) is not None  # "E un altro da sei." after a timer
    if not items or any(s is None or (not n and not another_bare) for s, n, _, _ in items) \
            or _CHANGED.search(low):
        return text  # every timer with its food (the others are the compound reader's)
    if len(items) == 1 and (_CHANGE.search(text_said) or "-Timer" in text or not (
            items[0][2] and (items[0][3] or after_timer or corrected) or _FOOD_FIRST.match(text_said)
            or _NEW_ONE.search(text_said)) or not (lang == "en" or after_timer or corrected)):
        return text  # (one timer in de/fr/es/it only when corrected or right after another:
        # "für die Nudeln, acht Minuten" is read as said, with its name as written)
    form, join = _SAID[lang]
    lines = []
    for seconds, name, _, _ in items:
        assert isinstance(seconds, float)
        whole = seconds % 60 == 0
        n = int(seconds // 60) if whole else int(seconds)
        unit_said = _UNIT_SAID[lang][1 if whole else 0]
        said_as = form if whole or lang != "en" else "set a timer for {n} {unit} for {name}"
        line = said_as.format(n=n, unit=unit_said, name=name or "").strip()
        lines.append(re.sub(r"\s+(?:for|für|pour|para|per)$", "", line))
    return join.join(lines)

"""Offline language identification for en, de, fr, es, it.

A character n-gram (1–5) naive Bayes model, trained once by ``python -m
hark.nlu.langid`` on sentences sampled from the home-assistant-intents templates,
Hark's own multilingual examples and HWU64 (English), and stored in
``data/langid.json`` (~1 MB). Scoring a command takes ~0.1 ms. Very short or
ambiguous input falls back to English.
"""

from __future__ import annotations

import json
import logging
import math
import re
import threading
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it")
DEFAULT = "en"
_MODEL_PATH = Path(__file__).parent / "data" / "langid.json"
_ORDERS = (1, 2, 3, 4, 5)
_MIN_COUNT = 3
_ALPHA = 0.1  # additive smoothing
_SHORT = 12  # characters: below this, prefer English unless the margin is clear
_SHORT_MARGIN = 2.0  # nats of log-likelihood
# A command of a few words, all English ("timer 10 minutes", "pasta timer", "pause"),
# stays English unless another language wins by this much per n-gram: "minutes" and
# "timer" are French and Italian words too. Real short commands in the other languages
# ("Licht an" 2.5, "meteo domani" 1.9) carry words English does not have anyway. Up to
# six words: "pause pasta, cancel laundry" had read as Spanish (the held-out de/fr/es/it
# commands are identified as before: 8 of 1,237 wrong either way).
_FEW_WORDS = 6
_FEW_WORDS_MARGIN = 1.0  # nats per n-gram seen
_lock = threading.Lock()

# One-word replies too short for n-grams to tell apart ("ja" looks Spanish, "merci"
# Italian). Words shared by several languages ("no", "ok", "stop") stay English.
_SHORT_WORDS: dict[str, str] = {
    **dict.fromkeys(
        [
            "ja",
            "nein",
            "danke",
            "bitte",
            "hallo",
            "tschüss",
            "genau",
            "stopp",
            "doch",
            "jawohl",
            "servus",
            "moin",
        ],
        "de",
    ),
    **dict.fromkeys(
        ["oui", "non", "merci", "bonjour", "bonsoir", "salut", "arrête", "d'accord", "ouais"], "fr"
    ),
    **dict.fromkeys(["sí", "gracias", "hola", "vale", "adiós", "claro", "para"], "es"),
    **dict.fromkeys(["no", "ok", "okay", "stop", "yes", "hi", "hey", "thanks"], "en"),
    **dict.fromkeys(["sì", "grazie", "ciao", "certo", "basta", "buongiorno", "esatto"], "it"),
}


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold().replace("’", "'")
    text = re.sub(r"[\d\W_]+", " ", text).strip()
    return f" {text} " if text else ""


def _ngrams(text: str) -> Iterable[str]:
    for n in _ORDERS:
        for i in range(len(text) - n + 1):
            gram = text[i : i + n]
            if gram != " " * n:
                yield gram


class _Model:
    def __init__(self, data: dict) -> None:
        self.langs: list[str] = data["languages"]
        self.prior: list[float] = data["prior"]
        self.unseen: list[float] = data["unseen"]
        table: dict[str, list[float]] = data["table"]
        # one row per n-gram: a sentence's score is one gather and one sum (~0.1 ms
        # instead of ~0.4 ms adding the rows one language at a time in Python)
        self.row: dict[str, int] = {gram: i for i, gram in enumerate(table)}
        self.matrix = np.array(list(table.values()), dtype=np.float64).reshape(
            len(table), len(self.langs))
        self.english_words: frozenset[str] = frozenset(data.get("english_words", ()))

    def loglik(self, text: str) -> tuple[dict[str, float], int]:
        get = self.row.get
        # n-grams unseen in every language are no evidence
        rows = [i for i in map(get, _ngrams(_normalise(text))) if i is not None]
        scores = np.array(self.prior) + self.matrix[rows].sum(axis=0)
        return dict(zip(self.langs, scores.tolist(), strict=True)), len(rows)


@lru_cache(maxsize=1)
def _model() -> _Model:
    with _lock:
        return _Model(json.loads(_MODEL_PATH.read_text(encoding="utf-8")))


def language_scores(text: str, candidates: Iterable[str] = LANGUAGES) -> dict[str, float]:
    """Posterior probability per candidate language (sums to 1; uniform for empty input)."""
    cands = [c for c in candidates if c in LANGUAGES] or list(LANGUAGES)
    ll, hits = _model().loglik(text)
    if not hits:
        return {c: 1.0 / len(cands) for c in cands}
    top = max(ll[c] for c in cands)
    exp = {c: math.exp(ll[c] - top) for c in cands}
    total = sum(exp.values())
    return {c: exp[c] / total for c in cands}


def detect_language(text: str, candidates: Iterable[str] = LANGUAGES) -> str:
    """The most likely of ``candidates``; English when the input is empty, or short and
    not clearly another language."""
    cands = [c for c in candidates if c in LANGUAGES] or list(LANGUAGES)
    fallback = DEFAULT if DEFAULT in cands else cands[0]
    word = _SHORT_WORDS.get(_normalise(text).strip())
    if word in cands:
        return word  # type: ignore[return-value]
    ll, hits = _model().loglik(text)
    if not hits:
        return fallback
    best = max(cands, key=lambda c: ll[c])
    norm = _normalise(text).strip()
    if best != fallback and len(norm) < _SHORT:
        if ll[best] - ll[fallback] < _SHORT_MARGIN:
            return fallback
    words = norm.split()
    if best != fallback and fallback == "en" and len(words) <= _FEW_WORDS \
            and (ll[best] - ll[fallback]) / hits < _FEW_WORDS_MARGIN \
            and _english_but_one(words):
        return fallback
    return best


def _english_but_one(words: list[str]) -> bool:
    """Every word English, or all but one of five or more: a borrowed word in an English
    command ("Set a pomodoro timer, 25 minutes." had read as Italian)."""
    english = _model().english_words
    foreign = sum(w not in english for w in words)
    return foreign == 0 or (foreign == 1 and len(words) >= 5)


def language_or_default(text: str) -> str:
    """:func:`detect_language`, or English when it fails (a missing or damaged model):
    what the NLU and the splitter of several requests both go by."""
    try:
        return detect_language(text) or DEFAULT
    except Exception:
        log.warning("language id failed", exc_info=True)
        return DEFAULT


# ------------------------------------------------------------------------ training


def _template_sentences(lang: str, per_template: int = 6) -> list[str]:
    import itertools
    import random

    from hassil.sample import sample_sentence

    from hark.nlu.rules import RuleMatcher

    rng = random.Random(13)
    matcher = RuleMatcher()
    compiled = matcher._load(lang)  # noqa: SLF001 - same package, training only
    intents = compiled.intents
    lists = {**intents.slot_lists, **compiled.slot_lists}
    out: list[str] = []
    for intent in intents.intents.values():
        for data in intent.data:
            rules = {**intents.expansion_rules, **data.expansion_rules}
            local = {**lists, **data.slot_lists}
            for sentence in data.sentences:
                if any(n in data.wildcard_list_names for n in sentence.list_names(rules)):
                    continue
                try:
                    pool = list(
                        itertools.islice(
                            sample_sentence(
                                sentence, local, rules, language=lang, expand_ranges=False
                            ),
                            300,
                        )
                    )
                except Exception:  # noqa: BLE001 - a template we cannot expand
                    continue
                out.extend(rng.sample(pool, min(per_template, len(pool))))
    return out


def train(extra: dict[str, list[str]] | None = None, path: Path = _MODEL_PATH) -> None:
    """Build ``data/langid.json`` (run once at development time, never at run time)."""
    from collections import Counter

    data_dir = Path(__file__).parent / "data"
    corpus: dict[str, list[str]] = {lang: _template_sentences(lang) for lang in LANGUAGES}
    for extra_file in sorted(data_dir.glob("extra_multilingual*.jsonl")):
        for line in extra_file.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            corpus.setdefault(row.get("lang", "en"), []).append(row["text"])
    for lang, texts in (extra or {}).items():
        corpus[lang].extend(texts)
    counts = {
        lang: Counter(g for t in texts for g in _ngrams(_normalise(t)))
        for lang, texts in corpus.items()
    }
    vocab = Counter()
    for c in counts.values():
        vocab.update(c)
    keep = [g for g, n in vocab.items() if n >= _MIN_COUNT]
    table: dict[str, list[float]] = {}
    unseen = []
    totals = {lang: sum(counts[lang][g] for g in keep) for lang in LANGUAGES}
    v = len(keep)
    for lang in LANGUAGES:
        unseen.append(round(math.log(_ALPHA / (totals[lang] + _ALPHA * v)), 3))
    for g in keep:
        table[g] = [
            round(math.log((counts[lang][g] + _ALPHA) / (totals[lang] + _ALPHA * v)), 3)
            for lang in LANGUAGES
        ]
    model = {
        "languages": list(LANGUAGES),
        "prior": [0.0] * len(LANGUAGES),
        "unseen": unseen,
        "table": table,
        "sizes": {lang: len(corpus[lang]) for lang in LANGUAGES},
        # words of the English examples (for short commands)
        "english_words": sorted({w for t in corpus["en"] for w in _normalise(t).split()}),
    }
    path.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")), "utf-8")
    _model.cache_clear()


# A few everyday sentences per language beyond home control (written for Hark).
_GENERAL: dict[str, list[str]] = {
    "de": [
        "erzähl mir einen Witz",
        "spiel etwas Musik von den Beatles",
        "was gibt es Neues",
        "wie geht es dir",
        "ja bitte",
        "nein danke",
        "hör auf",
        "wiederhole das bitte",
        "was steht heute in meinem Kalender",
        "füge Milch zur Einkaufsliste hinzu",
        "wie viel kostet ein Euro in Dollar",
        "wer ist der Bundeskanzler",
        "bestelle eine Pizza",
        "ruf ein Taxi zum Bahnhof",
        "lies mir meine E-Mails vor",
        "erinnere mich morgen an den Termin",
        "wie weit ist es bis nach Hamburg",
        "spiel den Radiosender ab",
        "mach die Musik leiser",
        "gute Nacht",
        "ich habe Hunger",
        "was bedeutet dieses Wort",
        "das ist super",
        "danke schön",
        "wann fährt der nächste Zug",
        "stell den Wecker",
        "wie ist die Temperatur draußen",
    ],
    "fr": [
        "raconte-moi une blague",
        "joue de la musique des Beatles",
        "quoi de neuf",
        "comment ça va",
        "oui s'il te plaît",
        "non merci",
        "arrête",
        "répète s'il te plaît",
        "qu'est-ce que j'ai dans mon agenda aujourd'hui",
        "ajoute du lait à la liste de courses",
        "combien vaut un euro en dollars",
        "qui est le président de la république",
        "commande une pizza",
        "appelle un taxi pour la gare",
        "lis-moi mes courriels",
        "rappelle-moi le rendez-vous demain",
        "à quelle distance se trouve Lyon",
        "mets la radio",
        "baisse la musique",
        "bonne nuit",
        "j'ai faim",
        "que veut dire ce mot",
        "c'est génial",
        "merci beaucoup",
        "quand part le prochain train",
        "mets le réveil",
        "quelle est la température dehors",
    ],
    "es": [
        "cuéntame un chiste",
        "pon música de los Beatles",
        "qué hay de nuevo",
        "cómo estás",
        "sí por favor",
        "no gracias",
        "para",
        "repítelo por favor",
        "qué tengo hoy en mi calendario",
        "añade leche a la lista de la compra",
        "cuánto vale un euro en dólares",
        "quién es el presidente del gobierno",
        "pide una pizza",
        "llama a un taxi para ir a la estación",
        "léeme mis correos",
        "recuérdame la cita mañana",
        "a qué distancia está Sevilla",
        "pon la radio",
        "baja la música",
        "buenas noches",
        "tengo hambre",
        "qué significa esta palabra",
        "es genial",
        "muchas gracias",
        "cuándo sale el próximo tren",
        "pon el despertador",
        "qué temperatura hace fuera",
    ],
    "it": [
        "raccontami una barzelletta",
        "metti un po' di musica dei Beatles",
        "che novità ci sono",
        "come stai",
        "sì grazie",
        "no grazie",
        "basta",
        "ripeti per favore",
        "cosa ho in agenda oggi",
        "aggiungi il latte alla lista della spesa",
        "quanto vale un euro in dollari",
        "chi è il presidente della repubblica",
        "ordina una pizza",
        "chiama un taxi per la stazione",
        "leggimi le email",
        "ricordami l'appuntamento domani",
        "quanto dista Milano",
        "accendi la radio",
        "abbassa la musica",
        "buona notte",
        "ho fame",
        "cosa significa questa parola",
        "è fantastico",
        "grazie mille",
        "quando parte il prossimo treno",
        "metti la sveglia",
        "che temperatura c'è fuori",
    ],
}


def _english_corpus() -> list[str]:
    """HWU64 and Hark's own English examples (timers, which HWU64 lacks: without them
    "timer 10 minutes" was read as French and "pasta timer" as Italian)."""
    path = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "nlu" / "hwu64.jsonl"
    files = [f for f in (path, Path(__file__).parent / "data" / "extra_en.jsonl")
             if f.exists()]
    return [json.loads(line)["text"] for f in files
            for line in f.read_text("utf-8").splitlines() if line.strip()]


if __name__ == "__main__":  # pragma: no cover
    train({**_GENERAL, "en": _english_corpus()})

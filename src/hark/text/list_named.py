"""A list of the user's own asked about by its name alone, without the word "list": "¿qué
hay en la canastilla?" after a list called canastilla was made, "what's on the hospital
bag?", "was steht auf der Babyparty?", "qu'est-ce qu'il y a sur la valise ?", "cosa c'è
nella borsa ospedale?". Without the word the question had been read as something else
(a timer's, a recipe's).

``with_list_word(text, names, lang)`` returns the question with the list's word said
before the name ("¿qué hay en la lista canastilla?"), or ``text`` unchanged. Only the
user's own lists (``names``) count, never shopping or to-do (said by their own words).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# what is on it, asked, up to the article before the list's name
_ASKED = {
    # "what's on the hospital bag", "what have I got on the baby shower"
    "en": r"\bwhat(?:'s|\s+is|\s+have\s+i\s+got|\s+do\s+i\s+have)\s+(?:on|in)\s+(?:the|my|our)\s+",
    # "was steht auf der Babyparty", "was ist auf meiner Kliniktasche"
    "de": r"\bwas\s+(?:steht|ist|hab\s+ich|habe\s+ich)\s+(?:\w+\s+)?(?:auf|in)\s+(?:der|meiner|"
          r"unserer|dem|meinem)\s+",
    # "qu'est-ce qu'il y a sur la valise", "qu'y a-t-il dans ma valise"
    "fr": r"\b(?:qu'est-ce\s+qu'il\s+y\s+a|qu'y\s+a-t-il|il\s+y\s+a\s+quoi)\s+(?:sur|dans)\s+"
          r"(?:la|ma|le|mon|notre)\s+",
    # "qué hay en la canastilla", "qué tengo en mi canastilla"
    "es": r"\bqu[eé]\s+(?:hay|tengo|llevo|pusimos|puse)\s+en\s+(?:la|mi|el|nuestra)\s+",
    # "cosa c'è nella borsa ospedale", "che c'è sulla mia lista"
    "it": r"\b(?:cosa|che|che\s+cosa)\s+c'è\s+(?:nella|sulla|nel|sul|in)\s+(?:mia\s+|nostra\s+)?",
}
_LIST_WORD = {"en": "{name} list", "de": "Liste {name}", "fr": "liste {name}",
              "es": "lista {name}", "it": "lista {name}"}
_OWN_WORDS = {"shopping", "to-do", "todo"}  # (said by their own words: "la compra")


def with_list_word(text: str, names: Iterable[str], lang: str) -> str:
    """``text`` with "list" said before one of the user's own lists asked about by name."""
    asked = _ASKED.get(lang)
    if asked is None:
        return text
    said = text.replace("’", "'")
    for name in sorted((n for n in names if n and n not in _OWN_WORDS), key=len, reverse=True):
        m = re.search(rf"{asked}({re.escape(name)})(?=\s*[?.!]*\s*$)", said, re.I)
        if m is not None:
            return said[:m.start(1)] + _LIST_WORD[lang].format(name=m.group(1)) + said[m.end(1):]
    return text


_MAY = re.compile("|".join(_ASKED.values()), re.I)


def may_ask_list(text: str) -> bool:
    """The cheap check: whether ``text`` asks what is on something at all."""
    return _MAY.search(text.replace("’", "'")) is not None

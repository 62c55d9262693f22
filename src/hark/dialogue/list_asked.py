"""What is left on a list, asked without naming the list (five languages).

"So what's left for me to pick up?", "How many things are on there now?", "Can you read
that back to me?" after items were ticked off or added; "Ich steh im Supermarkt, was
wollte ich denn alles mitnehmen?", "Und wat fehlt jetz noch vom Einkauf?", "il me manque
quoi encore du coup ?", "quante cose mi mancano ancora da comprare?", "Me leggi le robe
che go ancora da far su la lista?".

``asked(text, lang, focus)`` returns the question said in full ("what's on my shopping
list", "wie viele Sachen stehen auf meiner Einkaufsliste"), or None. The list is the
one just talked about (``focus``, a list's name), else the one the words point to:
buying is the shopping list, things to do the to-do list. A turn that names a list is
left to the list skill as it is.
"""

from __future__ import annotations

import re

from hark.dialogue.focus import list_words
from hark.text.list_entry import NOT_THIS_LIST

MAX_WORDS = 16

_FLAGS = re.I
# what is left, or all that is on it: "what's left", "was fehlt noch", "il me manque quoi"
_LEFT = {
    "en": r"\bwhat(?:'s| is| else is| have i got| do i have)?\s+(?:still\s+)?(?:(?:left|"
          r"remaining)(?=\s*[?.!]?\s*$|\s+(?:for|to|now|then|on (?:it|there))\b)|on\s+(?:it|there|that|(?:the|that|this)\s+list)(?:\s+now)?|still\s+on\s+(?:it|there))\b|"
          r"\bwhat\s+(?:else\s+)?(?:do|did)\s+i\s+(?:still\s+)?(?:need|have)\s+to\s+"
          r"(?:get|buy|pick up|grab|do)\b|\b(?:read|say)\s+(?:that|it|them)(?:\s+list)?\s+"
          r"(?:back|out|again)\b|\bread\s+(?:back\s+|out\s+|me\s+)?(?:that|the|this)\s+list\b(?!\s+(?:of|called|named)\b)|^\W*(?:so\s+)?(?:what|which)\s+(?:are|were)\s+(?:they|those)\b",
    "de": r"\bwa[st]\s+(?:fehlt|steht|ist|bleibt)\s+(?:\w+\s+){0,3}?(?:noch|jetzt|jetz|übrig)\b|"
          r"\bwas\s+wollte\s+ich\s+(?:\w+\s+){0,2}?(?:mitnehmen|kaufen|holen|besorgen|"
          r"erledigen)\b|\blies\s+(?:sie|mir\s+(?:das|die|sie))\s+(?:\w+\s+)?vor\b|"
          # "kannst du mir die Liste nochmal vorlesen?"
          r"\b(?:die|sie)\s+(?:liste\s+)?(?:\w+\s+)?vor(?:zu)?lesen\b",
    "fr": r"\b(?:il\s+)?me\s+(?:manque|reste)\s+quoi\b|\bqu'est-ce\s+qu'il\s+(?:me\s+)?"
          r"(?:reste|manque)\b|\bil\s+(?:me\s+)?reste\s+quoi\b|\bqu'est-ce\s+que\s+je\s+dois\s+"
          r"encore\s+(?:acheter|prendre|faire)\b|\brelis[- ](?:la|les|moi)\b|"
          # "tu peux me relire la liste ?"
          r"\b(?:me\s+)?(?:re)?lire\s+(?:la\s+liste|la|les)\b",
    "es": r"\bqu[eé]\s+(?:me\s+)?(?:falta|queda)n?\b|\bqu[eé]\s+(?:m[aá]s\s+)?tengo\s+que\s+"
          r"(?:comprar|traer|hacer)\b|\bl[eé]e(?:me|mela|mela)\b|"
          # "¿me puedes volver a leer la lista?"
          r"\b(?:re)?leer(?:me)?(?:la)?\s+(?:la\s+lista|otra\s+vez)\b|"
          # "¿Cómo quedó la lista?": how it is now
          r"\bc[oó]mo\s+(?:qued[oó]|ha\s+quedado|queda|est[aá])\s+la\s+lista\b",
    "it": r"\b(?:cosa|che)\s+(?:mi\s+)?(?:manca|resta|rimane)\b|\b(?:cosa|che)\s+devo\s+"
          r"ancora\s+(?:comprare|prendere|fare)\b|\b(?:me|mi)\s+leggi\b|\brileggi(?:mela|la)?\b|"
          # "puoi rileggermi la lista?"
          r"\b(?:ri)?legger(?:mi|mela|e)\b",
}
# how many: "how many things are on there now", "quante cose mi mancano"
_COUNT = {
    "en": r"\bhow\s+many(?:'s\b|\s+(?:(?:things|items|bits|jobs|tasks)\b)?)",
    "de": r"\bwie\s+viele?\b",
    "fr": r"\bcombien\b",
    "es": r"\bcu[aá]nt[oa]s\b",
    "it": r"\bquant[ei]\b",
}
# a list named: left to the list skill
_NAMES_LIST = re.compile(r"\b(?!the\b|my\b|our\b|a\b|that\b|this\b)\w+\s+list\b|\b\w+liste\b|"
                         r"\bliste\s+(?:de|des|d')|\blista\s+(?:de|del|della|delle|dei|di)\b",
                         _FLAGS)
# another kind of thing named: "what's left on the laundry timer"
_OTHER_KIND = re.compile(r"\b(?:remind\w*|erinner\w*|rappel\w*|recu[eé]rd\w*|record\w*|"
                         r"ricord\w*|timer|alarm|appointment|meeting|calendar|wecker|termin|"
                         r"minuteur|réveil|rendez-vous|temporizador|alarma|cita|sveglia|"
                         r"promemoria|appuntamento)s?\b|\b(?:sveglie|appuntamenti|termine|"
                         r"temporizadores)\b", _FLAGS)
# the words that point to a list when none was just talked about
_SHOPPING = re.compile(r"\b(?:buy|pick up|get from|shop\w*|supermarket|tesco|einkauf\w*|"
                       r"mitnehmen|kaufen|besorgen|supermarkt|acheter|courses|magasin|comprar|"
                       r"s[uú]per|mercado|compra|comprare|spesa|supermercato)\b", _FLAGS)
_TO_DO = re.compile(r"\b(?:to[ -]?do|jobs|tasks|chores|erledigen|aufgaben|à faire|por hacer|"
                    r"tareas|da fa(?:re|')?|da far)\b", _FLAGS)
# the question said in full, each language
_READ = {"en": "what's on my {list}", "de": "was steht auf meiner {list}",
         "fr": "qu'est-ce qu'il y a sur ma {list}", "es": "qué hay en mi {list}",
         "it": "cosa c'è nella mia {list}"}
_HOW_MANY = {"en": "how many items are on my {list}", "de": "wie viele Sachen stehen auf meiner {list}",
             "fr": "combien de choses sur ma {list}", "es": "cuántas cosas hay en mi {list}",
             "it": "quante cose ci sono nella mia {list}"}


def asked(text: str, lang: str, focus: str | None = None) -> str | None:
    """The question about a list ``text`` asks without naming it, said in full; None."""
    lang = lang if lang in _LEFT else "en"
    said = text.replace("’", "'")
    if len(said.split()) > MAX_WORDS:
        return None
    count = re.search(_COUNT[lang], said, _FLAGS)
    left = re.search(_LEFT[lang], said, _FLAGS)
    if left is None and (count is None or not (focus or _SHOPPING.search(said)
                                               or _TO_DO.search(said))):
        return None
    if count is not None and lang == "en" and not re.search(
            r"\b(?:things|items|bits|jobs|tasks|left|on (?:it|there))\b", said, _FLAGS):
        return None  # "how many minutes …": no list
    if _NAMES_LIST.search(said) or _OTHER_KIND.search(said):
        return None
    meant = NOT_THIS_LIST.sub("", said)  # "Just the to-do one, not the shopping."
    name = "to-do" if _TO_DO.search(meant) else "shopping" if _SHOPPING.search(meant) else focus
    if not name:
        return None
    words = list_words(name, lang)
    return (_HOW_MANY if count else _READ)[lang].format(list=words)

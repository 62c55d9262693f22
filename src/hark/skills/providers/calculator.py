"""A safe calculator for spoken maths: words -> arithmetic expression -> an AST walker
that allows only numbers, + - * / ** %, and sqrt. Nothing is ever passed to eval().

English, German, French, Spanish and Italian wording ("zwölf mal sieben", "racine carrée
de 81", "el 15 por ciento de 80", "cento diviso quattro"); the language's own operator
words are rewritten first, then the numbers (text2num), then the shared rewrites."""

from __future__ import annotations

import ast
import math
import operator
import re

from hark.skills.providers.slots import words_to_digits


class UnsafeInput(ValueError):
    """The text holds something that is not arithmetic (code, quotes, brackets, ...)."""


class MathError(ValueError):
    """Arithmetic that has no answer we can give (division by zero, too big, ...).
    ``key`` names the message in :mod:`hark.skills.providers.phrases`."""

    def __init__(self, message: str, key: str = "maths_failed") -> None:
        super().__init__(message)
        self.key = key


_BAD_CHARS = re.compile(r"[_\"`;\[\]{}\\@#$&|<>~:]")
_NUM = r"-?\d+(?:\.\d+)?"
_BINOPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
           ast.Div: operator.truediv, ast.Mod: operator.mod, ast.Pow: operator.pow}
_REWRITES: list[tuple[str, str]] = [
    (r"\bof (?:minus|negative) (?=\d)", "of -"),
    (r"\bcube root of (" + _NUM + r")", r"(\1)**(1/3)"),
    (r"\b(?:the )?square root of (" + _NUM + r")", r"sqrt(\1)"),
    (r"\b(?:the )?root of (" + _NUM + r")", r"sqrt(\1)"),
    (r"\bsqrt (" + _NUM + r")", r"sqrt(\1)"),
    (r"(" + _NUM + r") ?(?:percent|per cent|%) of (" + _NUM + r")", r"(\1/100*\2)"),
    (r"(" + _NUM + r") ?(?:percent|per cent|%)", r"(\1/100)"),
    (r"(" + _NUM + r") squared", r"(\1**2)"),
    (r"(" + _NUM + r") cubed", r"(\1**3)"),
    (r"\bsubtract (" + _NUM + r") from (" + _NUM + r")", r"\2 - \1"),
    (r"\b(?:raised )?to the power of\b|\braised to(?: the)?\b|\bto the\b|\bpower\b", " ** "),
    (r"\bmultiplied by\b|\btimes\b|\bmultiply\b|(?<=\d) x (?=\d)|(?<=\d) by (?=\d)|\binto\b",
     " * "),
    (r"\bdivided by\b|\bdivide\b|\bover\b", " / "),
    (r"\bplus\b|\badded to\b|\badd\b", " + "),
    (r"\bminus\b|\btake away\b|\bless\b|\bsubtract(?:ed)?\b", " - "),
    (r"\bmod(?:ulo)?\b", " % "),
    (r"\bnegative (?=\d)", "-"),
]


# Operator words of other languages, rewritten to the English ones above. Ordered: longer
# phrases before their parts ("diviso per" before "per", "por ciento" before "por").
_LANG_WORDS: dict[str, list[tuple[str, str]]] = {
    "de": [
        (r"\b(?:die )?(?:quadrat)?wurzel (?:aus|von) ", " square root of "),
        (r"\bkubikwurzel (?:aus|von) ", " cube root of "),
        (r"\bzum quadrat\b|\bim quadrat\b|\bhoch 2\b|\bhoch zwei\b", " squared "),
        (r"\bhoch\b", " to the power of "),
        (r"\bmultipliziert mit\b|(?<=\d) mal\b", " times "),
        (r"\b(?:geteilt|dividiert) (?:durch|von)\b|(?<=\d) durch\b", " divided by "),
        (r"\bweniger\b", " minus "),
    ],
    "fr": [
        (r"\b(?:la )?racine carrée (?:de |d')", " square root of "),
        (r"\b(?:la )?racine cubique (?:de |d')", " cube root of "),
        (r"\bau carré\b", " squared "), (r"\bau cube\b", " cubed "),
        (r"\b(?:à la )?puissance\b", " to the power of "),
        (r"\bmultiplié par\b|(?<=\d) fois\b", " times "),
        (r"\bdivisé par\b|(?<=\d) sur\b", " divided by "),
        (r"\bmoins\b", " minus "),
    ],
    "es": [
        (r"\b(?:la )?raíz cuadrada de ", " square root of "),
        (r"\b(?:la )?raíz cúbica de ", " cube root of "),
        (r"\bal cuadrado\b", " squared "), (r"\bal cubo\b", " cubed "),
        (r"\belevado (?:a la|al|a)\b", " to the power of "),
        (r"\bdividido (?:por|entre)\b|(?<=\d) entre\b", " divided by "),
        (r"\bmultiplicado por\b|(?<=\d) (?:por|veces)\b", " times "),
        (r"\bmás\b", " plus "), (r"\bmenos\b", " minus "),
    ],
    "it": [
        (r"\b(?:la )?radice quadrata (?:di |del )", " square root of "),
        (r"\b(?:la )?radice cubica (?:di |del )", " cube root of "),
        (r"\bal quadrato\b", " squared "), (r"\bal cubo\b", " cubed "),
        (r"\belevato (?:alla|al|a)\b", " to the power of "),
        (r"\bdiviso(?: per)?\b", " divided by "),
        (r"\bmoltiplicato per\b|(?<=\d) (?:per|volte)\b", " times "),
        (r"\bpiù\b", " plus "), (r"\bmeno\b", " minus "),
    ],
}
# "3 und 4": between two numbers the language's "and" adds (inside number words it is
# already gone: "dreiundzwanzig" is 23 by then).
_AND = {"de": "und", "fr": "et", "es": "y", "it": "e"}


def _native_words(t: str, language: str) -> str:
    """Rewrite ``language``'s operator words into the English ones (numbers already digits)."""
    for pattern, repl in _LANG_WORDS.get(language, []):
        t = re.sub(pattern, repl, t)
    if language in _AND:
        t = re.sub(rf"(?<=\d) {_AND[language]} (?=\d)", " plus ", t)
    return t


def to_expression(text: str, language: str = "en") -> str:
    """Spoken maths to an expression string; "" when the text holds no numbers.
    Raises UnsafeInput for text that looks like code."""
    t = text.lower().replace("’", "'")
    if _BAD_CHARS.search(t) or re.search(r"(?<![^\W\d_])'|'(?![^\W\d_])", t):
        raise UnsafeInput(text)
    t = t.replace("×", " * ").replace("÷", " / ").replace("^", " ** ").replace("−", "-")
    t = re.sub(r"[?!¿¡]", " ", t)
    if language == "en":
        t = re.sub(r"(?<=\d),(?=\d{3}\b)", "", t)
    else:  # 3,5 is three and a half; 1.000 a thousand
        t = re.sub(r"(?<=\d)\.(?=\d{3}\b)", "", t)
        t = re.sub(r"(?<=\d),(?=\d)", ".", t)
        t = re.sub(r"\bpor ?ciento\b|\bper ?cento\b|\bpour ?cent\b|\bprozent\b", " % ", t)
        t = re.sub(r"%\s*(?:de|d'|del|di|dei|della|von|aus)\b", " percent of ", t)
    t = re.sub(r"\b(?:bitte|s'il (?:te|vous) plaît|por favor|per (?:favore|piacere))\b", " ", t)
    t = words_to_digits(t, language)
    t = _native_words(re.sub(r" +", " ", t.replace("%", " percent ")), language)
    t = re.sub(r" +", " ", t)
    if re.search(r"\b(sum|total) of\b", t):
        t = re.sub(r"\b(and|with)\b", " plus ", t)
    elif re.search(r"\bproduct of\b", t):
        t = re.sub(r"\band\b", " times ", t)
    elif re.search(r"\bdifference between\b", t):
        t = re.sub(r"\band\b", " minus ", t)
    elif re.search(r"\bquotient of\b", t):
        t = re.sub(r"\band\b", " divided by ", t)
    for pattern, repl in _REWRITES:
        t = re.sub(pattern, repl, t)
    tokens = re.findall(r"\d+(?:\.\d+)?|\*\*|[-+*/%()]|sqrt|[^\W\d_][\w']*|\S", t)
    kept = [tok for tok in tokens if not re.fullmatch(r"[^\W\d_][\w']*", tok) or tok == "sqrt"]
    expr = " ".join(kept).replace("sqrt (", "sqrt(")
    if not re.search(r"\d", expr):
        return ""
    return expr


def _eval(node: ast.AST) -> float | int:
    if isinstance(node, ast.Expression):
        return _eval(node.body)
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        v = _eval(node.operand)
        return -v if isinstance(node.op, ast.USub) else v
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        left, right = _eval(node.left), _eval(node.right)
        if isinstance(node.op, ast.Pow):
            if abs(right) > 1000 or (abs(left) > 1e6 and abs(right) > 50):
                raise MathError("That number is too big for me.", "maths_too_big")
            if left < 0 and not float(right).is_integer():
                raise MathError("That has no real answer.", "maths_no_real")
        if isinstance(node.op, ast.Div | ast.Mod) and right == 0:
            raise MathError("You can't divide by zero.", "maths_divide_by_zero")
        result = _BINOPS[type(node.op)](left, right)
        if isinstance(result, complex) or abs(result) > 1e100:
            raise MathError("That number is too big for me.", "maths_too_big")
        return result
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "sqrt" and len(node.args) == 1 and not node.keywords):
        v = _eval(node.args[0])
        if v < 0:
            raise MathError("Negative numbers have no real square root.", "maths_negative_root")
        return math.sqrt(v)
    raise UnsafeInput(ast.dump(node)[:60])


def evaluate(expr: str) -> float | int:
    """Evaluate an arithmetic expression made only of numbers, + - * / ** % and sqrt()."""
    if len(expr) > 200:
        raise UnsafeInput("too long")
    try:
        tree = ast.parse(expr, mode="eval")
    except SyntaxError as e:
        raise MathError("I couldn't work that out.", "maths_failed") from e
    return _eval(tree)


def fmt(x: float | int) -> str:
    """A number as it should be spoken: 84, 8.047, 0.3333, 1234567."""
    if isinstance(x, float) and x.is_integer() and abs(x) < 1e15:
        x = int(x)
    if isinstance(x, int):
        return str(x)
    if abs(x) >= 1000:
        s = f"{x:.1f}"
    elif abs(x) >= 1:
        s = f"{round(x, 2):.2f}"
    else:
        s = f"{x:.4g}"
        if "e" in s:
            s = f"{x:.10f}".rstrip("0")
    return s.rstrip("0").rstrip(".") if "." in s else s


_SAID_OPS: dict[str, dict[str, str]] = {
    "en": {"**": "to the power of", "*": "times", "/": "divided by", "+": "plus",
           "-": "minus", "%": "modulo", "sqrt": "the square root of {n}"},
    "de": {"**": "hoch", "*": "mal", "/": "geteilt durch", "+": "plus", "-": "minus",
           "%": "modulo", "sqrt": "die Wurzel aus {n}"},
    "fr": {"**": "puissance", "*": "fois", "/": "divisé par", "+": "plus", "-": "moins",
           "%": "modulo", "sqrt": "la racine carrée de {n}"},
    "es": {"**": "elevado a", "*": "por", "/": "dividido entre", "+": "más", "-": "menos",
           "%": "módulo", "sqrt": "la raíz cuadrada de {n}"},
    "it": {"**": "elevato a", "*": "per", "/": "diviso", "+": "più", "-": "meno",
           "%": "modulo", "sqrt": "la radice quadrata di {n}"},
}


def say_expression(expr: str, language: str = "en") -> str | None:
    """"12 * 7" -> "12 times 7" ("12 mal 7"); None when the expression is too complex to
    read out."""
    if "(" in expr and not re.fullmatch(r"sqrt\(\s*[\d.]+\s*\)", expr):
        return None
    words = _SAID_OPS.get(language, _SAID_OPS["en"])
    m = re.fullmatch(r"sqrt\(\s*([\d.]+)\s*\)", expr)
    if m:
        return words["sqrt"].format(n=say_number(m.group(1), language))
    return " ".join(words.get(tok) or say_number(tok, language) for tok in expr.split())


def say_number(number: str, language: str = "en") -> str:
    """A formatted number with the language's decimal mark: "2.5" -> "2,5" in German."""
    return number if language == "en" else number.replace(".", ",")

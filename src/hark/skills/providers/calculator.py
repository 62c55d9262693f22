"""A safe calculator for spoken maths: words -> arithmetic expression -> an AST walker
that allows only numbers, + - * / ** %, and sqrt. Nothing is ever passed to eval()."""

from __future__ import annotations

import ast
import math
import operator
import re

from hark.skills.providers.slots import words_to_digits


class UnsafeInput(ValueError):
    """The text holds something that is not arithmetic (code, quotes, brackets, ...)."""


class MathError(ValueError):
    """Arithmetic that has no answer we can give (division by zero, too big, ...)."""


_BAD_CHARS = re.compile(r"[_\"`;\[\]{}\\@#$&|<>~:]")
_NUM = r"-?\d+(?:\.\d+)?"
_BINOPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
           ast.Div: operator.truediv, ast.Mod: operator.mod, ast.Pow: operator.pow}
_REWRITES: list[tuple[str, str]] = [
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


def to_expression(text: str) -> str:
    """Spoken maths to an expression string; "" when the text holds no numbers.
    Raises UnsafeInput for text that looks like code."""
    t = text.lower().replace("’", "'")
    if _BAD_CHARS.search(t) or re.search(r"(?<![a-z])'|'(?![a-z])", t):
        raise UnsafeInput(text)
    t = t.replace("×", " * ").replace("÷", " / ").replace("^", " ** ").replace("−", "-")
    t = re.sub(r"(?<=\d),(?=\d{3}\b)", "", t)
    t = words_to_digits(t)
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
    tokens = re.findall(r"\d+(?:\.\d+)?|\*\*|[-+*/%()]|sqrt|[a-z']+|\S", t)
    kept = [tok for tok in tokens if not re.fullmatch(r"[a-z']+", tok) or tok == "sqrt"]
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
                raise MathError("That number is too big for me.")
            if left < 0 and not float(right).is_integer():
                raise MathError("That has no real answer.")
        if isinstance(node.op, ast.Div | ast.Mod) and right == 0:
            raise MathError("You can't divide by zero.")
        result = _BINOPS[type(node.op)](left, right)
        if isinstance(result, complex) or abs(result) > 1e100:
            raise MathError("That number is too big for me.")
        return result
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "sqrt" and len(node.args) == 1 and not node.keywords):
        v = _eval(node.args[0])
        if v < 0:
            raise MathError("Negative numbers have no real square root.")
        return math.sqrt(v)
    raise UnsafeInput(ast.dump(node)[:60])


def evaluate(expr: str) -> float | int:
    """Evaluate an arithmetic expression made only of numbers, + - * / ** % and sqrt()."""
    if len(expr) > 200:
        raise UnsafeInput("too long")
    try:
        tree = ast.parse(expr, mode="eval")
    except SyntaxError as e:
        raise MathError("I couldn't work that out.") from e
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


def say_expression(expr: str) -> str | None:
    """"12 * 7" -> "12 times 7"; None when the expression is too complex to read out."""
    if "(" in expr and not re.fullmatch(r"sqrt\(\s*[\d.]+\s*\)", expr):
        return None
    words = {"**": "to the power of", "*": "times", "/": "divided by", "+": "plus",
             "-": "minus", "%": "modulo"}
    m = re.fullmatch(r"sqrt\(\s*([\d.]+)\s*\)", expr)
    if m:
        return f"the square root of {m.group(1)}"
    out = []
    for tok in expr.split():
        out.append(words.get(tok, tok))
    return " ".join(out)

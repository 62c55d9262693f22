"""Load NLU datasets in our formats into one shape: text, intent, slot spans.

Accepted JSONL rows (one JSON object a line):
- ``{"text", "intent", "annotation"}`` with slots written ``[slot : value]`` (HWU64/SLURP);
- ``{"text", "intent", "slots": [{"slot", "value"[, "start", "end"]}]}``;
- ``{"tokens", "tags", "intent"}`` with BIO tags (SNIPS);
- ``{"text", "intent"}`` (no slots, e.g. CLINC150).
The out-of-scope label is ``out_of_scope``; ``oos`` is read as the same.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hark.errors import InvalidInput

OOS = "out_of_scope"
_OOS_ALIASES = {"oos", "out_of_scope", "outofscope", "out-of-scope"}
_ANNOT = re.compile(r"\[\s*([^\[\]:]+?)\s*:\s*([^\[\]]*?)\s*\]")


def canonical_intent(intent: str) -> str:
    return OOS if intent.strip().lower() in _OOS_ALIASES else intent.strip()


@dataclass
class Span:
    slot: str
    start: int
    end: int


@dataclass
class Example:
    text: str
    intent: str
    spans: list[Span] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def slot_values(self) -> list[tuple[str, str]]:
        return [(s.slot, self.text[s.start : s.end]) for s in self.spans]


def parse_annotation(annotation: str) -> tuple[str, list[Span]]:
    """``"wake me at [time : seven]"`` → ``("wake me at seven", [Span("time", 11, 16)])``."""
    out: list[str] = []
    spans: list[Span] = []
    pos = 0
    length = 0
    for m in _ANNOT.finditer(annotation):
        before = annotation[pos : m.start()]
        out.append(before)
        length += len(before)
        value = m.group(2)
        if value:
            spans.append(Span(m.group(1).strip(), length, length + len(value)))
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(annotation[pos:])
    return "".join(out), spans


def _spans_from_values(text: str, slots: list[dict[str, Any]], where: str) -> list[Span]:
    spans: list[Span] = []
    taken: list[tuple[int, int]] = []
    low = text.lower()
    for s in slots:
        if not isinstance(s, dict) or "slot" not in s:
            raise InvalidInput(f"{where}: each slot needs a 'slot' name")
        if "start" in s and "end" in s:
            spans.append(Span(str(s["slot"]), int(s["start"]), int(s["end"])))
            continue
        value = str(s.get("value", "")).strip().lower()
        if not value:
            continue
        i = low.find(value)
        while i >= 0 and any(a < i + len(value) and i < b for a, b in taken):
            i = low.find(value, i + 1)
        if i < 0:
            continue  # value not literally in the text: cannot be a span
        taken.append((i, i + len(value)))
        spans.append(Span(str(s["slot"]), i, i + len(value)))
    return sorted(spans, key=lambda sp: sp.start)


def _from_bio(tokens: list[str], tags: list[str], where: str) -> tuple[str, list[Span]]:
    if len(tokens) != len(tags):
        raise InvalidInput(f"{where}: {len(tokens)} tokens but {len(tags)} tags")
    text_parts: list[str] = []
    spans: list[Span] = []
    pos = 0
    cur: Span | None = None
    for tok, tag in zip(tokens, tags, strict=True):
        start = pos
        text_parts.append(tok)
        pos += len(tok) + 1
        end = start + len(tok)
        if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or cur.slot != tag[2:])):
            cur = Span(tag[2:], start, end)
            spans.append(cur)
        elif tag.startswith("I-") and cur is not None:
            cur.end = end
        elif tag == "O":
            cur = None
        else:
            raise InvalidInput(f"{where}: bad BIO tag {tag!r}")
    return " ".join(text_parts), spans


def example_from_row(row: Any, where: str = "row") -> Example:
    if not isinstance(row, dict):
        raise InvalidInput(f"{where}: expected a JSON object")
    intent = row.get("intent")
    if not isinstance(intent, str) or not intent.strip():
        raise InvalidInput(f"{where}: missing 'intent'")
    meta = {k: row[k] for k in ("id", "seen_in_hwu64", "lang") if k in row}
    if not any(k in row for k in ("tokens", "annotation", "slots")):
        meta["slots_unknown"] = True  # {"text", "intent"} only: nothing says what its slots are
    if "tokens" in row:
        tokens, tags = row.get("tokens"), row.get("tags") or ["O"] * len(row["tokens"])
        if not isinstance(tokens, list) or not isinstance(tags, list):
            raise InvalidInput(f"{where}: 'tokens' and 'tags' must be lists")
        text, spans = _from_bio([str(t) for t in tokens], [str(t) for t in tags], where)
    elif isinstance(row.get("annotation"), str) and "[" in row["annotation"]:
        text, spans = parse_annotation(row["annotation"])
    elif isinstance(row.get("text"), str):
        text = row["text"]
        spans = _spans_from_values(text, row.get("slots") or [], where)
    else:
        raise InvalidInput(f"{where}: needs 'text', 'annotation' or 'tokens'")
    if not text.strip():
        raise InvalidInput(f"{where}: empty text")
    return Example(text, canonical_intent(intent), spans, meta)


def iter_jsonl(path: str | Path) -> Iterable[Example]:
    path = Path(path)
    if not path.is_file():
        raise InvalidInput(f"{path}: no such file")
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path.name} line {n}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise InvalidInput(f"{where}: not valid JSON ({e.msg})") from e
            yield example_from_row(row, where)


def load_jsonl(path: str | Path) -> list[Example]:
    rows = list(iter_jsonl(path))
    if not rows:
        raise InvalidInput(f"{path}: no examples")
    return rows


def load_many(paths: Iterable[str | Path]) -> list[Example]:
    out: list[Example] = []
    for p in paths:
        out.extend(load_jsonl(p))
    return out

"""Requests typed as a list of points (English): "• alarm 0545 tmrw • add coffee to
shopping", "Quick ones: - move team meeting to 10am - remind me tmrw 0830 to print the
rota", "Points: 1) cancel laundry timer 2) new timer 15 mins", "1. new alarm weekdays
0600 2. new alarm Sat 0800" — as sentences, one request each: "alarm 0545 tmrw. add coffee
to shopping". A heading that names a list ("To-do list: - add team appraisals - remove fix
the bike light") is said with each point.

``unbulleted(text)`` returns the points as sentences, or ``text`` unchanged when it holds
fewer than two points.
"""

from __future__ import annotations

import re

# a point's mark: a bullet, a dash after the start, a colon or a space, "1)", "2." (a number
# followed by "." and a space, not "7.15")
_MARK = re.compile(r"(?:^|(?<=[\s:]))(?:[•·*▪‣◦]|-(?=\s)|\d{1,2}[).](?=\s))\s*")
_HEADING = re.compile(r"^(?P<head>[^•·*▪‣◦\d-][^:]{0,40}?):\s*$")
_LIST_HEADING = re.compile(r"^(?:my\s+|the\s+)?(?P<list>to-?do|shopping)(?:\s+list)?$", re.I)


def unbulleted(text: str) -> str:
    """``text`` with its points said as sentences of their own."""
    marks = list(_MARK.finditer(text))
    if len(marks) < 2:
        return text
    head = text[:marks[0].start()].strip()
    points = [text[m.end():(marks[i + 1].start() if i + 1 < len(marks) else len(text))]
              .strip(" ,;.") for i, m in enumerate(marks)]
    points = [p for p in points if p]
    if len(points) < 2:
        return text
    heading = _HEADING.match(f"{head}") if head else None
    if head and heading is None:
        return text  # words before the first mark that are no heading: not a list of points
    listed = _LIST_HEADING.match(heading["head"].strip()) if heading else None
    if listed:  # "To-do list: - add team appraisals - remove fix the bike light"
        name = "to-do" if listed["list"].lower().startswith("to") else "shopping"
        points = [_on_list(p, name) for p in points]
    # a point with its own list first: "- shopping: add oat milk, teabags - shopping: remove eggs"
    points = [_on_list(m["rest"], "to-do" if m["list"].lower().startswith("to") else "shopping")
              if (m := _POINT_LIST.match(p)) else p for p in points]
    return ". ".join(points)


_POINT_LIST = re.compile(r"^(?P<list>shopping|to-?do)(?:\s+list)?\s*:\s*(?P<rest>(?:add|put|remove|delete|"
                         r"take|tick|cross)\b.+)$", re.I)


def _on_list(point: str, name: str) -> str:
    if re.search(r"\blist\b", point, re.I):
        return point
    if re.match(r"(?:remove|delete|take|tick|cross)\b", point, re.I):
        return f"{point} from my {name} list"
    if re.match(r"(?:add|put)\b", point, re.I):
        return f"{point} to my {name} list"
    return point

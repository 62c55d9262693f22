"""Right/total per part and language, printed as the markdown table the README quotes
(shared by units_bench.py and dates_bench.py)."""

from __future__ import annotations

from collections import defaultdict

LANGUAGES = ("de", "fr", "es", "it", "all")


class Tally:
    def __init__(self) -> None:
        self._score: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])

    def add(self, part: str, language: str, ok: bool) -> None:
        for key in ((part, language), (part, "all")):
            self._score[key][0] += ok
            self._score[key][1] += 1

    def print(self, heading: str, parts: tuple[str, ...],
              languages: tuple[str, ...] = LANGUAGES) -> None:
        print(f"| {heading} | " + " | ".join(languages) + " |")
        print("| --- " * (len(languages) + 1) + "|")
        for part in parts:
            cells = []
            for language in languages:
                right, total = self._score[part, language]
                cells.append(f"{100 * right / max(1, total):.1f} % ({right}/{total})")
            print(f"| {part} | " + " | ".join(cells) + " |")

"""Structured logging: one JSON object per line on stderr (or plain text)."""

from __future__ import annotations

import json
import logging
import sys
import time
from typing import Any

_RESERVED = set(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {"message"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "ts": round(record.created, 3),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        out.update({k: v for k, v in record.__dict__.items() if k not in _RESERVED})
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False, default=str)


def setup_logging(level: str | None = None, fmt: str | None = None) -> None:
    from hark.config import get_settings

    s = get_settings()
    handler = logging.StreamHandler(sys.stderr)
    if (fmt or s.log_format) == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("hark")
    root.handlers[:] = [handler]
    root.setLevel((level or s.log_level).upper())
    root.propagate = False


class Stopwatch:
    """Collects per-stage latency in milliseconds: ``with sw("stt"): ...``."""

    def __init__(self, already_s: float = 0.0) -> None:
        """``already_s``: seconds the work took before the stopwatch was made (counted in
        the total)."""
        self.timings_ms: dict[str, float] = {}
        self._t0 = time.perf_counter() - already_s

    def __call__(self, stage: str) -> _Stage:
        return _Stage(self, stage)

    def mark(self, stage: str, seconds: float) -> None:
        self.timings_ms[stage] = round(self.timings_ms.get(stage, 0.0) + seconds * 1000, 2)

    def total(self) -> dict[str, float]:
        out = dict(self.timings_ms)
        out["total"] = round((time.perf_counter() - self._t0) * 1000, 2)
        return out


class _Stage:
    def __init__(self, sw: Stopwatch, stage: str) -> None:
        self.sw, self.stage = sw, stage

    def __enter__(self) -> _Stage:
        self.t = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.sw.mark(self.stage, time.perf_counter() - self.t)

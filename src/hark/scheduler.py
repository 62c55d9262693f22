"""Persistent scheduler: fires timers, alarms and reminders at their deadlines.

Everything lives in the database, so items set before a restart fire after it; items
whose deadline passed while Hark was down fire at start with ``late=True``. Each item is
marked fired in the database (a conditional UPDATE, so two schedulers sharing one
PostgreSQL database never fire it twice) *before* ``on_fire(kind, item)`` is awaited:
delivery is at most once. Recurring alarms/reminders move to their next occurrence in
their own time zone.

    async def on_fire(kind: str, item: dict) -> None:
        print(kind, item["id"], item["late"])

    scheduler = Scheduler(store, on_fire)
    await scheduler.start()
    timer = await scheduler.change(timers.create, duration_s=300)   # wakes the loop
    ...
    await scheduler.stop()

Changes made through the repositories directly should be followed by ``notify()``;
changes made by another process are picked up within ``poll_s``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from hark.store import Store, alarms, reminders, timers
from hark.store.timeutil import utcnow

log = logging.getLogger("hark.scheduler")

FireCallback = Callable[[str, dict[str, Any]], Awaitable[None]]
R = TypeVar("R")

KINDS = ("timer", "alarm", "reminder")
_REPOS: dict[str, Any] = {"timer": timers, "alarm": alarms, "reminder": reminders}


def _deadline(kind: str, row: Any) -> datetime:
    if kind == "timer":
        return row.deadline
    if kind == "alarm":
        return row.next_fire
    return row.due


@dataclass
class Fired:
    kind: str
    item: dict[str, Any]


class Scheduler:
    def __init__(
        self,
        store: Store,
        on_fire: FireCallback,
        *,
        poll_s: float = 30.0,
        late_after_s: float = 2.0,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.store = store
        self.on_fire = on_fire
        self.poll_s = poll_s
        self.late_after_s = late_after_s
        self.clock = clock
        self._task: asyncio.Task[None] | None = None
        self._wake: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._started_at: datetime | None = None
        self.next_deadline: datetime | None = None
        self._broken: set[tuple[str, int]] = set()
        self._stopping = False

    # ------------------------------------------------------------------ lifecycle

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    async def start(self) -> None:
        if self.running:
            return
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self._started_at = self.clock()
        self._stopping = False
        self._task = asyncio.create_task(self._run(), name="hark-scheduler")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is None:
            return
        self._stopping = True
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    async def __aenter__(self) -> Scheduler:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    def notify(self) -> None:
        """Re-read the deadlines now (items were added or changed). Thread-safe."""
        loop, wake = self._loop, self._wake
        if loop is None or wake is None or loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            wake.set()
        else:
            loop.call_soon_threadsafe(wake.set)

    async def change(self, fn: Callable[..., R], /, *args: Any, **kwargs: Any) -> R:
        """Run a repository function ``fn(db, *args, **kwargs)`` in one transaction (in a
        worker thread), then wake the scheduler. Returns what ``fn`` returned."""

        def work() -> R:
            with self.store.session() as db:
                return fn(db, *args, **kwargs)

        result = await asyncio.to_thread(work)
        self.notify()
        return result

    # ------------------------------------------------------------------ the loop

    async def _run(self) -> None:
        assert self._wake is not None
        backoff = 0.5
        while not self._stopping:
            self._wake.clear()
            try:
                fired, next_at = await asyncio.to_thread(self._collect)
                backoff = 0.5
            except RuntimeError as e:
                if "shutdown" in str(e):  # "… after interpreter shutdown", "… after
                    return  # shutdown": the process or its executor is closing
                log.exception("scheduler could not read the database; retrying")
                await self._sleep(backoff)
                backoff = min(backoff * 2, self.poll_s)
                continue
            except Exception:
                log.exception("scheduler could not read the database; retrying")
                await self._sleep(backoff)
                backoff = min(backoff * 2, self.poll_s)
                continue
            self.next_deadline = next_at
            for f in fired:
                await self._deliver(f)
            if fired:
                continue  # deliveries took time: look again before sleeping
            delay = self.poll_s
            if next_at is not None:
                # The floor keeps an item that cannot be claimed from spinning the loop.
                delay = min(delay, max(0.01, (next_at - self.clock()).total_seconds()))
            await self._sleep(delay)

    async def _sleep(self, seconds: float) -> None:
        assert self._wake is not None
        # asyncio.timeout, not wait_for: on Python 3.11 wait_for can swallow a
        # cancellation that arrives just as the event is set, and stop() would hang.
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(seconds):
                await self._wake.wait()

    async def _deliver(self, fired: Fired) -> None:
        try:
            await self.on_fire(fired.kind, fired.item)
        except Exception:
            log.exception(
                "on_fire failed", extra={"kind": fired.kind, "item_id": fired.item.get("id")}
            )

    async def run_due(self) -> list[Fired]:
        """One pass: fire whatever is due now (for tests and one-shot tools). Items are
        flagged late only when more than ``late_after_s`` behind."""
        fired, self.next_deadline = await asyncio.to_thread(self._collect)
        for f in fired:
            await self._deliver(f)
        return fired

    # ------------------------------------------------------------------ database side

    def _collect(self) -> tuple[list[Fired], datetime | None]:
        """Claim every due item in one transaction; return them in deadline order and the
        next deadline still pending."""
        now = self.clock()
        with self.store.session() as db:
            due: list[tuple[datetime, int, str, Any]] = []
            for order, kind in enumerate(KINDS):
                for row in _REPOS[kind].due(db, now=now):
                    due.append((_deadline(kind, row), order, kind, row))
            due.sort(key=lambda d: (d[0], d[1], d[3].id))
            fired = [f for d in due if (f := self._claim(db, now, *d)) is not None]
            next_at = self._next_deadline(db)
        return fired, next_at

    def _claim(
        self, db: Session, now: datetime, deadline: datetime, _order: int, kind: str, row: Any
    ) -> Fired | None:
        item = row.to_dict()
        if (kind, row.id) in self._broken:
            return None
        try:
            with db.begin_nested():
                claimed = _REPOS[kind].claim_fired(db, row, now=now)
        except Exception:
            log.exception("cannot fire %s %s; skipping it until restart", kind, row.id)
            self._broken.add((kind, row.id))
            return None
        if not claimed:
            return None
        missed = self._started_at is not None and deadline < self._started_at
        late = missed or now - deadline > timedelta(seconds=self.late_after_s)
        item.update(
            {
                "kind": kind,
                "deadline": deadline.isoformat(),
                "fired_at": now.isoformat(),
                "late": late,
            }
        )
        if kind == "alarm":
            item["next_fire"] = row.next_fire.isoformat() if row.next_fire else None
            item["enabled"] = row.enabled
        elif kind == "reminder" and row.recurrence:
            item["next_due"] = row.due.isoformat()
        log.info("fired %s %s", kind, row.id, extra={"late": late})
        return Fired(kind, item)

    @staticmethod
    def _next_deadline(db: Session) -> datetime | None:
        found = [d for d in (r.next_deadline(db) for r in _REPOS.values()) if d is not None]
        return min(found) if found else None

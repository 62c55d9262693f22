"""The persistent scheduler: restarts, late items, cancel, order, recurrence."""

from __future__ import annotations

import asyncio
import random
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from hark.config import Settings
from hark.scheduler import Scheduler
from hark.store import Store, alarms, reminders, timers
from hark.store.models import Alarm, Timer
from hark.store.timeutil import utcnow


class Recorder:
    def __init__(self) -> None:
        self.fired: list[tuple[str, dict[str, Any]]] = []
        self.event = asyncio.Event()

    async def __call__(self, kind: str, item: dict[str, Any]) -> None:
        self.fired.append((kind, item))
        self.event.set()

    async def wait_for(self, n: int, timeout: float = 5.0) -> None:
        async def until() -> None:
            while len(self.fired) < n:
                self.event.clear()
                await self.event.wait()

        await asyncio.wait_for(until(), timeout)


@pytest.fixture()
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path, timezone="Europe/Berlin")


@pytest.fixture()
def store(settings: Settings) -> Store:
    s = Store.open(settings)
    yield s
    s.close()


async def test_timer_survives_restart(settings: Settings) -> None:
    first = Store.open(settings)
    rec1 = Recorder()
    sched1 = Scheduler(first, rec1)
    await sched1.start()
    timer = await sched1.change(timers.create, duration_s=1.0, name="eggs")
    await sched1.stop()  # "crash" before the deadline
    first.close()
    assert rec1.fired == []

    second = Store.open(settings)
    rec2 = Recorder()
    async with Scheduler(second, rec2):
        await rec2.wait_for(1, timeout=5)
    kind, item = rec2.fired[0]
    assert kind == "timer" and item["id"] == timer.id and item["name"] == "eggs"
    assert item["late"] is False
    fired_at = datetime.fromisoformat(item["fired_at"])
    assert timedelta(0) <= fired_at - timer.deadline < timedelta(seconds=1)
    with second.session() as db:
        assert timers.get(db, timer.id).state == "fired"
    second.close()


async def test_missed_while_down_fires_late_at_start(store: Store) -> None:
    with store.session() as db:
        t = timers.create(db, duration_s=0.05)
        r = reminders.create(db, text="water plants", due=utcnow() + timedelta(seconds=0.05))
    await asyncio.sleep(0.2)
    rec = Recorder()
    async with Scheduler(store, rec):
        await rec.wait_for(2, timeout=3)
    assert [(k, i["id"], i["late"]) for k, i in rec.fired] == [
        ("timer", t.id, True),
        ("reminder", r.id, True),
    ]


async def test_cancel_prevents_firing(store: Store) -> None:
    rec = Recorder()
    async with Scheduler(store, rec) as sched:
        # long enough that creating and cancelling always beats the deadline on a busy box
        keep = await sched.change(timers.create, duration_s=1.2, name="keep")
        drop = await sched.change(timers.create, duration_s=1.0, name="drop")
        await sched.change(timers.cancel, drop.id)
        await rec.wait_for(1, timeout=3)
        await asyncio.sleep(0.3)
    assert [i["id"] for _, i in rec.fired] == [keep.id]
    with store.session() as db:
        assert timers.get(db, drop.id).state == "cancelled"


async def test_many_timers_fire_in_order(store: Store) -> None:
    rec = Recorder()
    durations = [0.3 + 0.015 * i for i in range(25)]
    shuffled = random.Random(7).sample(durations, len(durations))
    async with Scheduler(store, rec) as sched:
        created = [
            await sched.change(timers.create, duration_s=d, name=f"{d:.3f}") for d in shuffled
        ]
        await rec.wait_for(len(created), timeout=8)
    deadlines = [datetime.fromisoformat(i["deadline"]) for _, i in rec.fired]
    assert deadlines == sorted(deadlines)
    assert sorted(i["id"] for _, i in rec.fired) == sorted(t.id for t in created)
    assert all(not i["late"] for _, i in rec.fired)


async def test_pause_and_resume_keep_remaining(store: Store) -> None:
    rec = Recorder()
    async with Scheduler(store, rec) as sched:
        t = await sched.change(timers.create, duration_s=1.5)
        paused = await sched.change(timers.pause, t.id)
        assert 1.0 < paused.remaining_s <= 1.5
        await asyncio.sleep(1.6)  # past the original deadline
        assert rec.fired == []
        resumed_at = utcnow()
        await sched.change(timers.resume, t.id)
        await rec.wait_for(1, timeout=6)
    elapsed = (datetime.fromisoformat(rec.fired[0][1]["fired_at"]) - resumed_at).total_seconds()
    assert elapsed > 0.9  # the paused remainder was kept, not restarted from zero


async def test_failing_callback_does_not_stop_the_loop(store: Store) -> None:
    calls: list[int] = []
    done = asyncio.Event()

    async def flaky(kind: str, item: dict[str, Any]) -> None:
        calls.append(item["id"])
        if len(calls) == 1:
            raise RuntimeError("speaker unplugged")
        done.set()

    async with Scheduler(store, flaky) as sched:
        await sched.change(timers.create, duration_s=0.1)
        await sched.change(timers.create, duration_s=0.3)
        await asyncio.wait_for(done.wait(), 3)
    assert len(calls) == 2


async def test_notify_from_direct_repository_change(store: Store) -> None:
    rec = Recorder()
    async with Scheduler(store, rec, poll_s=30) as sched:
        await asyncio.sleep(0.05)  # the loop is now asleep for up to poll_s

        def add() -> Timer:
            with store.session() as db:
                return timers.create(db, duration_s=0.2)

        await asyncio.to_thread(add)
        sched.notify()
        await rec.wait_for(1, timeout=2)


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


async def test_recurring_weekday_alarm_advances_across_weekend_and_dst(store: Store) -> None:
    thursday = datetime(2027, 3, 25, 12, 0, tzinfo=UTC)
    with store.session() as db:
        a = alarms.create(db, time_of_day="07:00", recurrence_rule="every weekday", now=thursday)
    assert a.next_fire == datetime(2027, 3, 26, 6, 0, tzinfo=UTC)  # Fri 07:00 CET
    clock = FakeClock(a.next_fire + timedelta(milliseconds=300))
    rec = Recorder()
    sched = Scheduler(store, rec, clock=clock)
    fired = await sched.run_due()
    assert len(fired) == 1 and fired[0].item["late"] is False
    # Saturday and Sunday skipped; Berlin is on summer time from Sunday 28 March.
    assert fired[0].item["next_fire"] == "2027-03-29T05:00:00+00:00"
    assert await sched.run_due() == []  # nothing else is due on Friday
    clock.now = datetime(2027, 3, 29, 5, 0, 1, tzinfo=UTC)
    fired = await sched.run_due()
    assert fired[0].item["deadline"] == "2027-03-29T05:00:00+00:00"
    with store.session() as db:
        again = alarms.get(db, a.id)
        assert again.next_fire == datetime(2027, 3, 30, 5, 0, tzinfo=UTC) and again.enabled
        assert again.last_fired_at == clock.now


async def test_alarm_missed_for_days_fires_once_late(store: Store) -> None:
    with store.session() as db:
        a = alarms.create(
            db,
            time_of_day="07:00",
            recurrence_rule="daily",
            now=datetime(2027, 3, 25, 12, 0, tzinfo=UTC),
        )
    clock = FakeClock(datetime(2027, 3, 29, 12, 0, tzinfo=UTC))  # down for 4 days
    sched = Scheduler(store, Recorder(), clock=clock)
    fired = await sched.run_due()
    assert len(fired) == 1 and fired[0].item["late"] is True
    assert fired[0].item["next_fire"] == "2027-03-30T05:00:00+00:00"
    assert await sched.run_due() == []
    with store.session() as db:
        assert alarms.get(db, a.id).next_fire == datetime(2027, 3, 30, 5, 0, tzinfo=UTC)


async def test_one_shot_alarm_is_disabled_after_firing(store: Store) -> None:
    now = datetime(2027, 3, 25, 12, 0, tzinfo=UTC)
    with store.session() as db:
        a = alarms.create(db, time_of_day="14:00", now=now)  # 13:00 UTC today
    clock = FakeClock(datetime(2027, 3, 25, 13, 0, 1, tzinfo=UTC))
    fired = await Scheduler(store, Recorder(), clock=clock).run_due()
    assert fired[0].item["enabled"] is False and fired[0].item["next_fire"] is None
    with store.session() as db:
        row = db.get(Alarm, a.id)
        assert row.enabled is False and row.next_fire is None


async def test_reminders_once_and_recurring(store: Store) -> None:
    due = datetime(2027, 3, 26, 17, 0, tzinfo=UTC)  # Fri 18:00 CET
    with store.session() as db:
        once = reminders.create(db, text="call mum", due=due)
        weekly = reminders.create(db, text="bins", due=due, recurrence_rule="fridays")
    clock = FakeClock(due + timedelta(seconds=1))
    sched = Scheduler(store, Recorder(), clock=clock)
    fired = await sched.run_due()
    assert [f.item["id"] for f in fired] == [once.id, weekly.id]
    assert fired[1].item["next_due"] == "2027-04-02T16:00:00+00:00"  # 18:00 CEST
    clock.now = due + timedelta(days=3)
    assert await sched.run_due() == []
    with store.session() as db:
        assert reminders.get(db, once.id).fired_at == due + timedelta(seconds=1)
        assert reminders.get(db, weekly.id).fired_at is None


async def test_two_schedulers_never_fire_the_same_item_twice(settings: Settings) -> None:
    a, b = Store.open(settings), Store.open(settings)
    with a.session() as db:
        for _ in range(10):
            timers.create(db, duration_s=0.01)
    await asyncio.sleep(0.05)
    sa, sb = Scheduler(a, Recorder()), Scheduler(b, Recorder())
    results = await asyncio.gather(sa.run_due(), sb.run_due(), sa.run_due(), sb.run_due())
    assert sum(len(r) for r in results) == 10
    ids = [f.item["id"] for r in results for f in r]
    assert len(set(ids)) == 10
    a.close()
    b.close()


async def test_stop_right_after_notify_never_hangs(store: Store) -> None:
    """Regression: on Python 3.11 asyncio.wait_for could swallow the cancel from stop()
    when notify() had just set the wake-up event, and stop() then waited forever."""
    for spins in range(8):  # hit every point of the wake-up between notify and stop
        for _ in range(3):
            sched = Scheduler(store, Recorder(), poll_s=30)
            await sched.start()
            await asyncio.sleep(0.02)  # the loop is asleep now
            sched.notify()
            for _ in range(spins):
                await asyncio.sleep(0)
            t0 = time.monotonic()
            await asyncio.wait_for(sched.stop(), timeout=5)
            assert not sched.running and time.monotonic() - t0 < 1.0

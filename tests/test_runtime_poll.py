"""A running Hark sees timers written by another process (another Store on the same
SQLite file) within HARK_SCHEDULER_POLL_S, without being told."""

from __future__ import annotations

import asyncio
from pathlib import Path

from hark.config import Settings
from hark.runtime import Runtime
from hark.store import Store
from hark.store import timers as timer_repo


def test_timer_written_elsewhere_fires_within_the_poll_interval(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, scheduler_poll_s=0.5)

    async def main() -> tuple[list, float]:
        fired: list = []
        async with Runtime(settings) as rt:
            async def on_event(event) -> None:
                fired.append(event)

            rt.subscribe(on_event)
            await asyncio.sleep(0.3)  # the scheduler is asleep with nothing pending
            other = Store.open(settings)  # stands for `hark ask` in another process
            with other.session() as db:
                timer_repo.create(db, duration_s=0.2, name="tea")
            loop = asyncio.get_running_loop()
            t0 = loop.time()
            while not fired and loop.time() - t0 < 10:
                await asyncio.sleep(0.05)
            other.close()
            return fired, loop.time() - t0

    fired, waited = asyncio.run(main())
    assert [e.type for e in fired] == ["timer-fired"], fired
    assert waited < 5.0  # 0.2 s timer + 0.5 s poll, with room for a slow machine

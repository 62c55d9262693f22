"""Everything a running Hark needs, built in one place: the store, the persistent
scheduler (timers, alarms, reminders fire from here), message transports, persistent
virtual-device state, and the :class:`~hark.assistant.Assistant` that uses them.

Fired items become :class:`~hark.types.Event` objects (``timer-fired``, ``alarm-fired``,
``reminder-fired``) delivered to every subscriber: the server pushes them to WebSocket
clients, ``hark listen`` speaks them, ``hark chat`` prints them.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from hark.config import Settings, get_settings
from hark.types import Event

log = logging.getLogger("hark.runtime")
Subscriber = Callable[[Event], Awaitable[None]]


class KVDeviceState:
    """Virtual-device state kept in the store's key/value table, so a light switched on
    stays on across restarts. The dict-like ``get``/``set`` the device provider expects."""

    def __init__(self, store: Any, user: str = "default") -> None:
        self.store, self.user = store, user

    def get(self, key: str) -> Any:
        from hark.store import kv

        with self.store.session(readonly=True) as db:
            return kv.get(db, f"device:{key}", user=self.user)

    def set(self, key: str, value: Any) -> None:
        from hark.store import kv

        with self.store.session() as db:
            kv.set(db, f"device:{key}", value, user=self.user)


class Runtime:
    """``async with Runtime(settings, scheduler=True) as rt: await rt.assistant.handle_text(...)``"""

    def __init__(self, settings: Settings | None = None, *, scheduler: bool = True,
                 understand: Any = None) -> None:
        self.settings = settings or get_settings()
        self.run_scheduler = scheduler
        self.understand = understand
        self.subscribers: list[Subscriber] = []
        self.store: Any = None
        self.scheduler: Any = None
        self.assistant: Any = None

    def subscribe(self, fn: Subscriber) -> Callable[[], None]:
        self.subscribers.append(fn)
        return lambda: self.subscribers.remove(fn) if fn in self.subscribers else None

    async def publish(self, event: Event) -> None:
        log.info("event", extra={"event": event.type, "data": event.data})
        for fn in list(self.subscribers):
            try:
                await fn(event)
            except Exception:  # one bad subscriber must not stop the others
                log.exception("event subscriber failed")

    async def start(self) -> Runtime:
        import asyncio

        from hark.assistant import Assistant
        from hark.scheduler import Scheduler
        from hark.skills.timers import on_fire_callback
        from hark.skills.transports import from_settings
        from hark.store import Store

        s = self.settings
        if not s.database_url:
            s.data_dir.mkdir(parents=True, exist_ok=True)
        self.store = await asyncio.to_thread(Store.open, s)
        self.scheduler = Scheduler(self.store, on_fire_callback(self.publish),
                                   poll_s=max(0.2, s.scheduler_poll_s))
        if self.run_scheduler:
            await self.scheduler.start()
        services = {
            "scheduler": self.scheduler,
            "transports": from_settings(s),
            "device_state": KVDeviceState(self.store),
            "notify": self.publish,
        }
        self.assistant = Assistant(s, store=self.store, services=services,
                                   understand=self.understand)
        return self

    async def stop(self) -> None:
        if self.scheduler is not None and self.run_scheduler:
            await self.scheduler.stop()
        if self.store is not None:
            self.store.close()
            self.store = None

    async def __aenter__(self) -> Runtime:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

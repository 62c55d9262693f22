"""The ``Store`` facade: one engine, and ``session()`` = one transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from hark.config import Settings, get_settings
from hark.store import journal
from hark.store._common import SETTINGS_KEY
from hark.store.db import READONLY, make_engine, safe_url
from hark.store.migrate import upgrade


def init_db(settings: Settings | None = None, *, url: str | None = None) -> Engine:
    """Create the engine for ``settings.db_url`` (or ``url``) and migrate it to head."""
    engine = make_engine(url or (settings or get_settings()).db_url)
    upgrade(engine)
    return engine


class Store:
    """Database access for Hark. Thread-safe; the API is synchronous (call it from async
    code through ``asyncio.to_thread``).

    >>> store = Store.open(settings)
    >>> with store.session() as db:
    ...     timers.create(db, user="default", duration_s=300)
    """

    def __init__(self, engine: Engine, settings: Settings | None = None) -> None:
        self.engine = engine
        self.settings = settings or get_settings()
        info = {SETTINGS_KEY: self.settings}
        self._write = sessionmaker(engine, expire_on_commit=False, info=info)
        self._read = sessionmaker(
            engine.execution_options(**{READONLY: True}), expire_on_commit=False, info=info
        )

    @classmethod
    def open(
        cls, settings: Settings | None = None, *, url: str | None = None, migrate: bool = True
    ) -> Store:
        settings = settings or get_settings()
        db_url = url or settings.db_url
        engine = init_db(settings, url=db_url) if migrate else make_engine(db_url)
        return cls(engine, settings)

    @property
    def url(self) -> str:
        """The database URL with the password hidden."""
        return safe_url(self.engine.url)

    @contextmanager
    def session(self, *, readonly: bool = False) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises.

        Objects loaded inside stay usable (detached) after the block. ``readonly=True``
        skips taking SQLite's write lock; writes in such a block are still committed.
        """
        factory = self._read if readonly else self._write
        with factory() as db:
            journal.watch(db)  # "undo that": what a request changes, when recorded
            with db.begin():
                yield db

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

"""Persistent storage: SQLAlchemy models, SQLite by default, PostgreSQL by URL.

``Store.open(settings)`` migrates the database to the latest schema and gives
``store.session()`` transactions; the repository modules (``sessions``, ``turns``,
``timers`` ...) are plain functions taking that SQLAlchemy session.
"""

from hark.store.store import Store, init_db

__all__ = ["Store", "init_db"]

"""Engine creation: SQLite (WAL, foreign keys, busy timeout) or PostgreSQL by URL."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import StaticPool

from hark.errors import InvalidInput

BUSY_TIMEOUT_MS = 15_000
READONLY = "hark_readonly"  # execution option: start SQLite transactions DEFERRED


def parse_url(url: str) -> URL:
    try:
        return make_url(url)
    except Exception as e:  # sqlalchemy raises ArgumentError for junk
        raise InvalidInput(f"Invalid database URL: {safe_url(url)}") from e


def safe_url(url: str | URL) -> str:
    """The URL with its password hidden, for logs and `hark db info`."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<unparseable database URL>"


def sqlite_path(url: str | URL) -> Path | None:
    """The database file of a SQLite URL; None for in-memory or other backends."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or u.database in (None, "", ":memory:"):
        return None
    if u.database.startswith("file:"):
        return None
    return Path(u.database)


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    return str(value)


def dumps(value: Any) -> str:
    """The JSON encoder of JSON columns: tolerant of datetimes, sets and dataclasses."""
    return json.dumps(value, ensure_ascii=False, default=_json_default)


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create a thread-safe engine for ``url``. SQLite files (and their folder) are made
    on first use."""
    u = parse_url(url)
    kwargs.setdefault("json_serializer", dumps)
    backend = u.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(u, **kwargs)
    if backend == "postgresql":
        kwargs.setdefault("pool_pre_ping", True)
        return create_engine(u, **kwargs)
    raise InvalidInput(f"Unsupported database {backend!r}: use sqlite:/// or postgresql+psycopg://")


def _sqlite_engine(u: URL, **kwargs: Any) -> Engine:
    path = sqlite_path(u)
    if path is not None:
        path.expanduser().parent.mkdir(parents=True, exist_ok=True)
    connect_args = kwargs.pop("connect_args", {})
    connect_args.setdefault("check_same_thread", False)
    connect_args.setdefault("timeout", BUSY_TIMEOUT_MS / 1000)
    if path is None and "poolclass" not in kwargs:
        kwargs["poolclass"] = StaticPool  # one shared in-memory database
    engine = create_engine(u, connect_args=connect_args, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's BEGIN (below) drive transactions instead of pysqlite's own.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        try:
            if path is not None:
                cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cur.execute("PRAGMA synchronous=NORMAL")
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # IMMEDIATE takes the write lock up front, so two writers queue on busy_timeout
        # instead of failing when a read transaction tries to upgrade to a write.
        readonly = conn.get_execution_options().get(READONLY, False)
        conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")

    return engine

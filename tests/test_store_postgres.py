"""hark.store on a real PostgreSQL server started by the fixture (initdb into a temporary
folder, pg_ctl on a free port on 127.0.0.1, stopped at the end). Skips only when the
PostgreSQL server binaries are not installed (Debian: apt-get install postgresql)."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from hark.config import Settings


def _pg_bin() -> Path | None:
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _run_as() -> dict[str, Any]:
    """initdb/postgres refuse to run as root: run them as the `postgres` (or `nobody`) user."""
    if os.geteuid() != 0:
        return {}
    import pwd

    for name in ("postgres", "nobody"):
        try:
            pw = pwd.getpwnam(name)
        except KeyError:
            continue
        return {"user": pw.pw_uid, "group": pw.pw_gid, "extra_groups": []}
    pytest.fail("running as root and no unprivileged user to run PostgreSQL as")


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    pytest.importorskip("psycopg", reason="psycopg is not installed")
    run_as = _run_as()
    root = Path(tempfile.mkdtemp(prefix="hark-pg-"))
    data, port = root / "data", _free_port()
    if run_as:
        os.chown(root, run_as["user"], run_as["group"])
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "HOME": str(root)}
    kw: dict[str, Any] = {
        "cwd": root,
        "env": env,
        "capture_output": True,
        "text": True,
        "timeout": 120,
        **run_as,
    }
    r = subprocess.run(
        [
            str(bindir / "initdb"),
            "-D",
            str(data),
            "-U",
            "hark",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-sync",
        ],
        **kw,
    )
    assert r.returncode == 0, r.stderr
    opts = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
    r = subprocess.run(
        [
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(root / "log"),
            "-o",
            opts,
            "-w",
            "-t",
            "60",
            "start",
        ],
        **kw,
    )
    assert r.returncode == 0, r.stderr + (root / "log").read_text(errors="replace")
    try:
        yield f"postgresql+psycopg://hark@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"], **kw
        )
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def pg_store(pg_url: str, tmp_path_factory: pytest.TempPathFactory):
    from hark.store import Store

    settings = Settings(
        data_dir=tmp_path_factory.mktemp("pg"), database_url=pg_url, timezone="Europe/Berlin"
    )
    store = Store.open(settings)
    yield store
    store.close()


def test_migrations_agree_with_models_on_postgres(pg_store) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from hark.store.migrate import current_revision, head_revision
    from hark.store.models import Base

    assert current_revision(pg_store.engine) == head_revision()
    with pg_store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(ctx, Base.metadata) == []


def test_round_trip_on_postgres(pg_store) -> None:
    from hark.errors import UnknownSession
    from hark.store import alarms, calendar, kv, lists, music, sessions, timers, turns

    t0 = datetime(2027, 3, 25, 12, 0, tzinfo=UTC)
    with pg_store.session() as db:
        s = sessions.create(db, user="pg-user", device="pg-dev", state={"a": [1, 2]})
        turns.append(db, s.id, text="hello", slots={"n": 1}, timings={"stt": 1.5})
        turns.append(db, s.id, text="again")
        t = timers.create(db, duration_s=30, user="pg-user", now=t0)
        a = alarms.create(
            db, time_of_day="07:00", recurrence_rule="weekdays", user="pg-user", now=t0
        )
        calendar.create(
            db, title="Ünïcödé, event", start=t0, end=t0 + timedelta(hours=1), user="pg-user"
        )
        lists.add_item(db, "shopping", "milk", user="pg-user")
        kv.set(db, "light", {"on": True}, user="pg-user")
        kv.set(db, "light", {"on": False}, user="pg-user")
        music.upsert_track(db, path="/pg/a.flac", title="A")
        music.upsert_track(db, path="/pg/a.flac", title="A2")
    with pg_store.session() as db:
        got = sessions.get(db, s.id)
        assert got.state == {"a": [1, 2]} and got.expires_at.tzinfo is not None
        assert [x.index for x in turns.history(db, s.id)] == [0, 1]
        assert timers.get(db, t.id).deadline == t0 + timedelta(seconds=30)
        assert alarms.get(db, a.id).next_fire == datetime(2027, 3, 26, 6, 0, tzinfo=UTC)
        assert calendar.all_events(db, user="pg-user")[0].title == "Ünïcödé, event"
        assert [i.text for i in lists.items(db, "shopping", user="pg-user")] == ["milk"]
        assert kv.get(db, "light", user="pg-user") == {"on": False}
        assert music.by_path(db, "/pg/a.flac").title == "A2"
        with pytest.raises(UnknownSession):
            sessions.get(db, "missing")


def test_rollback_and_concurrent_writers_on_postgres(pg_store) -> None:
    from hark.store import sessions, turns
    from hark.store.models import DialogueSession, Turn

    with pytest.raises(RuntimeError), pg_store.session() as db:
        sessions.create(db, session_id="rolled-back")
        raise RuntimeError
    with pg_store.session() as db:
        assert db.get(DialogueSession, "rolled-back") is None
        sid = sessions.create(db).id
    errors: list[BaseException] = []

    def work(k: int) -> None:
        try:
            for i in range(10):
                with pg_store.session() as db:
                    turns.append(db, sid, text=f"{k}-{i}")
        except BaseException as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors[:3]
    from sqlalchemy import select

    with pg_store.session() as db:
        idx = db.scalars(select(Turn.index).where(Turn.session_id == sid)).all()
        assert sorted(idx) == list(range(60))


async def test_scheduler_on_postgres(pg_store) -> None:
    from hark.scheduler import Scheduler
    from hark.store import timers

    fired: list[dict[str, Any]] = []

    async def on_fire(kind: str, item: dict[str, Any]) -> None:
        fired.append(item)

    with pg_store.session() as db:
        t = timers.create(db, duration_s=0.01)
    import asyncio

    await asyncio.sleep(0.05)
    results = await asyncio.gather(
        Scheduler(pg_store, on_fire).run_due(), Scheduler(pg_store, on_fire).run_due()
    )
    assert sum(len(r) for r in results) >= 1
    assert [i["id"] for i in fired].count(t.id) == 1

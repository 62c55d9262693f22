"""hark.store on real SQLite files: schema, transactions, repositories, concurrency."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from hark.config import Settings
from hark.errors import Conflict, InvalidInput, NotFound, UnknownSession
from hark.store import (
    Store,
    alarms,
    calendar,
    contacts,
    kv,
    lists,
    music,
    outbox,
    reminders,
    sessions,
    timers,
    turns,
    users,
)
from hark.store.migrate import current_revision, head_revision
from hark.store.models import Base, Timer, Turn

T0 = datetime(2027, 3, 24, 12, 0, tzinfo=UTC)


@pytest.fixture()
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", timezone="Europe/Berlin", session_idle_minutes=5)


@pytest.fixture()
def store(settings: Settings) -> Store:
    s = Store.open(settings)
    yield s
    s.close()


# --------------------------------------------------------------------------- schema


def test_file_created_on_first_use_with_pragmas(store: Store, settings: Settings) -> None:
    assert (settings.data_dir / "hark.db").is_file()
    with store.session(readonly=True) as db:
        assert db.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert db.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert db.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
        assert db.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_migrations_agree_with_models(store: Store) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    assert current_revision(store.engine) == head_revision() == "0003"
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(ctx, Base.metadata) == []


def test_migrations_ship_as_package_files() -> None:
    from hark.store import migrations
    from hark.store.migrations import versions

    folder = Path(migrations.__file__).parent
    assert (folder / "env.py").is_file() and (
        Path(versions.__file__).parent / "0001_initial.py"
    ).is_file()


def test_reopen_is_idempotent(settings: Settings) -> None:
    for _ in range(2):
        with Store.open(settings) as s, s.session() as db:
            timers.create(db, duration_s=10)
    with Store.open(settings) as s, s.session() as db:
        assert len(timers.active(db)) == 2


def test_foreign_keys_enforced(store: Store) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), store.session() as db:
        db.add(Timer(user_id="nobody", duration_s=1, state="running", deadline=T0))
        db.flush()


def test_naive_datetimes_are_refused_and_values_come_back_utc(store: Store) -> None:
    with pytest.raises(ValueError), store.session() as db:
        calendar.create(db, title="x", start=datetime(2027, 1, 1, 9))
    berlin = datetime(2027, 1, 1, 9, tzinfo=alarms.zone("Europe/Berlin"))
    with store.session() as db:
        ev = calendar.create(db, title="x", start=berlin)
    with store.session() as db:
        back = calendar.get(db, ev.id)
        assert back.start.tzinfo is not None and back.start.utcoffset() == timedelta(0)
        assert back.start == berlin and back.start.hour == 8


# ---------------------------------------------------------------------- transactions


def test_exception_rolls_back_everything(store: Store) -> None:
    class Boom(Exception):
        pass

    with pytest.raises(Boom), store.session() as db:
        s = sessions.create(db, user="alice")
        turns.append(db, s.id, text="hello", response_text="hi")
        lists.add_item(db, "shopping", "milk", user="alice")
        raise Boom
    with store.session(readonly=True) as db:
        for model in Base.metadata.sorted_tables:
            assert db.scalar(select(func.count()).select_from(model)) == 0, model.name


def test_objects_usable_after_commit(store: Store) -> None:
    with store.session() as db:
        t = timers.create(db, duration_s=60, name="tea")
    assert t.id and t.name == "tea" and t.deadline is not None  # detached, still loaded


# -------------------------------------------------------------------------- sessions


def test_sessions_create_get_touch_expire(store: Store) -> None:
    with store.session() as db:
        s = sessions.create(db, user="alice", device="kitchen", language="de", now=T0)
        assert s.expires_at == T0 + timedelta(minutes=5)  # settings.session_idle_minutes
        sid = s.id
    with store.session() as db:
        got = sessions.get(db, sid, now=T0 + timedelta(minutes=4))
        assert got.user_id == "alice" and got.device_id == "kitchen" and got.language == "de"
        sessions.touch(db, sid, state={"pending": "time"}, now=T0 + timedelta(minutes=4))
        sessions.update_state(
            db, sid, {"last_entity": "Bob", "pending": None}, now=T0 + timedelta(minutes=4)
        )
    with store.session() as db:
        got = sessions.get(db, sid, now=T0 + timedelta(minutes=8))  # touched at +4
        assert got.state == {"last_entity": "Bob"}
        assert sessions.latest_active(db, device="kitchen", now=T0 + timedelta(minutes=8)).id == sid
        with pytest.raises(UnknownSession):
            sessions.get(db, sid, now=T0 + timedelta(minutes=10))
        sessions.expire(db, sid, now=T0 + timedelta(minutes=5))
    with store.session() as db:
        with pytest.raises(UnknownSession):
            sessions.get(db, sid, now=T0 + timedelta(minutes=6))
        assert sessions.get(db, sid, include_expired=True).id == sid
        assert sessions.purge_expired(db, before=T0 + timedelta(days=1)) == 1


def test_unknown_session(store: Store) -> None:
    with store.session() as db:
        with pytest.raises(UnknownSession) as err:
            sessions.get(db, "no-such-session")
        assert err.value.code == "unknown_session" and err.value.http_status == 404
        with pytest.raises(UnknownSession):
            turns.append(db, "no-such-session", text="hi")
        with pytest.raises(UnknownSession):
            sessions.touch(db, "no-such-session")


def test_turns_append_and_history(store: Store) -> None:
    from hark.types import Slot

    with store.session() as db:
        s = sessions.create(db)
        t0 = turns.append(
            db,
            s.id,
            text="set a timer for 5 minutes",
            intent="timer_set",
            confidence=0.93,
            slots=[Slot("duration", "5 minutes", "PT5M")],
            action="timer.set",
            response_text="Timer set.",
            timings={"stt": 120.5, "nlu": 3.2},
        )
        t1 = turns.append(db, s.id, text="thanks", slots={"x": datetime(2027, 1, 1, tzinfo=UTC)})
    assert (t0.index, t1.index) == (0, 1)
    with store.session() as db:
        hist = turns.history(db, s.id)
        assert [t.text for t in hist] == ["set a timer for 5 minutes", "thanks"]
        assert hist[0].slots[0]["value"] == "PT5M" and hist[0].timings["stt"] == 120.5
        assert hist[1].slots == [{"name": "x", "value": "2027-01-01T00:00:00+00:00"}]
        assert [t.index for t in turns.history(db, s.id, last=1)] == [1]
        assert turns.get(db, s.id, 0).intent == "timer_set"
        with pytest.raises(NotFound):
            turns.get(db, s.id, 7)


# ---------------------------------------------------------------- timers, alarms ...


def test_timers_lifecycle(store: Store) -> None:
    with store.session() as db:
        t = timers.create(db, duration_s=300, name="pasta", user="bob", now=T0)
        assert t.deadline == T0 + timedelta(minutes=5) and t.state == "running"
        timers.pause(db, t.id, now=T0 + timedelta(seconds=60))
        assert t.state == "paused" and t.remaining_s == 240 and t.deadline is None
        assert timers.remaining_s(t) == 240
        with pytest.raises(Conflict):
            timers.pause(db, t.id)
        timers.resume(db, t.id, now=T0 + timedelta(seconds=600))
        assert t.deadline == T0 + timedelta(seconds=840) and t.remaining_s is None
        assert [x.id for x in timers.active(db, user="bob")] == [t.id]
        timers.cancel(db, t.id)
        assert timers.active(db) == []
        with pytest.raises(Conflict):
            timers.resume(db, t.id)
        with pytest.raises(NotFound):
            timers.get(db, 999)
        with pytest.raises(InvalidInput):
            timers.create(db, duration_s=0)


def test_alarms_crud(store: Store) -> None:
    with store.session() as db:
        a = alarms.create(
            db, time_of_day="07:00", recurrence_rule="weekdays", label="work", now=T0
        )  # Wednesday
        assert a.tz == "Europe/Berlin" and a.recurrence == {
            "freq": "weekly",
            "byday": ["MO", "TU", "WE", "TH", "FR"],
        }
        assert a.next_fire == datetime(2027, 3, 25, 6, 0, tzinfo=UTC)  # Thu 07:00 CET
        alarms.set_enabled(db, a.id, False)
        assert a.next_fire is None
        alarms.update_alarm(db, a.id, time_of_day="06:30", now=T0)
        alarms.set_enabled(db, a.id, True, now=T0)
        assert a.next_fire == datetime(2027, 3, 25, 5, 30, tzinfo=UTC)
        once = alarms.create(db, time_of_day="13:00", now=T0)  # 12:00 UTC = 13:00 CET
        assert once.next_fire == datetime(2027, 3, 25, 12, 0, tzinfo=UTC)  # tomorrow
        assert [x.id for x in alarms.list_for(db)] == [a.id, once.id]
        alarms.delete(db, once.id)
        with pytest.raises(InvalidInput):
            alarms.create(db, time_of_day="25:99")
        with pytest.raises(InvalidInput):
            alarms.create(db, time_of_day="07:00", tz="Mars/Olympus")


def test_reminders_crud(store: Store) -> None:
    with store.session() as db:
        r = reminders.create(db, text="call mum", due=T0 + timedelta(hours=2), user="alice")
        reminders.create(
            db, text="bins", due=T0 + timedelta(days=1), recurrence_rule="every monday"
        )
        assert [x.text for x in reminders.list_for(db)] == ["call mum", "bins"]
        assert [x.text for x in reminders.list_for(db, user="alice")] == ["call mum"]
        assert reminders.list_for(db, start=T0 + timedelta(hours=3))[0].text == "bins"
        reminders.complete(db, r.id)
        assert [x.text for x in reminders.list_for(db)] == ["bins"]
        assert len(reminders.list_for(db, include_done=True)) == 2
        with pytest.raises(InvalidInput):
            reminders.create(db, text="  ", due=T0)


def test_calendar_crud(store: Store) -> None:
    with store.session() as db:
        a = calendar.create(
            db, title="Dentist", start=T0, end=T0 + timedelta(hours=1), location="Main St 1"
        )
        b = calendar.create(db, title="Call", start=T0 + timedelta(days=1))
        assert [
            e.title for e in calendar.between(db, T0 - timedelta(hours=1), T0 + timedelta(hours=2))
        ] == ["Dentist"]
        assert [
            e.title
            for e in calendar.between(db, T0 + timedelta(minutes=30), T0 + timedelta(days=2))
        ] == ["Dentist", "Call"]
        calendar.update_event(
            db,
            a.id,
            title="Dentist (moved)",
            start=T0 + timedelta(days=2),
            end=T0 + timedelta(days=2, hours=1),
        )
        assert [e.title for e in calendar.upcoming(db, now=T0)] == ["Call", "Dentist (moved)"]
        with pytest.raises(InvalidInput):
            calendar.update_event(db, b.id, end=T0)  # before its start
        with pytest.raises(InvalidInput):
            calendar.update_event(db, b.id, colour="red")
        calendar.delete(db, b.id)
        assert [e.id for e in calendar.all_events(db)] == [a.id]


def test_lists_crud(store: Store) -> None:
    with store.session() as db:
        lists.add_item(db, "Shopping List", "milk")
        lists.add_item(db, "shopping", "  eggs ")
        lists.add_item(db, "shopping", "bread", user="bob")
        assert [i.text for i in lists.items(db, "SHOPPING")] == ["milk", "eggs"]
        assert [x.name for x in lists.all_lists(db)] == ["shopping"]
        eggs = lists.find_item(db, "shopping", "Eggs")
        lists.set_done(db, eggs.id)
        assert [i.text for i in lists.items(db, "shopping", include_done=False)] == ["milk"]
        assert lists.clear(db, "shopping", done_only=True) == 1
        assert lists.get_or_create(db, "shopping").id == lists.get(db, "shopping").id
        with pytest.raises(NotFound):
            lists.get(db, "packing")
        with pytest.raises(NotFound):
            lists.find_item(db, "shopping", "caviar")
        lists.delete_list(db, "shopping")
        assert lists.all_lists(db) == [] and [x.name for x in lists.all_lists(db, user="bob")] == [
            "shopping"
        ]


def test_list_names_unique_per_user(store: Store) -> None:
    from sqlalchemy.exc import IntegrityError

    from hark.store.models import ShoppingList

    with store.session() as db:
        lists.get_or_create(db, "todo")
    with pytest.raises(IntegrityError), store.session() as db:
        db.add(ShoppingList(user_id="default", name="todo"))
        db.flush()


def test_contacts_crud(store: Store) -> None:
    with store.session() as db:
        mum = contacts.create(db, name="Maria Schmidt", aliases=["Mum", "mom"], phone="+49 30 1234")
        contacts.create(db, name="Maria Lopez", email="ml@example.org")
        assert [c.id for c in contacts.find(db, "mum")] == [mum.id]
        assert len(contacts.find(db, "maria")) == 2
        assert contacts.find(db, "Maria Lopez")[0].email == "ml@example.org"
        contacts.update_contact(db, mum.id, aliases=("mother",))
        assert contacts.find(db, "mum") == [] and contacts.find(db, "Mother")[0].id == mum.id
        contacts.delete(db, mum.id)
        assert [c.name for c in contacts.all_contacts(db)] == ["Maria Lopez"]


def test_outbox_flow(store: Store) -> None:
    with store.session() as db:
        m = outbox.enqueue(db, channel="email", to="a@example.org", subject="Hi", body="Hello")
        w = outbox.enqueue(db, channel="webhook", to="https://example.org/h", body="{}")
        with pytest.raises(InvalidInput):
            outbox.enqueue(db, channel="pigeon", to="x", body="")
        assert [x.id for x in outbox.queued(db)] == [m.id, w.id]
        outbox.mark_sent(db, m.id)
        outbox.mark_failed(db, w.id, "timeout", max_attempts=2)
        assert w.status == "queued" and w.attempts == 1
        outbox.mark_failed(db, w.id, "timeout again", max_attempts=2)
        assert w.status == "failed" and w.error == "timeout again"
        assert outbox.queued(db) == []
        assert m.status == "sent" and m.sent_at is not None and m.attempts == 1
        assert {x.id for x in outbox.recent(db)} == {m.id, w.id}


def test_music_upsert_search_like(store: Store) -> None:
    with store.session() as db:
        t = music.upsert_track(
            db,
            path="/m/a.flac",
            title="So What",
            artist="Miles Davis",
            album="Kind of Blue",
            genre="Jazz",
            duration_s=562,
        )
        music.upsert_track(
            db,
            path="/m/b.flac",
            title="Blue in Green",
            artist="Miles Davis",
            album="Kind of Blue",
            genre="Jazz",
        )
        music.upsert_track(
            db, path="/m/c.mp3", title="Teardrop", artist="Massive Attack", genre="Trip hop"
        )
        music.set_liked(db, t.id)
        again = music.upsert_track(
            db,
            path="/m/a.flac",
            title="So What (remaster)",
            artist="Miles Davis",
            album="Kind of Blue",
            genre="Jazz",
        )
        assert again.id == t.id and again.liked and again.title == "So What (remaster)"
        assert music.count(db) == 3
        assert [x.path for x in music.search(db, "blue")] == ["/m/b.flac", "/m/a.flac"]
        assert [x.path for x in music.search(db, genre="trip")] == ["/m/c.mp3"]
        assert [x.path for x in music.search(db, liked=True)] == ["/m/a.flac"]
        assert music.search(db, "100%") == []
        assert music.prune(db, ["/m/a.flac"]) == 2 and music.count(db) == 1


def test_kv(store: Store) -> None:
    with store.session() as db:
        assert kv.get(db, "light.kitchen", "off") == "off"
        kv.set(db, "light.kitchen", {"on": True, "brightness": 40})
        kv.set(db, "light.hall", {"on": False})
        kv.set(db, "light.kitchen", {"on": False})
        kv.set(db, "volume", 7, user="bob")
        assert kv.get(db, "light.kitchen") == {"on": False}
        assert kv.items(db, prefix="light.") == {
            "light.hall": {"on": False},
            "light.kitchen": {"on": False},
        }
        assert kv.items(db, user="bob") == {"volume": 7}
        assert kv.delete(db, "light.hall") and not kv.delete(db, "light.hall")
    with store.session() as db:
        assert kv.get(db, "light.kitchen") == {"on": False}


def test_users_and_devices(store: Store) -> None:
    with store.session() as db:
        users.ensure_user(db, "alice", name="Alice")
        users.ensure_user(db, "alice", name="ignored")
        users.ensure_device(db, "kitchen", user="alice")
        users.touch_device(db, "kitchen", now=T0)
    with store.session() as db:
        assert users.get_user(db, "alice").name == "Alice"
        with pytest.raises(NotFound):
            users.get_user(db, "carol")
        assert users.touch_device(db, "kitchen", now=T0).last_seen_at == T0


def test_to_dict_is_json_ready(store: Store) -> None:
    with store.session() as db:
        s = sessions.create(db)
        t = turns.append(db, s.id, text="hi")
    d = t.to_dict()
    assert d["index"] == 0 and isinstance(d["created_at"], str)
    json.dumps(d)


# ----------------------------------------------------------------------- concurrency


def test_concurrent_writers_from_threads(store: Store) -> None:
    with store.session() as db:
        sid = sessions.create(db).id
    errors: list[BaseException] = []
    n_threads, per_thread = 8, 25

    def work(k: int) -> None:
        try:
            for i in range(per_thread):
                with store.session() as db:
                    turns.append(db, sid, text=f"t{k}-{i}")
                    lists.add_item(db, "shared", f"item {k}-{i}")
                    kv.set(db, f"counter.{k}", i)
                with store.session(readonly=True) as db:
                    turns.history(db, sid, last=3)
        except BaseException as e:  # noqa: BLE001 - collected for the assertion
            errors.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(n_threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors[:3]
    total = n_threads * per_thread
    with store.session(readonly=True) as db:
        idx = db.scalars(select(Turn.index).where(Turn.session_id == sid)).all()
        assert sorted(idx) == list(range(total))
        assert len(lists.items(db, "shared")) == total
        assert kv.items(db, prefix="counter.") == {
            f"counter.{k}": per_thread - 1 for k in range(n_threads)
        }
        assert db.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def test_readers_do_not_wait_for_a_writer(store: Store) -> None:

    with store.session() as db:
        timers.create(db, duration_s=60)
    seen: list[int] = []
    with store.session() as db:  # holds the write lock until the block ends
        timers.create(db, duration_s=60)

        def read() -> None:
            with store.session(readonly=True) as rdb:
                seen.append(len(timers.active(rdb)))

        reader = threading.Thread(target=read)
        reader.start()
        reader.join(timeout=10)  # a blocked reader would leave `seen` empty
    assert seen == [1]  # the snapshot before the uncommitted write


def test_in_memory_url_works(settings: Settings) -> None:
    with Store.open(settings, url="sqlite://") as s:
        with s.session() as db:
            timers.create(db, duration_s=5)
        with s.session() as db:
            assert len(timers.active(db)) == 1


def test_upgrade_from_0001_keeps_items_and_reads_them_as_english(tmp_path: Path) -> None:
    """A database from before item languages: its timer, alarm and reminder survive the
    upgrade and are announced in English."""
    from hark.store.db import make_engine
    from hark.store.migrate import upgrade

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = make_engine(url)
    assert upgrade(engine, "0001") == "0001"
    now = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO users (id, name, created_at) VALUES ('default', 'default', :t)"),
                     {"t": now})
        conn.execute(text(
            "INSERT INTO timers (user_id, name, duration_s, deadline, state, created_at, "
            "updated_at) VALUES ('default', 'tea', 60, :d, 'running', :t, :t)"),
            {"d": now + timedelta(minutes=1), "t": now})
    assert upgrade(engine, "head") == "0003"
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT name, state, language FROM timers")).all()
    assert [tuple(r) for r in rows] == [("tea", "running", "en")]
    engine.dispose()


def test_a_deleted_alarms_id_is_never_given_to_a_new_one(tmp_path: Path) -> None:
    """SQLite reuses the largest rowid unless the table is AUTOINCREMENT (migration 0003):
    a client holding a cancelled alarm's id must never reach a new alarm with it."""
    from hark.store import alarms, calendar, reminders

    now = datetime(2026, 11, 30, 17, 0, tzinfo=UTC)
    store = Store.open(Settings(data_dir=tmp_path))
    try:
        with store.session() as db:
            old = alarms.create(db, time_of_day="09:00", now=now, tz="UTC").id
            r_old = reminders.create(db, text="bins", due=now + timedelta(days=1), now=now).id
            e_old = calendar.create(db, title="dentist", start=now + timedelta(days=2),
                                    now=now).id
        with store.session() as db:
            alarms.delete(db, old)
            reminders.delete(db, r_old)
            calendar.delete(db, e_old)
        with store.session() as db:
            assert alarms.create(db, time_of_day="08:00", now=now, tz="UTC").id > old
            assert reminders.create(db, text="bins", due=now + timedelta(days=1),
                                    now=now).id > r_old
            assert calendar.create(db, title="dentist", start=now + timedelta(days=2),
                                   now=now).id > e_old
    finally:
        store.close()

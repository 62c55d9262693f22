"""Initial schema: users, devices, sessions, turns, timers, alarms, reminders, calendar,
lists, contacts, outbox, music, kv.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _ts(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _user(table: str, nullable: bool = False, ondelete: str = "CASCADE") -> sa.Column:
    return sa.Column(
        "user_id",
        sa.String(64),
        sa.ForeignKey("users.id", ondelete=ondelete, name=f"fk_{table}_user_id_users"),
        nullable=nullable,
    )


def _pk(table: str, *cols: str) -> sa.PrimaryKeyConstraint:
    return sa.PrimaryKeyConstraint(*(cols or ("id",)), name=f"pk_{table}")


def _index(table: str, *cols: str, name: str | None = None) -> None:
    op.create_index(name or f"ix_{table}_{cols[0]}", table, list(cols))


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        _ts("created_at"),
        _pk("users"),
    )
    op.create_table(
        "devices",
        sa.Column("id", sa.String(64), nullable=False),
        _user("devices", nullable=True, ondelete="SET NULL"),
        sa.Column("name", sa.String(200), nullable=False),
        _ts("created_at"),
        _ts("last_seen_at", nullable=True),
        _pk("devices"),
    )
    _index("devices", "user_id")

    op.create_table(
        "sessions",
        sa.Column("id", sa.String(64), nullable=False),
        _user("sessions"),
        sa.Column(
            "device_id",
            sa.String(64),
            sa.ForeignKey("devices.id", ondelete="SET NULL", name="fk_sessions_device_id_devices"),
            nullable=True,
        ),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("state", sa.JSON(), nullable=False),
        _ts("created_at"),
        _ts("updated_at"),
        _ts("expires_at"),
        _pk("sessions"),
    )
    _index("sessions", "user_id")
    _index("sessions", "device_id")
    _index("sessions", "expires_at")

    op.create_table(
        "turns",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column(
            "session_id",
            sa.String(64),
            sa.ForeignKey("sessions.id", ondelete="CASCADE", name="fk_turns_session_id_sessions"),
            nullable=False,
        ),
        sa.Column("turn_index", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("transcript", sa.Text(), nullable=True),
        sa.Column("language", sa.String(16), nullable=True),
        sa.Column("intent", sa.String(100), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("slots", sa.JSON(), nullable=False),
        sa.Column("action", sa.String(100), nullable=True),
        sa.Column("response_text", sa.Text(), nullable=False),
        sa.Column("timings", sa.JSON(), nullable=False),
        _ts("created_at"),
        _pk("turns"),
        sa.UniqueConstraint("session_id", "turn_index", name="uq_turns_session_id_turn_index"),
    )

    op.create_table(
        "timers",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        _user("timers"),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("duration_s", sa.Float(), nullable=False),
        _ts("deadline", nullable=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("remaining_s", sa.Float(), nullable=True),
        _ts("created_at"),
        _ts("updated_at"),
        _ts("fired_at", nullable=True),
        _pk("timers"),
        sa.CheckConstraint(
            "state IN ('running', 'paused', 'fired', 'cancelled')", name="ck_timers_state"
        ),
    )
    _index("timers", "user_id")
    _index("timers", "state", "deadline", name="ix_timers_state_deadline")

    op.create_table(
        "alarms",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        _user("alarms"),
        sa.Column("time_of_day", sa.Time(), nullable=False),
        _ts("next_fire", nullable=True),
        sa.Column("recurrence", sa.JSON(), nullable=True),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("tz", sa.String(64), nullable=False),
        _ts("created_at"),
        _ts("last_fired_at", nullable=True),
        _pk("alarms"),
    )
    _index("alarms", "user_id")
    _index("alarms", "enabled", "next_fire", name="ix_alarms_enabled_next_fire")

    op.create_table(
        "reminders",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uid", sa.String(64), nullable=False),
        _user("reminders"),
        sa.Column("text", sa.Text(), nullable=False),
        _ts("due"),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("recurrence", sa.JSON(), nullable=True),
        sa.Column("tz", sa.String(64), nullable=False),
        _ts("fired_at", nullable=True),
        _ts("created_at"),
        _pk("reminders"),
        sa.UniqueConstraint("uid", name="uq_reminders_uid"),
    )
    _index("reminders", "user_id")
    _index("reminders", "done", "due", name="ix_reminders_done_due")

    op.create_table(
        "calendar_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("uid", sa.String(64), nullable=False),
        _user("calendar_events"),
        sa.Column("title", sa.String(500), nullable=False),
        _ts("start"),
        _ts("end", nullable=True),
        sa.Column("location", sa.String(500), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        _ts("created_at"),
        _ts("updated_at"),
        _pk("calendar_events"),
        sa.UniqueConstraint("uid", name="uq_calendar_events_uid"),
    )
    _index("calendar_events", "user_id")
    _index("calendar_events", "start")

    op.create_table(
        "lists",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        _user("lists"),
        sa.Column("name", sa.String(200), nullable=False),
        _ts("created_at"),
        _pk("lists"),
        sa.UniqueConstraint("user_id", "name", name="uq_lists_user_id_name"),
    )
    op.create_table(
        "list_items",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column(
            "list_id",
            sa.Integer(),
            sa.ForeignKey("lists.id", ondelete="CASCADE", name="fk_list_items_list_id_lists"),
            nullable=False,
        ),
        sa.Column("text", sa.String(500), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        _ts("created_at"),
        _ts("done_at", nullable=True),
        _pk("list_items"),
    )
    _index("list_items", "list_id")

    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        _user("contacts"),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("phone", sa.String(64), nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
        _ts("created_at"),
        _pk("contacts"),
    )
    _index("contacts", "user_id")

    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        _user("outbox", nullable=True, ondelete="SET NULL"),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("to", sa.String(500), nullable=False),
        sa.Column("subject", sa.String(500), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        _ts("created_at"),
        _ts("sent_at", nullable=True),
        _pk("outbox"),
        sa.CheckConstraint(
            "channel IN ('email', 'sms', 'webhook', 'call')", name="ck_outbox_channel"
        ),
        sa.CheckConstraint("status IN ('queued', 'sent', 'failed')", name="ck_outbox_status"),
    )
    _index("outbox", "user_id")
    _index("outbox", "status", "created_at", name="ix_outbox_status_created_at")

    op.create_table(
        "music_tracks",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("path", sa.String(1024), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("artist", sa.String(500), nullable=False),
        sa.Column("album", sa.String(500), nullable=False),
        sa.Column("genre", sa.String(200), nullable=False),
        sa.Column("duration_s", sa.Float(), nullable=True),
        sa.Column("liked", sa.Boolean(), nullable=False),
        _ts("added_at"),
        _pk("music_tracks"),
        sa.UniqueConstraint("path", name="uq_music_tracks_path"),
    )
    _index("music_tracks", "artist")

    op.create_table(
        "kv",
        _user("kv"),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        _ts("updated_at"),
        _pk("kv", "user_id", "key"),
    )


def downgrade() -> None:
    for table in (
        "kv",
        "music_tracks",
        "outbox",
        "contacts",
        "list_items",
        "lists",
        "calendar_events",
        "reminders",
        "alarms",
        "timers",
        "turns",
        "sessions",
        "devices",
        "users",
    ):
        op.drop_table(table)

"""A deleted timer's, alarm's, reminder's or event's id is never given to a new one. SQLite
reuses the largest rowid after it is deleted unless the table is AUTOINCREMENT: "cancel
the swimming alarm, then set a new one" gave the new alarm the old one's id, so a client
that still held that id (a retried DELETE, a stale screen) acted on the new alarm. The
tables are rebuilt as AUTOINCREMENT with their rows, indexes and constraints; nothing
references them, so no row elsewhere is touched. Other databases never reuse ids. (The
rebuilt timers table's state check is named ck_timers_ck_timers_state: the naming
convention is applied to the reflected name once more.)

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TABLES = ("timers", "alarms", "reminders", "calendar_events")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in TABLES:
        with op.batch_alter_table(table, recreate="always",
                                  table_kwargs={"sqlite_autoincrement": True}):
            pass


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in TABLES:
        with op.batch_alter_table(table, recreate="always",
                                  table_kwargs={"sqlite_autoincrement": False}):
            pass

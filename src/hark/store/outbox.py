"""Outbox: messages to send (email, sms, webhook, call). A sender claims queued rows,
sends, then marks them sent or failed; failures are retried up to ``max_attempts``."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hark.errors import InvalidInput
from hark.store._common import get_or_404, now_or
from hark.store.models import OUTBOX_CHANNELS, OutboxMessage
from hark.store.users import ensure_user


def enqueue(
    db: Session,
    *,
    channel: str,
    to: str,
    body: str,
    subject: str = "",
    user: str | None = None,
    now: datetime | None = None,
) -> OutboxMessage:
    if channel not in OUTBOX_CHANNELS:
        raise InvalidInput(f"Unknown channel {channel!r}: use {', '.join(OUTBOX_CHANNELS)}.")
    if not to.strip():
        raise InvalidInput("A message needs a recipient.")
    if user is not None:
        ensure_user(db, user)
    row = OutboxMessage(
        user_id=user,
        channel=channel,
        to=to.strip(),
        subject=subject,
        body=body,
        status="queued",
        attempts=0,
        created_at=now_or(now),
    )
    db.add(row)
    db.flush()
    return row


def get(db: Session, message_id: int) -> OutboxMessage:
    return get_or_404(db, OutboxMessage, message_id, "message")


def queued(db: Session, *, channel: str | None = None, limit: int = 50) -> list[OutboxMessage]:
    """Queued messages, oldest first. On PostgreSQL the rows stay locked (skipping those
    another sender holds) until the transaction ends."""
    stmt = select(OutboxMessage).where(OutboxMessage.status == "queued")
    if channel is not None:
        stmt = stmt.where(OutboxMessage.channel == channel)
    stmt = stmt.order_by(OutboxMessage.created_at, OutboxMessage.id).limit(limit)
    return list(db.scalars(stmt.with_for_update(skip_locked=True)).all())


def mark_sent(db: Session, message_id: int, *, now: datetime | None = None) -> OutboxMessage:
    row = get(db, message_id)
    row.status = "sent"
    row.attempts += 1
    row.error = None
    row.sent_at = now_or(now)
    return row


def mark_failed(
    db: Session, message_id: int, error: str, *, max_attempts: int = 3
) -> OutboxMessage:
    """Record a failed attempt; the message is queued again until ``max_attempts``."""
    row = get(db, message_id)
    row.attempts += 1
    row.error = error
    row.status = "queued" if row.attempts < max_attempts else "failed"
    return row


def recent(db: Session, *, user: str | None = None, limit: int = 20) -> list[OutboxMessage]:
    stmt = select(OutboxMessage)
    if user is not None:
        stmt = stmt.where(OutboxMessage.user_id == user)
    stmt = stmt.order_by(OutboxMessage.created_at.desc(), OutboxMessage.id.desc()).limit(limit)
    return list(db.scalars(stmt).all())

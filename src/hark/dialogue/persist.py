"""Session storage for the dialogue: load (or plan) a session before a turn, and write
its new state and the turn row in **one** transaction after the skill has returned.

A brand-new session is only planned at load time (its id is chosen) and created in
that same final transaction, so a turn that crashes before it leaves nothing behind.
Synchronous (SQLAlchemy); call through ``asyncio.to_thread``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hark.errors import UnknownSession
from hark.store import Store, sessions, turns
from hark.store.models import new_id
from hark.store.timeutil import ensure_utc


@dataclass
class SessionInfo:
    id: str
    user_id: str
    device_id: str
    language: str
    state: dict[str, Any]
    new: bool = False  # not in the database yet: created when the turn is saved
    expired_id: str | None = None  # the explicitly asked session had expired


def load(store: Store, *, session_id: str | None, user_id: str, device_id: str,
         language: str, now: datetime) -> SessionInfo:
    """The session to use for a turn.

    - explicit ``session_id``: that session; unknown -> :class:`UnknownSession`; expired
      -> a new session (``expired_id`` says which one ended).
    - no id: the user's most recent active session on this device, else a new one.
    """
    with store.session(readonly=True) as db:
        if session_id:
            try:
                row = sessions.get(db, session_id, include_expired=True, now=now)
            except UnknownSession:
                raise UnknownSession(f"There is no conversation {session_id}.",
                                     session_id=session_id) from None
            if ensure_utc(row.expires_at) > ensure_utc(now):
                return SessionInfo(row.id, row.user_id, row.device_id or device_id,
                                   row.language, dict(row.state or {}))
            return SessionInfo(new_id(), row.user_id, row.device_id or device_id, language,
                               {}, new=True, expired_id=row.id)
        row = sessions.latest_active(db, user=user_id, device=device_id, now=now)
        if row is not None:
            return SessionInfo(row.id, row.user_id, row.device_id or device_id, row.language,
                               dict(row.state or {}))
    return SessionInfo(new_id(), user_id, device_id, language, {}, new=True)


def save_turn(store: Store, info: SessionInfo, *, state: dict[str, Any] | None,
              turn: Mapping[str, Any] | None, end_session: bool = False,
              now: datetime) -> dict[str, Any] | None:
    """One transaction: create/touch the session with ``state`` (None keeps it as it is),
    append ``turn`` (None: no turn row) and expire the session if ``end_session``.
    Returns the stored turn as a dict."""
    stored: dict[str, Any] | None = None
    with store.session() as db:
        if info.new:
            sessions.create(db, user=info.user_id, device=info.device_id,
                            language=info.language, state=state if state is not None else {},
                            session_id=info.id, now=now)
        elif state is not None:
            sessions.touch(db, info.id, state=state, language=info.language, now=now)
        if turn is not None:
            row = turns.append(db, info.id, now=now, **turn)
            stored = row.to_dict()
        if end_session:
            sessions.expire(db, info.id, now=now)
    return stored

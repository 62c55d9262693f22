"""The music library: one row per audio file (path unique), with tags and a like flag."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from hark.errors import NotFound
from hark.store._common import get_or_404, now_or, upsert
from hark.store.models import MusicTrack

_TAGS = ("title", "artist", "album", "genre", "duration_s")


def upsert_track(
    db: Session,
    *,
    path: str,
    title: str = "",
    artist: str = "",
    album: str = "",
    genre: str = "",
    duration_s: float | None = None,
    now: datetime | None = None,
) -> MusicTrack:
    """Add a track or refresh its tags (``liked`` is kept)."""
    values = {
        "path": path,
        "title": title,
        "artist": artist,
        "album": album,
        "genre": genre,
        "duration_s": duration_s,
        "liked": False,
        "added_at": now_or(now),
    }
    upsert(db, MusicTrack, values, keys=["path"], update=_TAGS)
    return by_path(db, path, refresh=True)


def by_path(db: Session, path: str, *, refresh: bool = False) -> MusicTrack:
    stmt = select(MusicTrack).where(MusicTrack.path == path)
    if refresh:
        stmt = stmt.execution_options(populate_existing=True)
    row = db.scalars(stmt).one_or_none()
    if row is None:
        raise NotFound(f"No track at {path}.")
    return row


def get(db: Session, track_id: int) -> MusicTrack:
    return get_or_404(db, MusicTrack, track_id, "track")


def search(
    db: Session,
    query: str = "",
    *,
    artist: str | None = None,
    album: str | None = None,
    genre: str | None = None,
    liked: bool | None = None,
    limit: int = 50,
) -> list[MusicTrack]:
    """Tracks matching all given filters (case-insensitive substrings); ``query`` matches
    title, artist or album."""
    stmt = select(MusicTrack)

    def like(col: object, text: str) -> object:
        return func.lower(col).contains(text.lower(), autoescape=True)

    if query:
        stmt = stmt.where(
            or_(
                like(MusicTrack.title, query),
                like(MusicTrack.artist, query),
                like(MusicTrack.album, query),
            )
        )
    for col, text in ((MusicTrack.artist, artist), (MusicTrack.album, album),
                      (MusicTrack.genre, genre)):  # fmt: skip
        if text:
            stmt = stmt.where(like(col, text))
    if liked is not None:
        stmt = stmt.where(MusicTrack.liked.is_(liked))
    stmt = stmt.order_by(MusicTrack.artist, MusicTrack.album, MusicTrack.title, MusicTrack.id)
    return list(db.scalars(stmt.limit(limit)).all())


def set_liked(db: Session, track_id: int, liked: bool = True) -> MusicTrack:
    row = get(db, track_id)
    row.liked = liked
    return row


def prune(db: Session, keep_paths: Iterable[str]) -> int:
    """Delete tracks whose path is not in ``keep_paths`` (after a rescan)."""
    keep = set(keep_paths)
    gone = [t.id for t in db.scalars(select(MusicTrack)).all() if t.path not in keep]
    if not gone:
        return 0
    db.execute(delete(MusicTrack).where(MusicTrack.id.in_(gone)))
    return len(gone)


def count(db: Session) -> int:
    return int(db.scalar(select(func.count()).select_from(MusicTrack)) or 0)

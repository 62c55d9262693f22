"""What `hark db info` reports: URL (password hidden), revisions and row counts."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, inspect, select

from hark.store.db import READONLY, make_engine, parse_url, safe_url, sqlite_path
from hark.store.migrate import current_revision, head_revision
from hark.store.models import Base


def describe(url: str) -> dict[str, Any]:
    """Facts about the database at ``url``; never creates or migrates it."""
    out: dict[str, Any] = {
        "url": safe_url(url),
        "backend": parse_url(url).get_backend_name(),
        "head_revision": head_revision(),
    }
    path = sqlite_path(url)
    if path is not None:
        out["path"] = str(path)
        if not path.exists():
            return out | {"exists": False, "revision": None, "up_to_date": False, "tables": {}}
    engine = make_engine(url)
    try:
        revision = current_revision(engine)
        present = set(inspect(engine).get_table_names())
        counts: dict[str, int] = {}
        with engine.execution_options(**{READONLY: True}).connect() as conn:
            for table in sorted(Base.metadata.tables.values(), key=lambda t: t.name):
                if table.name in present:
                    counts[table.name] = int(
                        conn.scalar(select(func.count()).select_from(table)) or 0
                    )
        if path is not None:
            out["size_bytes"] = path.stat().st_size
            with engine.execution_options(**{READONLY: True}).connect() as conn:
                out["journal_mode"] = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
    finally:
        engine.dispose()
    return out | {
        "exists": True,
        "revision": revision,
        "up_to_date": revision == out["head_revision"],
        "tables": counts,
    }

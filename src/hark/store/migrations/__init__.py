"""Alembic migrations, shipped inside the package and run by :func:`hark.store.migrate.upgrade`."""

"""Migration scripts, applied in order (``down_revision`` chain)."""

"""Hark: a local-first voice assistant."""

__version__ = "0.1.0"

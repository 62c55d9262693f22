"""Model-backed engines behind small Protocols, one module per backend.

Use :func:`hark.engines.registry.get_engine` to get a loaded, warmed-up, shared instance.
"""

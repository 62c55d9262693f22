"""HTTP + WebSocket server (FastAPI)."""

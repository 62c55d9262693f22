"""Back-ends and small helpers used by the built-in skills: outside services (weather,
Home Assistant), virtual devices, slot/date helpers and a retrying HTTP helper."""

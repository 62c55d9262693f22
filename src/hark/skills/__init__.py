"""Skills: one module per capability, plus the plugin loader."""

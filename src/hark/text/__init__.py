"""Text utilities: sentence splitting and normalisation for speech."""

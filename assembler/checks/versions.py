"""versions rules (filled in below)."""

"""consistency rules (filled in below)."""

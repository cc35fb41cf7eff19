"""awb rules (filled in below)."""

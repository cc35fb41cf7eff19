"""wgr rules (filled in below)."""

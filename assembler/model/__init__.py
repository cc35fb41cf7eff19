"""The document model and its assembly from the sources (no I/O, no Word)."""

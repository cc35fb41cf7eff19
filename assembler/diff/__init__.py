"""Comparing two assembled versions: alignment by id, word differences, the redline model."""

"""Benchmarks (``make bench``): time and peak memory, printed as a table; never part of the tests."""

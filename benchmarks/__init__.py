"""Benchmarks: ``python benchmarks/run.py`` (``make bench``); see docs/benchmarks.md."""

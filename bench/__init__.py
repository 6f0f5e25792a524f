"""Benchmarks: scripts that print figures (python -m bench.load, python -m bench.scale). Not tests."""

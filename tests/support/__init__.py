"""Helpers shared by the browser, load and benchmark harnesses."""

"""Isnad analysis: sourcing and fact-consistency scores for news articles.

Pure Python; never imports streamlit.  Entry points: ``analysis.pipeline``
(library) and ``python -m analysis`` (command line).
"""

"""Streamlit-side helpers: cached loading, URL-synced filters, labels, CSS.

Everything that imports streamlit lives here or in the pages; the analysis
package stays pure.
"""

"""Per-article text stages: page furniture removed (cleaning), a normalised copy with a map back to
the original offsets (textnorm), sentences (segment). Imports nothing else of the analysis but the
lexicons and records."""

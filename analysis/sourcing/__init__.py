"""Who a report comes through (the isnad): cue lexicon (cues), attributions and distinct sources
(attribution), and the sourcing scores of an article and an outlet (scoring)."""

"""Accuracy against hand-labelled gold: attributions, fact pairs, and multi-outlet stories."""

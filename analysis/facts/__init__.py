"""What a report says (the matn): numbers and dates read from the text (numbers, dates), facts with
their scope (extract), stories grouped across outlets (stories), one quantity compared across
outlets on a time axis (alignment), and each outlet's consistency (consistency)."""

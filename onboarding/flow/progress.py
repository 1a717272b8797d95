"""Learner progress in SQLite. STUB: the contract; no Qt (the path is passed in)."""

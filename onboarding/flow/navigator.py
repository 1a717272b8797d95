"""Where the learner is and what may come next. STUB: the contract; no Qt."""

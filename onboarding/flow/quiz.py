"""Quiz scoring and attempts. STUB: the contract; no Qt."""

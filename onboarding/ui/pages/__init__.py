"""One page class per step type, registered by the step's YAML `type` (see base.register)."""

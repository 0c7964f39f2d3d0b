"""Pure rules and value types: no I/O, no Qt, standard library only."""

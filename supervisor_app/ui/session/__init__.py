"""Getting in and out: first-run wizard, unlock, recovery key, the main window and locking."""

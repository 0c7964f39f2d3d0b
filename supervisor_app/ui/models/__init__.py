"""The table models behind the pages, filled from the vault worker."""

"""What every screen uses: the vault worker, operations, errors, tables, forms."""

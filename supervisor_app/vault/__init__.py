"""The encrypted store: key slots, SQLCipher connections, migrations, repositories, audit log."""

"""Storage: the only package that talks SQL. See ../shared/notes/sqlcipher.md for the traps."""

"""Use cases: ``verb(command, ...)`` functions over a unit of work. No Qt, no SQL."""

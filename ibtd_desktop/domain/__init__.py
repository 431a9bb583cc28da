"""Plain-Python domain: entities, value objects, commands and errors. No Qt, no SQLAlchemy."""

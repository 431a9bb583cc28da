"""Alembic environment for the vault. No URL and no key here, ever.

Migrations run programmatically after unlock (``ibtd_desktop.storage.migrate``), which opens
the connection through ``storage.engine.open_engine`` (foreign keys off, see the shared notes)
and hands it over in ``config.attributes["connection"]``.
"""

from __future__ import annotations

from alembic import context

from ibtd_desktop.storage.migrate import include_object, target_metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "The vault is encrypted: run migrations through ibtd_desktop.storage.migrate "
        "(they run automatically when a vault is unlocked)."
    )

context.configure(
    connection=connection,
    target_metadata=target_metadata(),
    render_as_batch=True,
    include_object=include_object,
    compare_type=True,
)

with context.begin_transaction():
    context.run_migrations()

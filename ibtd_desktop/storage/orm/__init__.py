"""ORM models, one module per feature; all share ``Base`` so alembic sees one metadata."""
from ibtd_desktop.storage.orm.base import Base
from ibtd_desktop.storage.orm import users  # noqa: F401  (vault users, vault_meta)
from ibtd_desktop.storage.orm import casework  # noqa: F401  (case work, revision 0002)
from ibtd_desktop.storage.orm import summaries  # noqa: F401  (summaries, revision 0003)

__all__ = ["Base"]

"""ORM models, one module per feature; all share ``Base`` so alembic sees one metadata."""
from ibtd_desktop.storage.orm.base import Base

__all__ = ["Base"]

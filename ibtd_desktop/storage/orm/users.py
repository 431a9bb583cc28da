"""Vault users and the vault's own metadata (revision 0001)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from ibtd_desktop.storage.orm.base import Base, utcnow


class UserRecord(Base):
    """A person who can unlock the vault; ``slot_id`` links to their slot in keyslots.json."""

    __tablename__ = "users"
    __table_args__ = (CheckConstraint("role IN ('inspector', 'reviewer')", name="role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    slot_id: Mapped[str] = mapped_column(String(32), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class VaultMetaRecord(Base):
    """Exactly one row: the vault's identity and secrets that must never leave the database."""

    __tablename__ = "vault_meta"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    vault_id: Mapped[str] = mapped_column(String(32))  # also in keyslots.json: binds the two files
    pseudonym_secret: Mapped[bytes] = mapped_column(LargeBinary(32))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    created_app_version: Mapped[str] = mapped_column(String(32))
    last_migrated_app_version: Mapped[str | None] = mapped_column(String(32), nullable=True)

"""Interview attachments (photos, documents, audio), stored encrypted in the vault as BLOBs.
Lists carry metadata only; bytes are loaded by ``load_attachment`` on demand."""

from __future__ import annotations

import mimetypes
from pathlib import PurePath

from ibtd_desktop.domain.casework.enums import AttachmentKind
from ibtd_desktop.domain.casework.interviews import AddAttachment, AttachmentRow
from ibtd_desktop.domain.casework.validation import MAX_ATTACHMENT_BYTES, FieldError, parse_enum, require_text
from ibtd_desktop.services.casework._tx import reads, writes
from ibtd_desktop.storage.casework import interviews as repo


def guess_kind(media_type: str) -> AttachmentKind:
    if media_type.startswith("image/"):
        return AttachmentKind.PHOTO
    if media_type.startswith("audio/"):
        return AttachmentKind.AUDIO
    return AttachmentKind.DOCUMENT


@writes
def add_attachment(cmd: AddAttachment, uow) -> AttachmentRow:  # noqa: ANN001
    """Raises ``FieldError`` (field 'data') above ``MAX_ATTACHMENT_BYTES`` (25 MiB)."""
    record = f"attachment of interview {cmd.interview_id}"
    # Keep only the base name: a path could reveal folder names outside the vault.
    filename = PurePath(require_text(cmd.filename, record, "filename", max_chars=300).strip()).name
    if not isinstance(cmd.data, (bytes, bytearray)):
        raise FieldError(record, "data", "must be bytes")
    if len(cmd.data) > MAX_ATTACHMENT_BYTES:
        raise FieldError(record, "data", f"file is larger than the limit of {MAX_ATTACHMENT_BYTES // (1024 * 1024)} MB")
    media_type = cmd.media_type
    if not media_type or media_type == "application/octet-stream":
        media_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    kind = parse_enum(AttachmentKind, cmd.kind, record, "kind") if cmd.kind else guess_kind(media_type)
    return repo.add_attachment(uow.session, cmd.interview_id, filename, media_type, kind, bytes(cmd.data), uow.user_id)


@reads
def list_attachments(interview_id: int, uow) -> list[AttachmentRow]:  # noqa: ANN001
    return repo.list_attachments(uow.session, interview_id)


@reads
def load_attachment(attachment_id: int, uow) -> tuple[AttachmentRow, bytes]:  # noqa: ANN001
    """The bytes stay in memory: callers must not write them to temp files outside the vault."""
    return repo.load_attachment(uow.session, attachment_id)


@writes
def remove_attachment(attachment_id: int, uow) -> None:  # noqa: ANN001
    repo.remove_attachment(uow.session, attachment_id)

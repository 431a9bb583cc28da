"""Attachments: add through the file-picker seam, size limit, images shown from memory, other
kinds opened from a private temp file that is wiped on close and on lock."""

from __future__ import annotations

import stat
from datetime import date

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage

from ibtd_desktop.domain.casework.enums import InterviewMode
from ibtd_desktop.domain.casework.interviews import RecordInterview
from ibtd_desktop.domain.casework.validation import MAX_ATTACHMENT_BYTES
from ibtd_desktop.services.casework import attachments, interviews
from ibtd_desktop.ui.interviews.attachment_model import AttachmentListModel
from ibtd_desktop.ui.messages import MessageBox


def _png_bytes() -> bytes:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("darkgreen"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def _open_interview(qtbot, vault, page, case):
    existing = interviews.record_interview(RecordInterview(
        investigation_id=case.dossier_id, held_on=date(2024, 2, 1), mode=InterviewMode.IN_PERSON), vault.uow())
    with qtbot.waitSignal(page.editor.loaded):
        page.open_interview(existing.id)
    return page.editor.attachments, existing.id


def _add(qtbot, widget, path, rows: int) -> None:
    widget.pick_files = lambda: [path]
    widget.add_files()
    qtbot.waitUntil(lambda: widget.model.rowCount() == rows, timeout=10_000)


def test_add_open_and_wipe_a_document(qtbot, vault, page, case, tmp_path, temp_files, qtmodeltester):
    widget, interview_id = _open_interview(qtbot, vault, page, case)
    source = tmp_path / "verslag Jansen.pdf"
    source.write_bytes(b"%PDF-1.4 vertrouwelijk")
    _add(qtbot, widget, source, 1)
    row = widget.model.attachment(0)
    assert row.filename == "verslag Jansen.pdf" and row.size == len(b"%PDF-1.4 vertrouwelijk")
    assert attachments.list_attachments(interview_id, vault.uow())[0].id == row.id
    qtmodeltester.check(widget.model)

    opened = []
    widget.open_url = lambda url: opened.append(url.toLocalFile()) or True
    widget.open_row(0)
    qtbot.waitUntil(lambda: len(opened) == 1)
    path = __import__("pathlib").Path(opened[0])
    assert path.read_bytes() == b"%PDF-1.4 vertrouwelijk"
    assert "Jansen" not in str(path)  # the name could identify a source
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(temp_files.root.stat().st_mode) == 0o700

    page.editor.close_editor()
    assert not path.exists() and temp_files.root is None


def test_opened_files_are_gone_after_lock(qtbot, vault, shell, case, tmp_path, temp_files):
    widget, _ = _open_interview(qtbot, vault, shell.page, case)
    source = tmp_path / "brief.docx"
    source.write_bytes(b"PK\x03\x04 brief")
    _add(qtbot, widget, source, 1)
    opened = []
    widget.open_url = lambda url: opened.append(url.toLocalFile()) or True
    widget.open_row(0)
    qtbot.waitUntil(lambda: len(opened) == 1)
    root = temp_files.root
    assert root.exists()

    shell.lock.lock()
    qtbot.waitUntil(lambda: vault.is_locked)
    assert not root.exists()
    assert list((tmp_path / "tmp").iterdir()) == []
    assert widget.model.rowCount() == 0


def test_image_is_previewed_in_memory_without_any_file(qtbot, vault, page, case, tmp_path, temp_files):
    widget, _ = _open_interview(qtbot, vault, page, case)
    source = tmp_path / "foto.png"
    source.write_bytes(_png_bytes())
    _add(qtbot, widget, source, 1)
    assert widget.model.index(0, 1).data() == "Foto"
    widget.open_url = lambda url: (_ for _ in ()).throw(AssertionError("images open in-app"))
    widget.open_row(0)
    qtbot.waitUntil(lambda: widget.preview is not None and widget.preview.isVisible())
    pixmap = widget.preview.image.pixmap()
    assert (pixmap.width(), pixmap.height()) == (40, 30)
    assert temp_files.root is None and list((tmp_path / "tmp").iterdir()) == []
    page.editor.close_editor()
    assert widget.preview is None


def test_too_large_file_is_refused_with_a_clear_message(qtbot, vault, page, case, tmp_path):
    widget, interview_id = _open_interview(qtbot, vault, page, case)
    big = tmp_path / "opname.wav"
    with open(big, "wb") as handle:  # sparse: no 25 MB written
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)
    widget.pick_files = lambda: [big]
    widget.add_files()
    qtbot.waitUntil(lambda: any("groter dan 25 MB" in text for _k, _t, text in MessageBox.shown))
    assert attachments.list_attachments(interview_id, vault.uow()) == []


def test_remove_asks_and_removes(qtbot, vault, page, case, tmp_path):
    widget, interview_id = _open_interview(qtbot, vault, page, case)
    source = tmp_path / "notitie.txt"
    source.write_text("x")
    _add(qtbot, widget, source, 1)
    widget.table.selectRow(0)
    MessageBox.set_next_answer(MessageBox.No)
    widget.remove_selected()
    assert widget.model.rowCount() == 1
    MessageBox.set_next_answer(MessageBox.Yes)
    widget.remove_selected()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 0)
    assert attachments.list_attachments(interview_id, vault.uow()) == []


def test_attachment_model_contract(qtmodeltester):
    qtmodeltester.check(AttachmentListModel())

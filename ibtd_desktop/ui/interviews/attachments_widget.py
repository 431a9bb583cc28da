"""Attachments of the open interview: add, list, remove, open.

Seams (replaced in tests): ``pick_files()`` (the file dialog) and ``open_url(QUrl)`` (the
desktop's viewer). Images are shown in-app straight from the decrypted bytes (no file at all);
other kinds go through ``PrivateTempFiles`` (0700 dir, 0600 file, wiped on close/lock/exit).
Files are read on the runner's CPU pool and stored on the database thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QScrollArea,
    QTableView, QVBoxLayout, QWidget,
)

from ibtd_desktop.domain.casework.interviews import AddAttachment, AttachmentRow
from ibtd_desktop.domain.casework.validation import MAX_ATTACHMENT_BYTES
from ibtd_desktop.domain.errors import IbtdError
from ibtd_desktop.ui.i18n import localise_message
from ibtd_desktop.ui.interviews.attachment_model import AttachmentListModel
from ibtd_desktop.ui.interviews.private_files import PrivateTempFiles
from ibtd_desktop.ui.messages import MessageBox


class ImagePreviewDialog(QDialog):
    """Shows an image from memory; closing it drops the pixmap."""

    def __init__(self, title: str, pixmap: QPixmap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.image = QLabel()
        self.image.setPixmap(pixmap)
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        self.resize(min(900, pixmap.width() + 40), min(700, pixmap.height() + 40))


def _read_file(path: Path) -> tuple[str, bytes]:  # worker thread
    if path.stat().st_size > MAX_ATTACHMENT_BYTES:
        raise _TooLarge()
    return path.name, path.read_bytes()


class _TooLarge(Exception):
    pass


class AttachmentsWidget(QWidget):
    changed = Signal()  # the number of attachments changed (list row needs a refresh)

    def __init__(self, temp_files: PrivateTempFiles, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.temp_files = temp_files
        self.pick_files: Callable[[], list[Path]] = self._pick_files_dialog
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.model = AttachmentListModel(self)
        self.table = QTableView()
        self.table.setObjectName("attachmentTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(120)
        self.add_button = QPushButton()
        self.open_button = QPushButton()
        self.remove_button = QPushButton()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_files)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.preview: ImagePreviewDialog | None = None
        self._run: Callable[..., Any] | None = None
        self._gateway: Any = None
        self.interview_id: int | None = None
        self.retranslate()
        self._built = True  # from now on LanguageChange retranslates

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Bijlage toevoegen…"))
        self.open_button.setText(self.tr("Openen"))
        self.remove_button.setText(self.tr("Verwijderen"))
        self._update_enabled()
        columns = self.model.columnCount()
        if columns:
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_built", False):
            self.retranslate()
        super().changeEvent(event)

    # -- binding ----------------------------------------------------------------------------
    def bind(self, run: Callable[..., Any], gateway: Any, interview_id: int | None) -> None:
        self._run, self._gateway, self.interview_id = run, gateway, interview_id
        self.model.clear()
        self._update_enabled()
        self.reload()

    def unbind(self) -> None:
        """Editor closed or vault locking: drop rows, close the preview, wipe opened files."""
        self._run = self._gateway = self.interview_id = None
        self.model.clear()
        if self.preview is not None:
            self.preview.close()
            self.preview.deleteLater()
            self.preview = None
        self.temp_files.wipe()
        self._update_enabled()

    def reload(self) -> None:
        if self._run is None or self.interview_id is None:
            return
        gateway, interview_id = self._gateway, self.interview_id
        self._run(lambda: gateway.attachments(interview_id), self.model.set_rows, self._failed)

    # -- actions ----------------------------------------------------------------------------
    def add_files(self) -> None:
        if self._run is None or self.interview_id is None:
            return
        for path in self.pick_files():
            self._add_file(Path(path))

    def _add_file(self, path: Path) -> None:
        run, gateway, interview_id = self._run, self._gateway, self.interview_id

        def store(read: tuple[str, bytes]) -> None:  # GUI thread: queue the database write
            if self._run is None:
                return
            name, data = read
            cmd = AddAttachment(interview_id=interview_id, filename=name, data=data)
            run(lambda: gateway.add_attachment(cmd), self._added, self._failed)

        run(lambda: _read_file(path), store, self._failed, database=False)

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.open_row(rows[0].row())

    def open_row(self, row: int) -> None:
        attachment = self.model.attachment(row)
        if attachment is None or self._run is None:
            return
        gateway = self._gateway
        self._run(lambda: gateway.load_attachment(attachment.id), self._show, self._failed)

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        attachment = self.model.attachment(rows[0].row()) if rows else None
        if attachment is None or self._run is None:
            return
        answer = MessageBox.question(self, self.tr("Bijlage verwijderen"),
                                     self.tr("Bijlage “%1” verwijderen?").replace("%1", attachment.filename))
        if answer != MessageBox.Yes:
            return
        gateway = self._gateway
        self._run(lambda: gateway.remove_attachment(attachment.id), lambda _r: self._added(None), self._failed)

    # -- results ----------------------------------------------------------------------------
    def _added(self, _row: AttachmentRow | None) -> None:
        self.reload()
        self.changed.emit()

    def _show(self, loaded: tuple[AttachmentRow, bytes]) -> None:
        row, data = loaded
        if row.media_type.startswith("image/"):
            pixmap = QPixmap()
            if pixmap.loadFromData(data):
                if self.preview is not None:
                    self.preview.close()
                    self.preview.deleteLater()
                self.preview = ImagePreviewDialog(row.filename, pixmap, self)
                self.preview.show()
                return
        path = self.temp_files.write(row.id, row.filename, data)
        if not self.open_url(QUrl.fromLocalFile(str(path))):
            MessageBox.warning(self, self.tr("Bijlage openen"), self.tr("Er is geen programma gevonden om deze bijlage te openen."))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, _TooLarge):
            text = self.tr("Het bestand is groter dan %1 MB en kan niet worden toegevoegd.").replace(
                "%1", str(MAX_ATTACHMENT_BYTES // (1024 * 1024)))
        elif isinstance(exc, OSError):
            text = self.tr("Het bestand kon niet worden gelezen.")
        elif isinstance(exc, IbtdError):
            text = localise_message(str(exc))
        else:
            text = type(exc).__name__
        MessageBox.warning(self, self.tr("Bijlagen"), text)

    def _pick_files_dialog(self) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Bijlage toevoegen"))
        return [Path(name) for name in names]

    def _update_enabled(self) -> None:
        bound = self.interview_id is not None
        for button in (self.add_button, self.open_button, self.remove_button):
            button.setEnabled(bound)
        if not bound:
            self.add_button.setToolTip(self.tr("Sla het gesprek eerst op om bijlagen toe te voegen."))
        else:
            self.add_button.setToolTip("")

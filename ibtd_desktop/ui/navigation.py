"""The main window's sections and the tiny contract every section page fulfils.

Feature pages (by other parts of the app) implement ``Page``; a section without one shows an
``EmptyPage`` that says what will appear there. The navigation never reaches into a page: it only
calls the protocol methods (attach on unlock, save_pending + detach on lock).
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QStackedWidget, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from ibtd_desktop.ui.tasks import TaskRunner

# An unlocked ``ibtd_desktop.services.vault.Vault``. Not imported here: ui stays free of the
# storage stack's imports, and pages receive the object from the composition root.
Vault = Any


class Section(enum.Enum):
    DOSSIERS = "dossiers"
    SIGNALS = "signals"
    INTERVIEWS = "interviews"
    SUMMARIES = "summaries"
    OUTGOING = "outgoing"


# Source texts are Dutch; tr() happens at display time so a language switch is picked up.
_TITLES = {
    Section.DOSSIERS: QT_TRANSLATE_NOOP("Navigation", "Dossiers"),
    Section.SIGNALS: QT_TRANSLATE_NOOP("Navigation", "Signalen"),
    Section.INTERVIEWS: QT_TRANSLATE_NOOP("Navigation", "Gesprekken"),
    Section.SUMMARIES: QT_TRANSLATE_NOOP("Navigation", "Samenvattingen"),
    Section.OUTGOING: QT_TRANSLATE_NOOP("Navigation", "Uitgaand"),
}
_EMPTY_TEXTS = {
    Section.DOSSIERS: QT_TRANSLATE_NOOP("Navigation", "Hier komen de onderzoeksdossiers: thema, domeinen, bevindingen en aanbevelingen."),
    Section.SIGNALS: QT_TRANSLATE_NOOP("Navigation", "Hier komen de signalen van burgers, bedrijven, medewerkers en netwerken."),
    Section.INTERVIEWS: QT_TRANSLATE_NOOP("Navigation", "Hier komen de gesprekken met bronnen, met toestemming en anonimiteitsafspraken."),
    Section.SUMMARIES: QT_TRANSLATE_NOOP("Navigation", "Hier komen de geanonimiseerde samenvattingen en de beoordeling door een collega."),
    Section.OUTGOING: QT_TRANSLATE_NOOP("Navigation", "Hier komen goedgekeurde samenvattingen die het apparaat mogen verlaten."),
}


def section_title(section: Section) -> str:
    return QCoreApplication.translate("Navigation", _TITLES[section])


@runtime_checkable
class Page(Protocol):
    """What a section page does for the shell. All calls arrive on the GUI thread."""

    def attach(self, vault: "Vault", runner: "TaskRunner") -> None:
        """The vault is unlocked: load data (through services, on the runner) and restore drafts."""

    def detach(self) -> None:
        """The vault is locking: clear every view and model and drop references to the vault."""

    def save_pending(self) -> None:
        """Persist anything being edited (encrypted, in the vault) before the lock.

        Read the widgets now; the writes may be queued on the runner's database thread, which
        runs them before the lock itself.
        """


class EmptyPage(QWidget):
    """Placeholder for a section whose feature has not been plugged in yet."""

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self._title = QLabel()
        self._title.setObjectName("pageTitle")
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self._title.setFont(font)
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self._title)
        layout.addWidget(self._text)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(section_title(self.section))
        self._text.setText(QCoreApplication.translate("Navigation", _EMPTY_TEXTS[self.section]))

    def attach(self, vault: "Vault", runner: "TaskRunner") -> None:  # nothing to load
        pass

    def detach(self) -> None:
        pass

    def save_pending(self) -> None:
        pass

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class NavigationWidget(QWidget):
    """Section list on the left, the current section's page on the right."""

    section_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._list = QListWidget()
        self._list.setObjectName("sectionList")
        self._list.setFixedWidth(200)
        self._list.setSpacing(2)
        self._list.setStyleSheet("QListWidget#sectionList { font-size: 11pt; } QListWidget#sectionList::item { padding: 6px 8px; }")
        self._stack = QStackedWidget()
        self._pages: dict[Section, QWidget] = {}
        for section in Section:
            self._list.addItem(section_title(section))
            page = EmptyPage(section)
            self._pages[section] = page
            self._stack.addWidget(page)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._list)
        layout.addWidget(self._stack, 1)
        self._list.currentRowChanged.connect(self._on_row_changed)
        self._list.setCurrentRow(0)

    def set_page(self, section: Section, page: QWidget) -> None:
        """Plug a feature page into its section (replaces the placeholder)."""
        if not isinstance(page, Page):
            raise TypeError(f"{type(page).__name__} does not implement the Page protocol")
        old = self._pages[section]
        index = self._stack.indexOf(old)
        self._stack.insertWidget(index, page)
        self._stack.removeWidget(old)
        old.deleteLater()
        self._pages[section] = page
        self._stack.setCurrentIndex(self._list.currentRow())

    def page(self, section: Section) -> QWidget:
        return self._pages[section]

    def pages(self) -> list[QWidget]:
        return [self._pages[section] for section in Section]

    def current_section(self) -> Section:
        return list(Section)[max(0, self._list.currentRow())]

    def show_section(self, section: Section) -> None:
        self._list.setCurrentRow(list(Section).index(section))

    def section_titles(self) -> list[str]:
        return [self._list.item(i).text() for i in range(self._list.count())]

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        self._stack.setCurrentIndex(row)
        self.section_changed.emit(list(Section)[row])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            for row, section in enumerate(Section):
                self._list.item(row).setText(section_title(section))
        super().changeEvent(event)

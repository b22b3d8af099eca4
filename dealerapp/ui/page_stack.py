"""The window's pages, each built (and its module imported) when it is first wanted.

Importing every page at start-up brought in the memo reader, the letter renderer,
Jinja2 and the spreadsheet readers before the first customer could be shown; now the
page on screen is built, and the others when someone goes to them, or when the
window needs one (a letter asked for from the waitlist builds the Letters page).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QStackedWidget, QWidget

from dealerapp.db.database import Database
from dealerapp.ui.pages.base import Page
from dealerapp.ui.tasks import Tasks


@dataclass(frozen=True)
class PageSpec:
    title: str  # as the page class has it, marked for translation in the "Page" context
    module: str
    name: str


PAGES = (
    PageSpec(str(QT_TRANSLATE_NOOP("Page", "Dashboard")), "dashboard", "DashboardPage"),
    PageSpec(str(QT_TRANSLATE_NOOP("Page", "Waitlist")), "waitlist", "WaitlistPage"),
    PageSpec(str(QT_TRANSLATE_NOOP("Page", "Allocations")), "allocations", "AllocationsPage"),
    PageSpec(str(QT_TRANSLATE_NOOP("Page", "Memos")), "memos", "MemosPage"),
    PageSpec(str(QT_TRANSLATE_NOOP("Page", "Orders")), "orders", "OrdersPage"),
    PageSpec(str(QT_TRANSLATE_NOOP("Page", "Letters")), "letters", "LettersPage"),
    PageSpec(str(QT_TRANSLATE_NOOP("Page", "Audit")), "audit", "AuditPage"),
    PageSpec(str(QT_TRANSLATE_NOOP("Page", "Setup")), "setup", "SetupPage"),
)
TITLES = tuple(spec.title for spec in PAGES)


class PageStack(QStackedWidget):
    """One slot per page; a slot holds an empty stand-in until its page is built."""

    built = Signal(object)  # the Page just built, for the window to connect

    def __init__(self, db: Database, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.tasks = tasks
        self._pages: dict[str, Page] = {}
        for _spec in PAGES:
            self.addWidget(QWidget())

    def page(self, title: str) -> Page:
        """The page, built now if it has not been."""
        page = self._pages.get(title)
        if page is not None:
            return page
        index = TITLES.index(title)
        spec = PAGES[index]
        kind = getattr(import_module(f"dealerapp.ui.pages.{spec.module}"), spec.name)
        page = kind(self.db, self.tasks)
        assert isinstance(page, Page) and page.title == title
        self._pages[title] = page
        current = self.currentIndex()
        stand_in = self.widget(index)
        self.insertWidget(index, page)
        if stand_in is not None:
            self.removeWidget(stand_in)
            stand_in.deleteLater()
        self.setCurrentIndex(current)
        self.built.emit(page)
        return page

    def show_index(self, index: int) -> None:
        """Show the page in this slot, building it first if the stack is on screen (before
        that, only the page it opens on is built, when it is shown)."""
        if 0 <= index < len(PAGES):
            if self.isVisible():
                self.page(TITLES[index])
            self.setCurrentIndex(index)

    def showEvent(self, event: QShowEvent) -> None:
        if 0 <= self.currentIndex() < len(PAGES):
            self.page(TITLES[self.currentIndex()])
        super().showEvent(event)

    def built_pages(self) -> list[Page]:
        return [self._pages[title] for title in TITLES if title in self._pages]

    def all_pages(self) -> list[Page]:
        return [self.page(title) for title in TITLES]

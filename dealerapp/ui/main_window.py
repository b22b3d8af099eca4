"""The main window: a sidebar of pages, menus, a toolbar, and the database in the status bar."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dealerapp import __version__
from dealerapp.db.database import Database
from dealerapp.paths import build_info
from dealerapp.services.status import is_empty
from dealerapp.ui.backups import BackupKeeper, BackupsDialog
from dealerapp.ui.first_start import StartChoices
from dealerapp.ui.language import LANGUAGES, chosen_language, grouped, translated
from dealerapp.ui.language import SETTING as LANGUAGE_SETTING
from dealerapp.ui.page_stack import TITLES, PageStack
from dealerapp.ui.pages.base import Page
from dealerapp.ui.staff_dialog import StaffDialog
from dealerapp.ui.tasks import Tasks
from dealerapp.ui.welcome import WelcomePage

if TYPE_CHECKING:
    from dealerapp.services.dashboard import ActionItem
    from dealerapp.ui.pages.dashboard import DashboardPage
    from dealerapp.ui.pages.letters import LettersPage
    from dealerapp.ui.pages.memos import MemosPage
    from dealerapp.ui.pages.orders import OrdersPage
    from dealerapp.ui.pages.setup import SetupPage
    from dealerapp.ui.pages.waitlist import WaitlistPage
    from dealerapp.ui.widgets.import_dialog import ImportDialog, ImportKind


class MainWindow(QMainWindow):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle(f"dealerapp — {db.location.describe()}")
        self.setMinimumSize(960, 600)
        self.tasks = Tasks(db, self)
        self.backups = BackupKeeper(self.tasks, self)
        self.backups.restored.connect(
            lambda result: self.statusBar().showMessage(
                self.tr("Restored. The database it replaced is kept as {copy}").format(
                    copy=result.replaced_copy
                ),
                30_000,
            )
        )
        self.nav = QListWidget()
        self.nav.setObjectName("pageNavigation")
        self.nav.setFixedWidth(170)
        self.stack = PageStack(db, self.tasks)
        self.stack.built.connect(self._connect_page)
        # The memo actions live on the window (menu, toolbar, Ctrl+I) and build the
        # Memos page only when used.
        self.import_memo_action = QAction(self.tr("&Import memo…"), self)
        self.import_memo_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_memo_action.setToolTip(self.tr("Import a memo file (.txt, .eml, .msg, .pdf)"))
        self.import_memo_action.triggered.connect(lambda: self.memos.choose_file())
        self.paste_memo_action = QAction(self.tr("&Paste memo text…"), self)
        self.paste_memo_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.paste_memo_action.triggered.connect(lambda: self.memos.paste_text())
        self.start = StartChoices(self)
        self.open_requested = self.start.open_requested
        for title in TITLES:
            self.nav.addItem(translated("Page", title))
        self.nav.currentRowChanged.connect(self.stack.show_index)
        self.tasks.busy.connect(self._busy)
        self.app_area = QWidget()
        column = QVBoxLayout(self.app_area)
        self.read_only_banner = QLabel()
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.hide()
        column.addWidget(self.read_only_banner)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        column.addLayout(layout, 1)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.welcome = WelcomePage(db.location.describe())
        self.welcome.demo_requested.connect(lambda: self.start.try_demo())
        self.welcome.setup_requested.connect(self.start.start_setup)
        self.welcome.open_requested.connect(self.start.open_file)
        self.welcome.connect_requested.connect(self.start.connect_server)
        # The pages, or (on an empty database) the welcome page in their place.
        self.root = QStackedWidget()
        self.root.addWidget(self.app_area)
        self.root.addWidget(self.welcome)
        self.setCentralWidget(self.root)
        journal = " (rollback journal: network share)" if db.warnings else ""
        self.database_label = QLabel(
            self.tr("Database: {where}").format(where=f"{db.location.describe()}{journal}")
        )
        self.database_label.setObjectName("databaseLabel")
        self.statusBar().addPermanentWidget(self.database_label)
        self._build_menus()
        if db.read_only:
            self._show_read_only()
        self.setAcceptDrops(True)
        self.nav.setCurrentRow(0)
        self._restore_geometry()

    def go_to(self, action: ActionItem) -> None:
        """Where a dashboard line leads: the page, showing exactly those customers."""
        if action.page == "Waitlist":
            waitlist = cast("WaitlistPage", self.page("Waitlist"))
            self.show_page("Waitlist")
            waitlist.show_only(market=action.market, dealer=action.dealer, flag=action.flag)
        elif action.page == "Letters" and action.template is not None:
            letters = cast("LettersPage", self.page("Letters"))
            self.show_page("Letters")
            if action.entry_ids:
                letters.use_entries(list(action.entry_ids), action.template)
            else:
                letters.show_owed(action.template, market=action.market, dealer=action.dealer)
        else:
            self.show_page(action.page)

    @property
    def pages(self) -> list[Page]:
        """Every page, built if need be (the window itself builds each when first shown)."""
        return self.stack.all_pages()

    @property
    def memos(self) -> MemosPage:
        return cast("MemosPage", self.page("Memos"))

    def _connect_page(self, page: Page) -> None:
        """A page just built: its requests to the window, and what the window tells it."""
        self.tasks.changed.connect(page.on_changed)
        if page.title == "Waitlist":
            cast("WaitlistPage", page).letter_requested.connect(lambda ids: self._letter_for(ids))
        elif page.title in ("Orders", "Memos"):
            requests = cast("OrdersPage | MemosPage", page).letter_requested
            requests.connect(lambda ids, template: self._letter_for(ids, template))
        if page.title == "Orders":
            cast("OrdersPage", page).import_requested.connect(
                lambda: self.import_file("ORDER_STATUSES")
            )
        elif page.title == "Memos":
            cast("MemosPage", page).imported.connect(lambda _memo_id: self.show_page("Memos"))
        elif page.title == "Dashboard":
            cast("DashboardPage", page).navigate.connect(self.go_to)
        elif page.title == "Setup":
            cast("SetupPage", page).guided_requested.connect(self.start.start_setup)
        if self.db.read_only:
            self._page_read_only(page)

    def _letter_for(self, entry_ids: list[int], template: str | None = None) -> None:
        letters = cast("LettersPage", self.page("Letters"))
        self.show_page("Letters")
        letters.use_entries(entry_ids, template)

    def import_file(self, kind: ImportKind | str, path: Path | None = None) -> ImportDialog | None:
        """Ask for a spreadsheet (unless given) and open the import dialog on it; `kind`
        may be named ("WAITLIST"), so the spreadsheet readers load only when used."""
        from dealerapp.ui.widgets import import_dialog

        if isinstance(kind, str):
            kind = cast("ImportKind", getattr(import_dialog, kind))
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                kind.shown_title(),
                str(Path.home()),
                self.tr("Spreadsheets (*.csv *.xlsx *.xls *.ods)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        dialog = import_dialog.ImportDialog(kind, path, self.tasks, self)
        dialog.finished.connect(lambda _code: self._imported(dialog))
        dialog.open()
        return dialog

    def _imported(self, dialog: ImportDialog) -> None:
        if dialog.imported is not None:
            self.statusBar().showMessage(dialog.imported.summary, 15_000)

    def export_waitlist(self, path: Path | None = None) -> None:
        from dealerapp.exchange.export import export_waitlist  # the spreadsheet writers, late

        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the waitlist"), str(Path.home() / "waitlist.xlsx"),
                self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
            )  # fmt: skip
            if not chosen:
                return
            path = Path(chosen)
            if path.suffix.lower() not in (".xlsx", ".csv"):
                path = path.with_suffix(".xlsx")
        target = path
        self.tasks.read(
            lambda session: export_waitlist(session, target),
            lambda result: self.statusBar().showMessage(
                self.tr("Exported {count} entries to {path}").format(
                    count=grouped(result.entries), path=result.path
                ),
                15_000,
            ),
            error_title=self.tr("Export"),
        )

    def page(self, title: str) -> Page:
        return self.stack.page(title)

    def show_page(self, title: str) -> None:
        self.nav.setCurrentRow(TITLES.index(title))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        # What changes the data, switched off on a read-only database.
        self.change_actions: list[QAction] = []
        for text, slot in (
            (self.tr("Set up your &dealership…"), self.start.start_setup),
            (self.tr("&Open a database file…"), self.start.open_file),
            (self.tr("&Connect to a shared server…"), self.start.connect_server),
        ):
            action = QAction(text, self)
            action.triggered.connect(slot)
            file_menu.addAction(action)
            if slot == self.start.start_setup:
                self.change_actions.append(action)
        file_menu.addSeparator()
        for action in (self.import_memo_action, self.paste_memo_action):
            file_menu.addAction(action)
            self.addAction(action)
        file_menu.addSeparator()
        for text, kind in ((self.tr("Import a &waitlist…"), "WAITLIST"),
                           (self.tr("Import a dealer &list…"), "DEALERS"),
                           (self.tr("Import &order statuses…"), "ORDER_STATUSES")):  # fmt: skip
            action = QAction(text, self)
            action.triggered.connect(lambda _=False, k=kind: self.import_file(k))
            file_menu.addAction(action)
            self.change_actions.append(action)
        self.export_action = QAction(self.tr("&Export the waitlist…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(lambda: self.export_waitlist())
        file_menu.addAction(self.export_action)
        self.addAction(self.export_action)
        file_menu.addSeparator()
        self.backups_action = QAction(self.tr("&Backups…"), self)
        self.backups_action.triggered.connect(lambda: self.show_backups())
        self.backups_action.setEnabled(self.db.location.sqlite_path is not None)
        file_menu.addAction(self.backups_action)
        self.staff_action = QAction(self.tr("&Staff and roles…"), self)
        self.staff_action.triggered.connect(lambda: self.show_staff())
        file_menu.addAction(self.staff_action)
        file_menu.addSeparator()
        self.load_demo_action = QAction(self.tr("Load &demo data…"), self)
        self.load_demo_action.triggered.connect(self.start.load_demo_data)
        file_menu.addAction(self.load_demo_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        self.toolbar = toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.import_memo_action)
        toolbar.addAction(self.paste_memo_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for number, title in enumerate(TITLES, start=1):
            action = QAction(translated("Page", title), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, t=title: self.show_page(t))
            view_menu.addAction(action)
            # Also on the window itself, so the shortcut works wherever focus is.
            self.addAction(action)
        view_menu.addSeparator()
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh_all)
        view_menu.addAction(refresh)
        self.addAction(refresh)

        view_menu.addSeparator()
        self._build_language_menu(view_menu)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About dealerapp"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _build_language_menu(self, view_menu: QMenu) -> None:
        """View > Language: remembered, used from the next start (every text is set once)."""
        menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = chosen_language()
        for code, name in LANGUAGES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            group.addAction(action)
            menu.addAction(action)

    def choose_language(self, code: str) -> None:
        QSettings().setValue(LANGUAGE_SETTING, code)
        self.statusBar().showMessage(
            self.tr("The window will be in %1 from the next start.").replace("%1", LANGUAGES[code]),
            15_000,
        )

    def _show_read_only(self) -> None:
        """A file on a write-protected disk or share: open to look at, changes switched off."""
        where = self.db.location.describe()
        self.setWindowTitle(self.tr("dealerapp — {where} — read-only").format(where=where))
        self.database_label.setText(self.tr("Database: {where} — read-only").format(where=where))
        self.read_only_banner.setText(
            self.tr(
                "<b>Read-only.</b> This database is on a disk or share that cannot be written, "
                "or you may not change the file. You can look, print, export and back it up "
                "elsewhere; to make changes, copy it to a folder you can write to and open the "
                "copy."
            )
        )
        self.read_only_banner.show()
        for action in (self.import_memo_action, self.paste_memo_action, self.load_demo_action,
                       *self.change_actions):  # fmt: skip
            self._switch_off(action)
        for page in self.stack.built_pages():
            self._page_read_only(page)
        self.statusBar().showMessage(self.tr("Opened read-only: changes are switched off"), 15_000)

    def _page_read_only(self, page: Page) -> None:
        if page.title == "Waitlist":
            for action in cast("WaitlistPage", page).change_actions():
                self._switch_off(action)
        elif page.title == "Letters":
            cast("LettersPage", page).can_mark_sent = False

    def _switch_off(self, action: QAction) -> None:
        action.setEnabled(False)
        action.setToolTip(self.tr("The database is open read-only"))

    def show_backups(self) -> BackupsDialog:
        dialog = BackupsDialog(self.backups, self)
        dialog.open()
        return dialog

    def show_staff(self) -> StaffDialog:
        dialog = StaffDialog(self.tasks, self)
        dialog.open()
        return dialog

    def refresh_all(self) -> None:
        for page in self.stack.built_pages():  # the others read when first shown
            page.refresh()
        self.statusBar().showMessage(self.tr("Refreshed"), 3000)

    def show_welcome_if_empty(self, *, load_demo: bool = False) -> bool:
        """On an empty database the welcome page (or, asked for, the demo); True if empty."""
        with self.db.reading() as session:
            empty = is_empty(session)
        if not empty:
            self.show_app()
            return False
        if load_demo:
            self.start.try_demo()
            return True
        self.root.setCurrentWidget(self.welcome)
        self.nav.hide()
        self.toolbar.hide()
        self.statusBar().showMessage(self.tr("An empty database: choose how to start"), 10_000)
        return True

    def show_app(self, page: str | None = None) -> None:
        self.root.setCurrentWidget(self.app_area)
        self.nav.show()
        self.toolbar.show()
        if page is not None:
            self.show_page(page)

    def after_setup(self) -> None:
        """The guided set-up closed: the pages, unless nothing at all was set up."""
        with self.db.reading() as session:
            empty = is_empty(session)
        if not empty and self.root.currentWidget() is self.welcome:
            self.show_app("Setup")
        self.refresh_all()

    def _busy(self, busy: bool) -> None:
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QApplication.restoreOverrideCursor()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(url.isLocalFile() for url in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """A memo file dropped anywhere on the window is imported, as from the menu."""
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if not paths:
            return
        event.acceptProposedAction()
        self.show_page("Memos")
        for path in paths:
            self.memos.import_file(path)

    def _about(self) -> None:
        info = build_info()
        if info:
            built = self.tr("Built on {date} for {system}.").format(
                date=info.get("built", "?"), system=info.get("system", "?")
            )
        else:
            built = self.tr("Running from an installed Python package, not a built copy.")
        QMessageBox.about(
            self,
            self.tr("About dealerapp"),
            f"<b>dealerapp {escape(info.get('version', __version__))}</b><p>"
            + self.tr(
                "Allocations, waitlists and customer letters for a car there is not enough of."
            )
            + f"</p><p>{escape(built)}</p><p>GPL-3.0-or-later.</p>",
        )

    def _restore_geometry(self) -> None:
        saved = QSettings().value("window/geometry")
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            self.restoreGeometry(saved)
        else:
            self.resize(self._first_size())

    def _first_size(self) -> QSize:
        """Fits the screen it opens on (every column of the waitlist at 1600 px), never more."""
        screen = self.screen()
        wanted = QSize(1600, 1000)
        if screen is None:
            return wanted
        room = screen.availableGeometry().size()
        return QSize(
            min(wanted.width(), room.width() - 40), min(wanted.height(), room.height() - 60)
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("window/geometry", self.saveGeometry())
        self.tasks.wait()
        super().closeEvent(event)

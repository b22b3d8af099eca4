"""Letters: choose a letter and who gets it, look at it, print or save PDFs, log who was told."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from dealerapp.db.database import Database
from dealerapp.db.enums import LetterOutput, StaffRole
from dealerapp.db.faults import as_sentence, explain
from dealerapp.errors import DealerAppError, NotAllowedError
from dealerapp.letters.batch import (
    check_output,
    compose_letters,
    fallbacks,
    render_letters,
    render_steps,
)
from dealerapp.letters.render import Letter, LettersCancelled, paint_letters, write_pdf
from dealerapp.letters.templates import TemplateInfo, templates
from dealerapp.services import staff
from dealerapp.services.changes import Changed
from dealerapp.services.letters_log import SentLetter, log_sent, recipients, record_template_saved
from dealerapp.services.reference import Choices, choices
from dealerapp.services.servability import Servability
from dealerapp.ui.language import current_language, grouped
from dealerapp.ui.pages.base import Page
from dealerapp.ui.tasks import Tasks
from dealerapp.ui.widgets.recipients import RecipientTable
from dealerapp.ui.widgets.tables import fit_popup, name_combo
from dealerapp.ui.widgets.template_editor import TemplateEditor


class LettersPage(Page):
    title = str(QT_TRANSLATE_NOOP("Page", "Letters"))
    purpose = str(
        QT_TRANSLATE_NOOP(
            "Page",
            "Tell customers where they stand. Choose the letter and who gets it, look at it, then "
            "print it or save PDFs; mark them sent so nobody is told the same news twice.",
        )
    )
    watches = frozenset({Changed.LETTERS, Changed.ENTRIES, Changed.MARKETS, Changed.LEDGER})

    def __init__(self, db: Database, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(db, tasks, parent)
        self.letters: list[Letter] = []
        self.info: list[TemplateInfo] = []
        # Entries chosen in the waitlist; None means: the filters choose.
        self.chosen_ids: list[int] | None = None
        bar = QHBoxLayout()
        self.template = QComboBox()
        self.template.setObjectName("letterTemplate")
        self.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.market = QComboBox()
        self.market.setObjectName("letterMarket")
        self.dealer = QComboBox()
        self.dealer.setObjectName("letterDealer")
        self.flag = QComboBox()
        self.flag.setObjectName("letterFlag")
        self.flag.addItem(self.tr("every open entry"), None)
        flag_texts = {
            Servability.COVERED: self.tr("covered customers"),
            Servability.PENDING: self.tr("pending customers"),
            Servability.UNSERVABLE: self.tr("unservable customers"),
        }
        for flag in Servability:
            self.flag.addItem(flag_texts[flag], flag.value)
        self.not_notified = QCheckBox(self.tr("only those not told yet"))
        self.not_notified.setChecked(True)
        for combo in (self.market, self.flag):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        name_combo(self.dealer, 16)
        for label, widget in (
            (self.tr("Letter"), self.template), (self.tr("Market"), self.market),
            (self.tr("Dealer"), self.dealer), (self.tr("Who"), self.flag),
        ):  # fmt: skip
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addWidget(self.not_notified)
        bar.addStretch(1)
        self.layout_.addLayout(bar)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.count = QLabel()
        self.count.setObjectName("letterCount")
        left_layout.addWidget(self.count)
        # Said before printing: whose language has no such letter, and what they get instead.
        self.language_note = QLabel()
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)
        self.language_note.setStyleSheet("color: #7a5a00;")
        self.language_note.hide()
        left_layout.addWidget(self.language_note)
        self.chosen_bar = QWidget()
        chosen_layout = QHBoxLayout(self.chosen_bar)
        chosen_layout.setContentsMargins(0, 0, 0, 0)
        self.chosen_label = QLabel()
        use_filters = QPushButton(self.tr("Use the filters instead"))
        use_filters.clicked.connect(lambda: self.use_entries(None))
        chosen_layout.addWidget(self.chosen_label, 1)
        chosen_layout.addWidget(use_filters)
        self.chosen_bar.hide()
        left_layout.addWidget(self.chosen_bar)
        self.recipients = RecipientTable()
        left_layout.addWidget(self.recipients, 1)
        ticks = QHBoxLayout()
        for text, on in ((self.tr("Tick all"), True), (self.tr("Untick all"), False)):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, on=on: self.recipients.tick_all(on))
            ticks.addWidget(button)
        ticks.addStretch(1)
        left_layout.addLayout(ticks)
        split.addWidget(left)
        self.preview = QTextBrowser()
        self.preview.setObjectName("letterPreview")
        split.addWidget(self.preview)
        split.setSizes([470, 700])
        self.layout_.addWidget(split, 1)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Print preview…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.pdf_button = QPushButton(self.tr("Save one PDF…"))
        self.each_button = QPushButton(self.tr("One PDF per customer…"))
        self.edit_button = QPushButton(self.tr("Edit a copy of this letter…"))
        # Letters count as sent only when the person says they came out right (never on a
        # read-only database).
        self.can_mark_sent = True
        for button in (self.preview_button, self.print_button, self.pdf_button, self.each_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        self.layout_.addLayout(buttons)
        self.preview_button.clicked.connect(self.print_preview)
        self.print_button.clicked.connect(self.print_letters)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.each_button.clicked.connect(self.save_each)
        self.edit_button.clicked.connect(self.edit_template)
        self.recipients.currentRowChanged.connect(self._show_letter)
        self.recipients.ticks_changed.connect(self._ticks_changed)
        for combo in (self.template, self.market, self.dealer, self.flag):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.not_notified.toggled.connect(lambda _on: self.refresh())
        self._filled = False
        self.refresh()

    # -- choosing ----------------------------------------------------------------------------

    def _fill(self, options: Choices) -> None:
        for combo in (self.template, self.market, self.dealer):
            combo.blockSignals(True)
        self.info = templates()
        self.template.clear()
        for info in self.info:
            self.template.addItem(info.title_in(current_language()), info.name)
        language = current_language()
        self.template.setToolTip(
            "\n".join(f"{i.title_in(language)}: {i.purpose_in(language)}" for i in self.info)
        )
        self.market.clear()
        self.market.addItem(self.tr("All markets"), None)
        for code, name in options.markets:
            self.market.addItem(f"{name} ({code})", code)
        self.dealer.clear()
        self.dealer.addItem(self.tr("All dealers"), None)
        for dealer in options.dealers:
            self.dealer.addItem(dealer.label, dealer.code)
        fit_popup(self.dealer)
        saved = QSettings()
        for combo, key in ((self.template, "template"), (self.market, "market"),
                           (self.dealer, "dealer")):  # fmt: skip
            index = combo.findData(saved.value(f"letters/{key}"))
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self._filled = True

    def use_entries(self, entry_ids: list[int] | None, template: str | None = None) -> None:
        """Write to these entries (chosen in the waitlist), or back to the filters with None."""
        self.chosen_ids = entry_ids
        if template is not None:
            # Remembered so that it wins over the saved choice when the page fills its lists.
            QSettings().setValue("letters/template", template)
            index = self.template.findData(template)
            if index >= 0:
                self.template.setCurrentIndex(index)
        self.chosen_bar.setVisible(entry_ids is not None)
        if entry_ids is not None:
            chosen = (
                self.tr("For the {count} customer(s) chosen in the waitlist")
                if template is None
                else self.tr("For the {count} customer(s) chosen")
            )
            self.chosen_label.setText(chosen.format(count=grouped(len(entry_ids))))
        for combo in (self.market, self.dealer, self.flag):
            combo.setEnabled(entry_ids is None)
        self.refresh()

    def show_owed(
        self, template: str, *, market: str | None = None, dealer: str | None = None
    ) -> None:
        """The letter, for everyone in scope not yet told (the filters choose)."""
        # Also for lists the page has not filled yet: they start from the settings.
        for key, value in (("template", template), ("market", market), ("dealer", dealer)):
            QSettings().setValue(f"letters/{key}", value or "")
        for combo, value in ((self.template, template), (self.market, market),
                             (self.dealer, dealer), (self.flag, None)):  # fmt: skip
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0) if value else 0)
            combo.blockSignals(False)
        self.not_notified.blockSignals(True)
        self.not_notified.setChecked(True)
        self.not_notified.blockSignals(False)
        self.use_entries(None)

    def choice(self) -> dict[str, Any]:
        return {
            "template": self.template.currentData() or "unservable_refund",
            "market": self.market.currentData(),
            "dealer": self.dealer.currentData(),
            "status": self.flag.currentData(),
            "not_notified": self.not_notified.isChecked(),
        }

    def load(self, session: Session) -> tuple[Choices, list[Letter]]:
        options = choices(session)
        chosen = self.choice()
        info = next((i for i in templates() if i.name == chosen["template"]), None)
        if info is None:
            return options, []
        ids = recipients(
            session, reason=info.reason, template=info.name, audience=info.audience,
            status=Servability(chosen["status"]) if chosen["status"] else None,
            market=chosen["market"], dealer=chosen["dealer"],
            not_notified=chosen["not_notified"],
        )  # fmt: skip
        if self.chosen_ids is not None:
            allowed = set(
                recipients(
                    session, reason=info.reason, template=info.name, audience=info.audience,
                    not_notified=chosen["not_notified"],
                )
            )  # fmt: skip
            ids = [i for i in self.chosen_ids if i in allowed]
        return options, compose_letters(session, info.name, ids[:2000])

    def show_data(self, data: tuple[Choices, list[Letter]]) -> None:
        options, letters = data
        if not self._filled:
            self._fill(options)
            self.refresh()
            return
        settings = QSettings()
        for key, value in self.choice().items():
            if key in ("template", "market", "dealer"):
                settings.setValue(f"letters/{key}", value or "")
        self.letters = letters
        self._note_languages(letters)
        self.recipients.set_letters(letters)
        if letters:
            self.recipients.setCurrentRow(0)
        else:
            nobody = self.tr("Nobody matches: no letter to write.")
            self.preview.setHtml(f"<p>{escape(nobody)}</p>")

    def _note_languages(self, letters: list[Letter]) -> None:
        lines = []
        for wanted, count in sorted(fallbacks(letters).items()):
            instead = {letter.data.language for letter in letters
                       if letter.data.wanted_language == wanted}  # fmt: skip
            lines.append(
                self.tr(
                    "{count} customer(s) speak {language}: this letter is not written in it, "
                    "so they get it in {instead}."
                ).format(
                    count=grouped(count),
                    language=language_name(wanted),
                    instead=self.tr(" or ").join(language_name(c) for c in sorted(instead)),
                )
            )
        self.language_note.setText("\n".join(lines))
        self.language_note.setVisible(bool(lines))

    def _ticks_changed(self) -> None:
        ticked = len(self.recipients.ticked())
        total = len(self.letters)
        self.count.setText(
            self.tr("{total} letter(s)").format(total=grouped(total))
            if ticked == total
            else self.tr("{ticked} of {total} letter(s) ticked").format(
                ticked=grouped(ticked), total=grouped(total)
            )
        )
        for button in (self.preview_button, self.print_button, self.pdf_button, self.each_button):
            button.setEnabled(ticked > 0)

    def ticked_letters(self) -> list[Letter]:
        """The letters to print or save: everyone ticked in the list."""
        return [self.letters[row] for row in self.recipients.ticked()]

    def _show_letter(self, row: int) -> None:
        if 0 <= row < len(self.letters):
            self.preview.setHtml(self.letters[row].html)

    # -- output ------------------------------------------------------------------------------

    def print_preview(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.paintRequested.connect(self._print_all)
        dialog.exec()

    def _print_all(self, printer: QPrinter) -> None:
        paint_letters(printer, self.ticked_letters())

    def print_letters(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        letters = self.ticked_letters()
        self._print_all(printer)
        self._confirm_sent(
            letters,
            LetterOutput.PRINTER,
            self.tr("Did the {count} letter(s) print correctly?").format(
                count=grouped(len(letters))
            ),
        )

    def save_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the letters"), "letters.pdf", "PDF (*.pdf)"
        )
        if name:
            self.write(Path(name), None)

    def save_each(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("A folder for one PDF per customer")
        )
        if folder:
            self.write(None, Path(folder))

    def write(self, out: Path | None, each: Path | None) -> None:
        """Paint the letters here on the UI thread (see letters.batch.render_letters), then
        ask whether they are to count as sent."""
        template = self.choice()["template"]
        letters = self.ticked_letters()
        steps = render_steps(letters, out, each, keep_copies=False)
        dialog, step = self._progress(
            self.tr("Writing {count} letter(s)…").format(count=grouped(len(letters))), steps
        )
        try:
            check_output(out, each)
            rendered = render_letters(letters, out, each, keep_copies=False, progress=step)
        except LettersCancelled:
            self._report(self.tr("Stopped: no letter was written, and nobody is marked as told."))
            return
        except (OSError, DealerAppError) as exc:
            dialog.reset()
            problem = as_sentence(explain(exc) or exc)
            QMessageBox.warning(self, self.tr("The letters were not written"), problem)
            return
        finally:
            dialog.reset()
            dialog.deleteLater()
        saved = (
            self.tr("The {count} letter(s) are saved in {file}.").format(
                count=grouped(len(letters)), file=out
            )
            if out is not None
            else self.tr(
                "The {count} letter(s) are saved one PDF per customer in {folder}."
            ).format(count=grouped(len(letters)), folder=each)
        )
        self._confirm_sent(letters, LetterOutput.PDF, saved, template, rendered.copies)

    def _progress(self, text: str, steps: int) -> tuple[QProgressDialog, Callable[[], bool]]:
        """A progress dialog with Stop for painting on the UI thread, and its step function."""
        dialog = QProgressDialog(text, self.tr("Stop"), 0, steps, self)
        dialog.setWindowTitle(self.tr("Letters"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        done = [0]

        def step() -> bool:
            # A modal progress dialog handles the window's events when its value changes:
            # the window repaints, and Stop is heard.
            done[0] += 1
            dialog.setValue(done[0])
            return not dialog.wasCanceled()

        return dialog, step

    def _confirm_sent(
        self,
        letters: list[Letter],
        output: LetterOutput,
        said: str,
        template: str | None = None,
        copies: tuple[SentLetter, ...] = (),
    ) -> None:
        """Sent means confirmed: a customer counts as told only when the person says so."""
        count = len(letters)
        if not self.can_mark_sent:
            self._report(
                self.tr(
                    "{count} letter(s) written; the database is read-only, so they are not "
                    "marked as sent."
                ).format(count=grouped(count))
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Mark the letters as sent?"),
            f"{said}\n\n"
            + self.tr(
                "Mark them as sent? Each customer then counts as told, and a copy of their "
                "letter is kept with them. Answer No if they still need checking: they stay "
                "owed, and you can print or save them again."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self._report(
                self.tr("{count} letter(s) written, not marked as sent: they stay owed.").format(
                    count=grouped(count)
                )
            )
            return
        self._log(letters, template or self.choice()["template"], output, copies)

    def _log(
        self,
        letters: list[Letter],
        template: str,
        output: LetterOutput,
        copies: tuple[SentLetter, ...],
    ) -> None:
        info = next(i for i in self.info if i.name == template)
        if not copies:
            # Each customer's own copy, kept with them in the log.
            dialog, step = self._progress(self.tr("Keeping a copy of each letter…"), len(letters))
            try:
                copies = tuple(
                    SentLetter(
                        letter.data.entry.id, letter.data.customer.id,
                        write_pdf([letter], progress=step)[0], flag=letter.data.flag,
                    )
                    for letter in letters
                )  # fmt: skip
            except LettersCancelled:
                self._report(self.tr("Stopped: nobody was marked as told."))
                return
            finally:
                dialog.reset()
                dialog.deleteLater()
        marked = self.tr("{count} letter(s) marked as sent.")
        self.tasks.write(
            lambda session: log_sent(
                session, list(copies), template=info.name, reason=info.reason, output=output,
                tells_flag=info.tells_flag,
            ),
            title=self.tr("Marking {count} letter(s) as sent").format(count=grouped(len(copies))),
            changes=frozenset({Changed.LETTERS}),
            done=lambda result: self._report(marked.format(count=grouped(result.count))),
            error_title=self.tr("The letters were written but not marked as sent"),
        )  # fmt: skip

    def _report(self, message: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(message, 10_000)

    def edit_template(self) -> None:
        try:
            with self.db.reading() as session:
                staff.require(session, StaffRole.MANAGER, "Editing a letter template")
        except NotAllowedError as refused:
            QMessageBox.warning(self, self.tr("Letter templates"), str(refused))
            return
        chosen = self.choice()
        sample = self.letters[self.recipients.currentRow()] if self.letters else None
        editor = TemplateEditor(chosen["template"], sample.data if sample else None, self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            name, saved_as = chosen["template"], str(editor.saved_as)
            self.tasks.write(
                lambda session: record_template_saved(session, name, saved_as),
                title=self.tr("Saving the template"), changes=frozenset({Changed.LETTERS}),
            )  # fmt: skip
            self._filled = False
            self.refresh()


def language_name(code: str) -> str:
    """ "ja" -> "Japanese" in the window's language ("Japanisch", "japonais"), from CLDR
    (Babel)."""
    from babel import Locale

    return str(Locale(current_language()).languages.get(code, code))

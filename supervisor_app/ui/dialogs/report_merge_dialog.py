"""Reports → Combine transparency reports…: one report for the organisation from its vaults.

Each vault's report (JSON or CSV, as ``report transparency`` or the Reports page writes it)
is read and added up on the vault worker (services/report_merge.py), which refuses reports
of different periods or policies with a sentence. The result is saved as PDF, CSV or JSON.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.domain.errors import UserFacingError
from supervisor_app.printing import documents_pdf
from supervisor_app.services.files import write_bytes, write_text
from supervisor_app.services.report_merge import (
    MergedReport,
    MixedPolicies,
    VaultReport,
    merge_files,
)
from supervisor_app.ui.core.messages import error_label
from supervisor_app.ui.core.operations import Ops
from supervisor_app.ui.core.sizing import grow_to_fit
from supervisor_app.ui.words.error_text import error_text
from supervisor_app.ui.words.time_format import local_date

FORMATS = ("pdf", "csv", "json")


class MergeReportsDialog(QDialog):
    """The vaults' report files, the format and language, and Combine and save…."""

    def __init__(
        self,
        ops: Ops,
        dialog_actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Combine transparency reports"))
        self.setMinimumSize(600, 420)
        self._ops = ops
        self.merged: MergedReport | None = None
        self.saved_to: Path | None = None
        self.addActions(list(dialog_actions))

        intro = QLabel(
            self.tr(
                "Add the transparency report of each vault (the JSON or CSV file it wrote for "
                "the same period). They are added up into one report for the whole "
                "organisation, which lists every vault it includes. Reports of different "
                "periods or made under different recording policies cannot be combined."
            )
        )
        intro.setWordWrap(True)
        self.files = QListWidget()
        self.add_button = QPushButton(self.tr("&Add reports…"))
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.clicked.connect(self.remove_selected)
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(self.add_button)
        file_buttons.addWidget(self.remove_button)
        file_buttons.addStretch()
        file_row = QHBoxLayout()
        file_row.addWidget(self.files, 1)
        file_row.addLayout(file_buttons)
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("PDF document"), "pdf")
        self.format_combo.addItem(self.tr("CSV (spreadsheet)"), "csv")
        self.format_combo.addItem(self.tr("JSON"), "json")
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Dutch"), "nl")
        self.language_combo.addItem(self.tr("English"), "en")
        # The interface's language first: the works council reads what the privacy officer does.
        if not QLocale().name().startswith("nl"):
            self.language_combo.setCurrentIndex(1)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format_combo)
        form.addRow(self.tr("&Language:"), self.language_combo)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.combine_button = QPushButton(self.tr("&Combine and save…"))
        self.combine_button.setDefault(True)
        self.buttons.addButton(self.combine_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.combine_button.clicked.connect(self.choose_output)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row, 1)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._update_buttons()
        self.files.itemSelectionChanged.connect(self._update_buttons)

    # --- the files ----------------------------------------------------------------------------

    def choose_files(self) -> None:
        """Add report files of vaults."""
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Transparency reports of the vaults"),
            str(Path.home()),
            self.tr("Transparency reports (*.json *.csv);;All files (*)"),
        )
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: Sequence[Path]) -> None:
        """Add these report files to the list (each once)."""
        present = {self.files.item(i).text() for i in range(self.files.count())}
        for path in paths:
            if str(path) not in present:
                self.files.addItem(str(path))
        self._update_buttons()

    def remove_selected(self) -> None:
        """Take the selected files off the list."""
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self._update_buttons()

    def paths(self) -> list[Path]:
        """The report files, in the order they were added."""
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    # --- combining ----------------------------------------------------------------------------

    def chosen_format(self) -> str:
        """pdf, csv or json."""
        return str(self.format_combo.currentData())

    def choose_output(self) -> None:
        """Ask where to save the organisation's report, then combine and save."""
        fmt = self.chosen_format()
        suggested = Path.home() / f"{self.tr('transparency-report-organisation')}.{fmt}"
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the combined report"), str(suggested), f"*.{fmt}"
        )
        if name:
            self.combine(Path(name))

    def combine(self, target: Path) -> None:
        """Read and add up the reports on the worker, then save the result at target."""
        paths, fmt = self.paths(), self.chosen_format()
        self.combine_button.setEnabled(False)
        self.error.hide()
        self.outcome.hide()
        self._ops.query(
            self,
            lambda _s: merge_files(paths),
            lambda merged: self._save(merged, target, fmt),
            failed=self._failed,
            after=self._update_buttons,
        )

    def _save(self, merged: MergedReport, target: Path, fmt: str) -> None:
        self.merged = merged
        language = str(self.language_combo.currentData())
        try:
            if fmt == "json":
                write_text(target, json.dumps(merged.to_json(), indent=2, ensure_ascii=False))
            elif fmt == "csv":
                write_bytes(target, merged.to_csv().encode("utf-8"))
            else:
                # Qt draws the PDF, on this thread; a report of a few pages takes a moment.
                QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                try:
                    documents_pdf.write_pdf(
                        merged.html(language),
                        target,
                        merged.title(language),
                        merged.footer(language),
                    )
                finally:
                    QGuiApplication.restoreOverrideCursor()
        except UserFacingError as exc:
            self._failed(exc)
            return
        self.saved_to = target
        lines = [
            self.tr("Saved as {file}: the reports of {n} vaults for {start} to {end}.").format(
                file=target.name,
                n=len(merged.vaults),
                start=local_date(merged.period_from),
                end=local_date(merged.period_to),
            )
        ]
        for vault in merged.vaults:
            state = self.tr("log verified") if vault.audit_verified else self.tr("log NOT verified")
            lines.append(f"{vault.vault_id} · {state} · {vault.file}")
        self.outcome.setText("\n".join(lines))
        self.outcome.show()
        grow_to_fit(self)

    def _failed(self, exc: UserFacingError) -> None:
        self.error.setText(self._sentence(exc))
        self.error.show()
        grow_to_fit(self)

    def _sentence(self, exc: UserFacingError) -> str:
        """Why the reports were not combined, in the interface language.

        Differing policies are named in the reader's words here; every other refusal is a code.
        """
        if isinstance(exc, MixedPolicies):
            return self.tr(
                "The reports were made under different recording policies: {first} under "
                "{first_policy}, {other} under {other_policy}; import the same policy file "
                "into every vault and make the reports again."
            ).format(
                first=exc.first.file,
                first_policy=self._policy_words(exc.first),
                other=exc.other.file,
                other_policy=self._policy_words(exc.other),
            )
        return error_text(exc)

    def _policy_words(self, report: VaultReport) -> str:
        organisation = report.organisation or self.tr("(no organisation)")
        if report.organisation_version is None:
            text = self.tr("a policy of “{organisation}” not imported from a numbered file")
        else:
            text = self.tr("version {n} of the policy of “{organisation}”")
        words = text.format(organisation=organisation, n=report.organisation_version)
        return self.tr("{policy} (content {hash})").format(
            policy=words, hash=report.policy_sha256[:12]
        )

    def _format_changed(self) -> None:
        self.language_combo.setEnabled(self.chosen_format() == "pdf")

    def _update_buttons(self) -> None:
        self.combine_button.setEnabled(self.files.count() >= 2)
        self.remove_button.setEnabled(bool(self.files.selectedItems()))

"""A new passphrase typed twice, with live feedback on its strength."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from supervisor_app.domain.errors import InputError
from supervisor_app.services.passphrase import MIN_LENGTH, check_strength
from supervisor_app.ui.core.messages import ERROR_STYLE
from supervisor_app.ui.words.error_text import error_text

OK_STYLE = "color: #1e7b34;"


class NewPassphraseFields(QObject):
    """Two password fields and a feedback line, to be placed in a form.

    Signals:
        changed(): the verdict may have changed; ask ``is_acceptable()``.
    """

    changed = Signal()

    def __init__(self, user_inputs: Callable[[], list[str]], parent: QWidget) -> None:
        super().__init__(parent)
        self._user_inputs = user_inputs
        self._acceptable = False
        self.first = QLineEdit(parent)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit(parent)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.feedback = QLabel(parent)
        self.feedback.setWordWrap(True)
        # zxcvbn takes a few milliseconds; wait for a pause in typing before judging.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.evaluate)
        self.first.textChanged.connect(self._schedule)
        self.second.textChanged.connect(self._schedule)
        self._show(
            self.tr("Use at least {n} characters, for example four unrelated words.").format(
                n=MIN_LENGTH
            ),
            "",
        )

    def add_rows(self, form: QFormLayout) -> None:
        """Put the fields into form with their labels."""
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Repeat passphrase:"), self.second)
        form.addRow("", self.feedback)

    def passphrase(self) -> str:
        """The passphrase as typed."""
        return self.first.text()

    def is_acceptable(self) -> bool:
        """Whether the passphrase is strong enough and typed the same twice."""
        return self._acceptable

    def clear(self) -> None:
        """Forget what was typed."""
        self.first.clear()
        self.second.clear()

    def _schedule(self) -> None:
        self._acceptable = False
        self.changed.emit()
        self._timer.start()

    def evaluate(self) -> None:
        """Judge the passphrase now and update the feedback line."""
        text = self.first.text()
        self._acceptable = False
        if not text:
            self._show(
                self.tr("Use at least {n} characters, for example four unrelated words.").format(
                    n=MIN_LENGTH
                ),
                "",
            )
        elif len(text) < MIN_LENGTH:
            self._show(
                self.tr("Too short: use at least {n} characters.").format(n=MIN_LENGTH), ERROR_STYLE
            )
        else:
            try:
                check_strength(text, self._user_inputs())
            except InputError as exc:
                self._show(
                    self.tr(
                        "Too easy to guess: add more unrelated words and avoid "
                        "names and well-known phrases."
                    ),
                    ERROR_STYLE,
                    error_text(exc),
                )
            else:
                if self.second.text() == text:
                    self._acceptable = True
                    self._show(self.tr("Strong enough."), OK_STYLE)
                elif self.second.text():
                    self._show(
                        self.tr("Strong enough, but the two passphrases differ."), ERROR_STYLE
                    )
                else:
                    self._show(self.tr("Strong enough. Now type it once more."), OK_STYLE)
        self.changed.emit()

    def _show(self, text: str, style: str, detail: str = "") -> None:
        self.feedback.setText(text)
        self.feedback.setStyleSheet(style)
        # The strength checker's own hint is English only; it is offered as a tooltip.
        self.feedback.setToolTip(detail)

"""First-run wizard: where the vault goes, the first administrator, the recovery key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from supervisor_app import APP_NAME
from supervisor_app.domain.errors import InputError, UserFacingError
from supervisor_app.domain.people import check_user_name
from supervisor_app.services import setup
from supervisor_app.services.setup import is_vault
from supervisor_app.services.types import KdfParams
from supervisor_app.ui.core.focus_order import follow_layout
from supervisor_app.ui.core.messages import error_label
from supervisor_app.ui.core.tasks import TaskRunner
from supervisor_app.ui.session.passphrase_fields import NewPassphraseFields
from supervisor_app.ui.session.recovery_key import RecoveryKeyView
from supervisor_app.ui.words.error_text import error_text


class IntroPage(QWizardPage):
    """What the app does and what the wizard will ask."""

    open_existing_requested = Signal(Path)

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to {app}").format(app=APP_NAME))
        text = QLabel(
            self.tr(
                "<p>This app keeps a small sample of recorded customer calls in an encrypted "
                "vault on this computer. Only people with a listening role can play a call, and "
                "only for a documented purpose. Every listen is logged, and the agent is told "
                "afterwards.</p>"
                "<p>In three short steps this wizard:</p>"
                "<ol><li>asks where to keep the vault;</li>"
                "<li>makes you its first administrator, with your own passphrase;</li>"
                "<li>shows the recovery key, for you to print or write down.</li></ol>"
            )
        )
        text.setWordWrap(True)
        open_button = QPushButton(self.tr("Open an existing vault…"))
        open_button.clicked.connect(self._open_existing)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Already have a vault?")))
        row.addWidget(open_button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addStretch()
        layout.addLayout(row)

    def _open_existing(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the vault folder"))
        if not chosen:
            return
        if is_vault(Path(chosen)):
            self.open_existing_requested.emit(Path(chosen))
        else:
            QMessageBox.information(
                self,
                self.tr("No vault there"),
                self.tr(
                    "That folder holds no vault. Choose the folder that contains "
                    "vault.db and keyslots.json."
                ),
            )


class LocationPage(QWizardPage):
    """Where the vault folder goes."""

    def __init__(self, default_folder: Path) -> None:
        super().__init__()
        self.setTitle(self.tr("Vault location"))
        self.setSubTitle(
            self.tr(
                "The vault is a folder with two files. Choose a new or empty folder on this "
                "computer; back it up like any other important folder."
            )
        )
        self.folder_edit = QLineEdit(str(default_folder))
        self.folder_edit.textChanged.connect(self.completeChanged)
        choose = QPushButton(self.tr("&Choose…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(choose)
        self.error = error_label()
        form = QFormLayout(self)
        # A label beside a layout gets no buddy from QFormLayout, so its "&" would show as
        # written; with the line edit as buddy it underlines the F (or M) and Alt+F works.
        label = QLabel(self.tr("&Folder:"))
        label.setBuddy(self.folder_edit)
        form.addRow(label, row)
        form.addRow("", self.error)

    def folder(self) -> Path:
        """The chosen folder."""
        return Path(self.folder_edit.text().strip()).expanduser()

    def isComplete(self) -> bool:
        """Whether a folder was given."""
        return bool(self.folder_edit.text().strip())

    def validatePage(self) -> bool:
        """Refuse a folder that already holds a vault or other files."""
        folder = self.folder()
        message = ""
        if is_vault(folder):
            message = self.tr(
                "This folder already holds a vault. Go back and choose "
                "“Open an existing vault…”, or choose another folder."
            )
        elif folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            message = self.tr("This folder is not empty; choose a new or empty folder.")
        self.error.setText(message)
        self.error.setVisible(bool(message))
        return not message

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder for the vault"), str(self.folder().parent)
        )
        if chosen:
            self.folder_edit.setText(chosen)


class AdministratorPage(QWizardPage):
    """The first administrator; Next creates the vault in the worker."""

    def __init__(self, runner: TaskRunner, kdf: KdfParams | None) -> None:
        super().__init__()
        self._runner = runner
        self._kdf = kdf
        self._running = False
        self.created_as = ""
        self.recovery_key = ""
        self.setTitle(self.tr("First administrator"))
        self.setSubTitle(
            self.tr(
                "The administrator manages people and policy. Choose a passphrase you can "
                "remember: nobody can look it up for you."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create vault"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("for example anna"))
        self.display_edit = QLineEdit()
        self.display_edit.setPlaceholderText(self.tr("for example Anna de Vries"))
        self.passphrase = NewPassphraseFields(self._user_inputs, self)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("&User name:"), self.name_edit)
        form.addRow(self.tr("&Display name:"), self.display_edit)
        self.passphrase.add_rows(form)
        form.addRow("", self.status)
        form.addRow("", self.progress)
        form.addRow("", self.error)
        self.name_edit.textChanged.connect(self.completeChanged)
        self.passphrase.changed.connect(self.completeChanged)

    def initializePage(self) -> None:
        """Tab from the user name down; the wizard then puts the focus in the user name."""
        # The passphrase fields were parented before the name rows above them, so Qt's Tab
        # order started in the passphrase. Set here, not in __init__: adding the page to the
        # wizard reparents it, which rebuilds the order. The wizard focuses the page's first
        # field in Tab order once this has run.
        follow_layout(self)

    @property
    def running(self) -> bool:
        """Whether the worker is creating the vault right now."""
        return self._running

    def _user_inputs(self) -> list[str]:
        return [self.name_edit.text(), self.display_edit.text()]

    def isComplete(self) -> bool:
        """Whether the vault can be created with what was typed."""
        return (
            not self._running
            and bool(self.name_edit.text().strip())
            and self.passphrase.is_acceptable()
        )

    def validatePage(self) -> bool:
        """Start creating the vault; the wizard moves on when the worker is done."""
        if self.created_as:
            return True
        try:
            name = check_user_name(self.name_edit.text())
        except InputError as exc:
            self._fail(exc)
            return False
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        folder = wizard.location_page.folder()
        display = self.display_edit.text()
        passphrase = self.passphrase.passphrase()
        kdf = self._kdf

        def create() -> str:
            session, recovery = setup.create(
                folder, name, passphrase, display_name=display, kdf=kdf
            )
            # The session's connection belongs to this worker thread: close it here. The
            # administrator then unlocks on the GUI thread like on every later start.
            session.lock()
            return recovery

        self._set_running(True)
        self._runner.run(create, lambda key: self._created(name, key), self._fail, owner=self)
        return False

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.progress.setVisible(running)
        self.status.setText(
            self.tr("Creating the vault and protecting it with your passphrase…") if running else ""
        )
        for widget in (
            self.name_edit,
            self.display_edit,
            self.passphrase.first,
            self.passphrase.second,
        ):
            widget.setEnabled(not running)
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None:
            # QWizard re-enables these on its own page changes; while the worker writes the
            # vault, going back or cancelling would leave it half-explained.
            for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
                wizard.button(button).setEnabled(not running)

    def _created(self, name: str, recovery_key: str) -> None:
        self.created_as = name
        self.recovery_key = recovery_key
        self.passphrase.clear()
        self._set_running(False)
        self.wizard().next()

    def _fail(self, exc: UserFacingError) -> None:
        self._set_running(False)
        self.error.setText(error_text(exc))
        self.error.show()


class RecoveryKeyPage(QWizardPage):
    """Shows the recovery key once; Finish needs the confirmation box ticked."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(
            self.tr(
                "If every administrator forgets their passphrase, this key is the only way back "
                "into the vault. It is shown only now."
            )
        )
        self.key_view = RecoveryKeyView()
        advice = QLabel(
            self.tr(
                "Print it or write it down and keep it locked away, apart from this computer. "
                "Anyone with this key and a copy of the vault can read it."
            )
        )
        advice.setWordWrap(True)
        self.confirm = QCheckBox(self.tr("I have stored the recovery key somewhere safe"))
        self.registerField("stored*", self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(self.key_view)
        layout.addWidget(advice)
        layout.addStretch()
        layout.addWidget(self.confirm)

    def initializePage(self) -> None:
        """Show the key the previous page received."""
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        self.key_view.set_key(wizard.admin_page.recovery_key)


class SetupWizard(QWizard):
    """Creates a vault and its first administrator.

    Signals:
        open_existing_requested(Path): the user picked an existing vault instead.
    """

    open_existing_requested = Signal(Path)

    def __init__(
        self,
        default_folder: Path,
        runner: TaskRunner,
        *,
        kdf: KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up {app}").format(app=APP_NAME))
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setMinimumSize(640, 480)
        self.intro_page = IntroPage()
        self.location_page = LocationPage(default_folder)
        self.admin_page = AdministratorPage(runner, kdf)
        self.recovery_page = RecoveryKeyPage()
        for page in (self.intro_page, self.location_page, self.admin_page, self.recovery_page):
            self.addPage(page)
        self.intro_page.open_existing_requested.connect(self.open_existing_requested)

    @property
    def vault_folder(self) -> Path:
        """The folder the vault was (or will be) created in."""
        return self.location_page.folder()

    @property
    def admin_name(self) -> str:
        """The first administrator's user name, once the vault exists."""
        return self.admin_page.created_as

    def reject(self) -> None:
        """Cancel, unless the vault is being made or exists and its key is not yet stored."""
        if self.admin_page.running or self.admin_page.created_as:
            return
        super().reject()

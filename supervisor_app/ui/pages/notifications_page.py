"""The Notifications page: notices to agents by state, overdue ones first and in red; send them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from enum import IntEnum
from pathlib import Path
from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from supervisor_app.domain.errors import UserFacingError
from supervisor_app.domain.notifications import Channel, Item, State
from supervisor_app.domain.people import Team
from supervisor_app.domain.roles import Role
from supervisor_app.services.letters import Letter
from supervisor_app.services.notifications import SENDER_ROLES
from supervisor_app.services.registry import Services
from supervisor_app.services.types import ItemFilter
from supervisor_app.ui.core.messages import show_error
from supervisor_app.ui.core.operations import Change, Ops, follow_changes
from supervisor_app.ui.core.tables import table_view
from supervisor_app.ui.dialogs.notice_actions import NoticeSender
from supervisor_app.ui.dialogs.notice_dialogs import NoteDialog, SendDialog
from supervisor_app.ui.dialogs.notice_panel import file_stem
from supervisor_app.ui.dialogs.receipt_dialog import ReceiptDialog
from supervisor_app.ui.models.notifications_model import NotificationsModel
from supervisor_app.ui.pages.listen_log_page import _fill
from supervisor_app.ui.policy.policy_fields import NOTE_STYLE, note_label
from supervisor_app.ui.words.notice_labels import OVERDUE_COLOUR

SHOWN_LIMIT: Final = 2000


class View(IntEnum):
    """The tabs, in their order."""

    PENDING = 0
    OVERDUE = 1
    SENT = 2
    ACKNOWLEDGED = 3
    ALL = 4


class NotificationsPage(QWidget):
    """Notices by state, filtered by agent and team, with the actions that move them on."""

    def __init__(
        self,
        ops: Ops,
        sender: NoticeSender,
        dialog_actions: Sequence[QAction] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self._sender = sender
        self._dialog_actions = list(dialog_actions)
        title = self.tr("Notifications")  # outside the f-string, where lupdate finds it
        heading = QLabel(f"<h2>{title}</h2>")
        about = note_label(
            self.tr(
                "Agents are told afterwards when one of their calls is recorded, listened to or "
                "destroyed. Send each notice before its deadline; overdue notices are red."
            )
        )
        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        for text in (
            self.tr("Pending"),
            self.tr("Overdue"),
            self.tr("Sent"),
            self.tr("Acknowledged"),
            self.tr("All"),
        ):
            self.tabs.addTab(text)
        self.tabs.currentChanged.connect(self.reload)

        self.agent_combo = QComboBox()
        self.team_combo = QComboBox()
        for combo in (self.agent_combo, self.team_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.reload)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        bar = QHBoxLayout()
        for text, widget in (
            (self.tr("A&gent:"), self.agent_combo),
            (self.tr("&Team:"), self.team_combo),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            bar.addWidget(caption)
            bar.addWidget(widget)
        bar.addWidget(self.clear_button)
        bar.addStretch()

        self.model = NotificationsModel()
        self.view = table_view(self.model)
        self.view.setWordWrap(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.doubleClicked.connect(lambda _index: self.send_selected())
        self.count_label = QLabel()
        self.count_label.setStyleSheet(NOTE_STYLE)
        self.send_dialog: SendDialog | None = None

        self.send_button = QPushButton(self.tr("&Send…"))
        self.send_button.setToolTip(self.tr("Mail, save, print or copy the selected notice"))
        self.send_button.clicked.connect(self.send_selected)
        self.outside_button = QPushButton(self.tr("Mark as sent &outside the app…"))
        self.outside_button.clicked.connect(self.mark_outside_selected)
        self.digests_button = QPushButton(self.tr("Save digests as .&eml…"))
        self.digests_button.setToolTip(
            self.tr(
                "Save one e-mail file per selected weekly digest into a folder, to send from "
                "your mail program, and record each as sent"
            )
        )
        self.digests_button.clicked.connect(self.save_digests_selected)
        self.acknowledged_button = QPushButton(self.tr("Mark &acknowledged…"))
        self.acknowledged_button.clicked.connect(self.mark_acknowledged_selected)
        self.receipt_button = QPushButton(self.tr("Check a &receipt…"))
        self.receipt_button.clicked.connect(self.check_receipt)
        actions = QHBoxLayout()
        for button in (
            self.send_button,
            self.outside_button,
            self.digests_button,
            self.acknowledged_button,
        ):
            actions.addWidget(button)
        actions.addStretch()
        actions.addWidget(self.receipt_button)
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet(NOTE_STYLE)
        self.saved_label.setWordWrap(True)
        self.saved_label.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(about)
        layout.addWidget(self.tabs)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        layout.addLayout(actions)
        layout.addWidget(self.saved_label)

        for button in (self.send_button, self.outside_button, self.digests_button):
            button.setVisible(self.may_send)
        self.acknowledged_button.setVisible(self.may_send)
        self.receipt_button.setVisible(self.may_check_receipts)
        # Listens, imports, purges and other windows add and move notices.
        follow_changes(ops, self, {Change.NOTICES, Change.PEOPLE}, self.refresh)
        self.refresh()

    # --- who may do what ---------------------------------------------------------------------

    @property
    def may_send(self) -> bool:
        """Whether the user may record notices as sent or acknowledged."""
        user = self.ops.services.session.user
        return any(user.has(role) for role in SENDER_ROLES)

    @property
    def may_check_receipts(self) -> bool:
        """Whether the user may check receipt codes (administrators and auditors)."""
        user = self.ops.services.session.user
        return user.has(Role.ADMINISTRATOR) or user.has(Role.AUDITOR)

    # --- reading -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Read again whenever the page comes into view: deadlines pass while it is away."""
        self.refresh()
        super().showEvent(event)

    def show_view(self, view: View) -> None:
        """Switch to a tab (e.g. Overdue, from the dashboard or at unlock)."""
        if self.tabs.currentIndex() == view:
            self.reload()
        else:
            self.tabs.setCurrentIndex(view)

    def refresh(self) -> None:
        """Read the filter choices again (on the vault worker), then the notices."""

        def choices(s: Services) -> tuple[list[tuple[str, int]], list[Team]]:
            # Every agent the user may see (the notices themselves could be thousands).
            agents = sorted(
                ((a.name, a.id) for a in s.people.agents()), key=lambda a: a[0].casefold()
            )
            return agents, sorted(s.people.teams(), key=lambda t: t.name.casefold())

        self.ops.query(self, choices, self._show_choices)

    def _show_choices(self, found: tuple[list[tuple[str, int]], list[Team]]) -> None:
        agents, teams = found
        _fill(self.agent_combo, self.tr("All agents"), [(n, i) for n, i in agents])
        _fill(self.team_combo, self.tr("All teams"), [(t.name, t.id) for t in teams])
        self.reload()

    def current_filter(self, now: dt.datetime) -> ItemFilter:
        """The filter the tab and the bar describe (read on the GUI thread)."""
        view = View(self.tabs.currentIndex())
        states = {
            View.PENDING: frozenset({State.PENDING}),
            View.SENT: frozenset({State.SENT}),
            View.ACKNOWLEDGED: frozenset({State.ACKNOWLEDGED}),
        }.get(view)
        team = self.team_combo.currentData()
        return ItemFilter(
            states=states,
            agent_id=self.agent_combo.currentData(),
            team_ids=frozenset({team}) if team is not None else None,
            overdue_at=now if view is View.OVERDUE else None,
        )

    def reload(self) -> None:
        """Show the notices of the chosen tab and filters; count the overdue ones on their tab."""
        # The widgets are read here, on the GUI thread; the worker only gets the values. The
        # overdue tab's moment is the service's "now", fixed in the worker.
        chosen = self.current_filter(dt.datetime.now(dt.UTC))

        def read(s: Services) -> tuple[list[Item], dt.datetime, int]:
            now = s.notifications.now()
            wanted = replace(chosen, overdue_at=now) if chosen.overdue_at else chosen
            items = s.notifications.items(wanted, SHOWN_LIMIT)
            return items, now, s.notifications.overdue_count()

        self.ops.query(self, read, self._show)

    def _show(self, found: tuple[list[Item], dt.datetime, int]) -> None:
        items, now, overdue = found
        chosen = {i.id for i in self.selected()}
        self.model.set_items(items, now)
        self.select_ids(sorted(chosen))
        self.tabs.setTabText(
            View.OVERDUE,
            self.tr("Overdue ({n})").format(n=overdue) if overdue else self.tr("Overdue"),
        )
        # Red while anything is overdue; the tab's usual colour once nothing is.
        self.tabs.setTabTextColor(
            View.OVERDUE,
            QColor(OVERDUE_COLOUR)
            if overdue
            else self.palette().color(QPalette.ColorRole.WindowText),
        )
        if not items:
            text = self.tr("No notice matches.")
        elif len(items) == 1:
            text = self.tr("1 notice")
        else:
            text = self.tr("{n} notices").format(n=len(items))
        self.count_label.setText(text)
        self._selection_changed()

    def clear_filters(self) -> None:
        """Show every agent and team again."""
        for combo in (self.agent_combo, self.team_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.reload()

    def selected(self) -> list[Item]:
        """The notices selected in the table, in table order."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.item_at(row) for row in rows]

    def select_ids(self, item_ids: Sequence[int]) -> None:
        """Select the rows of these notices (tests and after an action)."""
        wanted = set(item_ids)
        selection = self.view.selectionModel()
        selection.clearSelection()
        for row in range(self.model.rowCount()):
            if self.model.item_at(row).id in wanted:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

    def _selection_changed(self) -> None:
        chosen = self.selected()
        pending = [i for i in chosen if i.state is State.PENDING]
        self.send_button.setEnabled(len(chosen) == 1 and len(pending) == 1)
        self.outside_button.setEnabled(bool(pending) and len(pending) == len(chosen))
        self.digests_button.setEnabled(
            bool(pending) and all(i.is_digest for i in chosen) and len(pending) == len(chosen)
        )
        self.acknowledged_button.setEnabled(
            bool(chosen) and all(i.state is State.SENT for i in chosen)
        )

    # --- actions -----------------------------------------------------------------------------

    def send_selected(self) -> None:
        """Open the letter of the one selected pending notice with every way to send it."""
        chosen = self.selected()
        if len(chosen) != 1 or chosen[0].state is not State.PENDING or not self.may_send:
            return
        item = chosen[0]
        self._sender.letter(self, item.id, lambda letter: self._open_send(item, letter))

    def _open_send(self, item: Item, letter: Letter) -> None:
        dialog = SendDialog(self._sender, item, letter, self._dialog_actions, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.send_dialog = dialog
        dialog.open()

    def mark_outside_selected(self) -> NoteDialog | None:
        """Record the selected notices as handed over outside the app, with one note."""
        chosen = [i for i in self.selected() if i.state is State.PENDING]
        if not chosen:
            return None
        names = _names(chosen)
        return self._ask_note(
            self.tr("Mark as sent outside the app"),
            self.tr(
                "Record that these {n} notices reached the agents outside the app ({names}). "
                "Say how, for example “handed over at the team meeting of 3 December”."
            ).format(n=len(chosen), names=names)
            if len(chosen) != 1
            else self.tr(
                "Record that the notice reached {names} outside the app. Say how, for example "
                "“handed over in person on 3 December”."
            ).format(names=names),
            lambda note, done, failed: self._each(
                chosen,
                lambda s, i: s.notifications.mark_sent(
                    i.id, Channel.OUTSIDE, note, expected_receipt=i.receipt
                ),
                self.tr("Recorded {n} notices as sent."),
                done,
                failed,
            ),
            required=True,
            ok_text=self.tr("Mark as &sent"),
        )

    def mark_acknowledged_selected(self) -> NoteDialog | None:
        """Record that agents confirmed receiving the selected sent notices."""
        chosen = [i for i in self.selected() if i.state is State.SENT]
        if not chosen:
            return None
        return self._ask_note(
            self.tr("Mark as acknowledged"),
            self.tr(
                "Record that the agent confirmed receiving these notices ({names}). A note is "
                "optional, e.g. “signed copy in the personnel file”."
            ).format(names=_names(chosen)),
            lambda note, done, failed: self._each(
                chosen,
                lambda s, i: s.notifications.mark_acknowledged(i.id, note),
                self.tr("Recorded {n} notices as acknowledged."),
                done,
                failed,
            ),
            required=False,
            ok_text=self.tr("Mark &acknowledged"),
        )

    def save_digests_selected(self, folder: Path | None = None) -> None:
        """Save each selected pending digest as an .eml in a folder and record it as sent.

        Digests go to many agents at once, so they are saved as drafts to send from the
        mail program (opening one mail window per agent would bury the user); each is
        recorded as sent once its file is written, on the vault worker.
        """
        chosen = [i for i in self.selected() if i.state is State.PENDING and i.is_digest]
        if not chosen:
            return
        if folder is None:
            name = QFileDialog.getExistingDirectory(
                self, self.tr("Save the digests as e-mails in"), str(Path.home())
            )
            if not name:
                return
            folder = Path(name)
        where = folder

        def save(s: Services, item: Item) -> Item:
            letter = s.letters.letter(item.id)
            s.letters.write_eml(item.id, _free_name(where, file_stem(letter), "eml"))
            return s.notifications.mark_sent(item.id, Channel.EML, expected_receipt=letter.receipt)

        self._each(
            chosen,
            save,
            self.tr("Saved {n} digests in {folder} and recorded them as sent."),
            folder=folder,
        )

    def check_receipt(self) -> ReceiptDialog:
        """Open the receipt check."""
        dialog = ReceiptDialog(self.ops, self._dialog_actions, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _ask_note(
        self,
        title: str,
        about: str,
        action: Callable[[str, Callable[[], None], Callable[[UserFacingError], None]], None],
        *,
        required: bool,
        ok_text: str,
    ) -> NoteDialog:
        dialog = NoteDialog(
            title,
            about,
            action,
            required=required,
            ok_text=ok_text,
            dialog_actions=self._dialog_actions,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _each(
        self,
        items: Sequence[Item],
        action: Callable[[Services, Item], Item],
        done: str,
        finished: Callable[[], None] | None = None,
        failed: Callable[[UserFacingError], None] | None = None,
        folder: Path | None = None,
    ) -> None:
        """Apply action to each notice on the worker; stop at the first error, say how far."""

        def work(s: Services) -> tuple[int, UserFacingError | None]:
            count = 0
            for item in items:
                try:
                    action(s, item)
                except UserFacingError as exc:
                    return count, exc
                count += 1
            return count, None

        def over(result: tuple[int, UserFacingError | None]) -> None:
            count, error = result
            if count:
                self.saved_label.setText(done.format(n=count, folder=folder or ""))
                self.saved_label.show()
            if error is None:
                if finished is not None:
                    finished()
            elif failed is not None:
                failed(error)
            else:
                show_error(self, error)

        self.ops.change(self, work, over, changes={Change.NOTICES})


def _names(items: Sequence[Item]) -> str:
    names = sorted({i.agent_name for i in items}, key=str.casefold)
    return ", ".join(names)


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    """A file in folder that does not exist yet: stem.eml, else stem (2).eml and so on."""
    path = folder / f"{stem}.{suffix}"
    number = 2
    while path.exists():
        path = folder / f"{stem} ({number}).{suffix}"
        number += 1
    return path

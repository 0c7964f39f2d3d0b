"""The policy editor: a list of sections beside the chosen one; a policy in, a draft out.

There is a page per declared section of the policy, in the declaration's order, so a
section added to the policy gets its page here without a change.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from supervisor_app.domain.policy import Policy
from supervisor_app.domain.policy_schema import Records, declared
from supervisor_app.ui.policy.policy_fields import make_read_only
from supervisor_app.ui.policy.policy_section import SchemaSection, Section
from supervisor_app.ui.policy.policy_sections import PAGES
from supervisor_app.ui.policy.policy_widgets import Input, field_text
from supervisor_app.ui.policy.purposes_section import PurposesSection

_MISSING_COLOUR = QColor("#b3261e")
_DONE_COLOUR = QColor("#1e7b34")


class PolicyEditor(QWidget):
    """Every section of the policy, chosen from a list that shows what each still misses.

    A list rather than tabs: eight section names do not fit in a row beside the
    checklist, least of all in Dutch.

    Signals:
        changed(): the user changed a value.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, record: type[Policy] = Policy) -> None:
        super().__init__(parent)
        self.record = record
        self.section_list = QListWidget()
        self.section_list.setFixedWidth(170)
        self.section_list.setSpacing(1)
        self.stack = QStackedWidget()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.section_list)
        row.addWidget(self.stack, 1)
        self.section_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.pages: dict[str, Section] = {}
        titles = []
        for name, spec in declared(record):
            section: Section
            if isinstance(spec, Records):
                section = PurposesSection(record)
            else:
                page = PAGES.get(name)
                section = page(record) if page else SchemaSection((name,), record)
            self.pages[name] = section
            titles.append(field_text(spec.label))
        self.sections: list[Section] = list(self.pages.values())
        self._titles = dict(zip(map(id, self.sections), titles, strict=True))
        for section, title in zip(self.sections, titles, strict=True):
            if isinstance(section, PurposesSection):
                self.add_page(section, title)  # it scrolls its own form, beside the list
            else:
                scroll = QScrollArea()
                scroll.setWidgetResizable(True)
                scroll.setFrameShape(QScrollArea.Shape.NoFrame)
                scroll.setWidget(section)
                self.add_page(scroll, title)
            section.changed.connect(self.changed)
        self.section_list.setCurrentRow(0)
        self._base = Policy.empty()

    @property
    def purposes(self) -> PurposesSection:
        """The purposes page."""
        page = self.pages["purposes"]
        assert isinstance(page, PurposesSection)
        return page

    def page(self, name: str) -> Section:
        """The page of a top-level section, e.g. ``sampling``."""
        return self.pages[name]

    def input(self, key: str) -> Input:
        """The input of a field outside the purposes, e.g. ``sampling.rate``."""
        page = self.pages[key.split(".", 1)[0]]
        if not isinstance(page, SchemaSection):
            raise KeyError(key)
        return page.input(key)

    def add_page(self, page: QWidget, title: str) -> None:
        """Add a page with its name in the list."""
        item = QListWidgetItem(title)
        item.setSizeHint(QSize(0, 28))
        self.section_list.addItem(item)
        self.stack.addWidget(page)

    def count(self) -> int:
        """How many pages there are."""
        return self.stack.count()

    def current_index(self) -> int:
        """The page on show."""
        return self.stack.currentIndex()

    def set_current_index(self, index: int) -> None:
        """Show page number index."""
        self.section_list.setCurrentRow(index)

    def widget(self, index: int) -> QWidget | None:
        """Page number index."""
        return self.stack.widget(index)

    def set_policy(self, policy: Policy) -> None:
        """Show policy; the fields' values become the unchanged state."""
        self._base = policy
        for section in self.sections:
            section.set_policy(policy)

    def draft(self) -> Policy:
        """The policy as the fields say now."""
        policy = self._base
        for section in self.sections:
            policy = section.apply(policy)
        return policy

    def parse_errors(self) -> dict[str, str]:
        """Values the policy cannot hold, by key; saving waits until they are fixed."""
        errors: dict[str, str] = {}
        for section in self.sections:
            errors.update(section.parse_errors())
        return errors

    def touched_keys(self, draft: Policy) -> set[str]:
        """Keys of everything the user changed since the policy was shown."""
        keys: set[str] = set()
        for section in self.sections:
            keys |= section.touched_keys(draft)
        return keys

    def show_hints(self, hints: Mapping[str, str], draft: Policy) -> None:
        """Show each sentence under its field."""
        for section in self.sections:
            section.show_hints(hints, draft)

    def mark_section_counts(self, keys: list[str]) -> None:
        """Show beside each section name how many of its items are missing, or a tick."""
        for index, section in enumerate(self.sections):
            count = sum(1 for key in keys if section.owns(key))
            title = self._titles[id(section)]
            item = self.section_list.item(index)
            item.setText(f"{title}  ({count})" if count else f"{title}  ✓")
            item.setForeground(QBrush(_MISSING_COLOUR if count else _DONE_COLOUR))
            item.setToolTip(
                self.tr("{n} missing").format(n=count) if count else self.tr("Complete")
            )

    def section_for(self, key: str) -> Section | None:
        """The section with the field for key."""
        return next((s for s in self.sections if s.owns(key)), None)

    def focus_key(self, key: str) -> bool:
        """Show the tab with the field for key and put the cursor in it."""
        section = self.section_for(key)
        if section is None:
            return False
        index = self.sections.index(section)
        self.set_current_index(index)
        found = section.focus_key(key, self.draft())
        page = self.widget(index)
        widget = section.fields.get(key.rsplit(".", 1)[-1]) or section.fields.get(key)
        if found and isinstance(page, QScrollArea) and widget is not None:
            focused = QApplication.focusWidget()
            page.ensureWidgetVisible(focused if focused is not None else widget)
        self.changed.emit()  # the field's sentence shows now that it has been opened
        return found

    def set_read_only(self) -> None:
        """Show the values only; nothing can be changed."""
        for section in self.sections:
            make_read_only(section)

"""Keyboard order of dialogs: Tab follows what the eye reads, and the first field has the focus.

Qt's Tab order is the order in which widgets got their parent, not where the layout puts
them: a dialog whose buttons are built before its fields (``FormDialog``), or whose
passphrase fields are parented before the rows above them, tabs in an order nobody sees and
opens with the focus on a button or in the wrong field. ``follow_layout`` sets the order from
the layout instead.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLayout, QLayoutItem, QWidget


def follow_layout(root: QWidget) -> list[QWidget]:
    """Make Tab follow root's layout, top to bottom; the widgets in their new Tab order.

    Call it at the end of a dialog's constructor, then give the first field the user must
    fill the focus with ``setFocus()`` (a window that is not shown yet passes it on when it
    is activated). For a wizard page call it in ``initializePage``: adding the page to the
    wizard reparents it, which rebuilds the order; the wizard then focuses the page's first
    field in that order.
    """
    order = visual_order(root)
    for before, after in pairwise(order):
        QWidget.setTabOrder(before, after)
    return order


def visual_order(root: QWidget) -> list[QWidget]:
    """The widgets of root's layout that take Tab focus, in reading order."""
    found: list[QWidget] = []
    layout = root.layout()
    if layout is not None:
        _collect_layout(layout, found)
    return found


def _collect_layout(layout: QLayout, found: list[QWidget]) -> None:
    for item in _items(layout):
        widget = item.widget()
        inner = item.layout()
        if widget is not None:
            _collect_widget(widget, found)
        elif inner is not None:
            _collect_layout(inner, found)


def _collect_widget(widget: QWidget, found: list[QWidget]) -> None:
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        # A field (a line edit, a combo box, a date edit with its inner line edit): one stop.
        found.append(widget)
        return
    inner = widget.layout()
    if inner is not None:  # a container: its own fields, in its layout's order
        _collect_layout(inner, found)


def _items(layout: QLayout) -> list[QLayoutItem]:
    """The layout's items in reading order (a form by rows; a box as it lays them out)."""
    items: list[QLayoutItem] = []
    if isinstance(layout, QFormLayout):
        roles = (
            QFormLayout.ItemRole.LabelRole,
            QFormLayout.ItemRole.FieldRole,
            QFormLayout.ItemRole.SpanningRole,
        )
        for row in range(layout.rowCount()):
            for role in roles:
                item = layout.itemAt(row, role)
                if item is not None:
                    items.append(item)
        return items
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is not None:
            items.append(item)
    return items

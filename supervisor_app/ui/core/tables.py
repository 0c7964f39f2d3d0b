"""The tables of the pages: read-only rows, columns fitted once and then the user's to change.

Qt's ResizeToContents mode measures every row at every change (a second for a thousand rows
of the listen log) and leaves the user no way to widen a column. These tables fit their
columns to the first rows that arrive, once, and keep whatever the user (or a remembered
layout, ui/core/layout_memory.py) makes of them.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

# Rows measured when fitting a column: about a screenful.
FIT_ROWS: Final = 50
# Set on a table whose widths were restored from an earlier session.
RESTORED: Final = "layout_restored"


def table_view(model: QAbstractItemModel) -> QTableView:
    """A read-only, row-selecting table over model whose columns fit its first rows once."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setResizeContentsPrecision(FIT_ROWS)

    def fit() -> None:
        if view.property(RESTORED) or model.rowCount() == 0:
            return
        view.resizeColumnsToContents()
        view.setProperty(RESTORED, True)  # once: from now on the widths are the user's

    model.modelReset.connect(fit)
    model.rowsInserted.connect(fit)
    return view

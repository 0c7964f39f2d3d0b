"""Words of Qt's own dialogs that Qt's Dutch catalogue (qtbase_nl) lacks; ours supplies them.

Qt 6's file dialog labels its fields "&Look in:" and "Files of &type:", with accelerators, while
qtbase_nl still translates only the older "Look in:" and "Files of type:". Declared here in
Qt's own context, lupdate puts them in our translation files; Qt asks every installed
translator, so ours answers where Qt's has nothing.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP

FILE_DIALOG_WORDS: Final = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

"""Everything PySide6: windows, dialogs, pages, models and workers."""

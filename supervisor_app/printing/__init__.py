"""Documents as PDF and HTML files, drawn by Qt's text engine; used by the app and the CLI.

The one place outside ui/ that may import Qt, and only its GUI module's text and paint
classes: the command line prints documents without opening a window.
"""

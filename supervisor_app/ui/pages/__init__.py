"""The main window's pages and the Dashboard's cards."""

"""Supervisor App: listen to a sample of recorded calls lawfully."""

__version__ = "0.1.0"
APP_NAME = "Supervisor App"
APP_ID = "supervisor-app"

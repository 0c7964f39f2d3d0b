"""Dialogs and wizards opened from the pages: people, notices, requests, holds, imports."""

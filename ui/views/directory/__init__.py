"""The office-wide directory of people and organizations: its window and a record's page."""

from ui.views.directory.window import DirectoryWindow

__all__ = ["DirectoryWindow"]

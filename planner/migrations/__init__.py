"""Alembic migrations of the store.

``HEAD`` names the newest revision so that opening a store that is already current needs
neither Alembic nor a scan of this folder (a quarter of the app's start-up otherwise);
``tests/core/test_store.py`` fails when it differs from Alembic's own head.
"""

HEAD = "0012"

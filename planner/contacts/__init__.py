"""People and organizations in the files other programs exchange: CSV and vCard.

Pure conversions between bytes and :class:`~planner.contacts.draft.ContactDraft` values; the
database side (matching, merging, inserting) is :mod:`planner.directory`.
"""

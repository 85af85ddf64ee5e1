"""The office-wide directory of people and organizations, on the database side.

A person is not owned by a trip: the same mayor is met on many trips, so the directory is
where the office finds, imports, merges, exports and (under the GDPR) erases them. The file
formats themselves are :mod:`planner.contacts`; everything here takes a session and never
commits it, so each user action stays one transaction and one undo step.
"""

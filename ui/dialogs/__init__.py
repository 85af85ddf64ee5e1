"""Editors for the objects of a trip, each giving back a plain record from planner.records.

Every dialog is built as ``Dialog(context, record, parent)`` and run with the classmethod
``Dialog.ask(parent, context, record)``, which returns the edited record or None.
"""

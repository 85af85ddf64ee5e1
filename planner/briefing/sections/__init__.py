"""The parts of a briefing pack, one module each, in the order the pack prints them.

Each section is a function of a :class:`~planner.briefing.context.Context` returning its
flowables; the document (:mod:`planner.briefing.document`) strings them together and builds
the table of contents from the headings they contain.
"""

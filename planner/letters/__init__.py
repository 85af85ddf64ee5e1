"""Invitation letters and the official delegation list, as PDF and DOCX (issue 23).

``content`` reads what the documents say of the visit, the delegates and the inviter;
``labels`` holds their words; ``wording`` turns content into blocks of text in German,
English or Chinese; ``pdf`` and ``word`` lay the same blocks out; ``files`` writes them;
``command`` is ``planner letters``.
"""

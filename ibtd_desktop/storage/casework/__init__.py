"""Repository functions for case work: ORM in, frozen domain rows out.

Each function takes the unit of work's ``session`` and, when it writes, the acting user id
(stamped on the ``Audited`` columns). They flush but never commit: the service's unit of work
decides. They keep the FTS index (``storage.search_index``) in step with what they write.
"""

"""A page's child rows (authors, publishers, commissioners, editions, sessions) in the order
they are given.

Wagtail's InlinePanel numbers an Orderable's `sort_order` as the editor arranged the rows.
Code that builds the rows itself (the demo content, a spreadsheet import) numbers them here;
without it they share an empty `sort_order` and the database may return them in any order
(PostgreSQL did: a finder card named a publication's two authors in the other order than
the copy of the card kept from an earlier request)."""


def in_order(children):
    """`children` (Orderable rows, not saved yet) numbered in list order."""
    children = list(children)
    for position, child in enumerate(children):
        child.sort_order = position
    return children

"""The review site as HTML: page layout, redline items, one document's page, the index."""

from assembler.render.html.document import Counts, counts, document_page
from assembler.render.html.index import Entry, RoundEntry, index_page

__all__ = ["Counts", "Entry", "RoundEntry", "counts", "document_page", "index_page"]

"""One reading order: a document's change tree as the blocks every writer renders."""

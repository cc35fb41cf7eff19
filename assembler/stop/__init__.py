"""STOP export: an assembled regeling as a STOP besluit, and a change between two versions as a
``RegelingMutatie`` (Standaard Officiële Publicaties, tekst schema 1.1.0).

- :mod:`assembler.stop.ids`: ``eId`` (by structure and number) and ``wId`` (by stable id);
- :mod:`assembler.stop.identity`: the work and expression identifiers (AKN) of a regeling;
- :mod:`assembler.stop.regeling`: a document as ``BesluitCompact`` with a ``RegelingCompact``;
- :mod:`assembler.stop.mutation`: two versions as a besluit with a ``RegelingMutatie``.

Nothing here does I/O; the command line writes the bytes.
"""

"""Amending an instrument in force: frozen numbering, wijzigingsopdrachten, the consolidated text.

After a regeling is in force, a change is made by an instrument of its own (a
wijzigingsbesluit) whose instructions follow chapter 6 of the Aanwijzingen voor de regelgeving.
Everything here is derived from two assembled models aligned by id; nothing here does I/O or
knows about Word.
"""

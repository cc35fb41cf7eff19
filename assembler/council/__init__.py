"""Each raad's paperwork for a round: raadsvoorstel, raadsbesluit and collegebesluit.

:mod:`basis` gives the legal basis of a round's request; :mod:`facts` the facts one gemeente's
stukken are made from; :mod:`decisions` words the raadsbesluit and the collegebesluit,
:mod:`proposal` the raadsvoorstel; :mod:`paperwork` puts them in a package.
"""

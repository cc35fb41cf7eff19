"""Legal checks over the assembled model: Wgr, Awb, consistency, drafting conventions, versions.

Each rule family is a module that registers its rules with :func:`rule`; every finding has a
code, a severity (fout/waarschuwing), a Dutch message that says what is wrong and how to fix
it, and the source location of the provision or data entry involved.
"""

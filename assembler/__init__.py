"""assembler: stelt een Gemeenschappelijke Regeling en haar verordeningen samen uit clausules."""

__version__ = "0.1.0"

"""The round's way back: returned documents read in, reactions compared and applied."""

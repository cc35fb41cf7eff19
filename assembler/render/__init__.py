"""Writers: each turns the same assembled model into one output format."""

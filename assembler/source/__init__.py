"""Reading the sources: files from a tree, YAML with positions, validated project data."""

"""The ways in: the command line, the language server, the corpus index commands."""

"""Stage 2, text: the prose a reader reads (Markdown masked) and positions back into the file."""

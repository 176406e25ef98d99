"""Stage 1, reading: a draft's bytes, its front matter, and which files to lint."""

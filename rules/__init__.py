"""Built-in narrlint rules, one module per rule family, each a pluggy plugin."""

"""What narrlint knows: the fact ledger, the corpus of published articles and its index."""

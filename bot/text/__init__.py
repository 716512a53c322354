"""Text in: cleaning pasted text, checking input, telling an article from chat."""

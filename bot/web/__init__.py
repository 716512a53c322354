"""Links: finding them, fetching them safely, reading the article out of the page."""

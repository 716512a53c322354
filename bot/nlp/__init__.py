"""Language: the spaCy model, actors and quotes, and the analysis that ties them."""

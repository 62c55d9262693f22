"""Features for the intent classifier: sparse TF-IDF n-grams and e5 sentence embeddings."""

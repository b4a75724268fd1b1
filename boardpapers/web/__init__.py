"""`boardpapers serve`: a read-only web page over the store and index (top
layer, beside the CLI: it calls api/, store/ and search/; nothing imports it)."""

"""People and organisations: mentions from every extractor's records and from
minutes prose, resolved to one person per human (issue 9).

Layer: above store/, below api/. orgs, mentions, resolve and entities are pure
(name parsing is boardpapers.names, shared with the extractors); people_store reads
and writes the store."""

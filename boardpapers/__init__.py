"""boardpapers: board-pack PDFs into a searchable record."""

__version__ = "0.1.0"

# Bump when reading or extraction changes what is stored: `ingest --reprocess`
# re-parses documents stored under an older parser version.
PARSER_VERSION = "1"

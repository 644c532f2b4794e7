"""The content: typed model, data modules, discovery (registry) and validation. Knows nothing of MkDocs."""

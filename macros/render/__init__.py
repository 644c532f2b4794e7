"""Rendering: typed data to HTML/Markdown through the Jinja templates in templates/. Knows nothing of MkDocs."""

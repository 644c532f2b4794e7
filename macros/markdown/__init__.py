"""Python-Markdown extensions the playbook adds (declared in mkdocs.yml)."""

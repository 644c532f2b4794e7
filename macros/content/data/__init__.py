"""Content data, one module per chapter.

Every module in this package exposes ``COMPONENTS``: a tuple of Checklist,
Worksheet and Assessment objects (see ``macros.content.model``). ``glossary.py``
exposes ``TERMS`` instead. Modules are discovered, not listed, so adding a
chapter's data never touches a shared file.
"""

"""The parse layer: Markdown, workflow YAML, YAML prose and directives, positions converted once.

Everything downstream sees `Document`s of sentences and code blocks with 1-based
file positions; only this package imports markdown-it or reads YAML documents.
"""

"""mkdocs hooks of this repository's site (`hooks:` in mkdocs.yml); logic is in truthgraph.site."""

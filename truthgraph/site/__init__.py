"""The status site: pages as Markdown (pages), diagrams (svg), the mkdocs adapter (plugin)."""

"""The status site: pages as Markdown (pages), diagrams as SVG (svg), the mkdocs adapter (plugin)."""

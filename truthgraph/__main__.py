"""`python -m truthgraph` runs the command-line interface."""

from truthgraph.cli import main

main()

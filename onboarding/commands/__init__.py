"""One module per sub-command, each with `main(argv) -> int`."""

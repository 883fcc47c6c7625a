"""`python -m eval [--index DIR] ...` is `smartcity-kb eval [--index DIR] ...`."""
import sys

from assistant.cli import main

main(args=["eval", *sys.argv[1:]], prog_name="python -m eval")

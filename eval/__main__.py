"""`python -m eval [--index DIR] ...` is `smartcity-kb [--index DIR] eval ...`."""
import sys

from assistant.cli import main

args = sys.argv[1:]
front: list[str] = []
if "--index" in args:  # a group option of the CLI: it goes before the command name
    i = args.index("--index")
    front, args = args[i : i + 2], args[:i] + args[i + 2 :]
main(args=[*front, "eval", *args], prog_name="python -m eval")

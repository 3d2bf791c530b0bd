# expect: accept
# why: an ArgumentParser used as the facade offers it (prog, description and groups
# read; options written out), beside an honest class of the program's own
import argparse

parser = argparse.ArgumentParser(prog="tool", description="count words")
group = parser.add_argument_group("output")
group.add_argument("--upper", action="store_true")
parser.add_argument("--count", "-c", type=int, default=1)
parser.add_argument("words", nargs="*")
args = parser.parse_args(["--count", "2", "--upper", "a", "b"])
print(parser.prog, parser.description, args.count, args.upper, args.words)

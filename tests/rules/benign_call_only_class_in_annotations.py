# expect: accept
# why: a call-only library class named in parameter, return and local annotations (also as an item of Optional or a union with None) is evaluated into __annotations__, which no code receives

import argparse
from typing import Optional


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="demo", description="a demo")
    parser.add_argument("--count", type=int, default=1)
    return parser


def run(parser: argparse.ArgumentParser, argv: Optional[list] = None) -> int:
    args: argparse.Namespace = parser.parse_args(argv)
    return args.count


def maybe(parser: Optional[argparse.ArgumentParser] = None) -> int:
    local: Optional[argparse.ArgumentParser] = parser or build_parser()
    return run(local, ["--count", "3"])


print(maybe())

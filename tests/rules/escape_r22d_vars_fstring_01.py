# expect: reject builtin
# why: vars() in an f-string field on what a helper's parse_args returns, where the
#   helper builds no ArgumentParser but a program object whose parse_args hands
#   back a parser: the field prints the parser's private state (_registries with
#   argparse's action classes) under plain python3.
# line: 21
import argparse


class Fake:
    def parse_args(self, argv):
        return argparse.ArgumentParser(prog="x")


def build_parser():
    return Fake()


def run(argv):
    args = build_parser().parse_args(argv)
    print(f"  args: {vars(args)}")


run([])

# expect: reject module_attribute
# line: 33
# verified: under 3.11.2 it prints ['tb_frame']: the program's Action object, added to the
#   parser's actions, had its dest set
# Mechanism: as escape_r8_argparse_02, through the parent's _actions: argparse adds each
#   parent action (any object with the attributes it reads) to the new parser, and parse_args
#   sets action.dest to action.default on the Namespace (Action classes are not offered).
# This member: a forged Action in a parent's _actions, next to a real parent.
# Checker before the rule: exit 0 (accepted)
import argparse


class Parent:
    """A parent whose one action is an object of the program's class: argparse adds it
    to the parser's actions and sets its dest as a Namespace attribute."""

    class Action:
        option_strings = ["--x"]
        dest = "tb_frame"
        default = 1
        required = False
        container = None
        nargs = None

    def __init__(self):
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._actions = [Parent.Action()]
        self._defaults = {}


base = argparse.ArgumentParser(add_help=False)
parser = argparse.ArgumentParser(parents=[base, Parent()])
ns = parser.parse_args([])
print("Namespace attributes no facade judged:", sorted(vars(ns)))

# expect: reject method
# line: 20
# verified: under 3.11.2 it prints ['cmd', 'f_code', 'tb_lineno']
# Mechanism: as escape_r8_argparse_02.
# This member: through a subcommand, add_parser(..., parents=[obj]).
# Checker before the rule: exit 0 (accepted)
import argparse


class Parent:
    def __init__(self, defaults):
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._actions = []
        self._defaults = defaults


parser = argparse.ArgumentParser()
sub = parser.add_subparsers(dest="cmd")
sub.add_parser("run", parents=[Parent({"f_code": 1, "tb_lineno": 1})])
ns = parser.parse_args(["run"])
print("Namespace attributes no facade judged:", sorted(vars(ns)))

# expect: reject module_attribute
# line: 21
# verified: under 3.11.2 it prints ['tb_frame', 'verbose']
# Mechanism: as escape_r8_argparse_02.
# This member: a real parser and a forged one in a list bound to a name.
# Checker before the rule: exit 0 (accepted)
import argparse


class Parent:
    def __init__(self, defaults):
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._actions = []
        self._defaults = defaults


base = argparse.ArgumentParser(add_help=False)
base.add_argument("--verbose", action="store_true")
parents = [base, Parent({"tb_frame": 1})]
parser = argparse.ArgumentParser(parents=parents)
ns = parser.parse_args([])
print("Namespace attributes no facade judged:", sorted(vars(ns)))

# expect: reject module_attribute
# line: 33
# The round-8 red team's near miss (nm_accepted_argparse_parents_defaults_revives_g3_copy),
#   header kept below: accepted, no goal reached (the fetched method was reachable only as
#   AttributeError.obj, refused since). Refused now where the door is: parents= of an object
#   that is not a parser the program built.
# Checker before the rule: exit 0 (accepted)
# ACCEPTED by the checker, but no goal reached: argparse's ArgumentParser(parents=[obj]) takes a program object's
# _defaults (and _actions/_action_groups) unjudged, so the G3 copy (copy.copy of a bound method renamed
# _get_module_from_name -> getattr(TestLoader instance, '_get_module_from_name')) runs again; retrieval of the
# fetched method is blocked because AttributeError.obj is now refused. Output:
#   copy.copy ran getattr(L(), '_get_module_from_name'); then: 'function' object has no attribute 'append'
import argparse
import unittest


def _get_module_from_name(name):
    return name


class L(unittest.TestLoader):
    pick = _get_module_from_name


class Parent:
    def __init__(self):
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._actions = []
        self._defaults = {"x": L().pick}


p = argparse.ArgumentParser(parents=[Parent()])
p.add_argument("--x", action="append")
try:
    p.parse_args(["--x", "v"])
except AttributeError as e:
    print("copy.copy ran getattr(L(), '_get_module_from_name'); then:", e)

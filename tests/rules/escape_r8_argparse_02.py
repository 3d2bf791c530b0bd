# expect: reject module_attribute
# line: 22
# verified: under 3.11.2 it prints ['co_filename', 'tb_frame']: a Namespace carrying names the
#   attribute rule refuses, set by argparse from a parent's _defaults
# Mechanism: ArgumentParser(parents=...) copies each parent's private _defaults, _actions,
#   _action_groups and _mutually_exclusive_groups (_add_container_actions); an object of the
#   program's class supplies them, no facade judging the dests (family F8's names, family G3's
#   copied defaults).
# This member: the parent in a tuple, forged dests on the Namespace.
# Checker before the rule: exit 0 (accepted)
import argparse


class Parent:
    def __init__(self, defaults):
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._actions = []
        self._defaults = defaults


parser = argparse.ArgumentParser(parents=(Parent({"tb_frame": 1, "co_filename": "/etc/passwd"}),))
ns = parser.parse_args([])
print("Namespace attributes no facade judged:", sorted(vars(ns)))

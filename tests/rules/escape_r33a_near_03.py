# expect: reject store
# line: 33
# why: round 33a near_03: refused by a broader rule than the one the red team aimed at; kept so that narrowing it shows
# near_03 -- REFUSED (store, line 16). Would be goal 1 via goal 3; python3 3.11
#   reaches it: names is sys.argv.
# Mechanism: a class statement `class list` at module level AND a parameter
#   `list` of g holding a lambda returning sys.argv. classify0 answers CK_CLASS
#   for any name with a class statement (classify_name: no census check in the
#   class branch), and classify_other's class_sure() failure maps the second
#   judgement to CK_MODULE when !find_key(s, name) (stores.c ~5868) WITHOUT the
#   round-32 census/wk_import_only check classify_name now makes; builds_new's
#   builtin branch then trusts `list(...)` as a builtin constructor.
# Why refused: something else still links the parameter's callable (probably
#   the callable_binding link of ()list to the lambda's returns, or the
#   parameter's scoped key making it CK_OPAQUE). Not pinned down in the time
#   available; the 5868 line is still worth closing (same census rule as
#   classify_name) because it is the same shape as rounds 31a/32a.
import logging
import sys
import unittest


class list:
    pass


def g(list):
    return list([1])


names = g(lambda x: sys.argv)
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)

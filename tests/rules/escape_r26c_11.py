# expect: reject store
# line: 16
# why: the red team's round 26c ok_11 (its header below): an instance of a program class handed to library code hands back what it holds (a list or dict base, a program __getitem__ or __iter__), and a defaultdict holds its other arguments' values: either may be the callable a library caller is given
# goal: lower tier: mutates keyword.kwlist and the root logger (disabled, level 50); proof printed.
# mechanism: es.callback(operator.getitem(K([run]), 0), keyword.kwlist, logging.getLogger()), class K(list): pass.
# rule slipped: store: as ok_01.
# family C (see ok_01): a library function that hands back what it was given, fed a program-class instance
#   judged "no function" by maybe_function. Principle: as ok_01.
import contextlib
import keyword
import logging
import operator


def run(x, y):
    x.append("proof-kw")
    y.disabled = True
    y.setLevel(50)
    return 0


class K(list):
    pass


es = contextlib.ExitStack()
es.callback(operator.getitem(K([run]), 0), keyword.kwlist, logging.getLogger())
es.close()
print("proof:", keyword.kwlist[-1], logging.getLogger().disabled, logging.getLogger().level)

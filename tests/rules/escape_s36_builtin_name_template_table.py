# expect: reject format
# line: 12
# why: `dict = {...}` of templates in a function never called looked like the one binding of a template table; at module level dict is the builtin, and dict.get(src, "x") handed back any text to format (round 65)
import logging


def never():
    dict = {"a": "plain {0}"}


src = {"x": "{0.__glo" + "bals__[os].environ}"}
print(dict.get(src, "x").format(logging.getLogger))

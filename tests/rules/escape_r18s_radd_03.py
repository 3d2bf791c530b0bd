# expect: reject builtin
# why: eighteenth red team (the red team's ok_03): a '+' with a right operand whose __radd__
#   answers the name, so the literal on the left is no prefix of it
# line: 27
# ok_03 -- goal: a function's __globals__ (logging.getLogger's module globals,
#   which hold os); runs `id`, prints os.environ keys.
# Mechanism (family 1): the honest-looking dispatcher the rules README itself
#   recommends, `getattr(obj, "do_" + cmd)`, with `cmd` a value that flows in
#   through a list and a parameter.  `cmd` is an instance of a plain class (no
#   str base at all) with __radd__: `"do_" + cmd` calls cmd.__radd__("do_")
#   because str has no nb_add slot, and it returns "__globals__".
# Rule slipped past: builtin (literal-prefix allowance for getattr on any
#   receiver; analyzer/names.c literal_prefix) -- the checker cannot know the
#   type of a parameter, so the prefix is no guarantee of the run-time name.
import logging


class Cmd:
    def __init__(self, tail):
        self.tail = tail

    def __radd__(self, other):
        return self.tail[1:]


def dispatch(obj, cmd):
    return getattr(obj, "do_" + cmd)


queue = [Cmd("x__globals__")]
for c in queue:
    g = dispatch(logging.getLogger, c)
    osm = g["os"]
    print("reached:", osm)
    print("environ keys:", sorted(osm.environ)[:8])
    osm.system("id")

# expect: reject builtin
# why: eighteenth red team (the red team's ok_01): a '+' with a right operand whose __radd__
#   answers the name, so the literal on the left is no prefix of it
# line: 28
# ok_01 -- goal: a function's __globals__ (logging's module globals), then os:
#   prints os.environ, runs `id`, reads /etc/passwd.
# Mechanism (family 1, attribute lookup by a run-time name): the builtin
#   getattr with a "computed name with a literal prefix that starts with a
#   letter" (getattr(obj, "do_" + cmd)) is allowed on ANY receiver.  The checker
#   assumes the run-time name starts with that prefix.  But `"do_" + s` with s
#   an instance of a str subclass that defines __radd__ (an allowed dunder)
#   calls s.__radd__("do_") FIRST (reflected-operand priority for subclasses),
#   and __radd__ may return any string: here "__globals__" (built by a slice,
#   which is not "text written to start with __", so written_dunder_text does
#   not fire).
# Rule slipped past: builtin (guarded getattr, literal-prefix allowance) in
#   analyzer/names.c; the prefix is trusted as the name's prefix without asking
#   whether the right operand may be a program str subclass with __radd__.
import logging


class S(str):
    def __radd__(self, other):
        return "x__globals__"[1:]


f = logging.getLogger
g = getattr(f, "do_" + S())          # == logging.getLogger.__globals__
osm = g["os"]
print("module:", osm)
print("environ:", dict(osm.environ))
osm.system("id")
fd = osm.open("/etc/passwd", osm.O_RDONLY)
print(osm.read(fd, 200).decode().splitlines()[0])

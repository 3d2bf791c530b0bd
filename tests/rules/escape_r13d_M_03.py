# expect: reject module_value
# line: 29
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: thirteenth red team (fourth round), family M: a dotted value pattern or mapping-pattern key hands its value to the subject's __eq__ or get (a module, a library class or method, a class-holding attribute, a library container's bound method)

# Mechanism: a match VALUE pattern with a dotted name is `subject == <dotted value>`: it hands the
#   value to the subject's __eq__. The checker judges the dotted name in the pattern only by rule
#   module_attribute (`case sys.modules` and `case typing.sys` are refused), but not by the
#   module-as-value rule nor rule unbound: `case urllib.parse:` hands the MODULE urllib.parse to
#   the program's __eq__ (pure for rule memory: it only raises a builtin exception holding it);
#   e.args[0] is then the module as a plain value, and its attributes are read unjudged
#   (m.sys is the sys module; sys.modules["os"] is os).
# Goal reached: the sys and os modules as values; runs a process (id).
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted) at HEAD e936e29
# No dunder name is given to a builtin at run time.
# Output seen under python3 (3.11), run in a fresh temp dir (id's line comes first: stdout is a pipe):
#   uid=0(root) gid=0(root) groups=0(root)
#   by value: <module 'urllib.parse' from '/usr/lib/python3.11/urllib/parse.py'>
#   by value: <module 'sys' (built-in)>
#   by value: <module 'os' (frozen)>
import urllib.parse

class Grab:
    def __eq__(self, other):
        raise LookupError(other)

try:
    match Grab():
        case urllib.parse:
            pass
except Exception as e:
    m = e.args[0]
print("by value:", m)
s = m.sys
print("by value:", s)
o = s.modules["os"]
print("by value:", o)
o.system("id")

# expect: reject module_value
# line: 29
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: thirteenth red team (fourth round), family M: a dotted value pattern or mapping-pattern key hands its value to the subject's __eq__ or get (a module, a library class or method, a class-holding attribute, a library container's bound method)

# Mechanism: a match MAPPING pattern key with a dotted name `case {urllib.parse: _}` is
#   subject.get(urllib.parse, sentinel): the module is handed to the get method of a dict subclass
#   of the program, which appends it to a list (no purity rule applies to get here). box[0] is the
#   module urllib.parse as a value; box[0].sys is sys; sys.modules["os"] is os.
# Goal reached: the sys and os modules as values; os.environ read; runs a process (id).
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted) at HEAD e936e29
# No dunder name is given to a builtin at run time.
# Output seen under python3 (3.11), run in a fresh temp dir (id's line comes first: stdout is a pipe):
#   uid=0(root) gid=0(root) groups=0(root)
#   by value: <module 'urllib.parse' from '/usr/lib/python3.11/urllib/parse.py'>
#   by value: <module 'sys' (built-in)>
#   by value: <module 'os' (frozen)>
#   /tmp/tmp.RPLcSRQ6OO      (os.environ["HOME"], the temp dir)
import urllib.parse

box = []

class Grab(dict):
    def get(self, key, default=None):
        box.append(key)
        return 1

match Grab(a=1):
    case {urllib.parse: _}:
        pass
m = box[0]
print("by value:", m)
print("by value:", m.sys)
o = m.sys.modules["os"]
print("by value:", o)
print(o.environ.get("HOME"))
o.system("id")

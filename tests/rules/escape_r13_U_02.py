# expect: reject unbound
# line: 21
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: thirteenth red team, family U': as U_01, then open and __import__ by a typing alias's deepcopy

# Mechanism: family U' as ok_06 (getattr(collections.Counter, 'cop' + tail)(P) gives type; typing._GenericAlias deepcopy reduce looks the name up in typing's __builtins__)
# Goal reached: open obtained and /etc/passwd read; __import__ obtained, the os module as a value, os.environ printed
# Output seen under python3 (3.11), run in a fresh temp dir:
#   open by value: <built-in function open>
#   root:x:0:0:root:/root:/bin/bash
#   os by value: <module 'os' (frozen)>
#   os.environ keys: ['HOME', 'LC_CTYPE', 'PATH']
import collections
import copy
import typing

class P:
    pass

tail = "y"
T = getattr(collections.Counter, "cop" + tail)(P)      # the builtin type, by value
Alias = T(typing.List[int])                            # typing._GenericAlias
op = copy.deepcopy(Alias(int, ("open",), name="__builtins__"))
imp = copy.deepcopy(Alias(int, ("__import__",), name="__builtins__"))
print("open by value:", op)
print(op("/etc/passwd").read().splitlines()[0])
os_module = imp("os")
print("os by value:", os_module)
print("os.environ keys:", sorted(os_module.environ)[:5])

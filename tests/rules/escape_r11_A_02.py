# expect: reject class_value
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir (open obtained, /etc/passwd read)
# why: eleventh red team (11b), family A: type by value from get_origin calls typing._GenericAlias

# Mechanism (family A, same chain as ok_01): typing.get_origin(typing.Type) is `type`;
#   type(typing.Dict[str, int]) is typing._GenericAlias, called with name="__builtins__"
#   and the single argument "open"; copy.deepcopy runs _GenericAlias.__reduce__, which is
#   operator.getitem(typing-module-globals["__builtins__"], "open") -> the builtin open.
# Goal reached: the builtin open obtained and called: /etc/passwd read.
# Output seen under python3 (first line of /etc/passwd):
#   root:x:0:0:root:/root:/bin/bash
import typing
import copy

Kind = typing.get_origin(typing.Type)
Alias = Kind(typing.Dict[str, int])
reader = copy.deepcopy(Alias(str, ("open",), name="__builtins__"))
with reader("/etc/passwd") as fh:
    print(fh.readline(), end="")

# expect: reject class_value
# line: 20
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval obtained, ran a process)
# why: eleventh red team (11b), family A: typing.get_origin(typing.Type[int]) is the builtin type, by value

# Mechanism (family A: a class reached as a value through typing.get_origin):
#   typing.get_origin(typing.Type[int]) is the builtin `type` itself, as a value the
#   checker does not know is `type` (rule `builtin` allows `type` only as type(x);
#   rule `class_value` tracks only type(x) / x.__class__). Calling it on typing.List[int]
#   gives the private class typing._GenericAlias, which is then CALLED (class_value
#   never sees it) with name="__builtins__". _GenericAlias.__reduce__ does
#   `origin = globals()[self._name]` in typing's namespace, i.e. typing.__builtins__ (the
#   builtins dict), and returns (operator.getitem, (origin, "eval")); copy.deepcopy runs
#   that reduce and hands back the real builtin eval.
# Goal reached: eval obtained and called -> ran a process (`id`).
# Output seen under python3 (3.11.7), in a temp dir:
#   <built-in function eval>
#   uid=0(root) gid=0(root) groups=0(root)
import typing, copy
ty = typing.get_origin(typing.Type[int])
alias_class = ty(typing.List[int])
ev = copy.deepcopy(alias_class(int, ("eval",), name="__builtins__"))
print(ev)
print(ev("__import__('os').popen('id').read()"), end="")

# expect: reject unbound
# line: 17
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fourteenth red team (round 14a), family D: a class deriving from a library class reached by an attribute path (a class statement in a class body: Outer.Q, self.Q, Sub.Q) or beyond the table of classes the rules follow by name (ours)
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <class 'type'>
#   by value: <built-in function eval>
#   uid=0(root) gid=0(root) groups=0(root)
import collections
import copy
import typing

class P:
    pass

class Outer:
    class Q(collections.Counter):
        pass

    def grab(self):
        return self.Q.copy(P)

T = Outer().grab()
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")

# expect: reject unbound
# line: 208
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

class C0:
    pass

class C1:
    pass

class C2:
    pass

class C3:
    pass

class C4:
    pass

class C5:
    pass

class C6:
    pass

class C7:
    pass

class C8:
    pass

class C9:
    pass

class C10:
    pass

class C11:
    pass

class C12:
    pass

class C13:
    pass

class C14:
    pass

class C15:
    pass

class C16:
    pass

class C17:
    pass

class C18:
    pass

class C19:
    pass

class C20:
    pass

class C21:
    pass

class C22:
    pass

class C23:
    pass

class C24:
    pass

class C25:
    pass

class C26:
    pass

class C27:
    pass

class C28:
    pass

class C29:
    pass

class C30:
    pass

class C31:
    pass

class C32:
    pass

class C33:
    pass

class C34:
    pass

class C35:
    pass

class C36:
    pass

class C37:
    pass

class C38:
    pass

class C39:
    pass

class C40:
    pass

class C41:
    pass

class C42:
    pass

class C43:
    pass

class C44:
    pass

class C45:
    pass

class C46:
    pass

class C47:
    pass

class C48:
    pass

class C49:
    pass

class C50:
    pass

class C51:
    pass

class C52:
    pass

class C53:
    pass

class C54:
    pass

class C55:
    pass

class C56:
    pass

class C57:
    pass

class C58:
    pass

class C59:
    pass

class C60:
    pass

class C61:
    pass

class C62:
    pass

class C63:
    pass

class Q(collections.Counter):
    pass

box = [Q]
T = box[0].copy(P)
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")

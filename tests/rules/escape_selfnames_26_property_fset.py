# expect: reject builtin
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: a closed class deriving property: getattr(self, name) with name 'fset'
#   hands out a property's setter function, which takes a typing alias as self
#   (fget/fset/fdel are refused by name; a computed name must not reach them).
# Goal reached: run a process (id).
import copy, typing


class Prop(property):
    def part(self, name):
        return getattr(self, name)


class Box:
    kv = Prop(lambda s: None)

    @kv.setter
    def kv(self, pair):
        setattr(self, pair[0], pair[1])


a = typing.Literal["eval"]
names = ["fs" + "et"]
Box.kv.part(names[0])(a, ("_name", "__builtins__"))
copy.deepcopy(a)("__import__('os').system('id')")

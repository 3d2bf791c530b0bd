# expect: reject builtin
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: a function nested in a method with its own parameter named self: it is
#   no method, any object can be passed as its self.
# Goal reached: run a process (id).
import copy, typing


class Box:
    def maker(self):
        def put(self, k, v):
            setattr(self, k, v)
        return put


a = typing.Literal["eval"]
Box().maker()(a, "_name", "__builtins__")
copy.deepcopy(a)("__import__('os').system('id')")

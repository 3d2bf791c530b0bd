# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: a method that sets computed names through self, called unbound with a
#   typing alias as self: its _name is what the alias's reduce uses to index
#   typing's globals (a naive "setattr on self is fine" rule lets it through).
# Goal reached: run a process (id).
import copy, typing


class Box:
    def update(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


a = typing.Literal["eval"]
Box.update(a, _name="__builtins__")
copy.deepcopy(a)("__import__('os').system('id')")

# expect: reject dunder
# line: 25
# why: round 74 (researcher B): a class body binds __wrapped__ to an object of the program's that inspect takes for a builtin; its __getattr__ answers __text_signature__, and @dataclass's inspect.signature (for a missing __doc__) evaluates the text's dotted names over sys.modules: os, posixpath and sys read
# @dataclass builds a missing __doc__ from inspect.signature(cls). inspect
# unwraps cls.__wrapped__ first; here it is an instance of a program class with
# __get__ (so inspect takes it for a builtin method descriptor) whose
# __getattr__ answers __text_signature__ with text the checker never sees as a
# class doc. inspect._signature_fromstr then eval()s the dotted names of the
# defaults, in __main__'s globals and then with sys.modules as globals.
import dataclasses


class D:
    def __get__(self, obj, owner=None):
        return self

    def __getattr__(self, name):
        if len(name) == 18 and name.endswith("ture__"):
            return "(x=os.name, y=posixpath.sep, z=sys.executable, w=sys.prefix)"
        raise AttributeError(name)


@dataclasses.dataclass
class P:
    __wrapped__ = D()
    a: int = 0


print(P.__doc__)

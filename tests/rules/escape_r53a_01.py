# expect: reject method
# line: 38
# why: round 53a: X.m op= y reads X.m and hands it to y's reflected operator method, so an augmented assignment's target is a read of a privileged def too
# ok_01 -- goal level 3 (a privileged def, which rule `method` lets run bound only,
#   is taken out of its class as a plain function and run with a self that is not
#   an instance of its class: here the CLASS Other, whose namespace it writes, and a
#   plain object of another class).
# Mechanism: an augmented assignment whose target is the method read through its
#   class: `Box.put @= Grab()`. CPython first READS Box.put (the plain function),
#   finds no function.__matmul__/__imatmul__, and hands it to the right operand's
#   reflected hook: Grab.__rmatmul__(g, <function Box.put>). The hook returns it
#   wrapped, `(other,)`, which the statement stores back as Box.put; an own instance
#   `b = Box()` then reads `b.put[0]` (the class attribute, a tuple: no binding).
# Why missed: names.c priv_identifier(): for `X.m` as an attribute it returns at
#   once when wk_is_store(w, depth - 1) -- an augmented assignment's target counts as
#   a store, but `X.m @= y` is also a read of X.m whose value goes to y's
#   __rmatmul__ (and __rpow__, __rlshift__, __rmod__, ... for **=, <<=, %=).  The
#   store rule's in-place check (`'+=' changes in place a value that may come from a
#   module`) only fires for +=, -=, *=, |= (the container operators), so @=, **=,
#   <<=, >>=, %=, //=, /=, &=, ^= reach no rule at all.  Then `b.put[0]` passes as a
#   bound method read through a name only bound to own instances (own_instance_name,
#   the `!called` branch) although it is a subscript of a class attribute the program
#   rebound.
class Box:
    def put(self, v):
        self._name = v


class Other:
    pass


class Grab:
    def __rmatmul__(self, other):
        return (other,)


Box.put @= Grab()
b = Box()
raw = b.put[0]
print("plain function out of its class:", raw)
raw(Other, "written into a class by a privileged def")
print("Other._name =", Other._name)
o = Other()
raw(o, "self is an Other instance")
print("o._name =", o._name, "| isinstance(o, Box):", isinstance(o, Box))

# expect: reject dunder
# why: cached_property.__get__ reads instance.__dict__[attrname]; on a type that is its raw descriptors (tested)
# line: 11
import functools

def victim():
    pass

peek = functools.cached_property(len)
peek.attrname = "__globals__"
descriptor = peek.__get__(type(victim))
namespace = descriptor.__get__(victim)
namespace["__builtins__"].exec("print('escaped')")

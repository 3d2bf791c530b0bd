# expect: reject module_attribute
# why: wraps(f, assigned=names) copies getattr(f, name) for names the caller chooses
# line: 8
import functools, random
class W:
    pass
o = W()
functools.wraps(random.shuffle, assigned=("__globals__",), updated=())(o)
o.__globals__["_os"].system("id")

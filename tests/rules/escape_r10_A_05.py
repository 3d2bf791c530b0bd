# expect: reject store
# line: 20
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended)
# why: tenth red team (10b), family A: contextlib.closing(x) under with binds x

# Mechanism: store rule level 0 (item stores / mutating calls): a library function that hands back an element or its argument but is not among the enumerated accessors is taken as a new value (variant of the README's documented-open nullcontext case): contextlib.closing under with
# Goal reached: write into a standard-library container: keyword.kwlist extended
# Output under python3 (Python 3.11.7), run in a fresh temp dir:
#   pwned_by_closing
#   after the write: 'list' object has no attribute 'close'
#   pwned_by_closing

# contextlib.closing(x).__enter__ returns x, as contextlib.nullcontext(x) does (the
# documented open case); closing is a different callee, also taken as a new value.
import contextlib
import keyword

try:
    with contextlib.closing(keyword.kwlist) as k:
        k.append("pwned_by_closing")
        print(keyword.kwlist[-1])
except AttributeError as e:  # closing's __exit__ calls k.close()
    print("after the write:", e)
print(keyword.kwlist[-1])

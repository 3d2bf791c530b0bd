# expect: reject store
# why: a list's sort(key=) hands the key the receiver's elements, here a module's list
# line: 7
import keyword

xs = [keyword.kwlist]
xs.sort(key=lambda r: r.append("zz") or 0)

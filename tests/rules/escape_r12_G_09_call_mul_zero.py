# expect: reject store
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir (0 printed: keyword.kwlist emptied)
# why: twelfth red team, family G, our own: '*= 0' on an item of a function's return
import keyword

def g():
    return [keyword.kwlist]

g()[0] *= 0                              # list.__imul__(0) empties the library's list

print(len(keyword.kwlist), keyword.iskeyword("for"))

# expect: reject store
# line: 10
# verified: reaches its goal under plain python3 3.11 in a temp dir (keyword.kwlist emptied, a write into a module's list)
# why: a removing method taken as a value still changes its receiver: `pop` bound to
#   a module's list (through a name) and handed to a loop empties keyword.kwlist. The
#   store into the receiver is judged by where the receiver may come from.
import keyword

words = keyword.kwlist
take = words.pop
while words:
    take()
print(len(keyword.kwlist), keyword.iskeyword("if"))

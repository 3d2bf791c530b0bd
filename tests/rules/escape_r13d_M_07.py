# expect: reject module_value
# line: 27
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: thirteenth red team (fourth round), family M: a dotted value pattern or mapping-pattern key hands its value to the subject's __eq__ or get (a module, a library class or method, a class-holding attribute, a library container's bound method)

# Mechanism: a match mapping-pattern key 'case {keyword.kwlist.append: _}' reads a mutating method
#   of a standard-library module's list and hands the bound method to the subject's get (the store
#   rule judges 'R.append' taken as a value as a store into R, and refuses getattr/attrgetter/
#   keyword class patterns of it since round 13b; the dotted value pattern is not judged).
#   box[0]("pwned") then appends to keyword.kwlist.
# Goal reached: a write into the standard library's state (the list keyword.kwlist of module
#   keyword, the store rule's canonical example), no dunder, no getattr.
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted) at HEAD e936e29
# No dunder name is given to a builtin at run time.
# Output seen under python3 (3.11), run in a fresh temp dir:
#   pwned False      (kwlist's last item is the program's string; iskeyword is a frozenset made at import)
import keyword

box = []

class Grab(dict):
    def get(self, key, default=None):
        box.append(key)
        return 1

match Grab(a=1):
    case {keyword.kwlist.append: _}:
        pass
box[0]("pwned")
print(keyword.kwlist[-1], keyword.iskeyword("pwned"))

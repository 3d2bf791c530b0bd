# expect: reject dunder
# line: 16
# verified: reaches its goal under plain python3 3.11 in a temp dir (asyncio's logger gains a handler: prints it)
# why: round 15 reads `x.__dict__` in place as `vars(x)` is, where x is a name bound
#   once in the whole program, by `x = C(...)` with C a closed class of the program
#   without __new__ (honest14b p44's `sorted(r.__dict__)`). Here C has a __new__ that answers the library's shared logger: its instance dict holds the logger's handlers list.
import logging


class R:
    def __new__(cls):
        return logging.getLogger("asyncio")


r = R()
r.__dict__.get("handlers").append(logging.NullHandler())
print(logging.getLogger("asyncio").handlers)

# expect: reject store
# why: an exception group caught by except* may hold any value, as one caught by except:
#   the library list carried in a member's args is not the program's to append to
# line: 10
import keyword

try:
    raise ExceptionGroup("g", [KeyError(keyword.kwlist)])
except* KeyError as e:
    e.exceptions[0].args[0].append("pwn")
print(keyword.kwlist[-1])

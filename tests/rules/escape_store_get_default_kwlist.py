# expect: reject store
# why: dict.get hands its default back; the result is the module's list, so
#   appending to it writes keyword.kwlist (get keeps neither argument in the
#   dict, but its result is still judged)
# line: 11
# verified: reaches its goal under plain python3 (3.11): kwlist ends in "x"
import keyword

seen = {}
found = seen.get("k", keyword.kwlist)
found.append("x")

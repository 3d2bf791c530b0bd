# expect: reject memory
# line: 12
# why: an instance attribute named replace answers before str's method on an instance of a str subclass (it has a __dict__)
import io


class S(str):
    pass


s = S("a\nb")
s.replace = lambda old, new: [old]
out = io.TextIOWrapper(io.BytesIO(), newline="\r\n")
out.write(s)

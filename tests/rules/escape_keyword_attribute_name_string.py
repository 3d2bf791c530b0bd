# expect: reject attribute
# why: a string is no constant here: only True, False and None pass under a refused keyword name (f_code given text is the link of a fake frame)
# line: 6
import types

frame = types.SimpleNamespace(f_code="/etc/passwd", f_lineno=1)
print(frame)

# expect: reject memory
# line: 7
# why: cost of the iter(f, sentinel) rule: a bound method of an object the program names is no callable that holds itself (a name the callable's own code may rebind holds its receiver); write iter(lambda: stream.readline(), "")
import io

stream = io.StringIO("alpha\nbeta\n")
for line in iter(stream.readline, ""):
    print(line.strip())

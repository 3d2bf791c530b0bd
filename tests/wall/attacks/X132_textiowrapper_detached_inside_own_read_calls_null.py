# family: wall (memory: TextIOWrapper.detach() from inside its own read: the read calls through the NULL buffer)   goal: crash   interpreter: /usr/bin/python3
# Of our own, the fifteenth round's ok_04 without the second __init__: detach() alone,
# from the buffer's read1, sets the wrapper's buffer to NULL under the running read;
# read() asked for more than read1 gave, so it calls read1 again on NULL (SIGSEGV).
# The wall: detach() is refused while another call of the stream runs
# (wall_guard_detach).
import io
state = [1]
class R:
    closed = False
    def readable(self): return True
    def writable(self): return False
    def seekable(self): return False
    def flush(self): pass
    def read1(self, n):
        if state:
            state.pop()
            t.detach()
            print("detached inside read1", flush=True)
        return b"abc"
    read = read1
t = io.TextIOWrapper(R(), encoding="latin-1")
print("read ->", t.read(10), flush=True)

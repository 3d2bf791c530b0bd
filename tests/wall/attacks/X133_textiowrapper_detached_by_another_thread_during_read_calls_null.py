# family: wall (memory: TextIOWrapper.detach() from a second thread while the first one's read waits in the buffer: NULL called)   goal: crash   interpreter: /usr/bin/python3
# Of our own: ok_04's detach from another thread. The first thread's read() is inside
# the buffer's read1, which waits for the second thread; the second detaches the
# wrapper (its flush goes to the buffer, nothing is locked) and lets read1 return;
# read() asked for more, so it calls read1 again through the NULL buffer (SIGSEGV).
# The wall: detach() is refused while a call of the same stream runs, on any thread
# (wall_guard_detach).
import io, threading
go, done = threading.Event(), threading.Event()
class R:
    closed = False
    def readable(self): return True
    def writable(self): return False
    def seekable(self): return False
    def flush(self): pass
    def read1(self, n):
        if not go.is_set():
            go.set()
            done.wait(5)
        return b"abc"
    read = read1
def other():
    go.wait(5)
    try:
        t.detach()
        print("detached by the other thread", flush=True)
    except Exception as e:
        print("detach:", type(e).__name__, e, flush=True)
    done.set()
t = io.TextIOWrapper(R(), encoding="latin-1")
th = threading.Thread(target=other)
th.start()
print("read ->", t.read(10), flush=True)
th.join()

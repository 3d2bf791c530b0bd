# family: wall (memory: a csv reader entered by a second thread while the first one runs its input iterator: append to a NULL field list)   goal: crash   interpreter: /usr/bin/python3
# Of our own, the fifteenth round's ok_02 the other way round: the reader's C call runs
# the program's input iterator, where the interpreter switches threads, so the GIL does
# not keep a second thread out of it. The second thread's next() resets the field list
# of the record the first one is in the middle of and leaves it NULL; the first then
# appends to NULL (SIGSEGV), as X119's re-entry on one thread did. The wall: a csv call
# from another thread waits for the running one (call_once), so a busy mark per thread
# (what honest threads needed) would not do. On r15 the shared mark refused it instead.
import csv, threading
rows = []
class Lines:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n == 1:
            return '"abc\n'                # a quoted field left open: the record goes on
        if self.n == 2:
            # the first thread is inside the reader's C call, between two lines of
            # one record; a second thread reads a record of its own from the reader
            t = threading.Thread(target=lambda: rows.append(("second", next(r))))
            t.start()
            t.join(1.0)                    # (the wall makes it wait for us: not forever)
            return 'def",ghi\n'
        if self.n == 3:
            return "x,y\n"
        raise StopIteration
r = csv.reader(Lines())
rows.append(("first", next(r)))
print(rows)

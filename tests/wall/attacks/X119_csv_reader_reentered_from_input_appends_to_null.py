# family: wall (memory: csv reader re-entered from its own input iterator appends to a NULL field list)   goal: crash   interpreter: /usr/bin/python3
# (fourteenth wall round, ok_02, as found.) The wall: the reader's __next__ is never
# re-entered for the same reader (call_once): the inner next() raises RuntimeError.
# ok_02: NEW MEMORY-SAFETY BUG, HOOK IN PLACE: _csv.reader re-entered from its own input
#        iterator -> the outer call appends to the NULL field list (SIGSEGV)
# |
# Family: C-level re-entrancy in Modules/_csv.c (no guard of the wall touches _csv).
#   Reader_iternext calls PyIter_Next(self->input_iter) while a record is half parsed
#   (a quoted field left open at the end of a line). The program's __next__ calls
#   next(r) on the same reader: the inner call parse_reset()s, completes a record and
#   hands self->fields out, setting it to NULL. The outer call resumes on the line it
#   was given; saving a field does PyList_Append(self->fields == NULL, ...).
# Goal: task 1, a crash with the wall on (a NULL dereference: a denial of the run's
#   answer only; no read/write built from it). The inner record also shows the
#   reader's state shared between nested calls (field buffer, field_len, state).
# Plain python3: "inner record: ['p', 'q']", then exit 139 (SIGSEGV).
#
# sb-run output (export SAFE_EXEC_IMAGE=safe-exec-sandbox:r14; build/sb-run --full FILE):
#   status: error   exit_code: 139   Process killed by signal 11 (SIGSEGV)
#   duration 3 ms, cpu 2 ms, memory peak 13772 KiB, fresh container
#   --- stdout (25 bytes)
#   inner record: ['p', 'q']
#   --- stderr (0 bytes)
#
import csv
class Src:
    n = 0
    def __iter__(self): return self
    def __next__(self):
        Src.n += 1
        if Src.n == 1:
            return '"a'             # outer record: a quoted field left open, so the reader asks for a line more
        if Src.n == 2:
            print("inner record:", next(r), flush=True)   # re-enter the same reader: it returns and clears self->fields
            return 'b,c'            # outer goes on: saving field "b" appends to self->fields == NULL
        if Src.n == 3:
            return "p,q"
        raise StopIteration
r = csv.reader(Src())
print(next(r))

# ok_02 (honest program, behaves differently from python3): two threads that share one
#        csv.reader get a spurious RuntimeError from the new csv re-entry guard
#
# Mechanism: wall_guard_csv wraps reader.__next__ in call_once (wall.py). call_once is
#   Python code, and it marks id(reader) in ONE shared set for the whole call. The eval
#   breaker can switch threads inside call_once, between busy.add and the C call, or
#   whenever the GIL changes hands. The other thread's next() on the same reader then
#   sees the mark and raises "a csv reader re-entered from the code it runs". That
#   thread re-entered nothing: it only ran concurrently with the first one.
#   python3 serialises both threads under the GIL, and the reader works: 200000 rows,
#   no error. In the sandbox the rows are all read, but one worker dies with the
#   RuntimeError. The same holds for a shared csv.writer's writerow/writerows.
#   It happens with the default switch interval too (h2b: the setswitchinterval line
#   replaced by pass; 2 of 2 runs).
# Goal: "any honest program that now behaves differently from python3" (the new guards'
#   logic with threads). There is no security effect. The guard refuses; it does not
#   let anything through.
#
# plain python3:
#   rows read: 200000 errors: []
#
# sb-run output (export SAFE_EXEC_IMAGE=safe-exec-sandbox:r15; build/sb-run --full FILE):
#   status: ok   exit_code: 0
#   duration 203 ms, cpu 105 ms, memory peak 29936 KiB, fresh container
#   --- stdout (105 bytes)
#   rows read: 200000 errors: ['RuntimeError: a csv reader re-entered from the code it runs (runtime wall)']
#   --- stderr (0 bytes)
#
import csv, io, sys, threading
sys.setswitchinterval(1e-6)
r = csv.reader(io.StringIO("".join("%d,x,y\n" % i for i in range(200000))))
lock_free_counts = [0, 0]
errors = []
def work(k):
    try:
        for row in r:           # two workers share one reader, as a pool of workers would
            lock_free_counts[k] += 1
    except Exception as e:
        errors.append("%s: %s" % (type(e).__name__, e))
ts = [threading.Thread(target=work, args=(k,)) for k in (0, 1)]
for t in ts: t.start()
for t in ts: t.join()
print("rows read:", sum(lock_free_counts), "errors:", errors[:1])

# Threads sharing one csv.writer and one csv.reader (over a list: no I/O), as a pool
# of workers would: python3 serves each call whole under the GIL; the wall's
# re-entry guard (call_once) lets another thread's call wait, not fail (the
# fifteenth wall round's ok_02, for the writer too).
import csv
import io
import sys
import threading

sys.setswitchinterval(1e-6)
buf = io.StringIO()
w = csv.writer(buf)
r = csv.reader(["%d,a,\"b,c\"" % i for i in range(20000)])
errors = []
got = [0, 0]

def work(k):
    try:
        for i in range(5000):
            w.writerow([k, i, "x,y"])
        w.writerows([[k, "tail", i] for i in range(100)])
        for row in r:
            got[k] += len(row) == 3
    except Exception as e:
        errors.append("%s: %s" % (type(e).__name__, e))

ts = [threading.Thread(target=work, args=(k,)) for k in (0, 1)]
for t in ts:
    t.start()
for t in ts:
    t.join()
lines = buf.getvalue().splitlines()
# Each line whole: a quoted row of writerow or a tail row of writerows, in whatever
# order the threads ran (not the first 10000: a thread's tail may come earlier).
whole = all(l.count('"') == 2 or (l.count('"') == 0 and ",tail," in l) for l in lines)
print("rows written:", len(lines), "well formed:", whole)
print("rows read:", sum(got), "errors:", errors[:1])

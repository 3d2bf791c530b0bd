# expect: reject store
# line: 34
# why: refused since session 32 (round 56: a callback's keyword and splat arguments are linked to its parameters both ways, and a Thread made from them shares what they hold); before: family X look-alike: argparse parser built and used; a Counter and a defaultdict
#   written by item; a Thread made by the program configured by attribute stores
#   (t.daemon = True, t.name = ...): stores on a library-made object, not through one.
import argparse
import collections
import threading

parser = argparse.ArgumentParser(prog="tool")
parser.add_argument("--count", type=int, default=2)
parser.add_argument("names", nargs="*")
args = parser.parse_args(["--count", "3", "a", "b", "a"])

counter = collections.Counter()
for n in args.names:
    counter[n] += 1
groups = collections.defaultdict(list)
for i, n in enumerate(args.names):
    groups[n].append(i)

results = []
lock = threading.Lock()


def work(k):
    with lock:
        results.append(k * args.count)


threads = []
for k in range(3):
    t = threading.Thread(target=work, args=(k,))
    t.daemon = True
    t.name = f"worker-{k}"
    threads.append(t)
    t.start()
for t in threads:
    t.join()
print(sorted(results), dict(counter), dict(groups))

# expect: accept
# why: held bound methods look-alike: a program list's append as a Thread target and held
#   in a variable, a set's add handed to map: the containers are the program's and what
#   they receive is only printed, never written through.
import threading

results = []
t = threading.Thread(target=results.append, args=(42,))
t.start()
t.join()
seen = set()
list(map(seen.add, [3, 1, 3, 2]))
push = results.append
push(7)
print(results, sorted(seen), len(results))

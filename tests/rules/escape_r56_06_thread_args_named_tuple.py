# expect: reject store
# line: 8
# why: round 56: Thread(target=store, args=a) with a = (holder,): keyword node unresolved, and a name (not a list display) makes no linked_key temp
import sys
holder = []
import threading
def store(x):
    x.append(sys.argv)
a = (holder,)
t = threading.Thread(target=store, args=a)
t.start()
t.join()
holder[0].append('pwn')
print(sys.argv)

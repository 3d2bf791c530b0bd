# expect: reject store
# line: 8
# why: round 56: Thread(target=store, kwargs=dict(x=holder)) into **kw: keyword node unresolved; dict(...) call is no display so makes_mutable/linked_key adds nothing
import sys
holder = []
import threading
def store(**kw):
    kw['x'].append(sys.argv)
t = threading.Thread(target=store, kwargs=dict(x=holder))
t.start()
t.join()
holder[0].append('pwn')
print(sys.argv)

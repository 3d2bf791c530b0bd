# expect: reject store
# line: 9
# why: round 56: Thread(target=K().store, args=(holder,)): bound method callback, first=1, same keyword bug
import sys
holder = []
import threading
class K:
    def store(self, x):
        x.append(sys.argv)
t = threading.Thread(target=K().store, args=(holder,))
t.start()
t.join()
holder[0].append('pwn')
print(sys.argv)

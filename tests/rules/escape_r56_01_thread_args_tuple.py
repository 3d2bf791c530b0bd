# expect: reject store
# line: 8
# why: round 56: Thread(target=store, args=(holder,)): fan_arg hands the keyword_argument node, not its value, to taint_params_elems, so alias_back_up/alias_roots link store's parameter to nothing; x.append(sys.argv) 
import sys
holder = []
import threading
def store(x):
    x.append(sys.argv)
t = threading.Thread(target=store, args=(holder,))
t.start(); t.join()
holder[0].append('pwn')
print(sys.argv)

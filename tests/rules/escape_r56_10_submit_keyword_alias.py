# expect: reject store
# line: 8
# why: round 56: h = holder; submit(store, x=h): the plain alias h<->holder is two-way but the parameter is linked to neither
import sys
holder = []
import concurrent.futures
def store(x):
    x.append(sys.argv)
h = holder
with concurrent.futures.ThreadPoolExecutor() as ex:
    ex.submit(store, x=h).result()
holder[0].append('pwn')
print(sys.argv)

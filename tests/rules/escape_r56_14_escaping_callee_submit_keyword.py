# expect: reject store
# line: 8
# why: round 56: submit(fs[0], x=holder): callee not named, fan_to_escaping -> fan_arg on every escaping def, same bug
import sys
holder = []
import concurrent.futures
def store(x):
    x.append(sys.argv)
fs = [store]
with concurrent.futures.ThreadPoolExecutor() as ex:
    ex.submit(fs[0], x=holder).result()
holder[0].append('pwn')
print(sys.argv)

# expect: reject store
# line: 9
# why: round 56: submit(K, x=holder): class handed to a known caller, class_call(callback) -> fan_arg on __init__, keyword bug
import sys
holder = []
import concurrent.futures
class K:
    def __init__(self, x):
        x.append(sys.argv)
with concurrent.futures.ThreadPoolExecutor() as ex:
    ex.submit(K, x=holder).result()
holder[0].append('pwn')
print(sys.argv)

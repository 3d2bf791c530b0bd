# expect: reject store
# line: 10
# why: submit(f, a, b) calls f(a, b): each argument after f reaches its parameters
import sys
from concurrent.futures import ThreadPoolExecutor


class Box:
    def add(self, x, y):
        y.append("pwn")


with ThreadPoolExecutor(1) as ex:
    ex.submit(Box().add, [], sys.argv).result()
print(sys.argv)

# expect: accept
# why: a keyword argument named args (threading.Thread(target=f, args=(1,))) binds nothing where the call stands: vars(args) of the parse_args result is still read in place
import argparse
import threading
p = argparse.ArgumentParser(description="demo")
p.add_argument("--n", type=int, default=3)
args = p.parse_args(["--n", "5"])
print(vars(args))
def add(n):
    print(n)
t = threading.Thread(target=add, args=(1,))
t.start(); t.join()

# expect: reject builtin
# line: 13
# why: args rebound by a for loop to the parser itself (vars of it is the parser's private state) next to a keyword named args: the keyword name is no binding, the for target still is
import argparse
p = argparse.ArgumentParser()
p.add_argument("--n", type=int, default=3)
args = p.parse_args(["--n", "5"])
def f(**kw):
    return kw
print(f(args=1))
for args in [p]:
    pass
print(vars(args))

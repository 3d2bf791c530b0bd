# expect: reject builtin
# line: 12
# why: the attacker's best try: the same replacement of parse_args through a
#   store form other than an assignment (a for loop's target).
import argparse, threading
def leak(argv):
    return threading.Thread(target=print, args=("private target reached",))
parser = argparse.ArgumentParser(prog="p")
for parser.parse_args in [leak]:
    pass
args = parser.parse_args([])
print(sorted(vars(args)))

# expect: reject format
# line: 15
# verified: reaches its goal under plain python3 3.11 in a temp dir (prints the HOME variable of os.environ, read through logging's globals by a template built at run time)
# why: print, str and repr turn the value into text only when they are the builtins: a program binding print to its own function is handed the bound method.
import logging
import sys


def show(f):
    return f(logging.Handler())


print = show
t = "".join(["{0.emit.", "__globals__[os].environ[HOME]}"])
sys.stdout.write(print(t.format) + "\n")

# expect: reject store
# why: a def nested in a function binds next there only: the module-level call is the builtin
# line: 15

import keyword


def outer():
    def next(x):
        return 0
    return next(1)


y = next(iter([keyword.kwlist]))
y.append("pwn")

# expect: reject store
# why: a method named next leaves next the builtin: the root logger comes back and its method is replaced
# line: 14

import logging


class T:
    def next(self):
        return 0


root = next(iter([logging.getLogger()]))
root.warning = print
logging.getLogger().warning("root logger method replaced")
print(logging.getLogger().warning)

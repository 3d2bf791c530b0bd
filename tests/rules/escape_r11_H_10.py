# expect: reject store
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir (True printed: keyword.kwlist extended)
# why: eleventh red team (11a), family H, our own: a for target in a Handler subclass's body binds the class attribute filters
import keyword
import logging


class H(logging.Handler):
    for filters in [keyword.kwlist]:
        pass

    def __init__(self):
        self.level = 0

    def emit(self, record):
        pass


H().addFilter("pwned")
print("pwned" in keyword.kwlist)

# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (True printed: keyword.kwlist extended)
# why: eleventh red team (11a), family H, our own: self.filters as a for target
import keyword
import logging


class H(logging.Handler):
    def __init__(self):
        super().__init__()
        for self.filters in [keyword.kwlist]:
            pass

    def emit(self, record):
        pass


H().addFilter("pwned")
print("pwned" in keyword.kwlist)

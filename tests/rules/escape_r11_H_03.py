# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (True printed: keyword.kwlist extended)
# why: eleventh red team (11a), family H, our own: a property answering a name Handler.addFilter appends to
import keyword
import logging


class H(logging.Handler):
    @property
    def filters(self):
        return keyword.kwlist

    @filters.setter
    def filters(self, value):
        pass

    def emit(self, record):
        pass


H().addFilter("pwned")
print("pwned" in keyword.kwlist)

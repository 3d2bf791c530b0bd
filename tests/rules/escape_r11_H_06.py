# expect: reject store
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir (True printed: keyword.kwlist extended)
# why: eleventh red team (11a), family H, our own: a property of lambdas bound in the class body
import keyword
import logging


class H(logging.Handler):
    filters = property(lambda self: keyword.kwlist, lambda self, v: None)

    def emit(self, record):
        pass


H().addFilter("pwned")
print("pwned" in keyword.kwlist)

# expect: reject store
# line: 20
# verified: reaches its goal under plain python3 (3.11) in a temp dir (library called us: printed)
# why: eleventh red team (11b), family C, our own: getChild on a logger a function of the program returns (its name cannot be told)
import concurrent.futures
import logging


def make(name):
    return logging.Logger(name)


lib = make("concurrent").getChild("futures")


def planted(msg, *args, **kwargs):
    print("library called us:", msg)


lib.exception = planted


def bad_callback(fut):
    raise RuntimeError("boom")


f = concurrent.futures.Future()
f.add_done_callback(bad_callback)
f.set_result(1)

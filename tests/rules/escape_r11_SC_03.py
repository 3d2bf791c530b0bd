# expect: reject store
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir (library called us: printed)
# why: eleventh red team (11b), family C, our own: getChild on a logger held in a name
import concurrent.futures
import logging

lg = logging.Logger("concurrent")
child = lg.getChild("futures")


def planted(msg, *args, **kwargs):
    print("library called us:", msg)


child.exception = planted


def bad_callback(fut):
    raise RuntimeError("boom")


f = concurrent.futures.Future()
f.add_done_callback(bad_callback)
f.set_result(1)

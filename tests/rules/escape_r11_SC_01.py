# expect: reject store
# line: 31
# verified: reaches its goal under plain python3 (3.11) in a temp dir (concurrent.futures' LOGGER.exception replaced; the library calls it)
# why: eleventh red team (11b), family C: Logger(name).getChild(suffix) is the registry's logger of the full name
# Mechanism (family C: a shared library object reached through a method the shared-result
#   list does not know): stores.c's shared_call() knows that logging.getLogger(name)
#   with a name the library logs under ("asyncio", "concurrent.futures", "py.warnings")
#   hands back the library's own logger. But Logger.getChild(suffix) is
#   self.manager.getLogger(self.name + "." + suffix): the same registry. A fresh
#   logging.Logger("concurrent") (an unregistered object, taken as new) with
#   .getChild("futures") is the shared logger concurrent.futures logs with (_base.LOGGER).
#   The checker accepts attribute stores onto it, so the program replaces its
#   `exception` method, and the library then calls the program's function when a
#   future's done-callback raises.
# Goal reached: a write into a standard-library object (concurrent.futures' module-level
#   LOGGER, replaced method); the library calls the replacement.
# Output seen under python3:
#   same object as the library's logger: True
#   library called us: exception calling callback for %r
import logging
import concurrent.futures

lib = logging.Logger("concurrent").getChild("futures")
print("same object as the library's logger:", lib is logging.getLogger("concurrent.futures"))


def planted(msg, *args, **kwargs):
    print("library called us:", msg)


lib.exception = planted


def bad_callback(fut):
    raise RuntimeError("boom")


f = concurrent.futures.Future()
f.add_done_callback(bad_callback)
f.set_result(1)

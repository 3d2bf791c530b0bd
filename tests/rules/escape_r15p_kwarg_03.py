# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 3.11 in a temp dir (the main thread's _target is deleted: prints False)
# why: round 15 (keywords of audited classes kept one level in, never the instance):
#   contextlib.closing holds what it is given by keyword as `thing`; the main thread
#   so held is still the library's shared thread, and its run() deletes that
#   thread's attributes.
import contextlib
import threading

held = contextlib.closing(thing=threading.main_thread())
held.thing.run()
print(hasattr(threading.main_thread(), "_target"))

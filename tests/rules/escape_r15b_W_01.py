# expect: reject store
# line: 21
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the main thread's attributes deleted)
# why: fifteenth red team (15b), family W: threading.main_thread().run() deletes _target, _args, _kwargs from the interpreter's main-thread object: a method that writes its self, on an object the library shares, is a store on it

# Mechanism (family W, weak: a library object's own state deleted through a public method):
#   threading.main_thread() is allowed and hands out the interpreter's _MainThread object;
#   Thread.run() is public and ends with `del self._target, self._args, self._kwargs`, so a
#   call on the library's main-thread object deletes three attributes from a standard-library
#   object's instance namespace (the store rule judges `run` on no receiver). The second call
#   shows the attributes are gone. Any other Thread the program can reach
#   (threading.enumerate(), current_thread() in an executor worker) has its target re-run
#   in the caller's thread and then deleted the same way.
# Run-time names: none.
# Goal reached (weak): a write (deletion) into a standard-library object's namespace.
# Output seen under python3:
#   second run: '_MainThread' object has no attribute '_target'
import threading

main = threading.main_thread()
main.run()
try:
    main.run()
except AttributeError as e:
    print("second run:", e)

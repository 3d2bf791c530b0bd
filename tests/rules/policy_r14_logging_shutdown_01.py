# expect: reject module_attribute
# line: 11
# why: logging.shutdown takes no argument (issue 13, round 14): its handlerList is a
#   list whose every item the library calls with no argument and whose result it
#   acquires, flushes and closes; with the program's own callables that runs only the
#   program's code, but the facade does not judge what the list holds (a library
#   callable would be called on the program's behalf), so only shutdown() is offered
import logging

handlers = []
logging.shutdown(handlers)
print("done")

# expect: reject builtin
# line: 18
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: thirteenth red team, family P: setattr with a letter-prefix computed name on a library class skipped the store rule (since call_exception_handler and default_exception_handler are refused attributes, the prefix "def" may complete to a refused name, so the builtin rule refuses the setattr itself before the store rule judges its receiver)

# Mechanism: family P (new): setattr(obj, PREFIX + x, v) with a literal prefix that starts with a letter. In names.c, for a store with a computed name only the refused-attribute prefixes are checked (the format/method-call/register/read checks are skipped for stores, and check_store, which judges where obj comes from, is called only for a LITERAL name). So the store rule never sees that the receiver is a library class: setattr(json.JSONEncoder, 'def' + tail, f) replaces a method of a standard-library class. (delattr works the same: delattr(json.JSONEncoder, 'enc' + 'ode' + t[:0]) removes encode.) No dunder name is involved: the runtime wall's setattr guard refuses dunders, and (README) writes on pre-existing classes, which these are
# Goal reached: json.JSONEncoder.default and logging.Logger.warning (standard-library class namespaces) replaced by program functions; json.dumps and a library logger call them
# Output seen under python3 (3.11), run in a fresh temp dir:
#   {"x": "forged by the program: set"}
#   logging.Logger.warning replaced; asked to log: disk full
import json
import logging

def forged(self, o):
    return "forged by the program: " + type(o).__name__

tail = "ault"
setattr(json.JSONEncoder, "def" + tail, forged)      # json.JSONEncoder.default replaced
print(json.dumps({"x": {1, 2}}))

def spy(self, msg, *args, **kwargs):
    print("logging.Logger.warning replaced; asked to log:", msg)

setattr(logging.Logger, "warn" + "ing"[:3] + tail[:0], spy)   # logging.Logger.warning replaced
logging.getLogger("anyone").warning("disk full")

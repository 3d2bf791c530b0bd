# expect: reject store
# line: 28
# why: round 43b ok_01: a decimal Context answers traps (unlisted by dir()), a dict keyed by the module's signal classes: the library-attribute audit now takes the names the pure-Python twin (_pydecimal) stores, and traps' items are the module's while the dict is the thread's own
# ok_01 -- goal 3: writes attributes into library classes (decimal.Overflow,
#   decimal.InvalidOperation, ... every decimal signal class), a namespace the
#   program did not create. `decimal.Overflow.injected = 1` written out is refused
#   (store: "reached through a module").
#
# Mechanism: a decimal.Context's `traps` (and `flags`) is a SignalDict whose KEYS
#   are the decimal module's own exception classes. Iterating it hands the program
#   the library classes themselves; an attribute store on the loop variable is a
#   store into decimal.Overflow etc.
#
# Why the checker missed it (analyzer/stores.c, attr_mask / the M_MADE test near
#   line 13920: `objm & M_MADE && an_rules_library_attribute(attr)`): what an
#   attribute read off a library-made object holds is taken to be shared only when
#   the attribute's name is in rules/library-attributes.txt. That list is generated
#   by scripts/audit-library-attributes.py from what dir() shows, and _decimal's
#   Context answers `traps` and `flags` from its own tp_getattro: neither is in
#   dir(decimal.Context()). `flags` is in the list only by accident (re.Pattern has
#   a `flags`), so `for k in getcontext().flags: k.x = 1` IS refused, while the
#   same loop over `.traps` is accepted. decimal is also a text_module(), so
#   getcontext() is taken for a new value (builds_new) although it answers the
#   thread's shared context (it is not in shared_call either).
import decimal

for k in decimal.getcontext().traps:
    k.injected = "written by the program"
print("decimal.Overflow.injected =", decimal.Overflow.injected)
print("decimal.InvalidOperation.injected =", decimal.InvalidOperation.injected)

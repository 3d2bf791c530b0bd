# expect: reject store
# why: the red team's round 23n ok_29: as ok_26: an Enum body binds A = logging.Logger.manager.loggerDict and B = enum.auto();
# line: 19
# goal (lower tier): mutates logging's loggerDict (the Manager's registry): prints True.
#   Run: /usr/bin/python3 ok_29.py
# mechanism: as ok_26: an Enum body binds A = logging.Logger.manager.loggerDict and B = enum.auto();
#   enum calls _generate_next_value_('B', 1, 1, [loggerDict]) and the hook writes
#   last_values[0]['pwned'] = 1 into logging's shared registry.
# rule slipped: store (analyzer/stores.c: the Enum class body's library-driven calls are not
#   modelled; _generate_next_value_ is neither a constructor hook of class_call nor a
#   library-duck name, so last_values holds nothing from a module).
import enum
import logging


class E(enum.Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        last_values[0]['pwned'] = 1
        return count

    A = logging.Logger.manager.loggerDict
    B = enum.auto()


print('pwned' in logging.Logger.manager.loggerDict)

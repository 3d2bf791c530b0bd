# expect: reject store
# line: 12
# why: the red team's round 25w ok_14 (its header below): a method fetched through a class, handed to the library, is the plain function: bound only from a proved instance (fetch_first)
# goal (lower tier): mutates logging's root logger.
# mechanism: as ok_02: map(getattr(A, "off"), [root logger]) -> off(a=root logger).
# rule slipped: store (fetched-name callback fan-out at offset 1). family/principle: ok_02.
import logging


class A:
    def off(a):
        a.disabled = True
        return 0


list(map(getattr(A, "off"), [logging.getLogger()]))
print("root disabled:", logging.getLogger().disabled)

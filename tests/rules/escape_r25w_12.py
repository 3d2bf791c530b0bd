# expect: reject store
# line: 19
# why: the red team's round 25w ok_12 (its header below): a singledispatch implementation registered in a class body is the plain function: the dispatcher calls it from its first parameter
# goal (lower tier): mutates logging's root logger (root.disabled = True).
# mechanism: as ok_01 with the annotation form @off.register (type from the annotation) in a class body.
# rule slipped: store (registered def mapped at offset 1). family/principle: as ok_01.
import functools
import logging


@functools.singledispatch
def off(lg):
    return 0


class R:
    @off.register
    def _(lg: logging.Logger):
        lg.disabled = True
        return 0


off(logging.getLogger())
print("root disabled:", logging.getLogger().disabled)

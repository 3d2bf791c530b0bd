# expect: reject store
# line: 13
# why: the red team's round 25u ok_12 (its header below): a keyword never binds a positional-only parameter: it goes into **kw
# goal (lower tier): mutates keyword.kwlist.
# mechanism: as ok_11 on a method: Reg().add(0, target=keyword.kwlist); `target` is positional-only, so
#   the keyword lands in opts["target"]; the checker links it to the parameter `target` (unused).
# rule slipped: store. family/principle: as ok_11.
import keyword


class Reg:
    def add(self, target, /, **opts):
        opts["target"].append("planted")
        return target


Reg().add(0, target=keyword.kwlist)
print(keyword.kwlist[-2:])

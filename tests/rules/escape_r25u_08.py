# expect: reject store
# line: 11
# why: the red team's round 25u ok_08 (its header below): a positional argument after *xs may land in any positional parameter from its own place on, or in *args
# goal (lower tier): mutates keyword.kwlist.
# mechanism: as ok_06: add(*["planted"], keyword.kwlist) binds target=kwlist; the checker links kwlist to
#   `tag` (non-star index 0). rule slipped: store. family/principle: as ok_06.
import keyword


def add(tag, target):
    target.append(tag)
    return 0


add(*["planted"], keyword.kwlist)
print(keyword.kwlist[-2:])

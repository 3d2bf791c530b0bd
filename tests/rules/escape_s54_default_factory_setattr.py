# expect: reject memory
# line: 9
# why: round 86's primitive with the factory set by setattr's literal name
import collections
import functools

box = collections.defaultdict(list)
m = "".join(["x"] * 40)
setattr(box, "default_factory", functools.partial(sum, [], m))

# expect: reject method
# line: 7
# why: a made Logger whose root is itself: getChild("asyncio") is asyncio's own logger, reached through a table of bound methods (round 62)
import asyncio, logging
lg = logging.Logger("x")
lg.root = lg
table = {"child": lg.getChild}
v = table["child"]("asyncio")
v.disabled = True

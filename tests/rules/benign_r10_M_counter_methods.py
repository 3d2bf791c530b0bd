# expect: accept
# why: honest look-alikes of family M' (tenth round): Counter.subtract, OrderedDict's
#   move_to_end, an array's frombytes and byteswap, all on the program's own objects
import array
import collections
import configparser

stock = collections.Counter(apples=3, pears=2)
stock.subtract(["apples"])
collections.Counter.subtract(stock, {"pears": 1})
order = collections.OrderedDict(a=1, b=2)
order.move_to_end("a")
nums = array.array("H", [1, 2])
nums.frombytes(bytes(2))
nums.byteswap()
states = collections.Counter(configparser.RawConfigParser.BOOLEAN_STATES)
states.subtract(["yes"])
print(stock, list(order), nums.tolist(), states["yes"])

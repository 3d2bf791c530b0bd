# expect: reject module_attribute
# why: family I: string.Formatter directly, or from-imported
# line: 4
from string import Formatter
import random
print(Formatter().get_field("0.__func__.__globals__", [random.shuffle], {})[0]["_os"].environ)

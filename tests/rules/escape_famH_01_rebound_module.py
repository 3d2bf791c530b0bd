# expect: reject module_value
# why: family H: a name bound to json first, then to typing: m.sys was judged against json
# line: 5
import json as m
import typing as m
print(m.sys.modules["os"].environ)

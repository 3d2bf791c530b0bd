# expect: reject import
# why: dataclasses imports inspect
# line: 4
import dataclasses
print(dataclasses.inspect.currentframe())

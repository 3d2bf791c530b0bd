# expect: reject module_attribute
# why: dataclasses imports inspect
# line: 5
import dataclasses
print(dataclasses.inspect.currentframe())

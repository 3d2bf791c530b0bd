# expect: reject module_attribute
# why: a module reached as an attribute
# line: 5
import json
print(json.decoder)

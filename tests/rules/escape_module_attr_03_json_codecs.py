# expect: reject module_attribute
# why: json imports codecs (codecs.open reads files)
# line: 5
import json
print(json.codecs.open)

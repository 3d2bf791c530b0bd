# expect: reject store
# why: decode on a JSONDecoder is no text method: it hands back its object_hook's result, which the decoder holds
# line: 8
import json
import keyword

y = json.JSONDecoder(object_hook=lambda d: keyword.kwlist).decode("{}")
y.append("pwn")
print(keyword.kwlist[-1])

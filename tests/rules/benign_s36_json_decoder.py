# expect: accept
# why: the ways programs decode JSON: json.loads with hooks, a JSONDecoder's decode and raw_decode
import json

text = '{"name": "Ada", "langs": ["en", "fr"], "score": 9.5}'
print(json.loads(text, object_hook=lambda d: {k.upper(): v for k, v in d.items()}))
dec = json.JSONDecoder()
print(dec.decode(text)["langs"])
obj, end = dec.raw_decode(text + " trailing")
print(obj["score"], end)

# expect: accept
import json

RAW = """[
  {"id": 1, "name": "widget", "tags": ["a", "b"], "stock": {"oslo": 3, "rome": 0}},
  {"id": 2, "name": "gadget", "tags": [], "stock": {"oslo": 0, "rome": 7}}
]"""

items = json.loads(RAW)
in_stock = {item["name"]: sum(item["stock"].values()) for item in items}
print(json.dumps(in_stock, sort_keys=True))
print(json.dumps({"empty_tags": [i["id"] for i in items if not i["tags"]]}, indent=1))

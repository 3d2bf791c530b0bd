# family: L (a library class written through setattr with a run-time name)   goal: libwrite
import json

name = "".join(["de", "code"])
setattr(json.JSONDecoder, name, lambda self, s: "LIBRARY-CLASS" + "-WRITTEN")
print(json.loads("[1, 2]"))

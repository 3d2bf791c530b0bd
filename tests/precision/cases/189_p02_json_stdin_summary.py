import json
import sys
from statistics import mean, median

def main():
    payload = json.load(sys.stdin)
    users = payload["users"]
    ages = [u["age"] for u in users]
    print("count:", len(users))
    print("mean age:", round(mean(ages), 2))
    print("median age:", median(ages))
    langs = {}
    for u in users:
        for lang in u.get("languages", []):
            langs[lang] = langs.get(lang, 0) + 1
    result = {
        "oldest": max(users, key=lambda u: u["age"])["name"],
        "languages": dict(sorted(langs.items())),
    }
    print(json.dumps(result, indent=2, sort_keys=True))

if __name__ == "__main__":
    main()

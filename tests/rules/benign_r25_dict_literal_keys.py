# expect: accept
# why: a dict keyed by string literals: its items are stored whole (a literal
#   key is no slice), so a later `STORE["next_id"] += 1` and a rebuilt list put no
#   library value's parts into STORE's own items, though `add` runs through
#   set_defaults(func=...) with a namespace the library made
import argparse

STORE = {"notes": [], "next_id": 1}


def add(args):
    note = {"id": STORE["next_id"], "text": " ".join(args.text), "pin": args.pin,
            "tags": sorted(set(args.tag or []))}
    STORE["notes"].append(note)
    STORE["next_id"] += 1


p = argparse.ArgumentParser(prog="n", exit_on_error=False)
p.add_argument("text", nargs="+")
p.add_argument("--pin", action="store_true")
p.add_argument("-t", "--tag", action="append")
p.set_defaults(func=add)
args = p.parse_args(["buy", "milk", "--pin"])
args.func(args)
STORE["notes"] = [n for n in STORE["notes"] if n["id"] != 7]
print(STORE)

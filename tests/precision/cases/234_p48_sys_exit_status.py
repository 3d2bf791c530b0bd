import sys

def validate(records):
    errors = []
    for i, rec in enumerate(records, 1):
        if "@" not in rec.get("email", ""):
            errors.append(f"row {i}: bad email {rec.get('email')!r}")
        if not rec.get("name"):
            errors.append(f"row {i}: missing name")
    return errors

def main(argv):
    records = [
        {"name": "ann", "email": "ann@x.org"},
        {"name": "", "email": "bob_at_x.org"},
        {"name": "cy", "email": "cy@x.org"},
    ]
    errors = validate(records)
    print(f"checked {len(records)} records")
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    if errors:
        return 2
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

# validate input and exit with a status code, errors to stderr
import sys

def validate(records):
    errors = []
    for i, rec in enumerate(records, 1):
        if "@" not in rec.get("email", ""):
            errors.append(f"record {i}: bad email {rec.get('email')!r}")
        if not rec.get("name"):
            errors.append(f"record {i}: missing name")
    return errors

records = [
    {"name": "Ann", "email": "ann@example.com"},
    {"name": "", "email": "bob.example.com"},
    {"name": "Cy", "email": "cy@example.com"},
]
errs = validate(records)
print(f"checked {len(records)} records")
for e in errs:
    print("ERROR:", e, file=sys.stderr)
sys.stdout.flush()
if errs:
    print(f"{len(errs)} problems found")
    sys.exit(2)
print("all good")

# expect: reject class_value
# line: 14
# why: Field.type as argparse.ArgumentParser, called with fromfile_prefix_chars by position: /etc/passwd read (round 63)
import argparse
import dataclasses


@dataclasses.dataclass
class Holder:
    parser: argparse.ArgumentParser = None


for fld in dataclasses.fields(Holder):
    make = fld.type
    p = make("demo", None, None, None, [], None, "-", "@", add_help=False)
    ns, extra = p.parse_known_args(["@/etc/passwd"])
    print("\n".join(extra))

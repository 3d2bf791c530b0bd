# expect: reject dunder
# line: 10
# verified: reaches its goal under plain python3 (3.11) (the parser class read back from the annotations is built with fromfile_prefix_chars, and prints /etc/passwd in its usage error)
# why: a call-only class may stand in an annotation only because no code receives it there; reading the def's __annotations__ would hand it out by value, to be called with keywords its facade refuses

import argparse

def build() -> argparse.ArgumentParser:
    pass
P = build.__annotations__["return"]
parser = P(fromfile_prefix_chars="@")
parser.parse_args(["@/etc/passwd"])

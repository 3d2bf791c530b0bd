# expect: reject store
# why: the red team's round 23k ok_16: as ok_13 but with the KEYWORD form D(get=impl) (dataclass field 'get').
# line: 24
# goal: prints os.environ (serious). Run: /usr/bin/python3 ok_16.py (environ in the TypeError).
# mechanism: as ok_13 but with the KEYWORD form D(get=impl) (dataclass field 'get').
# rule slipped: store. duck_call_bindings does record get=impl (duck_vals -> opaque_callback ->
#   taint_escaping), yet the program is accepted: impl handed to a PROGRAM constructor (a
#   dataclass's generated __init__) and kept in a field is apparently not among the escaping
#   functions taint_escaping taints (the same function stored by `d.get = impl` IS refused), so
#   impl's d never takes what library code holds (csv restval=sys.argv). Also positional D(*[impl])
#   is accepted.
import csv
import dataclasses
import io
import logging
import sys
import unittest

out = io.StringIO()
w = csv.DictWriter(out, ['a'], restval=sys.argv, extrasaction='ignore')


def impl(k, d):
    d.append('logging.os.environ')
    return ''


@dataclasses.dataclass
class D:
    get: object


w.writerow(D(get=impl))
unittest.main(exit=False)

# expect: reject store
# line: 17
# why: round 38b near_01: restval stored into a DictReader, refused before and after
# near_01 -- REFUSED (store, line 14: "'restval' hands the library a value ...").
# Instructive beside ok_01/ok_02: an attribute store into an object the library made
# is judged at level 0 only. sys.argv itself as csv.DictReader's restval (which the
# reader puts, as it is, into every short row) is refused; but a container holding
# sys.argv one level down (ok_01's `cp.BOOLEAN_STATES = {"x": sys.argv}`, ok_02's
# `r.gauss_next = (sys.argv,)`) is accepted, and a library method that indexes into
# that container (getboolean, gauss) lifts sys.argv back to level 0, while
# builds_new's data_method() list says its result is new data.
import csv
import io
import sys

r = csv.DictReader(io.StringIO("a\n1\n"), fieldnames=["a", "b"])
r.restval = sys.argv
for row in r:
    v = row["b"]
    print(v is sys.argv)
    v.append("z")

# expect: reject store
# line: 12
# why: a subclass of DictReader iterates by its own __next__: only csv.reader and csv.DictReader called themselves make new rows (csv_rows)
# a subclass's iteration is the program's: its rows are whatever __next__ returns
import csv
import io
import sys
class R(csv.DictReader):
    def __next__(self):
        return sys.argv
for row in R(io.StringIO("a\n")):
    row.append("planted")
    break
print(sys.argv)

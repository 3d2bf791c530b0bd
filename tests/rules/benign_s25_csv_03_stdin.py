# expect: accept
# why: once policy (round 28f); now a row of csv.DictReader or csv.reader called itself is a new dict or list of new strings whose items hold only the fieldnames' items and restval (csv_rows), so converting a field in place writes the program's own dict, even over sys.stdin
import csv
import sys

for row in csv.DictReader(sys.stdin, fieldnames=["first", "rest"], restval=""):
    row["first"] = row["first"].upper()
    row["width"] = len(row["first"])
    print(row)

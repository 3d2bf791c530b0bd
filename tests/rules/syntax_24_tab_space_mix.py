# expect: reject syntax
# line: 6
# why: tabs and spaces that CPython cannot compare (CPython: inconsistent use of tabs and spaces in indentation)
if x:
	a = 1
        b = 2

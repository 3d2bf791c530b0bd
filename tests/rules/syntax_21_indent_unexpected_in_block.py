# expect: reject syntax
# line: 6
# why: a line indented deeper than its block with no header (CPython: unexpected indent)
if x:
    a = 1
        b = 2

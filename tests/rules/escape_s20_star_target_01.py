# expect: reject builtin
# line: 11
# why: a loop target after a starred one counts from the row's end: not judged as a place in the rows
class K:
    def a(self):
        return 1


k = K()
for *rest, op in [("a", "__class__"), ("a", "a")]:
    print(getattr(k, op))

# expect: accept
# why: for op, *args in rows: op is each row's first item, judged as the literals there (honest24 p16)
class K:
    def a(self):
        return 1


k = K()
for op, *args in [("a",), ("a", 1)]:
    print(getattr(k, op)())

# expect: accept
# why: round 15 (issue 13, honest14b p44's `sorted(r.__dict__)`): x.__dict__ read in
#   place is vars(x), for a name bound once to an instance of the program's own
#   closed class.
class Record:
    def __init__(self, **fields):
        for k, v in fields.items():
            setattr(self, k, v)

r = Record(name="ada", score=3)
print(sorted(r.__dict__), r.__dict__.get("score"), len(r.__dict__))
for key in r.__dict__:
    print(key)

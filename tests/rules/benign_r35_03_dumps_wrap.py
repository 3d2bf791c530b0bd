# expect: accept
# why: look-alike of round 35b: json.dumps without cls= answers exact text (its encoder is the library's), so textwrap.wrap over it builds the program's list although an escaping method of the program returns a parameter
import json
import textwrap


class Report:
    def __init__(self, rows):
        self.rows = rows

    def hook(self):
        return self.summary

    def summary(self, o):
        return {"n": len(self.rows), "first": o}


rep = Report([1, 2, 3])
text = json.dumps({"rows": rep.rows, "title": "weekly report"}, default=rep.hook())
lines = textwrap.wrap(text, 20)
lines.append("-- end --")
print("\n".join(lines))

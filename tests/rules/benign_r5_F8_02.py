# expect: accept
# why: **kwargs to methods named like logging's in a program that does not import
# logging; in one that does, keywords written out
class Journal:
    def __init__(self):
        self.lines = []

    def error(self, message, **context):
        self.lines.append((message, sorted(context.items())))

    def info(self, message, **context):
        self.error(message, **context)


j = Journal()
options = {"code": 3}
j.error("disk", **options)
j.info("ok", user="ann")
print(j.lines)

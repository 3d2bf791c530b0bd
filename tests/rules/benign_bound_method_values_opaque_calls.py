# expect: accept
# why: self.on_mail (self of a closed class's __init__) and log.on_line (log bound once, to Log()) are bound methods: an opaque call's arguments fill word, never self, so self.outbox and self.lines stay the program's lists
import keyword


class Mailer:
    def __init__(self):
        self.outbox = []
        self.handlers = {"mail": self.on_mail}

    def on_mail(self, word):
        self.outbox.append(word)

    def run(self, kind, *args):
        self.handlers[kind](*args)


class Log:
    def __init__(self):
        self.lines = []

    def on_line(self, word):
        self.lines.append(word)


mailer = Mailer()
log = Log()
callbacks = [log.on_line]
for cb in callbacks:
    cb(keyword.kwlist)
mailer.run("mail", keyword.kwlist)
print(len(mailer.outbox), len(log.lines))

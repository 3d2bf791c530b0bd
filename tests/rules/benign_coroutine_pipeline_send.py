# expect: accept
# why: generator-based coroutines driven with send()
def printer(prefix):
    received = []
    while True:
        item = yield received
        received.append(f"{prefix}{item}")


def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)


sink = printer("> ")
next(sink)
filt = grep("error", sink)
next(filt)
for line in ["ok", "error: disk", "fine", "error: net"]:
    filt.send(line)
print(sink.send("done"))
sink.close()
filt.close()

# expect: accept
# why: a program that uses bytearray and joins: string separators with generators, a
#   bytearray separator over a list or list(...) of a generator, a thread's join
import threading

frame = bytearray(b"\x00" * 4)
frame[0] = 0x7E
words = ["alpha", "beta", "gamma"]
print(", ".join(w.upper() for w in words))
print(b"|".join(bytes([c]) for c in frame))
sep = bytearray(b"--")
print(sep.join([b"a", b"b"]))
print(sep.join(list(w.encode() for w in words)))
print(sep.join([w.encode() for w in words]))
results = []
worker = threading.Thread(target=results.append, args=(len(frame),))
worker.start()
worker.join()
worker.join(0.5)
worker.join(timeout=1)
print(results)

# expect: reject memory
# line: 1
# why: another thread may end its redirect while this one prints, freeing the stream print holds borrowed (gh-130163)
import contextlib
import io
import threading


def quiet():
    with contextlib.redirect_stdout(io.StringIO()):
        pass


t = threading.Thread(target=quiet)
t.start()
print("main")
t.join()

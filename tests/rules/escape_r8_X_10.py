# expect: reject store
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the main thread's run replaced)
# why: family X: a library function's result that is a shared object: threading.main_thread() is the process's main Thread; a store on it replaces its run.
import threading


def fake():
    print("PWNED: the main thread's run replaced")


threading.main_thread().run = fake
threading.main_thread().run()

# A daemon thread's refused call timed to the runner's end: the main thread returns,
# finish() tells PID 1 the status (0) and waits, and meanwhile the daemon thread,
# released once the main thread is marked stopped (finish's threading._shutdown),
# calls open("/etc/passwd"). PID 1 stops the runner
# when it has the message; the refusal lands before the stop, across it, or never
# (stopped first). The answer must say what happened: refused (126, the label, the
# wall's line) or ok with no trace of a refusal; never ok with the wall's line, as
# when the stop cut refuse() in half.
import sys
import threading

sys.setswitchinterval(1e-5)
main = threading.main_thread()

def late():
    while main.is_alive():
        pass
    for _ in range(int(sys.argv[1]) if len(sys.argv) > 1 else 100):
        pass
    open("/etc/passwd")

threading.Thread(target=late, daemon=True).start()
print("main done")

# ok_01 (honest program, behaves differently from python3): output at interpreter exit is lost
#
# Mechanism: the runner no longer runs Py_Finalize. entrypoint.finish() joins non-daemon
#   threads, runs the atexit handlers, flushes sys.stdout and sys.stderr, and then calls
#   os._exit. Objects still alive at the end are never collected. So:
#   (a) a module-level object's __del__ never runs, and its print is lost;
#   (b) a TextIOWrapper (or BufferedWriter) the program made over sys.stdout.buffer and
#       did not flush is never flushed, so its text is lost.
#   python3 prints both lines (the module teardown collects the object and flushes the
#   wrapper). The finish() docstring says "objects still alive are not collected, which
#   only files left open in the throw-away /tmp could notice", but (a) and (b) show the
#   difference on stdout itself.
# Goal: "any honest program that now behaves differently from python3". There is no
#   security effect.
# Also seen: --no-wall prints the same 10 bytes, so finish() is used with or without the wall.
#
# plain python3 (docker run --rm --network none -i --entrypoint python3 safe-exec-sandbox:r15 -I -):
#   main done
#   A.__del__ ran at exit
#   text left in a TextIOWrapper over sys.stdout.buffer (flushed when collected)
#
# sb-run output (export SAFE_EXEC_IMAGE=safe-exec-sandbox:r15; build/sb-run --full FILE):
#   status: ok   exit_code: 0
#   duration 1 ms, cpu 0 ms, memory peak 13828 KiB, fresh container
#   --- stdout (10 bytes)
#   main done
#   --- stderr (0 bytes)
#
import io, sys
class A:
    def __del__(self):
        print("A.__del__ ran at exit", flush=True)
a = A()
out = io.TextIOWrapper(sys.stdout.buffer, write_through=False)
print("main done", flush=True)
out.write("text left in a TextIOWrapper over sys.stdout.buffer (flushed when collected)\n")

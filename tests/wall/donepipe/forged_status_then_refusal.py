# The fifteenth wall round's ok_03, as found: a status written early to the runner's done
# descriptor, then a refused call. The answer must say the wall refused open, every time.
#
# ok_03: END REPORT ALTERED THROUGH THE NEW DONE PIPE. A refusal by the wall is answered as
#        "status: ok exit_code: 0" with no refusal label
#
# Mechanism: the runner's done pipe (done_w, fd 11 in the runner; find it with os.fstat,
#   which raises no audit event) is writable by the program. os.write raises no event.
#   The program writes b"0\n" first. PID 1's run_wait takes that as "done, status 0".
#   PID 1 then reads the figures, SIGSTOPs everything (run_stop) and only then reads the
#   proof page (wall_proof). Meanwhile the program makes a refused call (open
#   /etc/passwd). When the stop lands before refuse() has written its proof, the answer
#   says ok / exit 0 with no "Refused by the runtime wall" label. This is what happened in
#   4 of 6 runs. In 2 of them the wall's own stderr line still shows the refusal; in the
#   other 2 even that was cut.
#   A plain os._exit(0) could never hide a refusal that had already begun. Here the
#   program claims its status before the refused operation, and the stop cuts refuse()
#   short. The docstring says the message "claims only what os._exit could: a status of
#   0-255 at a moment of the program's choice". This run shows that it also claims
#   "nothing was refused" for a refusal that then happens.
#   Also seen (d2): output written after the message still appears in the answer (one
#   more line of a print loop). The program runs on, unaccounted, between PID 1's
#   figures and the SIGSTOP.
# Goal: forge the run's end report / make the answer claim something that did not
#   happen (the wall did refuse an operation; the answer says ok, exit 0, not refused).
#   Racy: 4 of 6 runs.
# Plain python3: there is no done pipe (fd 11 is EBADF). The attack exists only in the
#   sandbox's reporting.
#
# sb-run output (export SAFE_EXEC_IMAGE=safe-exec-sandbox:r15; build/sb-run --full FILE), 6 runs:
#   status: ok   exit_code: 0   |duration 0 ms, cpu 0 ms, memory peak 13796 KiB, fresh container|--- stdout (0 bytes)|--- stderr (45 bytes)|safe-exec: refused by the runtime wall: open|
#   status: ok   exit_code: 0   |duration 0 ms, cpu 0 ms, memory peak 13640 KiB, fresh container|--- stdout (0 bytes)|--- stderr (45 bytes)|safe-exec: refused by the runtime wall: open|
#   status: error   exit_code: 126   Refused by the runtime wall: open|duration 1 ms, cpu 1 ms, memory peak 13392 KiB, fresh container|--- stdout (0 bytes)|--- stderr (45 bytes)|safe-exec: refused by the runtime wall: open|
#   status: ok   exit_code: 0   |duration 0 ms, cpu 0 ms, memory peak 13748 KiB, fresh container|--- stdout (0 bytes)|--- stderr (0 bytes)|
#   status: ok   exit_code: 0   |duration 0 ms, cpu 0 ms, memory peak 13648 KiB, fresh container|--- stdout (0 bytes)|--- stderr (0 bytes)|
#   status: error   exit_code: 126   Refused by the runtime wall: open|duration 1 ms, cpu 1 ms, memory peak 13444 KiB, fresh container|--- stdout (0 bytes)|--- stderr (45 bytes)|safe-exec: refused by the runtime wall: open|
#
import sys
os = sys.modules["os"]
os.write(11, b"0\n")          # "done, status 0", written early
try:
    open("/etc/passwd")        # refused by the wall meanwhile
except BaseException as e:
    print("caught", type(e).__name__)
print("still running")

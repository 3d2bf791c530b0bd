/*
 * selftest.c - the probe scripts and the reading of their answers.
 *
 * The memory probe runs last and in a forked child that allocates (and touches)
 * 64 MiB more than the limit: when the limit holds the kernel kills the child, the
 * parent sees SIGKILL and reports. Should the whole container be killed instead, the
 * other probes have already printed (flushed) and the run ends as memory_limit,
 * which also proves the limit.
 */
#include "selftest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const probe_names[SELFTEST_NPROBES] = {
    "network_disabled", "readonly_rootfs", "tmp_writable", "non_root", "memory_limit",
    "runtime_wall",
};

static void report_passed(selftest_report *rep)
{
    rep->passed = true;
    for (int i = 0; i < SELFTEST_NPROBES; i++)
        if (!rep->probes[i].ok)
            rep->passed = false;
}

/* The first line of what the run wrote to stderr, for a failure's detail. */
static void first_err_line(const sb_result *res, const char **line, int *len)
{
    const char *e = res && res->err ? res->err : "";
    const char *enl = strchr(e, '\n');
    *line = e;
    *len = (int)(enl ? (size_t)(enl - e) : strlen(e));
}

static const char script_fmt[] =
    "import errno, os, socket\n"
    "LIMIT = %lld\n"
    "def report(name, ok, detail):\n"
    "    detail = ' '.join(str(detail).split())[:150]\n"
    "    print('PROBE %%s %%s %%s' %% (name, 'ok' if ok else 'fail', detail), flush=True)\n"
    "def guard(name, fn):\n"
    "    try:\n"
    "        fn()\n"
    "    except Exception as e:\n"
    "        report(name, False, 'probe crashed: %%r' %% (e,))\n"
    "def network():\n"
    "    try:\n"
    "        ifaces = sorted(os.listdir('/sys/class/net'))\n"
    "    except OSError:\n"
    "        ifaces = None\n"
    "    routes = []\n"
    "    for fam, addr in ((socket.AF_INET, '192.0.2.1'), (socket.AF_INET6, '2001:db8::1')):\n"
    "        try:\n"
    "            s = socket.socket(fam, socket.SOCK_DGRAM)\n"
    "        except OSError:\n"
    "            continue\n"
    "        try:\n"
    "            s.connect((addr, 9))\n"  /* UDP: picks a route, sends nothing */
    "            routes.append(addr)\n"
    "        except OSError:\n"
    "            pass\n"
    "        finally:\n"
    "            s.close()\n"
    "    ok = not routes and ifaces in (None, ['lo'])\n"
    "    report('network_disabled', ok, 'interfaces: %%s; routes out: %%s' %% (\n"
    "        ','.join(ifaces) if ifaces is not None else 'unknown', ','.join(routes) or 'none'))\n"
    "def rootfs():\n"
    "    ro = bool(os.statvfs('/').f_flag & os.ST_RDONLY)\n"
    "    try:\n"
    "        open('/usr/lib/.safe-exec-probe', 'w').close()\n"
    "        wrote = True\n"
    "    except OSError as e:\n"
    "        wrote = False\n"
    "    report('readonly_rootfs', ro and not wrote,\n"
    "           '/ mounted %%s; write under /usr %%s' %% ('read-only' if ro else 'read-write',\n"
    "           'succeeded' if wrote else 'refused'))\n"
    "def tmp():\n"
    "    data = b'x' * 1048576\n"
    "    p = '/tmp/.safe-exec-probe'\n"
    "    with open(p, 'wb') as f:\n"
    "        f.write(data)\n"
    "    with open(p, 'rb') as f:\n"
    "        back = f.read()\n"
    "    os.unlink(p)\n"
    "    report('tmp_writable', back == data, 'wrote and read back 1 MiB in /tmp')\n"
    "def user():\n"
    "    cap = '?'\n"
    "    try:\n"
    "        for line in open('/proc/self/status'):\n"
    "            if line.startswith('CapEff:'):\n"
    "                cap = line.split()[1]\n"
    "    except OSError:\n"
    "        pass\n"
    "    uid, euid = os.getuid(), os.geteuid()\n"
    "    ok = uid != 0 and euid != 0 and (cap == '?' or int(cap, 16) == 0)\n"
    "    report('non_root', ok, 'uid %%d, euid %%d, effective capabilities %%s' %% (uid, euid, cap))\n"
    "def memory():\n"
    "    cg = 'unknown'\n"
    "    for p in ('/sys/fs/cgroup/memory.max', '/sys/fs/cgroup/memory/memory.limit_in_bytes'):\n"
    "        try:\n"
    "            cg = open(p).read().strip()\n"
    "            break\n"
    "        except OSError:\n"
    "            pass\n"
    "    pid = os.fork()\n"
    "    if pid == 0:\n"
    "        try:\n"
    "            b = b'\\x01' * (LIMIT + 64 * 1048576)\n"
    "            os._exit(0)\n"
    "        except MemoryError:\n"
    "            os._exit(3)\n"
    "    _, st = os.waitpid(pid, 0)\n"
    "    if os.WIFSIGNALED(st):\n"
    "        report('memory_limit', True, 'limit+64 MiB killed by signal %%d; cgroup limit %%s' %% (os.WTERMSIG(st), cg))\n"
    "    elif os.WEXITSTATUS(st) == 3:\n"
    "        report('memory_limit', True, 'limit+64 MiB refused (MemoryError); cgroup limit %%s' %% cg)\n"
    "    else:\n"
    "        report('memory_limit', False, 'allocated limit+64 MiB; cgroup limit %%s' %% cg)\n"
    "for name, fn in (('network_disabled', network), ('readonly_rootfs', rootfs),\n"
    "                 ('tmp_writable', tmp), ('non_root', user), ('memory_limit', memory)):\n"
    "    guard(name, fn)\n";

size_t selftest_script(int64_t memory_bytes, char *buf, size_t size)
{
    int n = snprintf(buf, size, script_fmt, (long long)memory_bytes);
    if (n < 0 || (size_t)n >= size)
        return 0;
    return (size_t)n;
}

static int probe_index(const char *name, size_t len)
{
    for (int i = 0; i < SELFTEST_WALL_PROBE; i++)
        if (strlen(probe_names[i]) == len && memcmp(probe_names[i], name, len) == 0)
            return i;
    return -1;
}

void selftest_parse(const char *out, size_t out_len, const sb_result *res,
                    selftest_report *rep)
{
    bool seen[SELFTEST_WALL_PROBE] = {false};
    memset(rep, 0, sizeof(*rep));
    for (int i = 0; i < SELFTEST_NPROBES; i++)
        rep->probes[i].name = probe_names[i];
    snprintf(rep->probes[SELFTEST_WALL_PROBE].detail, SELFTEST_DETAIL_MAX, "not run");

    const char *p = out, *end = out ? out + out_len : NULL;
    while (p && p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        if ((size_t)(le - p) > 6 && memcmp(p, "PROBE ", 6) == 0) {
            const char *name = p + 6;
            const char *sp = memchr(name, ' ', (size_t)(le - name));
            if (sp) {
                int idx = probe_index(name, (size_t)(sp - name));
                const char *verdict = sp + 1;
                size_t rest = (size_t)(le - verdict);
                if (idx >= 0 && !seen[idx]) {
                    selftest_probe *pr = &rep->probes[idx];
                    bool ok = rest >= 2 && memcmp(verdict, "ok", 2) == 0 &&
                              (rest == 2 || verdict[2] == ' ');
                    const char *detail = verdict + (ok ? 2 : 4);
                    if (detail < le && *detail == ' ')
                        detail++;
                    if (detail > le)
                        detail = le;
                    snprintf(pr->detail, sizeof(pr->detail), "%.*s", (int)(le - detail),
                             detail);
                    pr->ok = ok;
                    seen[idx] = true;
                }
            }
        }
        p = nl ? nl + 1 : end;
    }

    for (int i = 0; i < SELFTEST_WALL_PROBE; i++) {
        selftest_probe *pr = &rep->probes[i];
        if (seen[i])
            continue;
        if (i == 4 && res && res->status == SB_MEMORY_LIMIT) {
            pr->ok = true;
            snprintf(pr->detail, sizeof(pr->detail),
                     "the probe run was stopped at the memory limit");
        } else {
            const char *e;
            int elen;
            first_err_line(res, &e, &elen);
            pr->ok = false;
            snprintf(pr->detail, sizeof(pr->detail),
                     "no answer from the probe (run %s, exit %d%s%.*s)",
                     res ? sb_status_name(res->status) : "missing",
                     res ? res->exit_code : -1, elen ? ": " : "", elen, e);
        }
    }
    report_passed(rep);
}

void selftest_judge_wall(const sb_result *res, bool wall_on, selftest_report *rep)
{
    static const char marker[] = "wall probe\n";
    selftest_probe *pr = &rep->probes[SELFTEST_WALL_PROBE];
    bool printed = res && res->out && res->out_len >= sizeof(marker) - 1 &&
                   memcmp(res->out, marker, sizeof(marker) - 1) == 0;
    const char *e;
    int elen;

    first_err_line(res, &e, &elen);
    pr->ok = false;
    if (!wall_on) {
        pr->ok = true;
        snprintf(pr->detail, sizeof(pr->detail),
                 "off: the server runs with --experiment-no-wall (experiments only)");
    } else if (!res) {
        snprintf(pr->detail, sizeof(pr->detail), "not run");
    } else if (res->wall_refused && strcmp(res->wall_event, "open") == 0 && printed) {
        pr->ok = true;
        snprintf(pr->detail, sizeof(pr->detail),
                 "armed: an honest line printed, open('/etc/passwd') refused");
    } else if (res->wall_refused) {
        /* The kernel or file half could not load (safe_exec.seccomp,
         * safe_exec.landlock): every user run would end the same way. */
        snprintf(pr->detail, sizeof(pr->detail), "the wall refused %s%s%.*s", res->wall_event,
                 elen ? ": " : "", elen, e);
    } else {
        snprintf(pr->detail, sizeof(pr->detail),
                 "open('/etc/passwd') was not refused (run %s, exit %d%s%.*s)",
                 sb_status_name(res->status), res->exit_code, elen ? ": " : "", elen, e);
    }
    report_passed(rep);
}

/* One probe run; -1 (err filled) when the sandbox failed or the run ran out of time. */
static int probe_run(sb_sandbox *sb, const char *code, size_t code_len, double timeout_s,
                     bool wall_off, sb_result *res, se_error *err)
{
    sb_request req = {.code = code, .code_len = code_len, .timeout_s = timeout_s,
                      .wall_off = wall_off};
    if (sb_run(sb, &req, res, err) < 0)
        return -1;
    if (res->status == SB_TIMEOUT) {
        /* Inconclusive, not failed: a limit that does not hold shows as a probe that
         * reports "fail", while a probe that runs out of time says the machine is
         * busy. Failing here would refuse runs until a restart; the caller retries,
         * and runs wait (503) until a probe completes. */
        sb_result_clear(res);
        err->code = SB_ERR_INTERNAL;
        snprintf(err->message, sizeof(err->message),
                 "the self-test probe did not finish within %g s (a busy machine?)",
                 timeout_s);
        return -1;
    }
    return 0;
}

int selftest_run(sb_sandbox *sb, int64_t memory_bytes, double timeout_s, bool wall_on,
                 selftest_report *rep, se_error *err)
{
    static const char wall_code[] = SELFTEST_WALL_CODE;
    char script[8192];
    sb_result res, wres;
    int rc = -1;

    memset(&res, 0, sizeof(res));
    memset(&wres, 0, sizeof(wres));
    size_t n = selftest_script(memory_bytes, script, sizeof(script));
    if (n == 0) {
        err->code = SB_ERR_INTERNAL;
        se_error_set(err, 0, "self-test script too long");
        goto out;
    }
    /* The limits probe tests the container's own limits: the runtime wall would
     * refuse it first (opening files, sockets). */
    if (probe_run(sb, script, n, timeout_s, true, &res, err) < 0)
        goto out;
    if (wall_on && probe_run(sb, wall_code, sizeof(wall_code) - 1, timeout_s, false, &wres,
                             err) < 0)
        goto out;
    selftest_parse(res.out, res.out_len, &res, rep);
    selftest_judge_wall(wall_on ? &wres : NULL, wall_on, rep);
    rc = 0;
out:
    sb_result_clear(&res);
    sb_result_clear(&wres);
    return rc;
}

/*
 * main.c - safe-exec: runs untrusted Python over HTTP.
 *
 * Parses the configuration, starts the server, then waits for SIGINT or SIGTERM on
 * this thread alone (every other thread has them blocked, so no handler runs in the
 * middle of anything) and shuts down in order: stop accepting, end the runs, answer,
 * remove the sandbox's containers, exit 0.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "config.h"
#include "se_log.h"
#include "server.h"

/* Every connection holds a descriptor, and so does every engine call: make room for
 * --max-connections of them within the hard limit (the soft one is often 1024). */
static void raise_fd_limit(unsigned connections)
{
    struct rlimit rl;
    rlim_t want = (rlim_t)connections + 256;
    if (getrlimit(RLIMIT_NOFILE, &rl) != 0 || rl.rlim_cur >= want)
        return;
    rl.rlim_cur = rl.rlim_max == RLIM_INFINITY || rl.rlim_max > want ? want : rl.rlim_max;
    if (setrlimit(RLIMIT_NOFILE, &rl) != 0 || rl.rlim_cur < want)
        se_log("only %llu file descriptors allowed: --max-connections %u may not be "
                 "reached", (unsigned long long)rl.rlim_cur, connections);
}

int main(int argc, char **argv)
{
    cfg c;
    se_error ce;
    se_error se;
    sigset_t stop;
    int sig = 0;

    if (cfg_parse(&c, argc, argv, NULL, &ce) < 0) {
        fprintf(stderr, "safe-exec: %s\n", ce.message);
        return 2;
    }
    if (c.help) {
        cfg_help(stdout, "safe-exec");
        return 0;
    }

    /* Blocked before any thread exists, so every thread inherits the mask. */
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop, NULL);
    signal(SIGPIPE, SIG_IGN);

    raise_fd_limit(c.max_connections);
    srv *s = srv_new(&c, &se);
    if (!s) {
        fprintf(stderr, "safe-exec: %s\n", se.message);
        return 1;
    }
    se_log("listening on http://%s%s%s:%u (runs: %u at once, %u queued; pool %u; "
             "API key %s)", strchr(c.host, ':') ? "[" : "", c.host,
             strchr(c.host, ':') ? "]" : "", srv_port(s), c.concurrency, c.queue, c.pool,
             c.api_key[0] ? "required" : "off");

    if (sigwait(&stop, &sig) != 0)
        sig = SIGTERM;
    se_log("received %s: shutting down", sig == SIGINT ? "SIGINT" : "SIGTERM");
    srv_shutdown(s);
    srv_free(s);
    se_log("stopped");
    return 0;
}

"""A PostgreSQL cluster of the test's own: initdb in a temporary directory, started on a
free port of 127.0.0.1 with its socket in that directory, stopped and removed at the end.
Never the machine's default cluster.

As a module: `with Cluster() as pg: pg.url` (pg.stop() / pg.start() mid-test).
As a command: `pgcluster.py CMD ARGS...` runs CMD with SAFE_EXEC_TEST_DB set to the
cluster's URL and exits with its status."""

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile


def bindir():
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                  key=lambda d: int(d.split("/")[-2]))
    if not dirs:
        raise RuntimeError("PostgreSQL is not installed (Debian package postgresql)")
    return dirs[-1]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self):
        self.bin = bindir()
        self.dir = None
        self.port = None
        self.user = None

    def _cmd(self, *args):
        cmd = [os.path.join(self.bin, args[0]), *args[1:]]
        if os.getuid() == 0:           # initdb and postgres refuse to run as root
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True, check=False)

    def __enter__(self):
        self.dir = tempfile.mkdtemp(prefix="safe-exec-pg-")
        self.user = "postgres" if os.getuid() == 0 else pwd.getpwuid(os.getuid()).pw_name
        if os.getuid() == 0:
            shutil.chown(self.dir, self.user)
        self.port = free_port()
        r = self._cmd("initdb", "-D", os.path.join(self.dir, "data"), "-A", "trust",
                      "-U", "postgres", "--locale=C", "-E", "UTF8")
        if r.returncode != 0:
            self.__exit__()
            raise RuntimeError("initdb failed:\n" + r.stdout)
        self.start()
        return self

    @property
    def url(self):
        return "postgresql://postgres@127.0.0.1:%d/postgres" % self.port

    def start(self):
        r = self._cmd("pg_ctl", "-D", os.path.join(self.dir, "data"), "-w", "-t", "60",
                      "-l", os.path.join(self.dir, "log"), "-o",
                      "-p %d -h 127.0.0.1 -k %s -c fsync=off" % (self.port, self.dir), "start")
        if r.returncode != 0:
            log = open(os.path.join(self.dir, "log"), errors="replace").read()
            raise RuntimeError("pg_ctl start failed:\n" + r.stdout + log)

    def stop(self, mode="fast"):
        self._cmd("pg_ctl", "-D", os.path.join(self.dir, "data"), "-w", "-m", mode, "stop")

    def psql(self, sql):
        r = self._cmd("psql", "-X", "-q", "-A", "-t", "-h", self.dir, "-p", str(self.port),
                      "-U", "postgres", "-c", sql)
        if r.returncode != 0:
            raise RuntimeError("psql: " + r.stdout)
        return r.stdout.strip()

    def __exit__(self, *exc):
        if self.dir:
            if os.path.exists(os.path.join(self.dir, "data", "postmaster.pid")):
                self.stop("immediate")
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: pgcluster.py CMD [ARGS...]")
    with Cluster() as pg:
        env = dict(os.environ, SAFE_EXEC_TEST_DB=pg.url)
        rc = subprocess.call(sys.argv[1:], env=env)
    sys.exit(rc)


if __name__ == "__main__":
    main()

"""The classic attacks on a code runner, as Python programs for the sandbox.

Each program reports what it tried on lines of its own:
    @probe <name> BLOCKED errno=<N> <exception text>   the attempt failed with an OSError
    @probe <name> OPEN <detail>                         the attempt worked
    @probe <name> VALUE <key>=<value>                   a fact for the report to judge
    @probe <name> INFO <detail>                         context, judged by nothing
The programs never say which layer stopped them: report.py derives that from the
errno, the values and the run's status, so the table shows what really happened.
"""

PRELUDE = '''
def probe(name, fn):
    try:
        print('@probe', name, 'OPEN', fn(), flush=True)
    except OSError as e:
        print('@probe', name, 'BLOCKED', 'errno=%s' % e.errno, '%s: %s' % (type(e).__name__, e),
              flush=True)
'''


def _passwd():
    return PRELUDE + '''
import hashlib
with open('/etc/passwd', 'rb') as f:
    data = f.read()
users = [l.split(b':')[0].decode() for l in data.splitlines() if l]
print('@probe passwd OPEN %d users (%s) sha256=%s' % (len(users), ','.join(users[-3:]),
      hashlib.sha256(data).hexdigest()))
'''


WRITE_OUTSIDE_TMP = PRELUDE + '''
import os
for path in ('/etc/escaped', '/usr/lib/escaped', '/escaped', os.path.expanduser('~/escaped')):
    probe('write ' + path, lambda p=path: open(p, 'w').write('x'))
'''

WRITE_TMP = PRELUDE + '''
def rw():
    with open('/tmp/probe.bin', 'wb') as f:
        f.write(b'x' * (1 << 20))
    with open('/tmp/probe.bin', 'rb') as f:
        return 'wrote and read back %d bytes in /tmp' % len(f.read())
probe('/tmp', rw)
'''

FILL_DISK = '''
n = 0
try:
    with open('/tmp/fill', 'wb') as f:
        while n < (512 << 20):
            f.write(b'\\0' * (1 << 20))
            f.flush()
            n += 1 << 20
    print('@probe fill OPEN wrote %d MiB' % (n >> 20))
except OSError as e:
    print('@probe fill BLOCKED errno=%s after %d MiB: %s' % (e.errno, n >> 20, e))
'''

NETWORK = PRELUDE + '''
import socket
def tcp(host, port):
    socket.create_connection((host, port), timeout=3).close()
    return 'connected to %s:%d' % (host, port)
def udp():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.sendto(b'x', ('8.8.8.8', 53))
    return 'sent a datagram to 8.8.8.8:53'
probe('tcp 1.1.1.1:443', lambda: tcp('1.1.1.1', 443))
probe('tcp docker bridge 172.17.0.1:2375', lambda: tcp('172.17.0.1', 2375))
probe('udp 8.8.8.8:53', udp)
probe('dns example.com', lambda: socket.getaddrinfo('example.com', 80))
'''

# Children live a few seconds, so the bomb meets the pid limit and the run still ends.
FORK_BOMB = '''
import os, time
n = 0
try:
    while n < 2000:
        if os.fork() == 0:
            time.sleep(3)
            os._exit(0)
        n += 1
    print('@probe fork OPEN %d processes' % n, flush=True)
except OSError as e:
    print('@probe fork BLOCKED errno=%s after %d processes: %s' % (e.errno, n, e), flush=True)
try:
    while True:
        os.wait()
except ChildProcessError:
    pass
'''

# Passes the checker on purpose: only the container can stop it.
MEMORY_BOMB = '''
hog = []
while True:
    hog.append(' ' * (8 << 20))
'''

INFINITE_LOOP = '''
while True:
    pass
'''

CPU_BURN = '''
import os, time
def cpu_quota():
    # cgroup v2 names it cpu.max; v1 splits it in two files of the cpu controller.
    for files in (('/sys/fs/cgroup/cpu.max',),
                  ('/sys/fs/cgroup/cpu/cpu.cfs_quota_us', '/sys/fs/cgroup/cpu/cpu.cfs_period_us')):
        try:
            return '/'.join(' '.join(open(f).read().split()) for f in files).replace(' ', '/')
        except OSError:
            pass
    return 'unreadable'
def throttled():
    for f in ('/sys/fs/cgroup/cpu.stat', '/sys/fs/cgroup/cpu/cpu.stat'):
        try:
            for line in open(f):
                if line.startswith('nr_throttled'):
                    return line.split()[1]
        except OSError:
            pass
    return '?'
N = 4
t0 = time.monotonic()
pids = []
for i in range(N):
    pid = os.fork()
    if pid == 0:
        end = time.monotonic() + 2.0
        while time.monotonic() < end:
            pass
        os._exit(0)
    pids.append(pid)
cpu = 0.0
for p in pids:
    ru = os.wait4(p, 0)[2]
    cpu += ru.ru_utime + ru.ru_stime
wall = time.monotonic() - t0
print('@probe cpu VALUE cores=%.2f processes=%d cpu=%.2fs wall=%.2fs quota=%s throttled=%s'
      % (cpu / wall, N, cpu, wall, cpu_quota(), throttled()), flush=True)
'''


def _host_paths(host_files):
    files = ''.join('probe(%r, lambda: open(%r, "rb").read(64))\n' % ('read host ' + p, p)
                    for p in host_files)
    return PRELUDE + '''
import os, socket
probe('read /proc/1/environ', lambda: open('/proc/1/environ', 'rb').read())
probe('list /root', lambda: os.listdir('/root'))
probe('read /etc/shadow', lambda: open('/etc/shadow').read(64))
def docker_sock():
    s = socket.socket(socket.AF_UNIX)
    s.connect('/var/run/docker.sock')
    return 'connected to the engine socket'
probe('connect /var/run/docker.sock', docker_sock)
''' + files


PRIVILEGES = PRELUDE + '''
import os, shutil, subprocess
print('@probe uid VALUE uid=%d euid=%d' % (os.getuid(), os.geteuid()))
probe('setuid(0)', lambda: os.setuid(0))
probe('setgid(0)', lambda: os.setgid(0))
status = dict(l.split(':', 1) for l in open('/proc/self/status').read().splitlines() if ':' in l)
print('@probe capabilities VALUE CapEff=%s' % status['CapEff'].strip())
print('@probe no_new_privs VALUE NoNewPrivs=%s' % status['NoNewPrivs'].strip())
for tool in ('sudo', 'su'):
    path = shutil.which(tool)
    if not path:
        print('@probe %s VALUE absent' % tool)
        continue
    r = subprocess.run([path, 'root', '-c', 'id -u'] if tool == 'su' else [path, '-n', 'id', '-u'],
                       stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=5)
    if r.stdout.strip() == '0':
        print('@probe %s OPEN became root' % tool)
    else:
        first = (r.stderr.strip().splitlines() or [''])[0]
        print('@probe %s VALUE exit=%d %s' % (tool, r.returncode, first))
'''

# No import at all: it climbs from a tuple to os through the class hierarchy.
SUBCLASS_WALK = PRELUDE + '''
g = None
for c in ().__class__.__bases__[0].__subclasses__():
    if c.__name__ == '_wrap_close':
        g = c.__init__.__globals__
print('@probe walk INFO', 'reached the os module' if g else 'os not found')
probe('os.open /etc via the walk', lambda: g['open']('/etc/escaped', g['O_WRONLY'] | g['O_CREAT']))
probe('os.setuid(0) via the walk', lambda: g['setuid'](0))
probe('os.stat docker.sock via the walk', lambda: g['stat']('/var/run/docker.sock'))
'''


def all_experiments(host_files):
    """(name, code, timeout seconds, benign) in report order."""
    return [
        ("read /etc/passwd", _passwd(), 10, True),
        ("write outside /tmp", WRITE_OUTSIDE_TMP, 10, False),
        ("write to /tmp", WRITE_TMP, 10, True),
        ("fill the disk", FILL_DISK, 10, False),
        ("network connection", NETWORK, 10, False),
        ("fork bomb", FORK_BOMB, 20, False),
        ("memory bomb", MEMORY_BOMB, 20, False),
        ("infinite loop", INFINITE_LOOP, 2, False),
        ("CPU burn (4 processes)", CPU_BURN, 10, False),
        ("read host paths", _host_paths(host_files), 10, False),
        ("escalate privileges", PRIVILEGES, 10, False),
        ("subclass-walk escape", SUBCLASS_WALK, 10, False),
    ]

# expect: reject dunder
# line: 23
# verified: tenth static red team (round 10a), ok_04 (plain python3 3.11.7, temp dir: goal reached)
#
# Mechanism: family E (library __new__ as the allowed 'X.__new__(cls, ...)' return): K.__new__ returns enum.Enum.__new__(cls, 1) = K._value2member_map_[1], the program's own ArgumentParser; __getnewargs__ makes copy.deepcopy(K()) call it, and copy._reconstruct does y.__dict__.update(state) with K's instance dict. The key fromfile_prefix_chars is put in K's instance dict by setattr(self, key, value) in a closed class with a run-time (non-dunder, attribute-list) name
# Goal reached: /etc/passwd read (argparse opens it and prints each line as an unrecognised argument)
# Output seen under python3 (3.11.7), run in a fresh temp dir:
#   usage: p [-h] [--name NAME]
#   p: error: unrecognized arguments: root:x:0:0:root:/root:/bin/bash daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin bin:x:2:2:bin:/bin:/usr/sbin/nologin sys:x:3:3:sys:/dev:/usr/sbin/nologin sync:x:4:65534:sync:/bin:/bin/sync games:x:5:60:games:/usr/games:/usr/sbin/nologin man:x:6:12:man:/var/cache/man:/usr/sbin/nologin lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin mail:x:8:8:mail:/var/mail:/usr/sbin/nologin news:x:9:9:news:/var/spool/news:/usr/sbin/nologin uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin proxy:x:13:13:proxy:/bin:/usr/sbin/nologin www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin backup:x:34:34:backup:/var/backups:/usr/sbin/nologin list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin _apt:x:42:65534::/nonexistent:/usr/sbin/nologin nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin cloudsdk:x:1000:1000::/home/cloudsdk:/bin/bash systemd-network:x:998:998:systemd Network Management:/:/usr/sbin/nologin systemd-timesync:x:997:997:systemd Time Synchronization:/:/usr/sbin/nologin messagebus:x:100:102::/nonexistent:/usr/sbin/nologin polkitd:x:996:996:polkit:/nonexistent:/usr/sbin/nologin postgres:x:101:104:PostgreSQL administrator,,,:/var/lib/postgresql:/bin/bash haproxy:x:102:106::/var/lib/haproxy:/usr/sbin/nologin

import argparse
import copy
import enum

P = argparse.ArgumentParser(prog="p")
P.add_argument("--name", default="x")
SETTINGS = {"fromfile" + "_prefix_chars": "@"}


class K:
    _value2member_map_ = {1: P}

    def __new__(cls, *a):
        if a:
            return enum.Enum.__new__(cls, *a)
        return super().__new__(cls)

    def __init__(self):
        for key in SETTINGS:
            setattr(self, key, SETTINGS[key])

    def __getnewargs__(self):
        return (1,)


copy.deepcopy(K())
P.parse_args(["@/etc/passwd"])

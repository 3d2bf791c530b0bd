# expect: reject module_attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir (third static red team, ok_19_star_import_package_binds_submodule_os)
# Mechanism: star import of a package without __all__ (concurrent) binds the submodule 
#   'futures' under an untracked name; futures.thread.os is the os module
# Goal reached: the os module obtained as a value; printed os.environ entries; ran a process (head /etc/passwd)
# Checker: build/safe-exec-check --rules rules FILE -> exit 0 (accepted)
# Output seen under python3 (3.11.7), run in a throw-away temp dir:
#   | <module 'os' (frozen)>
#   | {'AWS_CA_BUNDLE': '/etc/ssl/certs/ca-certificates.crt', 'CLOUDSDK_CORE_CUSTOM_CA_CERTS_FILE': '/etc/ssl/certs/ca-certificates.crt', 'CLOUD_SDK_VERSION': '528.0.0', 'CONTAINER_NAME': 'rigid-cake-dmgxmz-kwxgrq'}
#   | root:x:0:0:root:/root:/bin/bash
#   | daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
# As ok_18 with `from concurrent import *`: the star import binds the submodule
# `futures`; its lazily imported submodule `thread` holds the os module
# (futures.thread.os), none of which the checker judges as module paths.
import concurrent.futures
from concurrent import *

concurrent.futures.ThreadPoolExecutor  # the package imports .thread on first use
os_module = futures.thread.os
print(os_module)
print({k: os_module.environ[k] for k in sorted(os_module.environ)[:4]})
os_module.system("head -2 /etc/passwd")

# expect: reject module_value
# line: 7
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the module-level __getattr__ of concurrent.futures imports concurrent.futures.process, and with it multiprocessing: True printed, and 'multiprocessing' in sys.modules after it)
# why: round 14, hasattr on a module: a name the module lacks runs its module-level __getattr__, which in concurrent.futures imports a module the import rules refuse

import concurrent.futures as cf
print(hasattr(cf, "ProcessPoolExecutor"))

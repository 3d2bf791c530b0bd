# label: import ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"...)
# A long name is cut inside the quotes, which are closed; "..." after them says so,
# and the whole label fits the 120 bytes PID 1 reports.
__import__("x" * 300)

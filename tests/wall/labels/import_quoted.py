# label: import ("os")
# A module name is the program's text: quoted.
import os

# expect: accept
# why: from array import array, from datetime import datetime, import copy beside from copy import copy as shallow: a module path's mention binds no name (import_mentions)
# honest: names imported from a module of the same name, and a module imported beside its function
import copy
from array import array
from copy import copy as shallow
from datetime import datetime

temps = array("d", [1.5, 2.5])
temps.append(3.0)
stamp = datetime(2024, 5, 1, 12, 30)
later = stamp.replace(hour=13)
grid = [[0, 1], [2]]
rows = copy.copy(grid)
rows.append([3])
flat = shallow([1, 2])
flat.append(3)
print(temps.tolist(), later.isoformat(), rows, flat)

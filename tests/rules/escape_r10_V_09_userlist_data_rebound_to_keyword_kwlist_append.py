# expect: reject store
# line: 14
# verified: tenth static red team (round 10a), ok_09 (plain python3 3.11.7, temp dir: goal reached)
#
# Mechanism: family V (a library wrapper pointed at a library container: a store on a library-made object is allowed (it 'writes that instance'), so UserList().data = keyword.kwlist is accepted, and the wrapper's own append then writes into keyword.kwlist; the store rule judges wrapper.append on a new value)
# Goal reached: write into a standard-library container: keyword.kwlist gains 'pwned'
# Output seen under python3 (3.11.7), run in a fresh temp dir:
#   ['with', 'yield', 'pwned']

import collections
import keyword

wrapper = collections.UserList()
wrapper.data = keyword.kwlist
wrapper.append("pwned")
print(keyword.kwlist[-3:])

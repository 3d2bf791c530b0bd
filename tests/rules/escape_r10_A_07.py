# expect: reject store
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a standard-library list extended: the new item printed)
# why: tenth red team (10b), family A, our own: an asyncio.Queue's get_nowait hands back what was put into it

import asyncio
import keyword

q = asyncio.Queue()
q.put_nowait(keyword.kwlist)
q.get_nowait().append("pwned_by_queue")
print(keyword.kwlist[-1])

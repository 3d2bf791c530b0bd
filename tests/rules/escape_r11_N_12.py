# expect: reject store
# line: 11
# verified: reaches its goal under plain python3 (3.11) in a temp dir (keyword.kwlist extended)
# why: eleventh red team (11a), family N, our own: string.Template keeps its argument as .template (refused before: a library attribute)

import keyword
import string

# string.Template keeps its template argument itself
holder = string.Template(keyword.kwlist)
holder.template.append("pwned")
print(keyword.kwlist[-1])

# expect: reject dunder
# why: attrgetter's literal names are judged like attribute reads
# line: 5
import operator, random
g = operator.attrgetter("__globals__")(random.shuffle)
g["_os"].system("id")

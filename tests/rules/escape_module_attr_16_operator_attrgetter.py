# expect: reject dunder
# why: getattr by another name: its literal names are judged as attribute reads
# line: 5
import operator
print(operator.attrgetter('__globals__')(1))

# expect: reject module_attribute
# why: getattr by another name
# line: 5
import operator
print(operator.attrgetter('__class__')(1))

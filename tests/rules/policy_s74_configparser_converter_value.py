# expect: reject memory
# line: 17
# why: the cost of round 106's judgement of callables handed out as values: a configparser converter def, handed to converters= (which binds get<name> methods by a computed name), is judged, and it calls a str method the checker cannot follow there
import configparser
import difflib
import operator


class Matcher(difflib.SequenceMatcher):
    kind = "words"

    def ratio_percent(self):
        return round(self.ratio() * 100)


def yes_no(text):
    return text.strip().lower() in ("yes", "true")


m = Matcher(None, "kitten", "sitting")
cp = configparser.ConfigParser(converters={"yn": yes_no})
cp.read_string("[s]\nflag = yes\n")
print(m.ratio_percent(), Matcher.kind, cp.getyn("s", "flag"), list(map(operator.add, [1, 2], [3, 4])))

# expect: accept
# why: honest look-alikes of round 23o: a SequenceMatcher subclass with a def override that reads its argument, a class attribute holding text in a library subclass, a configparser with a converter def, map over operator.add
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

# expect: accept
# why: string.Template, string constants, capwords
import string
from string import Template

letter = Template("Dear $name,\nyour order #$order ships ${when}.")
print(letter.substitute(name="Kim", order=42, when="today"))
print(Template("$a and $b").safe_substitute(a=1))
print(string.ascii_lowercase[:5], string.digits, string.punctuation[:4])
print(string.capwords("hello big world"))
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[3:] + string.ascii_lowercase[:3])
print("attack at dawn".translate(table))

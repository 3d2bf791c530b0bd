# expect: accept
import secrets
import string

alphabet = string.ascii_letters + string.digits
password = "".join(secrets.choice(alphabet) for _ in range(16))
print(len(password), all(c in alphabet for c in password), secrets.randbelow(10) < 10, len(secrets.token_bytes(4)))
print(secrets.compare_digest("abc", "abc"))

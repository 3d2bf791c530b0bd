# unittest with main(exit=False)
import unittest

def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True

class TestPrime(unittest.TestCase):
    def test_small(self):
        self.assertFalse(is_prime(1))
        self.assertTrue(is_prime(2))
    def test_composites(self):
        for n in (4, 9, 15, 21):
            with self.subTest(n=n):
                self.assertFalse(is_prime(n))
    def test_list(self):
        self.assertEqual([n for n in range(20) if is_prime(n)], [2, 3, 5, 7, 11, 13, 17, 19])
    def test_raises(self):
        with self.assertRaises(TypeError):
            is_prime("7")
    @unittest.skip("not ready")
    def test_skip(self):
        pass

class TestStrings(unittest.TestCase):
    def setUp(self):
        self.s = "hello"
    def test_upper(self):
        self.assertEqual(self.s.upper(), "HELLO")
    def test_fails_on_purpose(self):
        self.assertIn("z", self.s)

if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=2)
    print("ran", result.result.testsRun, "failures", len(result.result.failures),
          "skipped", len(result.result.skipped))

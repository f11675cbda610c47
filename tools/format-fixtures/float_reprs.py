"""Writes core/src/test/resources/dev/vpclab/cli/format/python-float-repr.txt: doubles and
Python's repr of each, one "<64-bit pattern in hex> <repr>" per line, for PythonFloatTest.

The CLI prints every float with Python's repr (json.dumps, str() in text and table output).
The doubles: edge cases, then random bit patterns, random short decimals and random integers
stored as floats, from a fixed seed so the file is reproducible.

Usage: python3 tools/format-fixtures/float_reprs.py > core/src/test/resources/dev/vpclab/cli/format/python-float-repr.txt
"""

import random
import struct
import sys


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


rng = random.Random(20261127)
values = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1.5, 1e-4, 1e-5, 1.5e-5, 9.999e-5, 1e15, 1e16,
          1e17, 9999999999999998.0, 123456789012345678.0, 1e22, 1e23, 2e23, 5e-324, 1e-323,
          2.2250738585072014e-308, 1.7976931348623157e308, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63,
          2.0 ** 64, 1 / 3, 2 / 3, 100.0, 3333333333333334.0, 1.0000000000000002e16, 0.3,
          float("inf"), float("-inf"), float("nan")]
values += [from_bits(rng.getrandbits(64)) for _ in range(1500)]
values += [rng.randint(1, 10 ** rng.randint(1, 6)) / 10 ** rng.randint(0, 8) for _ in range(800)]
values += [float(rng.randint(0, 2 ** rng.randint(1, 80))) for _ in range(400)]
values += [rng.uniform(-1, 1) * 10.0 ** rng.randint(-30, 30) for _ in range(800)]
values += [from_bits(b) for b in range(1, 40)]  # subnormals with very few significant bits

print("# Doubles as IEEE 754 bit patterns and Python %d.%d's repr of each; "
      "written by tools/format-fixtures/float_reprs.py." % sys.version_info[:2])
for value in values:
    print("%016x %r" % (bits(value), value))

"""Writes core/src/main/resources/dev/vpclab/cli/format/east-asian-wide.txt.

The CLI's table (awscli/table.py, get_text_length) counts a character two columns wide when
unicodedata.east_asian_width(char) is 'W', 'F' or 'A'. Java has no East Asian Width property, so
vpclab ships the ranges as this Python computes them. Both CLIs run on Python 3.11 (Unicode 14.0).

Usage: python3 tools/format-fixtures/east_asian_wide.py > core/src/main/resources/dev/vpclab/cli/format/east-asian-wide.txt
"""

import sys
import unicodedata


def wide_ranges():
    start = None
    for code_point in range(0x110000):
        wide = unicodedata.east_asian_width(chr(code_point)) in "WFA"
        if wide and start is None:
            start = code_point
        elif not wide and start is not None:
            yield start, code_point - 1
            start = None
    if start is not None:
        yield start, 0x10FFFF


print("# Code points that count two columns in the CLI's table width: East Asian Width W, F or A")
print("# in Python %d.%d's unicodedata (Unicode %s). One inclusive range per line, in hex."
      % (sys.version_info[0], sys.version_info[1], unicodedata.unidata_version))
print("# Written by tools/format-fixtures/east_asian_wide.py.")
for first, last in wide_ranges():
    print("%X %X" % (first, last))

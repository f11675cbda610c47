#!/usr/bin/env python3
"""Test vectors for vpclab's ShorthandParser and PyJson: random and hand-picked inputs with what
CLI v2's awscli.shorthand.ShorthandParser and Python's json.loads make of them.

    /usr/bin/python3 tools/oracle/shorthand_vectors.py > core/src/test/resources/dev/vpclab/cli/args/shorthand-vectors.jsonl

Each line: {"kind": "shorthand"|"json", "input": ..., "ok": value} or {..., "error": message}.
The random inputs use a fixed seed, so the file only changes when this script does."""
import json
import random
import sys

sys.path.insert(0, '/usr/lib/python3/dist-packages')
from awscli.shorthand import ShorthandParser, ShorthandParseError  # noqa: E402

HAND = [
    'a=b', 'a=b,c', 'a=b,c=d', 'Key=Name,Value=MyVPC', 'Name=vpc-id,Values=vpc-1,vpc-2',
    'ResourceType=vpc,Tags=[{Key=Name,Value=x}]', 'a=[b,c]', 'a={b=c}', 'a=[]', 'a={}',
    'a=', '=b', 'a', '', ' ', 'a==b', 'a=b,,c=d', 'a=b c', 'a = b , c = d', "a='b,c'",
    'a="b,c"', "a='unterminated", 'a="x\\"y"', "a='x\\'y'", 'a=b\\,c', 'a=[b', 'a={b=c',
    'a=[{b=c},{d=e}]', 'a=b,a=c', 'a={b=c,b=d}', 'a=b\n,c=d', 'a=\nb', 'a=b,\nc==d',
    'a.b-c_d#e/f:g=h', 'a=b=c', 'a=[b=c]', 'a=b]', 'a=b}', 'a={b}', 'a=[,]', 'a=b,', 'a=b, ',
    'a=ünïcode', 'a=😀', 'a=[a b, c d]', "a=[\"x\",'y']", 'k=v1,v2,k2=v3', 'k=v1,v2,,k2=v3',
]
ALPHABET = list('ab=,[]{}\'"\\ \n:-./#') + ['Key', 'Value', 'x1']


def shorthand(text):
    try:
        return {'ok': ShorthandParser().parse(text)}
    except ShorthandParseError as e:
        return {'error': str(e)}


def pyjson(text):
    try:
        return {'ok': json.loads(text)}
    except ValueError as e:
        return {'error': str(e)}


JSON_HAND = ['', ' ', '{', '[', '{"a": 1', '{"a" 1}', '{a: 1}', "{'a': 1}", '[1, 2', '[1 2]',
             '{"a": 1,}', '[1,]', '"abc', '"a\\qb"', '"a\\u12"', '"\x01"', '1 2', 'tru',
             'nul', '{"a": [1, {"b": }]}', '\n\n  {"x": 1} x', '{"a":1}', '[1.5e3, -0, 1E400]',
             'NaN', '-Infinity', '{"a": 1, "a": 2}', '"\\ud83d\\ude00"', '{"k": "v"}}', '-', '0x1',
             '01', '1.', '.5', '{"a":\n 1\n "b": 2}']
JSON_ALPHABET = list('{}[]:,"\' \n\\') + ['1', 'a', 'true', 'null', '"k"', '-1.5e2']


def main():
    rnd = random.Random(20240601)
    out = []
    inputs = list(HAND)
    for _ in range(3000):
        inputs.append(''.join(rnd.choice(ALPHABET) for _ in range(rnd.randint(1, 14))))
    for text in inputs:
        out.append(dict(kind='shorthand', input=text, **shorthand(text)))
    inputs = list(JSON_HAND)
    for _ in range(1500):
        inputs.append(''.join(rnd.choice(JSON_ALPHABET) for _ in range(rnd.randint(1, 12))))
    for text in inputs:
        out.append(dict(kind='json', input=text, **pyjson(text)))
    for line in out:
        sys.stdout.write(json.dumps(line, ensure_ascii=False, allow_nan=True) + '\n')


if __name__ == '__main__':
    main()

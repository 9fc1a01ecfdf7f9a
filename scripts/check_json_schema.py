#!/usr/bin/env python3
"""Validates JSON instances against the shipped JSON Schema files with Python's `jsonschema` only.

Reads a JSON array of instances on standard input and prints a JSON array with, for each instance,
`[valid under draft 2020-12, valid under draft-07]`. Both schemas are first checked against their
meta-schemas. Format checking is on. Used by test/jsonSchema.test.ts; usable by hand:

    echo '[{"title": "x"}]' | python3 scripts/check_json_schema.py
"""
import json
import pathlib
import re
import sys

from jsonschema import Draft7Validator, Draft202012Validator

ROOT = pathlib.Path(__file__).resolve().parent.parent


def load(path):
    with open(ROOT / path, encoding="utf-8") as f:
        return json.load(f)


def main():
    s2020 = load("schemas/job-posting.schema.json")
    s07 = load("schemas/draft-07/job-posting.schema.json")
    Draft202012Validator.check_schema(s2020)
    Draft7Validator.check_schema(s07)
    v2020 = Draft202012Validator(s2020, format_checker=Draft202012Validator.FORMAT_CHECKER)
    v07 = Draft7Validator(s07, format_checker=Draft7Validator.FORMAT_CHECKER)
    # Every pattern must compile in Python's `re` (ECMA-262 patterns that Python rejects would be skipped silently by some validators).
    def patterns(node):
        if isinstance(node, dict):
            for k, v in node.items():
                if k == "pattern" and isinstance(v, str):
                    yield v
                elif k != "examples":
                    yield from patterns(v)
        elif isinstance(node, list):
            for v in node:
                yield from patterns(v)
    for p in list(patterns(s2020)) + list(patterns(s07)):
        re.compile(p)
    instances = json.load(sys.stdin)
    json.dump([[v2020.is_valid(i), v07.is_valid(i)] for i in instances], sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Checks the shipped JSON Schema files with Python's `jsonschema` only (no other dependency).

Both schemas (schemas/job-posting.schema.json, draft 2020-12, and
schemas/draft-07/job-posting.schema.json, draft-07) are first checked against their meta-schemas,
and every `pattern` must compile in Python's `re`. Format checking is on. Then, in one of two modes:

* standalone (the default when nothing is piped in): validates the examples (examples/*.json, which
  must be valid) and the posting of each invalid fixture (test/fixtures/invalid/*.json, which must be
  invalid when all its expected codes are structural, `structure/...` or `input/...`, and valid
  otherwise: rules such as SIREN checksums or inverted ranges are not expressible in JSON Schema).
  Prints one verdict a file and exits 1 when a verdict differs from the expected one:

      python3 scripts/check_json_schema.py

* stdin (used by test/jsonSchema.test.ts): reads a JSON array of instances on standard input and
  prints a JSON array with, for each, `[valid under draft 2020-12, valid under draft-07]`:

      echo '[{"title": "x"}]' | python3 scripts/check_json_schema.py
"""
import argparse
import json
import pathlib
import re
import sys

from jsonschema import Draft7Validator, Draft202012Validator

ROOT = pathlib.Path(__file__).resolve().parent.parent


def load(path):
    with open(ROOT / path, encoding="utf-8") as f:
        return json.load(f)


def patterns(node):
    """Every `pattern` of a schema, outside `examples`."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "pattern" and isinstance(v, str):
                yield v
            elif k != "examples":
                yield from patterns(v)
    elif isinstance(node, list):
        for v in node:
            yield from patterns(v)


def validators():
    """Both validators, after checking both schemas against their meta-schemas."""
    s2020 = load("schemas/job-posting.schema.json")
    s07 = load("schemas/draft-07/job-posting.schema.json")
    Draft202012Validator.check_schema(s2020)
    Draft7Validator.check_schema(s07)
    # Every pattern must compile in Python's `re` (ECMA-262 patterns that Python rejects would be skipped silently by some validators).
    for p in list(patterns(s2020)) + list(patterns(s07)):
        re.compile(p)
    return (
        Draft202012Validator(s2020, format_checker=Draft202012Validator.FORMAT_CHECKER),
        Draft7Validator(s07, format_checker=Draft7Validator.FORMAT_CHECKER),
    )


def is_structural(fixture):
    """The rule of test/jsonSchema.test.ts: every expected code is `structure/...` or `input/...`."""
    return all(e["code"].startswith("structure/") or e["code"].startswith("input/") for e in fixture["expect"])


def first_error(validator, instance):
    error = next(iter(sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))), None)
    if error is None:
        return ""
    return "/" + "/".join(map(str, error.absolute_path)) + ": " + error.message


def standalone(v2020, v07):
    cases = []
    for path in sorted((ROOT / "examples").glob("*.json")):
        cases.append((path.relative_to(ROOT).as_posix(), load(path), True, "example"))
    for path in sorted((ROOT / "test" / "fixtures" / "invalid").glob("*.json")):
        fixture = load(path)
        structural = is_structural(fixture)
        cases.append((path.relative_to(ROOT).as_posix(), fixture["posting"], not structural, "structural fixture" if structural else "rule fixture"))
    differ = 0
    for name, instance, expected, kind in cases:
        verdicts = (v2020.is_valid(instance), v07.is_valid(instance))
        ok = verdicts == (expected, expected)
        differ += 0 if ok else 1
        word = lambda valid: "valid" if valid else "invalid"
        line = f"{'ok  ' if ok else 'FAIL'} {name}: {word(verdicts[0])} (2020-12), {word(verdicts[1])} (draft-07); expected {word(expected)} ({kind})"
        if not ok:
            line += "\n     " + (first_error(v2020, instance) or first_error(v07, instance) or "accepted")
        print(line)
    examples = sum(1 for c in cases if c[3] == "example")
    structural = sum(1 for c in cases if c[3] == "structural fixture")
    rules = len(cases) - examples - structural
    print(
        f"{len(cases) - differ} of {len(cases)} verdicts as expected: {examples} examples valid, "
        f"{structural} structural fixtures invalid, {rules} rule fixtures valid for JSON Schema; {differ} differ."
    )
    return 1 if differ else 0


def from_stdin(v2020, v07, text):
    instances = json.loads(text)
    json.dump([[v2020.is_valid(i), v07.is_valid(i)] for i in instances], sys.stdout)
    sys.stdout.write("\n")
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Validate postings against the shipped JSON Schema files (draft 2020-12 and draft-07) with Python's jsonschema, format checking on.",
        epilog="Without input on stdin: checks examples/*.json (valid) and test/fixtures/invalid/*.json (invalid when structural) and exits 1 on any unexpected verdict.",
    )
    parser.add_argument(
        "--stdin",
        action="store_true",
        help="read a JSON array of instances on standard input and print [valid 2020-12, valid draft-07] for each (the default when something is piped in)",
    )
    args = parser.parse_args(argv)
    v2020, v07 = validators()
    text = ""
    if args.stdin or not sys.stdin.isatty():
        text = sys.stdin.read()
    if text.strip():
        return from_stdin(v2020, v07, text)
    if args.stdin:
        parser.error("--stdin: nothing on standard input")
    return standalone(v2020, v07)


if __name__ == "__main__":
    sys.exit(main())

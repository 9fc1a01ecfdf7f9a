"""Validates each instance of a JSON array read on standard input against a JSON Schema (draft-07) with
Python's fastjsonschema (Debian: python3-fastjsonschema), format checking on. Prints a JSON array of booleans.

    /usr/bin/python3 test/languages/validate_fastjsonschema.py schemas/draft-07/job-posting.schema.json < instances.json
"""
import json
import sys

import fastjsonschema

with open(sys.argv[1], encoding="utf-8") as f:
    validate = fastjsonschema.compile(json.load(f))


def is_valid(instance):
    try:
        validate(instance)
        return True
    except fastjsonschema.JsonSchemaValueException:
        return False


json.dump([is_valid(i) for i in json.load(sys.stdin)], sys.stdout)
sys.stdout.write("\n")

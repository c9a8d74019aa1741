#!/usr/bin/python3
"""Checks form definitions against forms/form-definition.schema.json with an independent
validator (Debian's python3-jsonschema), so the schema and the C++ loader cannot drift apart
unnoticed: every definition under the given folders must pass; with --expect-invalid, every
one must be refused."""
import json
import pathlib
import sys

import jsonschema


def main() -> int:
    args = sys.argv[1:]
    expect_invalid = "--expect-invalid" in args
    args = [a for a in args if a != "--expect-invalid"]
    schema_path, folders = pathlib.Path(args[0]), [pathlib.Path(a) for a in args[1:]]
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    files = sorted(f for folder in folders for f in folder.glob("*/20*.json"))
    if not files:
        print("geen formulierdefinities gevonden in", *folders)
        return 1
    failures = 0
    for path in files:
        errors = sorted(validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))), key=str)
        for error in errors:
            where = "/".join(str(p) for p in error.absolute_path) or "(root)"
            print(f"{path}: {where}: {error.message}")
        if bool(errors) != expect_invalid:
            failures += 1
            print(f"{path}: {'onterecht geweigerd' if errors else 'onterecht goedgekeurd'}")
        else:
            print(f"{path}: {'geweigerd, zoals verwacht' if errors else 'voldoet aan het schema'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Validates the JSON of every record in a built Orden site against its JSON Schema.

Usage: scripts/validate-json.py SITE_DIR

Each index.json names its schema in "$schema" (an absolute address under the site's base URL,
ending in /data/schema/<kind>.schema.json). The schema is read from SITE_DIR/data/schema/, not
fetched. Prints every failure with its file and JSON path, then a summary; exits 1 if any file
fails, 2 on usage errors.
"""

import json
import sys
from pathlib import Path

try:
    from jsonschema import Draft202012Validator, FormatChecker
except ImportError:
    sys.stderr.write("validate-json.py needs the jsonschema package: pip install jsonschema\n")
    sys.exit(2)

SCHEMA_FOLDER = "data/schema/"


def load_json(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def local_schema_path(site, address):
    """Maps https://…/data/schema/system.schema.json to SITE/data/schema/system.schema.json."""
    if not isinstance(address, str) or SCHEMA_FOLDER not in address:
        return None
    name = address.rsplit(SCHEMA_FOLDER, 1)[1]
    if "/" in name or not name.endswith(".schema.json"):
        return None
    return site / SCHEMA_FOLDER / name


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: validate-json.py SITE_DIR\n")
        return 2
    site = Path(argv[1])
    if not (site / SCHEMA_FOLDER).is_dir():
        sys.stderr.write(f"{site}: no {SCHEMA_FOLDER} folder; is this a built Orden site?\n")
        return 2

    validators = {}
    for schema_path in sorted((site / SCHEMA_FOLDER).glob("*.schema.json")):
        try:
            schema = load_json(schema_path)
            Draft202012Validator.check_schema(schema)
        except Exception as error:  # a broken schema is a failure to report, not a crash
            print(f"{schema_path}: invalid schema: {error}")
            return 1
        validators[schema_path.name] = Draft202012Validator(schema, format_checker=FormatChecker())

    checked, failed = 0, 0
    by_kind = {}
    for path in sorted(site.rglob("index.json")):
        checked += 1
        try:
            document = load_json(path)
        except (ValueError, UnicodeDecodeError) as error:
            print(f"{path}: not valid JSON: {error}")
            failed += 1
            continue
        schema_path = local_schema_path(site, document.get("$schema") if isinstance(document, dict) else None)
        if schema_path is None or schema_path.name not in validators:
            print(f"{path}: \"$schema\" does not name a schema under {SCHEMA_FOLDER}")
            failed += 1
            continue
        errors = sorted(validators[schema_path.name].iter_errors(document), key=lambda e: list(e.absolute_path))
        kind = schema_path.name.removesuffix(".schema.json")
        by_kind[kind] = by_kind.get(kind, 0) + 1
        if errors:
            failed += 1
            for error in errors:
                where = "/".join(str(part) for part in error.absolute_path) or "(root)"
                print(f"{path}: {where}: {error.message}")

    summary = ", ".join(f"{count} {kind}" for kind, count in sorted(by_kind.items()))
    print(f"checked {checked} index.json files against {len(validators)} schemas ({summary}): "
          f"{checked - failed} valid, {failed} invalid")
    if checked == 0:
        print("no index.json files found")
        return 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

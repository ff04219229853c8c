#!/usr/bin/python3
"""Validates FHIR R4 JSON documents against r4.schema.json (beside this file).

Reads a JSON array of [label, document] pairs on stdin; prints one line per problem as "label: where: what"
and exits 1 when there is any. Each document is checked against the definition its resourceType names, and
each Bundle entry's resource against its own, so a message names the element that is wrong."""
import json
import os
import sys

import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "r4.schema.json"), encoding="utf-8") as f:
    SCHEMA = json.load(f)
jsonschema.Draft7Validator.check_schema(SCHEMA)


def validator_for(resource_type):
    return jsonschema.Draft7Validator({"$ref": "#/definitions/" + resource_type,
                                       "definitions": SCHEMA["definitions"]})


def problems(label, document):
    resource_type = document.get("resourceType") if isinstance(document, dict) else None
    if resource_type not in SCHEMA["definitions"] or resource_type[0].islower():
        return [f"{label}: resourceType {resource_type!r} is not one this schema knows"]
    out = [f"{label}: /{'/'.join(map(str, e.absolute_path))}: {e.message}"
           for e in validator_for(resource_type).iter_errors(document)]
    if resource_type == "Bundle":
        urls = [entry.get("fullUrl") for entry in document.get("entry", [])]
        if len(urls) != len(set(urls)):
            out.append(f"{label}: bdl-7: fullUrl is not unique")
        for i, entry in enumerate(document.get("entry", [])):
            out += problems(f"{label} entry {i}", entry.get("resource"))
    return out


def main():
    found = []
    for label, document in json.load(sys.stdin):
        found += problems(label, document)
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())

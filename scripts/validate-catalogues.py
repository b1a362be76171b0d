#!/usr/bin/env python3
"""Validates every DCAT-AP-NO catalogue of a built Orden site.

For each catalogue (catalog.ttl, catalog.rdf, catalog.jsonld) under SITE_DIR:
  - it must parse, and the three syntaxes must hold the same graph (isomorphic);
  - it must conform to the DCAT-AP-NO 2.0 SHACL shapes with zero violations;
  - it is validated against the draft DCAT-AP-NO 3 shapes too (Tests/shapes/dcat-ap-no-3), where
    every violation fails except those kept on purpose (KEPT_IN_V3, counted apart).
Warnings are counted and listed. Exits 1 on any violation or mismatch.

Usage: validate-catalogues.py SITE_DIR [--shapes DIR] [--shapes3 DIR]
"""
import argparse
import collections
import pathlib
import sys

import rdflib
from rdflib.compare import isomorphic
from pyshacl import validate

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
FORMATS = {".ttl": "turtle", ".rdf": "xml", ".jsonld": "json-ld"}
V3 = "https://data.norge.no/vocabulary/dcatno/shacl/"
# Violations of the draft v3 shapes (2025-01-30) kept on purpose. Its dcat:mediaType pattern,
# "^https://www.w3.org/ns/iana/media-types/application/*", asks for W3C's copy of the IANA
# register and, as written, admits application/* only, so text/csv and text/html can never pass.
# Orden writes the address of IANA's own register (https://www.iana.org/assignments/media-types/),
# which data.norge.no's reference data uses and the 2.0 shapes accept.
KEPT_IN_V3 = {V3 + "ranges#hasShapeCVPattern-mediaType"}


def results(report):
    for result in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        severity = str(report.value(result, SH.resultSeverity)).rsplit("#", 1)[-1]
        yield result, severity, str(report.value(result, SH.resultMessage))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site")
    here = pathlib.Path(__file__).resolve().parent.parent
    parser.add_argument("--shapes", default=str(here / "Tests" / "shapes" / "dcat-ap-no"))
    parser.add_argument("--shapes3", default=str(here / "Tests" / "shapes" / "dcat-ap-no-3"))
    args = parser.parse_args()

    shapes_dir = pathlib.Path(args.shapes)
    shapes = rdflib.Graph().parse(shapes_dir / "DCAT-AP-NO-shacl_shapes_2.00.ttl", format="turtle")
    ontologies = rdflib.Graph().parse(shapes_dir / "ontologies.ttl", format="turtle")
    shapes3 = rdflib.Graph()
    for path in sorted(pathlib.Path(args.shapes3).glob("dcatapno3-*-shapes.ttl")):
        shapes3.parse(path, format="turtle")
    if len(shapes3) == 0:
        print(f"error: no DCAT-AP-NO 3 shapes in {args.shapes3}", file=sys.stderr)
        return 1

    stems = sorted({p.with_suffix("") for p in pathlib.Path(args.site).rglob("catalog.ttl")})
    if not stems:
        print(f"error: no catalog.ttl under {args.site}", file=sys.stderr)
        return 1
    failures = 0
    warnings = collections.Counter()
    draft = collections.Counter()
    warnings3 = collections.Counter()
    for stem in stems:
        graphs = {}
        for suffix, syntax in FORMATS.items():
            path = stem.with_suffix(suffix)
            try:
                graphs[suffix] = rdflib.Graph().parse(path, format=syntax)
            except Exception as error:  # a parse error is a failure, whatever its type
                print(f"FAIL {path}: does not parse: {error}")
                failures += 1
        if len(graphs) != len(FORMATS):
            continue
        turtle = graphs[".ttl"]
        for suffix in (".rdf", ".jsonld"):
            if not isomorphic(turtle, graphs[suffix]):
                print(f"FAIL {stem}{suffix}: not the same graph as {stem}.ttl "
                      f"({len(graphs[suffix])} triples against {len(turtle)})")
                failures += 1
        _, report, _ = validate(turtle, shacl_graph=shapes, ont_graph=ontologies, inference="none")
        violations = 0
        for result, severity, message in results(report):
            if severity == "Violation":
                violations += 1
                print(f"FAIL {stem}.ttl: {report.value(result, SH.focusNode)} {report.value(result, SH.resultPath)}: {message}")
            else:
                warnings[(severity, message)] += 1
        # The draft v3 shapes, on their own (they need no ontology graph).
        _, report3, _ = validate(turtle, shacl_graph=shapes3, inference="none")
        violations3 = 0
        for result, severity, message in results(report3):
            if severity != "Violation":
                warnings3[(severity, message)] += 1
            elif str(report3.value(result, SH.sourceShape)) in KEPT_IN_V3:
                draft[message] += 1
            else:
                violations3 += 1
                print(f"FAIL {stem}.ttl (v3): {report3.value(result, SH.focusNode)} {report3.value(result, SH.resultPath)}: {message}")
        failures += violations + violations3
        print(f"{'ok  ' if violations + violations3 == 0 else 'FAIL'} {stem}.ttl: {len(turtle)} triples, "
              f"{violations} violations (2.0), {violations3} violations (3 draft)")
    for (severity, message), count in sorted(warnings.items()):
        print(f"  2.0 {severity} ×{count}: {message}")
    for (severity, message), count in sorted(warnings3.items()):
        print(f"  3 draft {severity} ×{count}: {message}")
    for message, count in sorted(draft.items()):
        print(f"  3 draft, kept on purpose (KEPT_IN_V3) ×{count}: {message}")
    print(f"{len(stems)} catalogues, {failures} failures; 2.0: {sum(warnings.values())} warnings; "
          f"3 draft: {sum(warnings3.values())} warnings, {sum(draft.values())} violations of its mediaType pattern kept on purpose")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

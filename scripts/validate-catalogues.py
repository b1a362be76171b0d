#!/usr/bin/env python3
"""Validates every DCAT-AP-NO catalogue of a built Orden site.

For each catalogue (catalog.ttl, catalog.rdf, catalog.jsonld) under SITE_DIR:
  - it must parse, and the three syntaxes must hold the same graph (isomorphic);
  - it must conform to the DCAT-AP-NO 2.0 SHACL shapes with zero violations.
Warnings are counted and listed. Exits 1 on any violation or mismatch.

Usage: validate-catalogues.py SITE_DIR [--shapes DIR]
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site")
    here = pathlib.Path(__file__).resolve().parent.parent
    parser.add_argument("--shapes", default=str(here / "Tests" / "shapes" / "dcat-ap-no"))
    args = parser.parse_args()

    shapes_dir = pathlib.Path(args.shapes)
    shapes = rdflib.Graph().parse(shapes_dir / "DCAT-AP-NO-shacl_shapes_2.00.ttl", format="turtle")
    ontologies = rdflib.Graph().parse(shapes_dir / "ontologies.ttl", format="turtle")

    stems = sorted({p.with_suffix("") for p in pathlib.Path(args.site).rglob("catalog.ttl")})
    if not stems:
        print(f"error: no catalog.ttl under {args.site}", file=sys.stderr)
        return 1
    failures = 0
    warnings = collections.Counter()
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
        for result in report.subjects(rdflib.RDF.type, SH.ValidationResult):
            severity = str(report.value(result, SH.resultSeverity)).rsplit("#", 1)[-1]
            message = str(report.value(result, SH.resultMessage))
            if severity == "Violation":
                violations += 1
                print(f"FAIL {stem}.ttl: {report.value(result, SH.focusNode)} {report.value(result, SH.resultPath)}: {message}")
            else:
                warnings[(severity, message)] += 1
        failures += violations
        print(f"{'ok  ' if violations == 0 else 'FAIL'} {stem}.ttl: {len(turtle)} triples, {violations} violations")
    for (severity, message), count in sorted(warnings.items()):
        print(f"  {severity} ×{count}: {message}")
    print(f"{len(stems)} catalogues, {failures} failures, {sum(warnings.values())} warnings")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

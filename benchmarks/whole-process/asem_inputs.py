#!/usr/bin/env python3
"""Writes COINr's ASEM example (51 countries x 49 indicators) in the project's own formats, for the
uncertainty example of COINr's documentation: pillar weights +-25 %, arithmetic or geometric
aggregation, min-max or z-score normalisation, N = 1,000 runs.

    asem_inputs.py ASEM_DIR OUT_DIR

ASEM_DIR holds COINr's iData.csv and iMeta.csv (see its README.md). OUT_DIR gets framework.csv,
panel.csv (wide form) and method.json. Standard library only.

Mapping (the panel format keys units by six-digit GB/T 2260 county codes; a COINr import reads
iData/iMeta directly where the SDK has one):
- each country gets a synthetic code 11GGNN: GG = 01 for Europe, 02 for Asia (its EurAsia_group,
  which is also its group, "city", column: the code's city part must agree with it), NN numbering
  the countries of the group in iData's row order; the country name is the unit name;
- COINr's 4-level tree (indicator -> 8 pillars -> Connectivity/Sustainability -> Index, all weights
  1) is flattened to index -> 8 pillars -> 49 indicators with pillar weights 1/10 (the 5
  Connectivity pillars) and 1/6 (the 3 Sustainability pillars): the same index for arithmetic and for
  geometric means, and the pillars are the first level, whose weights the uncertainty analysis
  perturbs (COINr perturbs the pillar weights, Level 2 in its numbering);
- the data year is 2018 (iData's Time); the evaluation year is 2019;
- z-scores are shifted as COINr's example does (mean 10, sd 2) so that the geometric mean stays
  defined for most combinations.
"""
import csv
import json
import os
import sys

CONNECTIVITY = {"Physical", "ConEcFin", "Political", "Instit", "P2P"}


def main(asem, out):
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(asem, "iMeta.csv"), encoding="utf-8") as f:
        meta = list(csv.DictReader(f))
    with open(os.path.join(asem, "iData.csv"), encoding="utf-8") as f:
        data = list(csv.DictReader(f))

    indicators = [m for m in meta if m["Type"] == "Indicator"]
    pillars = [m for m in meta if m["Type"] == "Aggregate" and m["Level"] == "2"]

    with open(os.path.join(out, "framework.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "level", "parent", "name_zh", "name_en", "kind", "unit", "direction", "weight", "lower", "upper"])
        w.writerow(["Index", 0, "", "ASEM可持续互联互通指数", "Sustainable Connectivity", "index", "", "", 1, "", ""])
        for p in pillars:
            weight = "0.1" if p["iCode"] in CONNECTIVITY else repr(1 / 6)
            w.writerow([p["iCode"], 1, "Index", p["iName"], p["iName"], "group", "", "", weight, "", ""])
            for i in (i for i in indicators if i["Parent"] == p["iCode"]):
                direction = "more_is_better" if i["Direction"] == "1" else "less_is_better"
                w.writerow([i["iCode"], 2, p["iCode"], i["iName"], i["iName"], "quantitative", "", direction, 1, "", ""])

    codes = [i["iCode"] for p in pillars for i in indicators if i["Parent"] == p["iCode"]]
    with open(os.path.join(out, "panel.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["county_code", "county_name", "city", "year"] + codes)
        groups = {"Europe": 1, "Asia": 2}
        numbers = {g: 0 for g in groups}
        for row in data:
            group = row["EurAsia_group"]
            numbers[group] += 1
            w.writerow([f"11{groups[group]:02d}{numbers[group]:02d}", row["uName"], group, row["Time"]] + [row[c] for c in codes])

    method = {
        "name": "COINr ASEM uncertainty example",
        "imputation": [{"method": "mean"}],
        "normalisation": {"default": {"method": "min-max", "lower": 1, "upper": 100}},
        "levels": [{"weighting": "fixed", "aggregation": "arithmetic"}],
    }
    with open(os.path.join(out, "method.json"), "w", encoding="utf-8") as f:
        json.dump(method, f, indent=1)
    print(f"ASEM inputs: {len(data)} units x {len(codes)} indicators in {len(pillars)} pillars in {out}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])

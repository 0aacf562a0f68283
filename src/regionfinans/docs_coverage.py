"""How much of the warehouse is described: the share of columns with a description, per
layer, over dbt's manifest and catalog (`dbt docs generate` writes both).

`python -m regionfinans.docs_coverage --target target` prints one line per layer and
exits 1 when a layer is below its floor: every mart and intermediate column described,
nine in ten staging columns. It also lists every macro of the project without a
description or with an argument its YAML does not document.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

FLOORS = {"marts": 1.0, "intermediate": 1.0, "staging": 0.9}
MACRO_SIGNATURE = re.compile(r"{%-?\s*macro\s+\w+\s*\((?P<args>[^)]*)\)")


@dataclass
class Coverage:
    """Columns described / columns built, per layer, and the undescribed ones."""

    described: dict[str, int] = field(default_factory=dict)
    total: dict[str, int] = field(default_factory=dict)
    missing: dict[str, list[str]] = field(default_factory=dict)
    undocumented_macros: list[str] = field(default_factory=list)

    def share(self, layer: str) -> float:
        return self.described.get(layer, 0) / self.total[layer] if self.total.get(layer) else 1.0

    def failing_layers(self) -> list[str]:
        return [layer for layer, floor in FLOORS.items() if self.share(layer) < floor]


def _layer(node: dict) -> str | None:
    path = node["original_file_path"]
    for layer in FLOORS:
        if path.startswith(f"models/{layer}/"):
            return layer
    return None


def macro_arguments(sql: str) -> list[str]:
    """The argument names of a macro from its signature."""
    match = MACRO_SIGNATURE.search(sql)
    if not match or not match.group("args").strip():
        return []
    return [part.split("=")[0].strip() for part in match.group("args").split(",") if part.strip()]


def measure(target: Path, project: str = "regionfinans") -> Coverage:
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    catalog = json.loads((target / "catalog.json").read_text(encoding="utf-8"))
    coverage = Coverage()
    for unique_id, node in manifest["nodes"].items():
        if node["resource_type"] != "model" or node["package_name"] != project:
            continue
        layer = _layer(node)
        built = catalog["nodes"].get(unique_id)
        if layer is None or built is None:
            continue
        documented = {
            name.lower(): spec for name, spec in node["columns"].items() if spec["description"]
        }
        for column in built["columns"]:
            coverage.total[layer] = coverage.total.get(layer, 0) + 1
            if column.lower() in documented:
                coverage.described[layer] = coverage.described.get(layer, 0) + 1
            else:
                coverage.missing.setdefault(layer, []).append(f"{node['name']}.{column}")
    for macro in manifest["macros"].values():
        if macro["package_name"] != project or macro["name"].startswith("materialization_"):
            continue
        documented = {argument["name"] for argument in macro.get("arguments", [])}
        lacking = [a for a in macro_arguments(macro["macro_sql"]) if a not in documented]
        if not macro["description"].strip() or lacking:
            why = (
                "no description" if not macro["description"].strip() else f"undocumented {lacking}"
            )
            coverage.undocumented_macros.append(
                f"{macro['original_file_path']}: {macro['name']} ({why})"
            )
    return coverage


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--target", type=Path, default=Path("target"))
    args = parser.parse_args(argv)
    coverage = measure(args.target)
    for layer, floor in FLOORS.items():
        print(
            f"{layer:<13} {coverage.described.get(layer, 0):>4} of {coverage.total.get(layer, 0):>4} "
            f"columns described ({coverage.share(layer):.0%}, floor {floor:.0%})"
        )
        for column in coverage.missing.get(layer, [])[:20]:
            print(f"  undescribed: {column}")
    print(f"macros without a description or an argument's: {len(coverage.undocumented_macros)}")
    for macro in coverage.undocumented_macros:
        print(f"  {macro}")
    return 1 if coverage.failing_layers() or coverage.undocumented_macros else 0


if __name__ == "__main__":
    sys.exit(main())

"""The suite's own machinery: what makes it fast must not fail silently."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.xdist_group("suite")


def test_loadgroup_keeps_a_module_on_one_worker(request: pytest.FixtureRequest) -> None:
    """A module's expensive fixture (a warehouse, a nightly) is built once only if all its
    tests run on one worker, its `xdist_group`. pytest 9.2.0 with pytest-xdist 3.8.0 drops
    the group silently (pytest-xdist issue 1386): every such fixture was built twice."""
    if not getattr(request.config.option, "loadgroup", False):
        pytest.skip("not run with --dist loadgroup")
    assert request.node.nodeid.endswith("@suite"), (
        f"--dist loadgroup did not group {request.node.nodeid}: this pytest and pytest-xdist "
        "drop the xdist_group mark; pin versions that keep it in constraints.txt"
    )

"""Where the shared evaluation gold lives, so gold-scored tests skip cleanly without it.

The gold is not part of the repository (more of it is scored elsewhere); a checkout next to
`shared/` finds it, any other place can point `TRANSFERATLAS_EVAL_DIR` at the `eval` folder.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]


def shared_eval_dir() -> Path | None:
    """The `eval` folder: the environment's choice first, then a `shared/` beside any parent."""
    configured = os.environ.get("TRANSFERATLAS_EVAL_DIR")
    candidates = [Path(configured)] if configured else []
    candidates += [parent / "shared" / "eval" for parent in REPO.parents]
    return next((c for c in candidates if (c / "extraction").is_dir()), None)


SHARED_EVAL = shared_eval_dir()
EXTRACTION = SHARED_EVAL / "extraction" if SHARED_EVAL else None

requires_gold = pytest.mark.skipif(EXTRACTION is None, reason="shared evaluation gold not found")


def load_gold(name: str) -> Any:
    """One gold file of `eval/extraction`, or a skip when the gold is not here."""
    if EXTRACTION is None or not (EXTRACTION / name).exists():
        pytest.skip(f"shared evaluation gold {name} not found")
    return json.loads((EXTRACTION / name).read_text(encoding="utf-8"))

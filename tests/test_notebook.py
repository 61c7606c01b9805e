"""The notebook runs top to bottom on a build, reading it and never building over it, with no error or warning."""

from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "explore.ipynb"


def test_notebook_reads_a_build_top_to_bottom_without_a_warning(built, monkeypatch):
    monkeypatch.setenv("KG_NOTEBOOK_OUT", str(built))
    published = (built / ".kg" / "current").resolve()
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error" or o.get("name") == "stderr"]
    text = "".join(str(o.get("data", {}).get("text/plain", "")) + o.get("text", "") for o in outputs)
    assert "US forces" in text and "articles" in text
    assert any("image/png" in o.get("data", {}) for o in outputs)  # the plot
    assert (built / ".kg" / "current").resolve() == published  # read, not built again


def test_the_notebook_ships_with_its_outputs():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert all(cell.get("outputs") for cell in code[1:])
    assert "kg.store import GraphStore, saved_queries" in code[0].source  # the public API only

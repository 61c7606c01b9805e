"""The HTML view in a real headless Chromium: offline, searchable, filterable, safe."""

import json
from pathlib import Path

import networkx as nx
import pytest
from rdflib import RDFS

from kg.build import build
from kg.cli import main
from kg.actors import load_registry
from kg.namespace import KG
from kg.ontology import load_ontology
from kg.view import _SCRIPT_ESCAPES, _script_json_chunks, render_view, sampled_spring_layout
from kg.vocabulary import ACTOR_TYPES
from tests.browser import chromium

HOSTILE = (
    'Kataib Hezbollah attacked US forces <script>window.__pwned = "script"</script> near the border.\n'
    'The Pentagon condemned Kataib Hezbollah <img src=x onerror="window.__pwned = \'img\'"> for the attack.\n'
    'Harakat al-Nujaba threatened US forces, see <a href="javascript:window.__pwned=\'link\'">this</a>.\n'
)


@pytest.fixture(scope="module")
def browser():
    with chromium() as browser:
        yield browser


def _open(browser, path: Path):
    # bypass_csp: the page must be safe by writing text as text, not thanks to its CSP
    page = browser.new_page(bypass_csp=True)
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(path.resolve().as_uri())
    page.wait_for_function("window.kgDrawn !== undefined", timeout=20_000)
    return page, requests, dialogs


PAINTED_PIXELS = """() => {
    const canvas = document.querySelector('#network canvas');
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
    return painted;
}"""


def test_page_makes_no_request_outside_itself(browser, built):
    page, requests, _ = _open(browser, built / "graph.html")
    page.wait_for_timeout(500)
    assert requests and all(url.startswith("file://") for url in requests), requests
    page.close()


def test_page_draws_the_network_in_the_window(browser, built):
    page, _, _ = _open(browser, built / "graph.html")
    page.wait_for_timeout(1000)
    assert page.evaluate(PAINTED_PIXELS) > 5000
    size = page.evaluate("[document.querySelector('#network canvas').height, window.innerHeight]")
    assert size[0] <= size[1]
    page.close()


OPENING_VIEW = """() => {
    const net = window.kgNetwork, scale = net.getScale(), body = net.body.nodes;
    const box = document.querySelector('#network').getBoundingClientRect();
    const sidebar = document.querySelector('#filters');
    const context = document.createElement('canvas').getContext('2d');
    const shown = window.kgData.nodes.get({filter: n => !n.hidden});
    const positions = net.getPositions(shown.map(n => n.id));
    let outside = 0;
    const labels = [];
    for (const node of shown) {
        const at = net.canvasToDOM(positions[node.id]);
        if (at.x < 0 || at.y < 0 || at.x > box.width || at.y > box.height) outside++;
        const options = body[node.id].options;
        const pixels = Math.min(options.font.size * scale, options.scaling.label.maxVisible || 30);
        if (options.font.size * scale < options.scaling.label.drawThreshold) continue;
        if (options.font.color === 'rgba(0,0,0,0)') continue;  // left out until the zoom parts it
        context.font = pixels + 'px arial';
        const width = context.measureText(node.label).width;
        const lifted = (options.font.vadjust || 0) * scale;  // a label the page moved above its dot
        labels.push([at.x - width / 2, at.y + body[node.id].shape.height * scale / 2 + lifted, width, pixels]);
    }
    let overlapping = 0;
    for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) {
        const [ax, ay, aw, ah] = labels[i], [bx, by, bw, bh] = labels[j];
        if (ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah) overlapping++;
    }
    return {outside, labels: labels.length, overlapping, scrollsSideways: sidebar.scrollWidth > sidebar.clientWidth};
}"""


def test_the_opening_view_frames_every_actor_and_names_the_hubs_without_overlap(browser, dev_built):
    page = browser.new_page(viewport={"width": 1400, "height": 900}, bypass_csp=True)
    page.goto((dev_built / "graph.html").resolve().as_uri())
    page.wait_for_function("window.kgSettled !== undefined", timeout=60_000)
    opening = page.evaluate(OPENING_VIEW)
    assert opening["outside"] == 0 and not opening["scrollsSideways"], opening
    assert opening["labels"] >= 3 and opening["overlapping"] == 0, opening
    box = page.locator("#network").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for _ in range(6):  # zoom in as a reader does, with the wheel
        page.mouse.wheel(0, -400)
        page.wait_for_timeout(100)
    page.wait_for_timeout(300)
    zoomed = page.evaluate(OPENING_VIEW)
    assert zoomed["labels"] > opening["labels"] and zoomed["overlapping"] == 0, zoomed  # named as one zooms in
    page.close()


def test_actors_without_relations_are_hidden_until_asked_for(browser, built):
    page, _, _ = _open(browser, built / "graph.html")
    hidden = "window.kgData.nodes.get({filter: n => n.hidden}).length"
    isolated = page.evaluate(hidden)
    assert isolated > 0
    page.check("#show-isolated")
    assert page.evaluate(hidden) == 0
    page.close()


def test_search_finds_an_actor_by_an_alias(browser, built):
    page, _, _ = _open(browser, built / "graph.html")
    page.fill("#search", "PMF")
    page.dispatch_event("#search", "change")
    assert page.evaluate("window.kgNetwork.getSelectedNodes()") == ["popular_mobilization_forces"]
    assert "Popular Mobilization Forces" in page.inner_text("#panel")
    page.fill("#search", "nobody at all")
    page.dispatch_event("#search", "change")
    assert "No actor" in page.inner_text("#search-status")
    page.close()


def test_type_filter_hides_those_actors(browser, built):
    page, _, _ = _open(browser, built / "graph.html")
    page.check("#show-isolated")
    hidden = "window.kgData.nodes.get({filter: n => n.hidden && n.actor_type === 'Militia'}).length"
    militias = "window.kgData.nodes.get({filter: n => n.actor_type === 'Militia'}).length"
    assert page.evaluate(hidden) == 0
    page.uncheck("#type-filter input[value=Militia]")
    assert page.evaluate(hidden) == page.evaluate(militias) > 0
    page.check("#type-filter input[value=Militia]")
    assert page.evaluate(hidden) == 0
    page.close()


def test_legend_ontology_and_registry_share_the_one_list_of_actor_types(browser, built):
    page, _, _ = _open(browser, built / "graph.html")
    legend = page.eval_on_selector_all("#type-filter input", "inputs => inputs.map(i => i.value)")
    colours = page.evaluate("Object.keys(JSON.parse(document.getElementById('kg-data').textContent).types)")
    drawn = set(page.evaluate("window.kgData.nodes.get().map(n => n.actor_type)"))
    page.close()
    ontology = load_ontology()
    classes = {str(term).removeprefix(str(KG)) for term in ontology.subjects(RDFS.subClassOf, KG.Actor)}
    registry = {actor.type for actor in load_registry().actors.values()}
    assert colours == list(ACTOR_TYPES)
    assert legend == [name for name in ACTOR_TYPES if name in drawn] and len(legend) > 3
    assert classes == set(ACTOR_TYPES)
    assert registry <= set(ACTOR_TYPES) and {"Militia", "Official", "Country"} <= registry


def test_predicate_filter_hides_those_edges(browser, built):
    page, _, _ = _open(browser, built / "graph.html")
    only_attacks = ("window.kgData.edges.get({filter: e => !e.hidden})"
                    ".every(e => !e.predicates.includes('attacks') || e.predicates.length > 1)")
    page.uncheck("#predicate-filter input[value=attacks]")
    assert page.evaluate(only_attacks)
    page.close()


def test_clicking_a_node_opens_the_panel_with_evidence(browser, built):
    page, _, _ = _open(browser, built / "graph.html")
    page.wait_for_function("window.kgNetwork.getPosition('kataib_hezbollah') !== undefined")
    page.evaluate("window.kgNetwork.fit({animation: false})")
    point = page.evaluate("""() => {
        const p = window.kgNetwork.canvasToDOM(window.kgNetwork.getPosition('kataib_hezbollah'));
        const box = document.querySelector('#network canvas').getBoundingClientRect();
        return {x: box.left + p.x, y: box.top + p.y};
    }""")
    page.mouse.click(point["x"], point["y"])
    panel = page.inner_text("#panel")
    assert "Kata'ib Hezbollah" in panel
    assert page.locator("#panel blockquote").count() > 0
    faded = page.evaluate("window.kgData.nodes.get({filter: n => String(n.color).startsWith('rgba(200')}).length")
    assert faded > 0
    page.close()


def test_screenshot(browser, built, tmp_path):
    page, _, _ = _open(browser, built / "graph.html")
    page.set_viewport_size({"width": 1400, "height": 900})
    page.wait_for_timeout(1500)
    shot = tmp_path / "graph.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000
    page.close()


def test_markup_from_articles_never_runs(browser, tmp_path, nlp):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "out"
    build([folder], out, nlp=nlp)
    page, requests, dialogs = _open(browser, out / "graph.html")
    page.evaluate("window.kgNetwork.selectNodes(['kataib_hezbollah'])")
    page.fill("#search", "Kataib Hezbollah")
    page.dispatch_event("#search", "change")
    page.wait_for_timeout(500)
    assert "<script>" in page.inner_text("#panel")  # shown as text
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#panel img, #panel script, #panel a").count() == 0
    assert not dialogs
    assert all(url.startswith("file://") for url in requests)
    page.close()


def test_ego_view_of_one_actor(built, tmp_path):
    path = tmp_path / "kh.html"
    assert main(["view", "--actor", "kataib_hezbollah", "--depth", "1", "--out", str(built), "-o", str(path)]) == 0
    page = path.read_text(encoding="utf-8")
    assert "kataib_hezbollah" in page and "neighbourhood" in page
    assert main(["view", "--actor", "no_such_actor", "--out", str(built), "-o", str(path)]) == 2


def test_large_graph_is_laid_out_in_python():
    graph = nx.MultiDiGraph()
    for i in range(400):
        graph.add_node(f"a{i}", label=f"Actor {i}", type="Militia", aliases=[])
    for i in range(399):
        graph.add_edge(f"a{i}", f"a{i + 1}", predicate="attacks", evidence="x", article="art", confidence=0.5)
    page = render_view(graph)
    assert '"physics": false' in page and '"large": true' in page


def test_sampled_layout_puts_related_actors_close():
    graph = nx.connected_caveman_graph(40, 6)  # 40 tight groups of 6, joined in a ring
    positions = sampled_spring_layout(graph, seed=3)
    distance = lambda a, b: ((positions[a][0] - positions[b][0]) ** 2 + (positions[a][1] - positions[b][1]) ** 2) ** 0.5  # noqa: E731
    related = sum(distance(u, v) for u, v in graph.edges()) / graph.number_of_edges()
    nodes = list(graph)
    unrelated = sum(distance(nodes[i], nodes[(i * 37 + 11) % len(nodes)]) for i in range(len(nodes))) / len(nodes)
    assert related * 3 < unrelated


def test_the_page_data_in_pieces_is_the_one_json_text_escaped_for_a_script():
    data = {"nodes": [{"id": "kh", "label": "</script><b>", "x": 1.5, "aliases": ["é", "a & b"]}], "edges": [],
            "articles": {"a1": {"title": "\u2028 line", "date": None}}, "events": {}, "large": False, "n": 3}
    pieces = list(_script_json_chunks(data))
    assert "".join(pieces) == json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    assert "<" not in "".join(pieces) and len(pieces) > 3

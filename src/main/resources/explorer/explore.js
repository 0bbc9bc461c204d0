/*
 * The relationship explorer: a GraphQL client of this application's public endpoint (POST graphql) that
 * draws neighbourhoods, paths and adaptation families with Cytoscape. Plain JavaScript with no build step;
 * window.explorer exposes the Cytoscape instance and the page's state to the browser tests.
 */
(function () {
  'use strict';

  const ENDPOINT = 'graphql';
  const MAX_LIMIT = 1000;
  const MAX_PATH_LENGTH = 10;
  // The force-directed layout takes about a second at 150 nodes on a slow machine and grows with the square;
  // above this many nodes the graph is drawn in rings by distance from the centre instead, in a fraction of that.
  const BIG_GRAPH = 200;

  // ---------------------------------------------------------------------------------------------
  // Node and edge types: one colour and shape each, shared by the canvas, the legend and the lists.

  const NODE_TYPES = {
    Novel: { name: 'Novel', color: '#1f4e9c', shape: 'round-rectangle', w: 50, h: 36 },
    Story: { name: 'Story', color: '#5b9bd5', shape: 'round-rectangle', w: 36, h: 26 },
    Translation: { name: 'Translation', color: '#0f9d8a', shape: 'round-rectangle', w: 44, h: 32 },
    Film: { name: 'Film', color: '#d1495b', shape: 'cut-rectangle', w: 48, h: 34 },
    Series: { name: 'Series', color: '#7b3fa0', shape: 'barrel', w: 50, h: 36 },
    SeriesPart: { name: 'Series part', color: '#a97fcc', shape: 'barrel', w: 36, h: 26 },
    Episode: { name: 'Episode', color: '#cdb2e2', shape: 'ellipse', w: 20, h: 20 },
    Person: { name: 'Person', color: '#ef8a17', shape: 'ellipse', w: 34, h: 34 },
    Role: { name: 'Role (credit)', color: '#b9a032', shape: 'diamond', w: 24, h: 24 },
    Character: { name: 'Character', color: '#2e9e5b', shape: 'pentagon', w: 30, h: 30 },
    Organization: { name: 'Organization', color: '#7a6252', shape: 'hexagon', w: 34, h: 30 },
    Award: { name: 'Award', color: '#e0aa00', shape: 'star', w: 34, h: 34 },
    Release: { name: 'Release', color: '#5f7a8a', shape: 'tag', w: 30, h: 20 },
    Event: { name: 'Event', color: '#17a2b8', shape: 'octagon', w: 26, h: 26 },
    Source: { name: 'Source', color: '#98a2ad', shape: 'rhomboid', w: 26, h: 18 }
  };
  const OTHER_TYPE = { name: 'Other', color: '#b0b7bf', shape: 'ellipse', w: 22, h: 22 };
  const WORK_TYPES = ['Novel', 'Story', 'Translation', 'Film', 'Series', 'SeriesPart', 'Episode'];

  const EDGE_TYPES = {
    ADAPTS: { color: '#d1495b', width: 3, style: 'solid', note: 'adapts (adaptation → source)' },
    PART_OF: { color: '#4b5563', width: 2, style: 'dashed', note: 'part of' },
    COUNTERPART_OF: { color: '#2e9e5b', width: 2, style: 'dotted', note: 'same character elsewhere' }
  };

  function typeOf(typename) {
    return NODE_TYPES[typename] || OTHER_TYPE;
  }

  function isWork(typename) {
    return WORK_TYPES.indexOf(typename) >= 0;
  }

  // ---------------------------------------------------------------------------------------------
  // GraphQL documents. Fields that differ in type between node types (kind, number) are aliased so that
  // the fragments merge under GraphQL's validation rules.

  const NODE_FIELDS = `
    fragment NodeFields on Node {
      __typename id
      ... on Work { workKind: kind title year }
      ... on Person { name }
      ... on Character { name }
      ... on Organization { name orgKind: kind }
      ... on Award { name awardYear: year }
      ... on Role { roleKind: kind job person { id name } character { id name } work { id title } }
      ... on Release { releaseKind: kind releaseDate: date datePrecision region preferred work { id title } }
      ... on Event { name eventKind: kind eventDate: date datePrecision }
      ... on Source { title }
    }`;

  const SOURCE_FIELDS = `
    fragment SourceFields on Source { id title url publisher publishedOn }`;

  const SEARCH = `
    query ExplorerSearch($text: String!) {
      search(text: $text, first: 12) { score matched node { ...NodeFields } }
    }` + NODE_FIELDS;

  const NEIGHBORHOOD = `
    query ExplorerNeighborhood($id: ID!, $depth: Int!, $limit: Int!) {
      neighborhood(id: $id, depth: $depth, limit: $limit) {
        truncated
        nodes { ...NodeFields }
        edges { from to type label }
      }
    }` + NODE_FIELDS;

  const PATH = `
    query ExplorerPath($from: ID!, $to: ID!, $maxLength: Int!) {
      path(from: $from, to: $to, maxLength: $maxLength) {
        length
        steps { from { ...NodeFields } relationship forward to { ...NodeFields } }
      }
    }` + NODE_FIELDS;

  const FAMILY = `
    query ExplorerFamily($id: ID!) {
      adaptationFamily(workId: $id) {
        root { id }
        works { ...NodeFields parts { ...NodeFields parts { ...NodeFields } } }
        adaptations { kind note source { id } adaptation { id } }
      }
      timeline(workId: $id) {
        date datePrecision kind label preferred
        work { id title }
        subject { __typename id }
        sources { ...SourceFields }
      }
    }` + NODE_FIELDS + SOURCE_FIELDS;

  const DETAILS = `
    query ExplorerDetails($id: ID!) {
      node(id: $id) {
        ...NodeFields
        ... on Work {
          originalTitle aliases language country description note confidence
          partOf { id title }
          sources { ...SourceFields }
          releases {
            id releaseKind: kind date datePrecision region venue platform { id name } preferred claim note
            confidence sources { ...SourceFields }
          }
          nominations { award { id name } result year category date note sources { ...SourceFields } }
          organizations { organization { id name } linkKind: kind region }
        }
        ... on Film { runtimeMinutes }
        ... on Series { episodeCount }
        ... on SeriesPart { partNumber: number episodeCount }
        ... on Episode { episodeNumber: number runtimeMinutes }
        ... on Person { originalName aliases birthYear description note confidence sources { ...SourceFields } }
        ... on Character { originalName aliases description note confidence sources { ...SourceFields } }
        ... on Organization { originalName aliases country description sources { ...SourceFields } }
        ... on Award { originalName aliases description presenter { id name } sources { ...SourceFields } }
        ... on Role {
          billing note confidence episodes { id title } sources { ...SourceFields }
        }
        ... on Release {
          venue platform { id name } claim note confidence sources { ...SourceFields }
        }
        ... on Event { venue region note works { id title } sources { ...SourceFields } }
        ... on Source { sourceKind: kind reliability excerpt url publisher publishedOn }
      }
    }` + NODE_FIELDS + SOURCE_FIELDS;

  // ---------------------------------------------------------------------------------------------
  // The GraphQL client: errors become readable messages.

  class ApiError extends Error {
    constructor(message, details) {
      super(message);
      this.details = details || [];
    }
  }

  let pending = 0;

  async function graphql(query, variables) {
    pending++;
    updateBusy();
    try {
      let response;
      try {
        response = await fetch(ENDPOINT, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Accept: 'application/graphql-response+json, application/json'
          },
          body: JSON.stringify({ query: query, variables: variables || {} })
        });
      } catch (networkError) {
        throw new ApiError('The server could not be reached (' + networkError.message + ').');
      }
      let body = null;
      try {
        body = await response.json();
      } catch (notJson) {
        throw new ApiError('The server answered HTTP ' + response.status + ' without a GraphQL response.');
      }
      if (body && Array.isArray(body.errors) && body.errors.length) {
        const messages = body.errors.map(describeError);
        throw new ApiError(messages.join(' '), body.errors);
      }
      if (!response.ok || !body || !body.data) {
        throw new ApiError('The server answered HTTP ' + response.status + '.');
      }
      return body.data;
    } finally {
      pending--;
      updateBusy();
    }
  }

  function describeError(error) {
    const classification = error.extensions && error.extensions.classification;
    const text = error.message || 'Unknown error';
    return classification && classification !== 'DataFetchingException' ? text + ' (' + classification + ')' : text;
  }

  // ---------------------------------------------------------------------------------------------
  // Small DOM helpers. Data is always set as text, never parsed as HTML.

  function h(tag, attributes) {
    const element = document.createElement(tag);
    if (attributes) {
      Object.keys(attributes).forEach(function (key) {
        const value = attributes[key];
        if (value === null || value === undefined || value === false) {
          return;
        }
        if (key === 'class') {
          element.className = value;
        } else if (key === 'text') {
          element.textContent = value;
        } else if (key.indexOf('on') === 0) {
          element.addEventListener(key.slice(2), value);
        } else if (key === 'dataset') {
          Object.keys(value).forEach(function (name) { element.dataset[name] = value[name]; });
        } else {
          element.setAttribute(key, value === true ? '' : value);
        }
      });
    }
    for (let i = 2; i < arguments.length; i++) {
      append(element, arguments[i]);
    }
    return element;
  }

  function append(parent, child) {
    if (child === null || child === undefined || child === false) {
      return;
    }
    if (Array.isArray(child)) {
      child.forEach(function (c) { append(parent, c); });
    } else {
      parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    }
  }

  function $(id) {
    return document.getElementById(id);
  }

  function typeIcon(typename) {
    const type = typeOf(typename);
    return h('span', { class: 'type-icon shape-' + type.shape, style: 'background:' + type.color, 'aria-hidden': 'true' });
  }

  // ---------------------------------------------------------------------------------------------
  // Labels.

  function formatDate(date, precision) {
    if (!date) {
      return 'date unknown';
    }
    if (precision === 'YEAR') {
      return date.slice(0, 4);
    }
    if (precision === 'MONTH') {
      return date.slice(0, 7);
    }
    return date;
  }

  function kindText(kind) {
    return kind ? kind.replace(/_/g, ' ') : '';
  }

  /** The drawn label of a node: title or name, and what disambiguates it. */
  function nodeLabel(node) {
    switch (node.__typename) {
      case 'Role': {
        const who = node.person ? node.person.name : '?';
        return node.roleKind + ': ' + who + (node.character ? ' as ' + node.character.name : '');
      }
      case 'Release':
        return kindText(node.releaseKind) + ' ' + formatDate(node.releaseDate, node.datePrecision)
          + (node.region ? ' · ' + node.region : '') + (node.preferred === false ? ' (disputed)' : '');
      case 'Event':
        return node.name + (node.eventDate ? '\n' + formatDate(node.eventDate, node.datePrecision) : '');
      case 'Award':
        return node.name + (node.awardYear ? ' (' + node.awardYear + ')' : '');
      case 'Source':
        return node.title;
      default:
        if (isWork(node.__typename)) {
          return node.title + '\n' + typeOf(node.__typename).name + (node.year ? ' · ' + node.year : '');
        }
        return node.name || node.title || node.id;
    }
  }

  function oneLine(label) {
    return label.replace(/\n/g, ' — ');
  }

  function edgeLabel(type, label) {
    return label && label !== type ? type + ' · ' + label : type;
  }

  // ---------------------------------------------------------------------------------------------
  // Cytoscape.

  function cytoscapeStyle() {
    const style = [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'font-size': 12,
          'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK KR", sans-serif',
          color: '#1f2937',
          'text-valign': 'bottom',
          'text-halign': 'center',
          'text-margin-y': 4,
          'text-wrap': 'wrap',
          'text-max-width': 150,
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.8,
          'text-background-padding': 2,
          'text-background-shape': 'round-rectangle',
          // Below 7 px on screen labels are unreadable anyway; not drawing them keeps big graphs fluid.
          'min-zoomed-font-size': 7,
          'border-width': 1.5,
          'border-color': '#ffffff',
          'background-color': OTHER_TYPE.color,
          shape: OTHER_TYPE.shape,
          width: OTHER_TYPE.w,
          height: OTHER_TYPE.h
        }
      },
      {
        selector: 'edge',
        style: {
          width: 1.5,
          'line-color': '#a3adb8',
          'target-arrow-color': '#a3adb8',
          'target-arrow-shape': 'triangle',
          'arrow-scale': 0.8,
          'curve-style': 'bezier',
          label: 'data(label)',
          'font-size': 9,
          color: '#4b5563',
          'text-rotation': 'autorotate',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.85,
          'text-background-padding': 1,
          'min-zoomed-font-size': 8
        }
      }
    ];
    Object.keys(NODE_TYPES).forEach(function (typename) {
      const type = NODE_TYPES[typename];
      style.push({
        selector: 'node[type = "' + typename + '"]',
        style: { 'background-color': type.color, shape: type.shape, width: type.w, height: type.h }
      });
    });
    Object.keys(EDGE_TYPES).forEach(function (edgeType) {
      const type = EDGE_TYPES[edgeType];
      style.push({
        selector: 'edge[type = "' + edgeType + '"]',
        style: { 'line-color': type.color, 'target-arrow-color': type.color, width: type.width, 'line-style': type.style }
      });
    });
    style.push(
      { selector: 'edge[type = "ADAPTS"]', style: { color: '#9b2335', 'font-weight': 600, 'font-size': 10 } },
      { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#374151', 'border-style': 'double' } },
      { selector: 'node.focus', style: { 'font-weight': 700, 'font-size': 12, 'border-width': 4, 'border-color': '#111827' } },
      { selector: 'node:selected', style: { 'underlay-color': '#f59e0b', 'underlay-opacity': 0.55, 'underlay-padding': 7, 'underlay-shape': 'ellipse' } },
      { selector: '.faded', style: { opacity: 0.22 } },
      // Big drawings: straight edges without arrows cost a fraction of curved ones to draw at every zoom and pan.
      { selector: 'edge.cheap', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' } },
      {
        selector: 'node.highlighted',
        style: { 'border-width': 5, 'border-color': '#e11d48', 'border-style': 'solid', 'z-index': 20, 'font-weight': 700 }
      },
      {
        selector: 'edge.highlighted',
        style: {
          width: 5, 'line-color': '#e11d48', 'target-arrow-color': '#e11d48', 'z-index': 20,
          color: '#9f1239', 'font-size': 10, 'font-weight': 700, 'line-style': 'solid'
        }
      }
    );
    return style;
  }

  const cy = cytoscape({
    container: $('cy'),
    style: cytoscapeStyle(),
    minZoom: 0.03,
    maxZoom: 3,
    boxSelectionEnabled: false,
    selectionType: 'single'
  });

  // Cytoscape measures its container once; the controls and the message bar above it change its size and place.
  if (window.ResizeObserver) {
    new ResizeObserver(function () { cy.resize(); }).observe($('cy'));
  }

  const metrics = { firstLayoutStopMs: null, firstGraphMs: null, layouts: [] };
  let layoutsRunning = 0;
  let restoring = 0;

  // performance.now() counts from the start of the navigation, so these are times from page load: to the end
  // of the first layout, and to the frame after it, by which Cytoscape has drawn the graph.
  cy.on('layoutstop', function () {
    if (metrics.firstLayoutStopMs === null && cy.nodes().length > 0) {
      metrics.firstLayoutStopMs = performance.now();
      requestAnimationFrame(function () {
        metrics.firstGraphMs = performance.now();
        performance.mark('explorer-first-graph');
      });
    }
  });

  let nodeOrder = 0;

  function nodeElement(node, position) {
    const element = {
      group: 'nodes',
      data: { id: node.id, type: node.__typename, label: nodeLabel(node), node: node, order: nodeOrder++ }
    };
    if (position) {
      element.position = position;
    }
    return element;
  }

  /** Two relationships of one type between the same nodes (two kinds of relation, say) are two edges. */
  function edgeId(from, type, to, label) {
    return from + ' ' + type + ' ' + to + (label ? ' ' + label : '');
  }

  /** The drawn edges of this type from one node to another, whatever their label. */
  function edgesBetween(from, type, to) {
    return cy.getElementById(from).edgesTo(cy.getElementById(to)).filter(function (edge) {
      return edge.data('type') === type;
    });
  }

  function edgeElement(from, to, type, label) {
    return {
      group: 'edges',
      data: { id: edgeId(from, type, to, label), source: from, target: to, type: type, kind: label || null, label: edgeLabel(type, label) }
    };
  }

  /**
   * Adds the nodes and edges that are not drawn yet; new nodes start on a ring around the node they were
   * reached from, so that the layout that follows moves them out from there. Returns the new nodes.
   */
  function merge(nodes, edges, around) {
    const centre = around ? cy.getElementById(around) : null;
    const origin = centre && centre.nonempty() ? centre.position() : null;
    const fresh = nodes.filter(function (node) { return cy.getElementById(node.id).empty(); });
    const elements = fresh.map(function (node, index) {
      if (!origin) {
        return nodeElement(node);
      }
      const angle = (2 * Math.PI * index) / Math.max(fresh.length, 1);
      const radius = 60 + 4 * Math.sqrt(fresh.length) * 10;
      return nodeElement(node, { x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) });
    });
    const known = {};
    nodes.forEach(function (node) { known[node.id] = true; });
    const seen = {};
    edges.forEach(function (edge) {
      const present = function (id) { return known[id] || cy.getElementById(id).nonempty(); };
      const id = edgeId(edge.from, edge.type, edge.to, edge.label);
      // A path step has no label: it is the edge already drawn between those nodes, if there is one; and an
      // edge first drawn from a path gets its label when a neighbourhood brings it.
      const unlabelled = cy.getElementById(edgeId(edge.from, edge.type, edge.to, null));
      if (edge.label && unlabelled.nonempty() && !unlabelled.data('kind')) {
        unlabelled.data({ kind: edge.label, label: edgeLabel(edge.type, edge.label) });
        return;
      }
      const drawn = edge.label ? cy.getElementById(id).nonempty() : edgesBetween(edge.from, edge.type, edge.to).nonempty();
      if (present(edge.from) && present(edge.to) && !drawn && !seen[id]) {
        seen[id] = true;
        elements.push(edgeElement(edge.from, edge.to, edge.type, edge.label));
      }
    });
    let added;
    cy.batch(function () {
      // Refresh what the newer answer says about nodes already drawn (a label may now be known).
      nodes.forEach(function (node) {
        const existing = cy.getElementById(node.id);
        if (existing.nonempty()) {
          existing.data({ node: Object.assign({}, existing.data('node'), node), label: nodeLabel(Object.assign({}, existing.data('node'), node)) });
        }
      });
      added = cy.add(elements);
      if (pathIds.length) {
        // A path is highlighted: what joins the drawing later stays in the background with the rest.
        added.addClass('faded');
      }
    });
    updateCounts();
    return added.nodes();
  }

  function distancesFrom(rootId) {
    const depth = {};
    const root = cy.getElementById(rootId);
    if (root.empty()) {
      return depth;
    }
    cy.elements().bfs({
      roots: root,
      directed: false,
      visit: function (v, e, u, i, d) { depth[v.id()] = d; }
    });
    return depth;
  }

  /** Lays out the graph and resolves when it is drawn; the cheapest layout that reads well for its size. */
  function layout(options) {
    const count = cy.nodes().length;
    let settings;
    if (count === 0) {
      return Promise.resolve();
    }
    if (options.family) {
      settings = {
        name: 'breadthfirst', roots: cy.getElementById(options.family), directed: false, spacingFactor: 1.05,
        avoidOverlap: true, nodeDimensionsIncludeLabels: true, animate: false, fit: true, padding: 40,
        depthSort: familyOrder
      };
    } else if (count > BIG_GRAPH) {
      cy.edges().addClass('cheap');
      const depth = distancesFrom(options.centre || state.focus);
      const maxDepth = Object.keys(depth).reduce(function (max, id) { return Math.max(max, depth[id]); }, 0);
      settings = {
        name: 'concentric', animate: false, fit: true, padding: 30, minNodeSpacing: 6, avoidOverlap: true,
        startAngle: -Math.PI / 2, levelWidth: function () { return 1; },
        concentric: function (node) {
          const d = depth[node.id()];
          return d === undefined ? 0 : maxDepth + 1 - d;
        }
      };
    } else {
      cy.edges().removeClass('cheap');
      settings = {
        name: 'cose', animate: false, randomize: !options.keepPositions, fit: false,
        nodeDimensionsIncludeLabels: true, idealEdgeLength: function () { return 75; },
        nodeRepulsion: function () { return 12000; }, edgeElasticity: function () { return 100; },
        gravity: 0.25, numIter: count > 100 ? 400 : 1000, componentSpacing: 60
      };
    }
    const started = performance.now();
    layoutsRunning++;
    return new Promise(function (resolve) {
      const run = cy.layout(settings);
      run.one('layoutstop', function () {
        if (settings.name === 'cose') {
          // After an expansion, only a clearly mismatched drawing is turned: the user knows where things were.
          matchCanvasOrientation(options.keepPositions ? 1.3 : 1.1);
          fitReadable(options.keepPositions ? options.around : null);
        }
        layoutsRunning--;
        metrics.layouts.push({ name: settings.name, nodes: count, ms: Math.round(performance.now() - started) });
        resolve();
      });
      run.run();
    });
  }

  // Within a layer of the family tree: translations and films beside the book's stories, series after them,
  // and parts in their own order, so adaptation edges to the stories cross as little as possible.
  const FAMILY_RANK = { Translation: 0, Film: 1, Novel: 2, Story: 2, Series: 3, SeriesPart: 4, Episode: 5 };

  function familyOrder(a, b) {
    const rank = function (node) {
      const r = FAMILY_RANK[node.data('type')];
      return r === undefined ? 6 : r;
    };
    return (rank(a) - rank(b)) || (a.data('order') - b.data('order'));
  }

  // Labels are drawn from 7 px on screen (min-zoomed-font-size): below this zoom a 12 px label disappears.
  const READABLE_ZOOM = 0.6;

  /**
   * Fits the drawing; when that would shrink labels out of sight after an expansion, zooms to where they are
   * readable around the expanded node instead (Fit shows everything).
   */
  function fitReadable(around) {
    cy.fit(undefined, 40);
    const centre = around ? cy.getElementById(around) : null;
    if (cy.zoom() < READABLE_ZOOM && centre && centre.nonempty() && cy.nodes().length <= BIG_GRAPH) {
      cy.zoom(READABLE_ZOOM);
      cy.center();
      // Centred on the whole drawing, as long as the expanded node stays well inside the view.
      const p = centre.renderedPosition();
      const margin = 80;
      if (p.x < margin || p.y < margin || p.x > cy.width() - margin || p.y > cy.height() - margin) {
        cy.center(centre);
      }
    }
  }

  /**
   * The force-directed layout has no notion of the canvas's shape: a tall drawing on a wide canvas ends up
   * zoomed out below label size. Turning it a quarter makes it fill the canvas.
   */
  function matchCanvasOrientation(tolerance) {
    const box = cy.nodes().boundingBox({ includeLabels: false });
    const tallCanvas = cy.height() > cy.width();
    const tallDrawing = box.h > box.w * tolerance;
    const wideDrawing = box.w > box.h * tolerance;
    if ((tallDrawing && !tallCanvas) || (wideDrawing && tallCanvas)) {
      const cx = box.x1 + box.w / 2;
      const cyy = box.y1 + box.h / 2;
      cy.nodes().positions(function (node) {
        const p = node.position();
        return { x: cx + (p.y - cyy), y: cyy - (p.x - cx) };
      });
    }
  }

  function clearGraph() {
    cy.elements().remove();
    clearHighlight();
    expanded.clear();
    updateCounts();
  }

  // ---------------------------------------------------------------------------------------------
  // State, and the URL that holds it.

  const state = {
    view: 'neighborhood',
    focus: null,
    depth: 1,
    limit: MAX_LIMIT,
    expand: [],
    from: null,
    to: null,
    family: null,
    select: null
  };
  const expanded = new Set();
  let pathIds = [];
  let generation = 0;
  let lastHash = null;
  let truncatedAt = null;

  function hashOf(s) {
    const params = new URLSearchParams();
    params.set('view', s.view);
    if (s.view === 'family') {
      if (s.family) {
        params.set('family', s.family);
      }
    } else {
      if (s.focus) {
        params.set('focus', s.focus);
        if (s.depth !== 1) {
          params.set('depth', String(s.depth));
        }
        if (s.limit !== MAX_LIMIT) {
          params.set('limit', String(s.limit));
        }
        if (s.expand.length) {
          params.set('expand', s.expand.join(','));
        }
      }
      if (s.from) {
        params.set('from', s.from);
      }
      if (s.to) {
        params.set('to', s.to);
      }
    }
    if (s.select) {
      params.set('select', s.select);
    }
    return '#' + params.toString();
  }

  function parseHash(hash) {
    const params = new URLSearchParams((hash || '').replace(/^#/, ''));
    const number = function (name, fallback, min, max) {
      const value = parseInt(params.get(name), 10);
      return isNaN(value) ? fallback : Math.min(max, Math.max(min, value));
    };
    const parsed = {
      focus: params.get('focus'),
      depth: number('depth', 1, 1, 3),
      limit: number('limit', MAX_LIMIT, 1, MAX_LIMIT),
      expand: (params.get('expand') || '').split(',').filter(Boolean),
      from: params.get('from'),
      to: params.get('to'),
      family: params.get('family'),
      select: params.get('select')
    };
    const view = params.get('view');
    parsed.view = ['neighborhood', 'path', 'family'].indexOf(view) >= 0 ? view
      : parsed.family ? 'family' : (parsed.from && parsed.to ? 'path' : 'neighborhood');
    return parsed;
  }

  /** Writes the state into the URL: a new history entry for a new view, the same entry for a selection. */
  function writeHash(newEntry) {
    const hash = hashOf(state);
    if (hash === window.location.hash) {
      lastHash = hash;
      return;
    }
    lastHash = hash;
    if (newEntry) {
      history.pushState(null, '', hash);
    } else {
      history.replaceState(null, '', hash);
    }
  }

  async function restore(hash) {
    const target = parseHash(hash);
    const mine = ++generation;
    lastHash = hash;
    restoring++;
    clearMessages();
    clearGraph();
    Object.assign(state, target, { expand: [] });
    setView(target.view, { keepGraph: true });
    $('depth').value = String(state.depth);
    setLimitControl(state.limit);
    try {
      if (target.view === 'family') {
        if (target.family) {
          await loadFamily(target.family, mine);
        }
      } else {
        if (target.focus) {
          await loadNeighbourhood(target.focus, { depth: target.depth, centre: true, mine: mine });
          for (const id of target.expand) {
            if (mine !== generation) {
              return;
            }
            await expand(id, mine);
          }
        }
        if (target.from && target.to) {
          await connect(target.from, target.to, mine);
        }
      }
      if (mine !== generation) {
        return;
      }
      if (target.select && cy.getElementById(target.select).nonempty()) {
        await select(target.select);
      } else {
        state.select = null;
      }
      updateEmpty();
      writeHash(false);
    } catch (error) {
      if (mine === generation) {
        showError(error, 'Could not open the linked view');
      }
    } finally {
      restoring--;
    }
  }

  function onLocationChange() {
    if (window.location.hash !== lastHash) {
      restore(window.location.hash);
    }
  }

  window.addEventListener('hashchange', onLocationChange);
  window.addEventListener('popstate', onLocationChange);

  // ---------------------------------------------------------------------------------------------
  // Neighbourhoods and expansion.

  async function loadNeighbourhood(id, options) {
    const limit = state.limit;
    const data = await graphql(NEIGHBORHOOD, { id: id, depth: options.depth, limit: limit });
    if (options.mine !== undefined && options.mine !== generation) {
      return;
    }
    const subgraph = data.neighborhood;
    const fresh = merge(subgraph.nodes, subgraph.edges, options.centre ? null : id);
    expanded.add(id);
    cy.getElementById(id).addClass('expanded');
    if (options.centre) {
      cy.nodes('.focus').removeClass('focus');
      cy.getElementById(id).addClass('focus');
    }
    if (subgraph.truncated) {
      truncatedAt = { id: id, shown: subgraph.nodes.length, limit: limit };
      showMessage('warning', 'Showing ' + subgraph.nodes.length + ' nodes of a larger neighbourhood of “'
        + oneLine(cy.getElementById(id).data('label') || id) + '” — limited to ' + limit
        + '. Expand nodes one at a time, or lower the depth, to see the rest.', 'truncated');
    }
    updateCounts();
    updateEmpty();
    if (options.centre || fresh.nonempty()) {
      await layout({ keepPositions: !options.centre, centre: state.focus || id, around: id });
    }
  }

  async function showNeighbourhood(id) {
    const mine = ++generation;
    clearMessages();
    clearGraph();
    Object.assign(state, { view: 'neighborhood', focus: id, expand: [], from: null, to: null, family: null, select: id });
    setView('neighborhood', { keepGraph: true });
    writeHash(true);
    try {
      await loadNeighbourhood(id, { depth: state.depth, centre: true, mine: mine });
      if (mine === generation) {
        await select(id);
      }
    } catch (error) {
      if (mine === generation) {
        showError(error, 'Could not load the neighbourhood of “' + id + '”');
      }
    }
  }

  async function expand(id, mine) {
    if (expanded.has(id) || state.view === 'family') {
      return;
    }
    expanded.add(id);
    await loadNeighbourhood(id, { depth: 1, centre: false, mine: mine });
    if (!state.focus) {
      state.focus = id;
      cy.getElementById(id).addClass('focus');
    } else if (id !== state.focus && state.expand.indexOf(id) < 0) {
      state.expand.push(id);
    }
  }

  async function expandFromClick(id) {
    try {
      await expand(id);
      writeHash(false);
    } catch (error) {
      expanded.delete(id);
      showError(error, 'Could not expand “' + id + '”');
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Connect mode: the shortest path between two nodes, drawn and highlighted.

  function clearHighlight() {
    cy.elements().removeClass('highlighted faded');
    pathIds = [];
    $('cy').dataset.highlighted = '';
    renderPathPanel(null);
  }

  async function connect(from, to, mine) {
    const data = await graphql(PATH, { from: from, to: to, maxLength: MAX_PATH_LENGTH });
    if (mine !== undefined && mine !== generation) {
      return;
    }
    clearHighlight();
    const path = data.path;
    if (!path) {
      showMessage('info', 'No connection within ' + MAX_PATH_LENGTH + ' relationships between “' + from
        + '” and “' + to + '” (or one of them does not exist).');
      renderPathPanel({ length: 0, steps: [], missing: true, from: from, to: to });
      return;
    }
    const nodes = [];
    const edges = [];
    path.steps.forEach(function (step, index) {
      if (index === 0) {
        nodes.push(step.from);
      }
      nodes.push(step.to);
      const source = step.forward ? step.from.id : step.to.id;
      const target = step.forward ? step.to.id : step.from.id;
      edges.push({ from: source, to: target, type: step.relationship, label: null });
    });
    const hadGraph = cy.nodes().nonempty();
    const fresh = merge(nodes, edges, hadGraph ? from : null);
    pathIds = path.steps.length ? nodes.map(function (node) { return node.id; }) : [from];
    const onPath = cy.collection();
    pathIds.forEach(function (id) { onPath.merge(cy.getElementById(id)); });
    edges.forEach(function (edge) { onPath.merge(edgesBetween(edge.from, edge.type, edge.to).first()); });
    cy.batch(function () {
      cy.elements().addClass('faded');
      onPath.removeClass('faded').addClass('highlighted');
    });
    $('cy').dataset.highlighted = pathIds.join(' ');
    renderPathPanel({ length: path.length, steps: path.steps });
    pathFrom.set(nodes[0]);
    pathTo.set(nodes[nodes.length - 1]);
    if (!hadGraph || fresh.nonempty()) {
      await layout({ keepPositions: hadGraph, centre: from });
    }
    cy.animate({ fit: { eles: onPath, padding: 60 } }, { duration: 0 });
    updateEmpty();
  }

  async function findPath(from, to) {
    if (!from || !to) {
      showMessage('info', 'Pick both ends of the path: a start and an end.');
      return;
    }
    const mine = ++generation;
    clearMessages();
    Object.assign(state, { view: 'path', from: from, to: to });
    if (state.family) {
      // A family drawing is not a neighbourhood: start the path on a clean canvas.
      clearGraph();
      state.family = null;
    }
    setView('path', { keepGraph: true });
    writeHash(true);
    try {
      await connect(from, to, mine);
      showPanel('path');
    } catch (error) {
      if (mine === generation) {
        showError(error, 'Could not find a path');
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The adaptation family: the works and their parts as a layered tree, with the timeline beside it.

  async function loadFamily(id, mine) {
    const data = await graphql(FAMILY, { id: id });
    if (mine !== generation) {
      return;
    }
    const family = data.adaptationFamily;
    const nodes = [];
    const edges = [];
    const seen = {};
    function addWork(work, parent) {
      if (!seen[work.id]) {
        seen[work.id] = true;
        nodes.push(work);
      }
      if (parent) {
        edges.push({ from: work.id, to: parent.id, type: 'PART_OF', label: null });
      }
      (work.parts || []).forEach(function (part) { addWork(part, work); });
    }
    family.works.forEach(function (work) { addWork(work, null); });
    family.adaptations.forEach(function (adaptation) {
      edges.push({ from: adaptation.adaptation.id, to: adaptation.source.id, type: 'ADAPTS', label: adaptation.kind });
    });
    clearGraph();
    merge(nodes, edges, null);
    cy.getElementById(family.root.id).addClass('focus');
    state.family = id;
    renderTimeline(data.timeline, family.root);
    showPanel('timeline');
    updateEmpty();
    await layout({ family: family.root.id });
  }

  async function showFamily(id) {
    const mine = ++generation;
    clearMessages();
    Object.assign(state, { view: 'family', family: id, focus: null, expand: [], from: null, to: null, select: null });
    setView('family', { keepGraph: true });
    writeHash(true);
    try {
      await loadFamily(id, mine);
    } catch (error) {
      if (mine === generation) {
        showError(error, 'Could not load the adaptation family of “' + id + '”');
      }
    }
  }

  function renderTimeline(entries, root) {
    const container = $('timeline');
    container.textContent = '';
    const disputed = entries.filter(function (entry) { return !entry.preferred; }).length;
    container.appendChild(h('header', { class: 'panel-head' },
      h('h2', { text: 'Timeline' }),
      h('p', { class: 'muted', text: entries.length + ' dated events across the family of “'
        + (cy.getElementById(root.id).data('node') || { title: root.id }).title + '”'
        + (disputed ? ', ' + disputed + ' of them disputed claims shown beside the preferred ones' : '') + '.' })));
    const list = h('ol', { class: 'timeline', id: 'timeline-list' });
    entries.forEach(function (entry) {
      const workId = entry.work ? entry.work.id : null;
      list.appendChild(h('li', {
        class: 'timeline-entry' + (entry.preferred ? '' : ' disputed'),
        dataset: { date: entry.date, kind: entry.kind, preferred: String(entry.preferred), work: workId || '' }
      },
      h('div', { class: 'when' },
        h('time', { datetime: entry.date, text: formatDate(entry.date, entry.datePrecision) }),
        h('span', { class: 'badge kind', text: kindText(entry.kind) })),
      h('div', { class: 'what' },
        workId ? h('button', { type: 'button', class: 'link', text: entry.label, title: 'Select this work in the graph',
          onclick: function () { select(workId); } }) : h('span', { text: entry.label }),
        entry.preferred ? h('span', { class: 'badge preferred', text: 'preferred' })
          : h('span', { class: 'badge disputed', text: 'disputed', title: 'A claim the dataset does not prefer' })),
      sourceList(entry.sources, true)));
    });
    if (!entries.length) {
      container.appendChild(h('p', { class: 'muted', text: 'No dated events.' }));
    }
    container.appendChild(list);
  }

  // ---------------------------------------------------------------------------------------------
  // Selection: the side panel with properties, sources, and disputed releases side by side.

  const detailsCache = new Map();

  async function select(id) {
    const element = cy.getElementById(id);
    if (element.nonempty() && !element.selected()) {
      cy.$(':selected').unselect();
      element.select();
    }
    state.select = id;
    writeHash(false);
    showPanel('details');
    const panel = $('details');
    panel.dataset.id = id;
    const summary = element.nonempty() ? element.data('node') : null;
    panel.textContent = '';
    if (summary) {
      panel.appendChild(detailsHeader(summary));
    }
    panel.appendChild(h('p', { class: 'muted loading', text: 'Loading properties and sources…' }));
    try {
      let node = detailsCache.get(id);
      if (!node) {
        const data = await graphql(DETAILS, { id: id });
        node = data.node;
        if (!node) {
          throw new ApiError('No node has the id “' + id + '”.');
        }
        detailsCache.set(id, node);
      }
      if (panel.dataset.id === id) {
        renderDetails(panel, node);
      }
    } catch (error) {
      if (panel.dataset.id === id) {
        panel.textContent = '';
        panel.appendChild(h('p', { class: 'error-text', text: 'Could not load the details: ' + error.message }));
      }
    }
  }

  function detailsHeader(node) {
    const type = typeOf(node.__typename);
    const actions = h('div', { class: 'actions' });
    const inNeighbourhoodView = state.view !== 'family';
    if (inNeighbourhoodView && !expanded.has(node.id) && cy.getElementById(node.id).nonempty()) {
      actions.appendChild(h('button', { type: 'button', text: 'Expand', title: 'Add its neighbours to the graph',
        onclick: function () { expandFromClick(node.id).then(function () { select(node.id); }); } }));
    }
    actions.appendChild(h('button', { type: 'button', text: 'Start here', title: 'Draw the neighbourhood of this node alone',
      onclick: function () { showNeighbourhood(node.id); } }));
    actions.appendChild(h('button', { type: 'button', text: 'Path from here', title: 'Use as the start of a path',
      onclick: function () { setPathEnd('from', node); } }));
    actions.appendChild(h('button', { type: 'button', text: 'Path to here', title: 'Use as the end of a path',
      onclick: function () { setPathEnd('to', node); } }));
    if (isWork(node.__typename)) {
      actions.appendChild(h('button', { type: 'button', text: 'Adaptation family', title: 'The original, its adaptations and the timeline',
        onclick: function () { showFamily(node.id); } }));
    }
    return h('header', { class: 'panel-head' },
      h('div', { class: 'type-line' }, typeIcon(node.__typename), h('span', { text: type.name })),
      h('h2', { text: isWork(node.__typename) ? node.title : oneLine(nodeLabel(node)) }),
      h('code', { class: 'node-id', text: node.id }),
      actions);
  }

  function renderDetails(panel, node) {
    panel.textContent = '';
    panel.appendChild(detailsHeader(node));
    panel.appendChild(properties(node));
    if (node.__typename === 'Role') {
      panel.appendChild(section('Credit', h('dl', { class: 'props' },
        prop('Person', node.person && refButton(node.person.id, node.person.name)),
        prop('Work', node.work && refButton(node.work.id, node.work.title)),
        prop('Character', node.character && refButton(node.character.id, node.character.name)),
        prop('Episodes', node.episodes && node.episodes.length ? node.episodes.map(function (e) { return e.title; }).join(', ') : null))));
    }
    if (node.__typename === 'Release') {
      panel.appendChild(section('Claim', releaseCard(node)));
    }
    if (isWork(node.__typename)) {
      if (node.releases && node.releases.length) {
        panel.appendChild(releasesSection(node.releases));
      }
      if (node.nominations && node.nominations.length) {
        panel.appendChild(section('Awards', h('ul', { class: 'plain' }, node.nominations.map(function (n) {
          return h('li', null, h('strong', { text: kindText(n.result).toLowerCase() }), ' — ', n.award.name,
            n.category ? ' (' + n.category + ')' : '', n.year ? ', ' + n.year : '', sourceList(n.sources, true));
        }))));
      }
      if (node.organizations && node.organizations.length) {
        panel.appendChild(section('Organizations', h('ul', { class: 'plain' }, node.organizations.map(function (link) {
          return h('li', null, h('span', { class: 'badge', text: kindText(link.linkKind) }), ' ',
            refButton(link.organization.id, link.organization.name), link.region ? ' (' + link.region + ')' : '');
        }))));
      }
    }
    if (node.__typename === 'Source') {
      return;
    }
    panel.appendChild(section('Sources (' + (node.sources || []).length + ')', sourceList(node.sources || [], false),
      'The sources behind this ' + typeOf(node.__typename).name.toLowerCase() + '’s own properties.'));
  }

  function properties(node) {
    const list = h('dl', { class: 'props' });
    const rows = [
      ['Original title', node.originalTitle],
      ['Original name', node.originalName],
      ['Also known as', node.aliases && node.aliases.length ? node.aliases.join('; ') : null],
      ['Kind', node.workKind || node.orgKind || node.eventKind || node.sourceKind],
      ['Year', node.year || node.awardYear],
      ['Born', node.birthYear],
      ['Part of', node.partOf ? refButton(node.partOf.id, node.partOf.title) : null],
      ['Number', node.partNumber || node.episodeNumber],
      ['Episodes', node.episodeCount],
      ['Runtime', node.runtimeMinutes ? node.runtimeMinutes + ' min' : null],
      ['Language', node.language],
      ['Country', node.country],
      ['Presented by', node.presenter ? refButton(node.presenter.id, node.presenter.name) : null],
      ['Date', node.eventDate ? formatDate(node.eventDate, node.datePrecision) : null],
      ['Venue', node.__typename === 'Event' ? node.venue : null],
      ['Works', node.works && node.works.length ? node.works.map(function (w) { return w.title; }).join(', ') : null],
      ['Publisher', node.__typename === 'Source' ? node.publisher : null],
      ['Published', node.__typename === 'Source' ? node.publishedOn : null],
      ['Link', node.__typename === 'Source' && node.url ? externalLink(node.url, node.url) : null],
      ['Reliability', node.reliability],
      ['Excerpt', node.excerpt],
      ['Confidence', node.confidence ? h('span', { class: 'badge confidence-' + node.confidence.toLowerCase(), text: node.confidence }) : null],
      ['Description', node.description],
      ['Note', node.note && node.__typename !== 'Release' && node.__typename !== 'Role' ? node.note : null],
      ['Billing', node.billing],
      ['Note', node.__typename === 'Role' ? node.note : null]
    ];
    rows.forEach(function (row) { append(list, prop(row[0], row[1])); });
    return list;
  }

  function prop(name, value) {
    if (value === null || value === undefined || value === '') {
      return null;
    }
    return [h('dt', { text: name }), h('dd', null, typeof value === 'object' ? value : String(value))];
  }

  function section(title, content, hint) {
    return h('section', { class: 'panel-section' }, h('h3', { text: title }), hint ? h('p', { class: 'muted small', text: hint }) : null, content);
  }

  function refButton(id, text) {
    return h('button', { type: 'button', class: 'link', text: text, title: id,
      onclick: function () {
        if (cy.getElementById(id).nonempty()) {
          select(id);
        } else {
          showNeighbourhood(id);
        }
      } });
  }

  function externalLink(url, text) {
    let safe = null;
    try {
      const parsed = new URL(url);
      safe = parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch (notAUrl) {
      safe = null;
    }
    return safe ? h('a', { href: safe, target: '_blank', rel: 'noopener noreferrer', text: text }) : h('span', { text: text });
  }

  function sourceList(sources, compact) {
    if (!sources || !sources.length) {
      return h('p', { class: 'muted small', text: 'No sources.' });
    }
    return h('ul', { class: compact ? 'sources compact' : 'sources' }, sources.map(function (source) {
      return h('li', { dataset: { source: source.id } },
        source.url ? externalLink(source.url, source.title) : h('span', { text: source.title }),
        source.publisher && !compact ? h('span', { class: 'muted', text: ' — ' + source.publisher }) : null,
        source.publishedOn && !compact ? h('span', { class: 'muted', text: ', ' + source.publishedOn }) : null);
    }));
  }

  /** Releases of the same kind and region are rival claims: drawn side by side, the preferred one marked. */
  function releasesSection(releases) {
    const groups = new Map();
    releases.forEach(function (release) {
      const key = release.releaseKind + '|' + (release.region || '');
      if (!groups.has(key)) {
        groups.set(key, []);
      }
      groups.get(key).push(release);
    });
    const ordered = Array.from(groups.values()).sort(function (a, b) {
      return earliest(a).localeCompare(earliest(b));
    });
    const content = h('div', { class: 'release-groups' });
    ordered.forEach(function (group) {
      group.sort(function (a, b) {
        return (b.preferred - a.preferred) || String(a.date).localeCompare(String(b.date));
      });
      const first = group[0];
      const disputedGroup = group.length > 1;
      content.appendChild(h('div', { class: 'release-group' + (disputedGroup ? ' disputed-group' : ''),
        dataset: { kind: first.releaseKind, region: first.region || '', claims: String(group.length) } },
      h('h4', null, kindText(first.releaseKind), first.region ? ' · ' + first.region : '',
        disputedGroup ? h('span', { class: 'badge disputed', text: group.length + ' claims: sources disagree' }) : null),
      h('div', { class: 'claims' }, group.map(releaseCard))));
    });
    return section('Releases', content, 'Where sources disagree, every claim is shown with its own sources; ★ marks the one the dataset prefers.');
  }

  function earliest(group) {
    return group.reduce(function (min, r) { return r.date && r.date < min ? r.date : min; }, '9999');
  }

  function releaseCard(release) {
    return h('div', { class: 'claim' + (release.preferred ? ' preferred' : ' not-preferred'), dataset: { release: release.id, preferred: String(release.preferred) } },
      h('div', { class: 'claim-date' },
        h('strong', { text: formatDate(release.date || release.releaseDate, release.datePrecision) }),
        release.preferred ? h('span', { class: 'badge preferred', text: '★ preferred' }) : h('span', { class: 'badge disputed', text: 'disputed' })),
      release.venue ? h('div', { class: 'small', text: release.venue }) : null,
      release.platform ? h('div', { class: 'small' }, 'on ', refButton(release.platform.id, release.platform.name)) : null,
      release.claim ? h('blockquote', { class: 'small', text: release.claim }) : null,
      release.note ? h('div', { class: 'small muted', text: release.note }) : null,
      release.confidence ? h('div', { class: 'small' }, 'confidence ', h('span', { class: 'badge confidence-' + release.confidence.toLowerCase(), text: release.confidence })) : null,
      sourceList(release.sources, true));
  }

  function renderPathPanel(path) {
    const container = $('path');
    container.textContent = '';
    if (!path) {
      container.appendChild(h('p', { class: 'muted', text: 'Pick a start and an end above, or use “Path from here” and “Path to here” on a selected node.' }));
      return;
    }
    container.appendChild(h('header', { class: 'panel-head' }, h('h2', { text: path.missing ? 'No path' : 'Path: ' + path.length + ' steps' }),
      path.missing ? h('p', { class: 'muted', text: 'Nothing connects them within ' + MAX_PATH_LENGTH + ' relationships.' }) : null));
    const list = h('ol', { class: 'path-steps', id: 'path-steps' });
    path.steps.forEach(function (step, index) {
      if (index === 0) {
        list.appendChild(pathNode(step.from));
      }
      list.appendChild(h('li', { class: 'path-rel', text: step.forward ? '↓ ' + step.relationship : '↑ ' + step.relationship + ' (followed backwards)' }));
      list.appendChild(pathNode(step.to));
    });
    container.appendChild(list);
  }

  function pathNode(node) {
    return h('li', { class: 'path-node', dataset: { id: node.id } }, typeIcon(node.__typename), ' ',
      h('button', { type: 'button', class: 'link', text: oneLine(nodeLabel(node)), onclick: function () { select(node.id); } }));
  }

  // ---------------------------------------------------------------------------------------------
  // Search boxes: the main one starts a neighbourhood or a family; two more pick a path's ends.

  function searchBox(input, list, onPick, accept) {
    let sequence = 0;
    let timer = null;
    let hits = [];
    let active = -1;

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
    }

    function render() {
      list.textContent = '';
      if (!hits.length) {
        list.appendChild(h('li', { class: 'empty', text: 'Nothing found.' }));
      }
      hits.forEach(function (hit, index) {
        const node = hit.node;
        const label = nodeLabel(node).split('\n');
        list.appendChild(h('li', {
          role: 'option', class: index === active ? 'active' : '', 'aria-selected': String(index === active),
          dataset: { id: node.id, type: node.__typename },
          onmousedown: function (event) { event.preventDefault(); pick(index); }
        }, typeIcon(node.__typename),
        h('span', { class: 'hit-text' },
          h('span', { class: 'hit-title', text: label[0] }),
          h('span', { class: 'hit-sub', text: [label[1] || typeOf(node.__typename).name,
            hit.matched && hit.matched !== label[0] ? 'matched “' + hit.matched + '”' : null, node.id].filter(Boolean).join(' · ') }))));
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }

    async function run() {
      const text = input.value.trim();
      const mine = ++sequence;
      if (text.length < 2) {
        close();
        return;
      }
      try {
        const data = await graphql(SEARCH, { text: text.slice(0, 200) });
        if (mine !== sequence) {
          return;
        }
        hits = data.search.filter(function (hit) { return !accept || accept(hit.node); });
        active = hits.length ? 0 : -1;
        render();
      } catch (error) {
        if (mine === sequence) {
          close();
          showError(error, 'Search failed');
        }
      }
    }

    function pick(index) {
      const hit = hits[index];
      if (!hit) {
        return;
      }
      input.value = oneLine(nodeLabel(hit.node));
      input.dataset.id = hit.node.id;
      close();
      onPick(hit.node);
    }

    input.addEventListener('input', function () {
      delete input.dataset.id;
      clearTimeout(timer);
      timer = setTimeout(run, 200);
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (!hits.length) {
          return;
        }
        event.preventDefault();
        active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
        render();
      } else if (event.key === 'Enter') {
        event.preventDefault();
        if (!list.hidden && active >= 0) {
          pick(active);
        } else {
          clearTimeout(timer);
          run();
        }
      } else if (event.key === 'Escape') {
        close();
      }
    });
    input.addEventListener('blur', function () { setTimeout(close, 150); });
    input.addEventListener('focus', function () {
      if (hits.length && input.value.trim().length >= 2 && !input.dataset.id) {
        render();
      }
    });
    return {
      set: function (node) {
        input.value = node ? oneLine(nodeLabel(node)) : '';
        if (node) {
          input.dataset.id = node.id;
        } else {
          delete input.dataset.id;
        }
      },
      id: function () { return input.dataset.id || null; }
    };
  }

  const mainSearch = searchBox($('search'), $('search-hits'), function (node) {
    if (state.view === 'family') {
      showFamily(node.id);
    } else {
      showNeighbourhood(node.id);
    }
  }, function (node) { return state.view !== 'family' || isWork(node.__typename); });

  const pathFrom = searchBox($('path-from'), $('path-from-hits'), function () {
    if (pathTo.id()) {
      findPath(pathFrom.id(), pathTo.id());
    } else {
      $('path-to').focus();
    }
  });

  const pathTo = searchBox($('path-to'), $('path-to-hits'), function () {
    if (pathFrom.id()) {
      findPath(pathFrom.id(), pathTo.id());
    } else {
      $('path-from').focus();
    }
  });

  function setPathEnd(end, node) {
    (end === 'from' ? pathFrom : pathTo).set(node);
    setView('path', { keepGraph: true });
    if (pathFrom.id() && pathTo.id()) {
      findPath(pathFrom.id(), pathTo.id());
    } else {
      showPanel('path');
      $(end === 'from' ? 'path-to' : 'path-from').focus();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Views, panels, messages, counts.

  function setView(view, options) {
    const leavingFamily = state.view === 'family' && view !== 'family';
    state.view = view;
    document.body.dataset.view = view;
    document.querySelectorAll('.view-tab').forEach(function (tab) {
      tab.classList.toggle('active', tab.dataset.view === view);
      tab.setAttribute('aria-pressed', String(tab.dataset.view === view));
    });
    document.querySelectorAll('.control-group[data-for]').forEach(function (group) {
      group.hidden = group.dataset.for.split(' ').indexOf(view) < 0;
    });
    $('search').placeholder = view === 'family' ? 'Search a work: its whole adaptation family is drawn'
      : 'Search a work, person, character, organization, award...';
    $('panel-tab-timeline').hidden = view !== 'family';
    $('panel-tab-path').hidden = view !== 'path';
    if (leavingFamily && !(options && options.keepGraph)) {
      clearGraph();
      state.family = null;
    }
    if (view === 'path') {
      if (state.from && !pathFrom.id()) {
        const from = cy.getElementById(state.from);
        pathFrom.set(from.nonempty() ? from.data('node') : { id: state.from, __typename: '', name: state.from });
      }
      if (state.to && !pathTo.id()) {
        const to = cy.getElementById(state.to);
        pathTo.set(to.nonempty() ? to.data('node') : { id: state.to, __typename: '', name: state.to });
      }
    }
    if (view !== 'family' && activePanel === 'timeline') {
      showPanel('details');
    }
    if (view !== 'path' && activePanel === 'path') {
      showPanel('details');
    }
  }

  function onViewTab(view) {
    if (view === state.view) {
      return;
    }
    const selected = state.select;
    const selectedNode = selected && cy.getElementById(selected).nonempty() ? cy.getElementById(selected).data('node') : null;
    if (view === 'family') {
      const work = selectedNode && isWork(selectedNode.__typename) ? selectedNode.id
        : (state.focus && cy.getElementById(state.focus).nonempty() && isWork(cy.getElementById(state.focus).data('type')) ? state.focus : null);
      if (work) {
        showFamily(work);
      } else {
        setView('family', { keepGraph: false });
        clearGraph();
        Object.assign(state, { family: null, focus: null, expand: [], from: null, to: null, select: null });
        writeHash(true);
        updateEmpty();
        showMessage('info', 'Search a work (or select one) to draw its adaptation family.');
        $('search').focus();
      }
    } else if (view === 'neighborhood') {
      if (state.view === 'family') {
        const start = selected || state.family;
        if (start) {
          showNeighbourhood(start);
          return;
        }
      }
      clearHighlight();
      Object.assign(state, { from: null, to: null });
      setView('neighborhood', { keepGraph: true });
      writeHash(true);
    } else {
      setView('path', { keepGraph: state.view !== 'family' });
      if (selectedNode && !pathFrom.id()) {
        pathFrom.set(selectedNode);
      }
      showPanel('path');
      writeHash(true);
      $(pathFrom.id() ? 'path-to' : 'path-from').focus();
    }
  }

  let activePanel = 'details';

  function showPanel(name) {
    activePanel = name;
    document.querySelectorAll('.panel-tab').forEach(function (tab) {
      tab.classList.toggle('active', tab.dataset.panel === name);
    });
    document.querySelectorAll('.panel-body').forEach(function (body) {
      body.hidden = body.dataset.panel !== name;
    });
  }

  function showMessage(kind, text, key) {
    const box = $('messages');
    if (key) {
      const old = box.querySelector('[data-key="' + key + '"]');
      if (old) {
        old.remove();
      }
    }
    const message = h('div', { class: 'message ' + kind, role: kind === 'error' ? 'alert' : null, dataset: key ? { key: key } : null },
      h('span', { class: 'message-text', text: text }),
      h('button', { type: 'button', class: 'dismiss', title: 'Dismiss', 'aria-label': 'Dismiss', text: '×',
        onclick: function () { message.remove(); } }));
    box.appendChild(message);
  }

  function showError(error, context) {
    const text = (context ? context + ': ' : '') + (error && error.message ? error.message : String(error));
    showMessage('error', text);
    if (window.console) {
      console.warn('explorer:', text, error && error.details ? error.details : '');
    }
  }

  function clearMessages() {
    $('messages').textContent = '';
    truncatedAt = null;
  }

  function updateBusy() {
    document.body.classList.toggle('busy', pending > 0);
    updateCounts();
  }

  function updateCounts() {
    const nodes = cy.nodes().length;
    const edges = cy.edges().length;
    const parts = [];
    if (pending > 0) {
      parts.push('Loading…');
    }
    if (nodes) {
      parts.push(nodes + ' nodes · ' + edges + ' edges');
    }
    if (truncatedAt) {
      parts.push('showing ' + truncatedAt.shown + ' of more — limited to ' + truncatedAt.limit);
    }
    if (pathIds.length) {
      parts.push('path of ' + (pathIds.length - 1) + ' steps highlighted');
    }
    const status = $('status');
    status.textContent = parts.join('  ·  ');
    status.classList.toggle('truncated', !!truncatedAt);
    status.hidden = !parts.length;
    updateLegend();
    updateEmpty();
  }

  function updateEmpty() {
    $('canvas-empty').hidden = cy.nodes().nonempty() || pending > 0 || restoring > 0;
  }

  function buildLegend() {
    const legend = $('legend');
    legend.textContent = '';
    const toggle = h('button', { type: 'button', class: 'legend-toggle', text: 'Legend', 'aria-expanded': 'true',
      onclick: function () {
        const open = legend.classList.toggle('collapsed');
        toggle.setAttribute('aria-expanded', String(!open));
      } });
    legend.appendChild(toggle);
    const list = h('ul', { class: 'legend-nodes' });
    Object.keys(NODE_TYPES).forEach(function (typename) {
      list.appendChild(h('li', { dataset: { type: typename } }, typeIcon(typename), h('span', { class: 'legend-name', text: NODE_TYPES[typename].name }),
        h('span', { class: 'legend-count' })));
    });
    legend.appendChild(list);
    legend.appendChild(h('ul', { class: 'legend-edges' },
      h('li', null, h('span', { class: 'edge-swatch adapts' }), 'ADAPTS (kind)'),
      h('li', null, h('span', { class: 'edge-swatch part-of' }), 'PART_OF'),
      h('li', null, h('span', { class: 'edge-swatch counterpart' }), 'COUNTERPART_OF'),
      h('li', null, h('span', { class: 'edge-swatch other' }), 'other relationships'),
      h('li', null, h('span', { class: 'edge-swatch highlighted' }), 'path')));
  }

  function updateLegend() {
    const counts = {};
    cy.nodes().forEach(function (node) { counts[node.data('type')] = (counts[node.data('type')] || 0) + 1; });
    document.querySelectorAll('#legend .legend-nodes li').forEach(function (item) {
      const count = counts[item.dataset.type] || 0;
      item.classList.toggle('absent', count === 0);
      item.querySelector('.legend-count').textContent = count ? String(count) : '';
    });
  }

  function setLimitControl(limit) {
    const select = $('limit');
    if (!Array.prototype.some.call(select.options, function (o) { return o.value === String(limit); })) {
      select.appendChild(h('option', { value: String(limit), text: String(limit) }));
    }
    select.value = String(limit);
  }

  // ---------------------------------------------------------------------------------------------
  // Wiring.

  cy.on('tap', 'node', function (event) {
    const id = event.target.id();
    select(id);
    if (state.view !== 'family' && !expanded.has(id)) {
      expandFromClick(id);
    }
  });

  cy.on('tap', function (event) {
    if (event.target === cy) {
      cy.$(':selected').unselect();
      state.select = null;
      writeHash(false);
    }
  });

  document.querySelectorAll('.view-tab').forEach(function (tab) {
    tab.addEventListener('click', function () { onViewTab(tab.dataset.view); });
  });
  document.querySelectorAll('.panel-tab').forEach(function (tab) {
    tab.addEventListener('click', function () { showPanel(tab.dataset.panel); });
  });
  $('find-path').addEventListener('click', function () { findPath(pathFrom.id(), pathTo.id()); });
  $('fit').addEventListener('click', function () { cy.fit(undefined, 40); });
  $('relayout').addEventListener('click', function () {
    layout(state.view === 'family' && state.family ? { family: cy.nodes('.focus').id() || state.family } : { keepPositions: false, centre: state.focus });
  });
  $('clear').addEventListener('click', function () {
    generation++;
    clearMessages();
    clearGraph();
    Object.assign(state, { focus: null, expand: [], from: null, to: null, family: null, select: null });
    pathFrom.set(null);
    pathTo.set(null);
    $('details').textContent = '';
    $('details').appendChild(h('p', { class: 'muted', text: 'Select a node to see its properties and the sources behind them.' }));
    writeHash(true);
    updateEmpty();
  });
  $('depth').addEventListener('change', function () {
    state.depth = parseInt($('depth').value, 10);
    if (state.focus && state.view === 'neighborhood') {
      showNeighbourhood(state.focus);
    }
  });
  $('limit').addEventListener('change', function () {
    state.limit = parseInt($('limit').value, 10);
    if (state.focus && state.view === 'neighborhood') {
      showNeighbourhood(state.focus);
    }
  });
  $('copy-link').addEventListener('click', function () {
    const link = window.location.href;
    const done = function () { showMessage('info', 'Link to this view copied: ' + link, 'copied'); };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(link).then(done, function () { window.prompt('Copy this link', link); });
    } else {
      window.prompt('Copy this link', link);
    }
  });

  // The path tab is created here so the page's markup stays the view the user starts in.
  $('panel-tab-timeline').insertAdjacentElement('afterend',
    h('button', { type: 'button', class: 'panel-tab', dataset: { panel: 'path' }, id: 'panel-tab-path', text: 'Path', hidden: true,
      onclick: function () { showPanel('path'); } }));
  $('panel').appendChild(h('div', { class: 'panel-body', id: 'path', dataset: { panel: 'path' }, hidden: true }));

  buildLegend();
  renderPathPanel(null);
  showPanel('details');

  window.explorer = {
    cy: cy,
    metrics: metrics,
    state: function () { return JSON.parse(JSON.stringify(state)); },
    highlightedIds: function () { return pathIds.slice(); },
    expandedIds: function () { return Array.from(expanded); },
    idle: function () { return pending === 0 && layoutsRunning === 0 && restoring === 0; },
    showNeighbourhood: showNeighbourhood,
    expand: expandFromClick,
    select: select,
    findPath: findPath,
    showFamily: showFamily,
    /** Draws a subgraph as if the API had answered it: used to measure layouts on big graphs. */
    draw: function (subgraph, centre) {
      clearGraph();
      state.focus = centre;
      merge(subgraph.nodes, subgraph.edges, null);
      return layout({ keepPositions: false, centre: centre });
    }
  };

  restore(window.location.hash).then(function () {
    document.body.dataset.ready = 'true';
    updateEmpty();
  });
})();

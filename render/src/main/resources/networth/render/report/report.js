// networth report: lights up routes on the map. Inline, no library, nothing fetched.
(function () {
  "use strict";
  // The table of contents is one line that scrolls sideways (a finger or a trackpad does it by
  // itself); a mouse's wheel scrolls it too.
  var toc = document.querySelector("nav.toc");
  if (toc) {
    toc.addEventListener(
      "wheel",
      function (event) {
        if (toc.scrollWidth > toc.clientWidth && Math.abs(event.deltaY) > Math.abs(event.deltaX)) {
          toc.scrollLeft += event.deltaY;
          event.preventDefault();
        }
      },
      { passive: false }
    );
  }
  var figure = document.getElementById("map");
  var svg = figure && figure.querySelector("svg");
  // A map too large to draw is reported without its picture: nothing to light up.
  if (!svg) return;
  var status = figure.querySelector(".map-status");
  var nodes = {};
  var up = {};
  var down = {};
  Array.prototype.forEach.call(svg.querySelectorAll("g.node"), function (g) {
    nodes[g.getAttribute("data-id")] = g;
    g.setAttribute("tabindex", "0");
    g.setAttribute("role", "button");
  });
  var edges = Array.prototype.slice.call(svg.querySelectorAll("[data-from]"));
  edges.forEach(function (e) {
    if (!e.classList.contains("link")) return;
    var from = e.getAttribute("data-from");
    var to = e.getAttribute("data-to");
    (up[to] = up[to] || []).push(from);
    (down[from] = down[from] || []).push(to);
  });
  var opportunity = /\bk-(client|prospect|lost)\b/;

  function reach(start, next) {
    var seen = {};
    var stack = [start];
    seen[start] = true;
    while (stack.length) {
      var v = stack.pop();
      (next[v] || []).forEach(function (w) {
        if (!seen[w]) {
          seen[w] = true;
          stack.push(w);
        }
      });
    }
    return seen;
  }

  function label(id) {
    var t = nodes[id] && nodes[id].querySelector("title");
    return t ? t.textContent.split(" — ")[0] : id;
  }

  var pinned = null;

  // An opportunity lights up every route to it: its ancestors and the links between them.
  // Any other node lights up everything it led to: its descendants and the links on the way.
  function light(id) {
    var g = nodes[id];
    if (!g) return;
    var toWork = opportunity.test(g.getAttribute("class"));
    var on = toWork ? reach(id, up) : reach(id, down);
    svg.classList.add("lit");
    var count = 0;
    Object.keys(nodes).forEach(function (k) {
      nodes[k].classList.toggle("on", !!on[k]);
      nodes[k].classList.toggle("chosen", k === id);
      if (on[k]) count++;
    });
    edges.forEach(function (e) {
      var end = toWork ? e.getAttribute("data-to") : e.getAttribute("data-from");
      e.classList.toggle("on", !!on[end]);
    });
    Array.prototype.forEach.call(document.querySelectorAll("tr.node-row"), function (r) {
      r.classList.toggle("on", r.getAttribute("data-node") === id);
    });
    status.textContent = toWork
      ? "The routes to " + label(id) + ": " + (count - 1) + " nodes lead to it."
      : "What " + label(id) + " led to: " + (count - 1) + " nodes.";
  }

  function clear() {
    svg.classList.remove("lit");
    Object.keys(nodes).forEach(function (k) {
      nodes[k].classList.remove("on", "chosen");
    });
    edges.forEach(function (e) {
      e.classList.remove("on");
    });
    Array.prototype.forEach.call(document.querySelectorAll("tr.node-row.on"), function (r) {
      r.classList.remove("on");
    });
    status.textContent = "";
  }

  function choose(id) {
    if (pinned === id) {
      pinned = null;
      clear();
    } else {
      pinned = id;
      light(id);
    }
  }

  Object.keys(nodes).forEach(function (id) {
    var g = nodes[id];
    g.addEventListener("click", function (event) {
      event.stopPropagation();
      choose(id);
    });
    g.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        choose(id);
      }
    });
    if (opportunity.test(g.getAttribute("class"))) {
      g.addEventListener("mouseenter", function () {
        if (pinned === null) light(id);
      });
      g.addEventListener("mouseleave", function () {
        if (pinned === null) clear();
      });
    }
  });
  var frame = figure.querySelector(".map-frame");
  // Dragging with a mouse moves the map in its box, as a finger does on a touch screen (where the
  // browser scrolls the box by itself). A drag is not a click: it does not clear the lit routes.
  var drag = null;
  var dragged = false;
  frame.addEventListener("pointerdown", function (event) {
    if (event.pointerType !== "mouse" || event.button !== 0) return;
    drag = { x: event.clientX, y: event.clientY, left: frame.scrollLeft, top: frame.scrollTop };
    dragged = false;
  });
  frame.addEventListener("pointermove", function (event) {
    if (!drag) return;
    var dx = event.clientX - drag.x;
    var dy = event.clientY - drag.y;
    if (!dragged && Math.abs(dx) + Math.abs(dy) < 5) return;
    dragged = true;
    frame.classList.add("dragging");
    frame.scrollLeft = drag.left - dx;
    frame.scrollTop = drag.top - dy;
  });
  function endDrag() {
    drag = null;
    frame.classList.remove("dragging");
  }
  frame.addEventListener("pointerup", endDrag);
  frame.addEventListener("pointerleave", endDrag);
  frame.addEventListener(
    "click",
    function (event) {
      if (dragged) {
        event.stopPropagation();
        dragged = false;
      }
    },
    true
  );
  svg.addEventListener("click", function () {
    pinned = null;
    clear();
  });
  var zoom = figure.querySelector(".zoom");
  if (zoom) {
    zoom.addEventListener("click", function () {
      var fit = frame.classList.toggle("fit");
      zoom.textContent = fit ? "Actual size" : "Fit to width";
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll("tr.node-row"), function (r) {
    function pick() {
      var id = r.getAttribute("data-node");
      if (!nodes[id]) return;
      pinned = null;
      choose(id);
      figure.scrollIntoView({ behavior: "smooth", block: "start" });
    }
    r.addEventListener("click", pick);
    r.addEventListener("keydown", function (event) {
      if (event.key === "Enter") pick();
    });
  });
})();

#!/usr/bin/env python3
"""Immediate dominators of a networth map with igraph (C core) and networkx, for BENCHMARKS.md.

Reads the spreadsheet pair (elements.csv, connections.csv) that `networth generate -o DIR/` or
`networth convert MAP -o DIR/` writes, joins a virtual root to every origin (a node nothing leads
to), as networth does, and times each library's dominator computation alone (not the loading).
Prints one JSON line per library, with the critical nodes of the first opportunities, so that
networth's answer can be compared: `networth critical DIR --format json`.

Usage: python3 dominators.py DIR [igraph|networkx ...]
"""
import csv
import json
import sys
import time


def load(folder):
    ids, index, kinds = [], {}, []
    with open(f"{folder}/elements.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            index[row["ID"]] = len(ids)
            ids.append(row["ID"])
            kinds.append(row["Type"])
    edges, has_in = [], [False] * len(ids)
    with open(f"{folder}/connections.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            a, b = index[row["From"]], index[row["To"]]
            edges.append((a, b))
            has_in[b] = True
    root = len(ids)
    edges += [(root, v) for v in range(len(ids)) if not has_in[v]]
    return ids, kinds, edges, root


def critical(idom, v, root):
    chain, d = [], idom[v]
    while d is not None and d != root and d >= 0:
        chain.append(d)
        d = idom[d]
    return list(reversed(chain))


def main():
    folder, tools = sys.argv[1], sys.argv[2:] or ["igraph", "networkx"]
    ids, kinds, edges, root = load(folder)
    opportunities = [v for v, k in enumerate(kinds) if k in ("client", "prospect")][:200]
    for tool in tools:
        if tool == "igraph":
            import igraph
            g = igraph.Graph(n=len(ids) + 1, edges=edges, directed=True)
            start = time.perf_counter()
            dom = g.dominator(root, mode="out")
            seconds = time.perf_counter() - start
            idom = [d if d is not None and d >= 0 else None for d in dom]
        else:
            import networkx as nx
            g = nx.DiGraph()
            g.add_nodes_from(range(len(ids) + 1))
            g.add_edges_from(edges)
            start = time.perf_counter()
            d = nx.immediate_dominators(g, root)
            seconds = time.perf_counter() - start
            idom = [d.get(v) for v in range(len(ids) + 1)]
            idom[root] = None
        sample = {ids[o]: [ids[c] for c in critical(idom, o, root)] for o in opportunities}
        print(json.dumps({"tool": tool, "nodes": len(ids), "links": len(edges) - sum(1 for e in edges if e[0] == root),
                          "seconds": round(seconds, 3), "critical": sample}), flush=True)


if __name__ == "__main__":
    main()

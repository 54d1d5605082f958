#!/usr/bin/env python3
"""Reads a GEXF or GraphML file with networkx and prints what it holds, as JSON: whether the
graph is directed, each node's label, and each edge as [source, target, type] in networkx's own terms. The tests
compare it with the graph that was written, so "co-mentions are undirected" is checked the way
a networkx user would see it."""
import json
import sys

import networkx as nx

path = sys.argv[1]
graph = nx.read_gexf(path) if path.endswith('.gexf') else nx.read_graphml(path)
edges = sorted([u, v, data.get('type')] for u, v, data in graph.edges(data=True))
labels = {node: data.get('label') for node, data in graph.nodes(data=True)}
print(json.dumps({'directed': graph.is_directed(), 'multigraph': graph.is_multigraph(), 'nodes': graph.number_of_nodes(), 'labels': labels, 'edges': edges}))

"""Löften: an open platform for Swedish medborgarlöften."""

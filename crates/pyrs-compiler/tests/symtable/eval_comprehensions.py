[x + y for x in data if (w := x)] + (lambda a, *b: a + free)(1) + {k: v for k, v in m}

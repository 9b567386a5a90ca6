handler = lambda *,: None
